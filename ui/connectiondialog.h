#pragma once

#include "connectionsettings.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/**
 * A minimal "Add connection" form until saved connection profiles exist: base URL, token
 * URL, client id, scope and the client secret. The connection lives for this session only;
 * the secret stays in memory and is never written anywhere.
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    ConnectionSettings settings() const;
    QString clientSecret() const;

    /// Why the form cannot be accepted yet; empty when it can.
    QString problem() const;

private:
    void validate();

    QLineEdit *m_baseUrl;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scope;
    QLineEdit *m_secret;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
