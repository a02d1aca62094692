#pragma once

#include <QColor>
#include <QList>
#include <QMenu>
#include <QString>
#include <QUuid>

/// One saved connection as the switcher lists it; holds no secret.
struct ConnectionChoice
{
    QUuid id;
    QString name;
    QString label; ///< e.g. "PROD"; empty for none
    QColor colour; ///< the label's colour; invalid for none
};

/**
 * The toolbar's connection menu: the saved connections (the current one checked, each with
 * its label, e.g. "PROD", on the right), then the actions the window adds below them (demo tenant,
 * Connections…, Sign out). Choosing a connection only says so (profileChosen()); opening it is the
 * application's business.
 */
class ConnectionSwitcher : public QMenu
{
    Q_OBJECT
public:
    explicit ConnectionSwitcher(QWidget *parent = nullptr);

    /// Lists @p choices (in the given order) above the fixed actions.
    void setChoices(const QList<ConnectionChoice> &choices);
    QList<ConnectionChoice> choices() const { return m_choices; }
    /// Marks @p id as the connection shown (a null id: none of the saved ones).
    void setCurrent(const QUuid &id);
    QUuid current() const { return m_current; }
    /// Actions shown below the connections, in this order (nullptr for a separator).
    void setFixedActions(const QList<QAction *> &actions);

    /// The menu entry of @p id, for tests and accessibility; nullptr when not listed.
    QAction *actionFor(const QUuid &id) const;

    /**
     * A small rounded chip with @p label on @p colour (text in black or white, whichever
     * reads better), as the Connections dialog lists it; null for an empty label. Device pixel
     * ratio 2, so it stays sharp on high-DPI screens.
     */
    static QPixmap chipPixmap(
        const QString &label, const QColor &colour, const QFont &font, const QPalette &palette);

signals:
    void profileChosen(const QUuid &id);

private:
    void rebuild();

    QList<ConnectionChoice> m_choices;
    QList<QAction *> m_fixed;
    QList<QAction *> m_choiceActions;
    QUuid m_current;
    QActionGroup *m_group;
};
