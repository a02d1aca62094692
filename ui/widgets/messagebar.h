#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

/**
 * A non-modal strip for something the user should know but need not act on at once, e.g.
 * "the keychain is not available, secrets are kept in memory for this session only", or why a
 * connection could not be opened. Stays until closed or replaced; never steals focus.
 */
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    Kind kind() const { return m_kind; }
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColours();

    Kind m_kind = Kind::Information;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
};
