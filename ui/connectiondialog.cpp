#include "connectiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_baseUrl(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_scope(new QLineEdit(ConnectionSettings().scope, this))
    , m_secret(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Add connection"));

    m_baseUrl->setObjectName(QStringLiteral("baseUrlField"));
    m_tokenUrl->setObjectName(QStringLiteral("tokenUrlField"));
    m_clientId->setObjectName(QStringLiteral("clientIdField"));
    m_scope->setObjectName(QStringLiteral("scopeField"));
    m_secret->setObjectName(QStringLiteral("clientSecretField"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://api.egain.cloud/conversation/conversationmgr/v3"));
    m_tokenUrl->setPlaceholderText(QStringLiteral("https://<host>/system/auth/<TENANT>-U/oauth2/token"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));

    auto *intro = new QLabel(tr("Connect to a Conversation Hub tenant with an OAuth client "
                                "(client credentials). The connection lasts until you quit; the "
                                "secret is kept in memory only and never saved."),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Token URL:"), m_tokenUrl);
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("&Scope:"), m_scope);
    form->addRow(tr("Client s&ecret:"), m_secret);

    m_problem->setWordWrap(true);
    m_problem->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_baseUrl, m_tokenUrl, m_clientId, m_scope, m_secret})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings settings;
    settings.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    settings.tokenUrl = QUrl(m_tokenUrl->text().trimmed(), QUrl::StrictMode);
    settings.clientId = m_clientId->text().trimmed();
    settings.scope = m_scope->text().simplified();
    return settings;
}

QString ConnectionDialog::clientSecret() const
{
    return m_secret->text();
}

QString ConnectionDialog::problem() const
{
    const ConnectionSettings s = settings();
    QString why;
    if (m_baseUrl->text().trimmed().isEmpty())
        return tr("Enter the API base URL.");
    if (!s.baseUrl.isValid() || s.baseUrl.host().isEmpty())
        return tr("The base URL is not a valid URL.");
    if (!isTransportAllowed(s.baseUrl, &why))
        return tr("Base URL: %1").arg(why);
    if (m_tokenUrl->text().trimmed().isEmpty())
        return tr("Enter the token URL.");
    if (!s.tokenUrl.isValid() || s.tokenUrl.host().isEmpty())
        return tr("The token URL is not a valid URL.");
    if (!isTransportAllowed(s.tokenUrl, &why))
        return tr("Token URL: %1").arg(why);
    if (s.clientId.isEmpty())
        return tr("Enter the client id.");
    if (s.scope.isEmpty())
        return tr("Enter the scope.");
    if (m_secret->text().isEmpty())
        return tr("Enter the client secret.");
    return {};
}

void ConnectionDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}
