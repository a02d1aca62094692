#pragma once

#include <QLineEdit>

class QAction;

/**
 * A masked line edit for a client secret or a bearer token, with an eye at its end that shows
 * or hides what was typed.
 *
 * Promises: the text starts masked; the field holds only what the user typed (a stored secret
 * is never put into it; its state is said in words elsewhere).
 */
class SecretField : public QLineEdit
{
    Q_OBJECT
public:
    /// @p toggleName is the object name of the show/hide action (tests and accessibility find it).
    explicit SecretField(const QString &toggleName, QWidget *parent = nullptr);

private:
    void updateToggle();

    QAction *m_toggle;
};
