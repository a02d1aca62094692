#pragma once

#include <QColor>
#include <QFrame>

class QAbstractButton;
class QBoxLayout;
class QHBoxLayout;
class QLabel;
class QToolButton;

/**
 * One strip for everything the window says in passing, after KDE's KMessageWidget (as
 * KeePassXC's MessageWidget uses it): a kind, an icon, a message, optional details below it,
 * buttons of the user's, and a close button.
 *
 * The kind decides the look: Error (red), Warning (amber), Information (the palette's
 * alternate base), Snapshot (amber with dark-amber text, like the "Demo data" badge) and
 * Environment (a band across the window in a colour of the user's choosing, text centred).
 * The colours are worked out from the palette around the banner and worked out again whenever
 * that palette changes (light to dark and back, or a new application palette), so the text
 * always reads on its background; with a custom colour the text is black or white, whichever
 * contrasts more.
 *
 * Text and details are always plain text: they may come from a server, and markup in them is
 * shown as typed, never interpreted.
 */
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Snapshot, Environment };
    Q_ENUM(Kind)

    explicit Banner(Kind kind = Kind::Information, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setKind(Kind kind);

    /// A background of the user's choosing instead of the kind's; an invalid colour drops it.
    void setCustomColour(const QColor &colour);
    QColor customColour() const { return m_customColour; }

    /// The message (plain text).
    void setText(const QString &text);
    QString text() const;
    /// A second part, below the message (beside it on an Environment band); plain text,
    /// hidden while empty.
    void setDetails(const QString &details);
    QString details() const;

    /// Puts @p button after the text, before the close button; the banner takes it over.
    void addButton(QAbstractButton *button);
    /// The close button (shown by default except on an Environment band) hides the banner.
    void setCloseButtonVisible(bool visible);

    /// setKind(), setText() with no details, and show().
    void showMessage(Kind kind, const QString &text);

    /// The colours in use now.
    QColor backgroundColour() const;
    QColor textColour() const;

    /// The background a @p kind banner has among @p surroundings (with @p custom, that).
    static QColor backgroundFor(Kind kind, const QPalette &surroundings, const QColor &custom = {});
    /// The text colour a @p kind banner has among @p surroundings (with @p custom, black or
    /// white on it).
    static QColor textFor(Kind kind, const QPalette &surroundings, const QColor &custom = {});

signals:
    /// The user closed the banner with its close button.
    void closed();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

    /// For the banners built on this one: to name the parts and adjust how they behave.
    QLabel *textLabel() const { return m_text; }
    QLabel *detailsLabel() const { return m_details; }
    QToolButton *closeButton() const { return m_close; }

private:
    void applyKind();
    void updateColours();
    QPalette surroundings() const;

    Kind m_kind;
    QColor m_customColour;
    bool m_updatingColours = false;
    bool m_closeVisible = true;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QToolButton *m_close;
    QHBoxLayout *m_layout;
    QBoxLayout *m_textLayout;
    QHBoxLayout *m_buttons;
};
