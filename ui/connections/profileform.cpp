#include "ui/connections/profileform.h"

#include "models/core/localeformat.h"
#include "ui/connections/bandcolourbutton.h"
#include "ui/connections/secretfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_baseUrl(new QLineEdit(this))
    , m_signIn(new QComboBox(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_secret(new SecretField(QStringLiteral("showSecretAction"), this))
    , m_secretState(new QLabel(this))
    , m_token(new SecretField(QStringLiteral("showTokenAction"), this))
    , m_tokenExpires(new QCheckBox(tr("Exp&ires at"), this))
    , m_tokenExpiry(new QDateTimeEdit(this))
    , m_tokenState(new QLabel(this))
    , m_keychainNote(new QLabel(this))
    , m_scope(new QLineEdit(this))
    , m_pageNumberParameter(new QLineEdit(this))
    , m_pageSizeParameter(new QLineEdit(this))
    , m_defaultPageSize(new QSpinBox(this))
    , m_label(new QLineEdit(this))
    , m_colourButton(new BandColourButton(this))
    , m_recordHistory(
          new QCheckBox(tr("Keep a local &history of complete loads and exports"), this))
{
    // The title, the rows, then what the owner adds below (addFooter()), in one layout: a
    // reason appearing under a field then resizes the rows at once.
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("formTitle"));
    m_layout->addWidget(m_title);
    m_layout->addLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto named = [](QWidget *widget, const char *name) {
        widget->setObjectName(QLatin1String(name));
    };
    named(m_name, "nameField");
    named(m_baseUrl, "baseUrlField");
    named(m_signIn, "signInField");
    named(m_tokenUrl, "tokenUrlField");
    named(m_clientId, "clientIdField");
    named(m_secret, "clientSecretField");
    named(m_secretState, "secretState");
    named(m_token, "bearerTokenField");
    named(m_tokenExpires, "tokenExpiresField");
    named(m_tokenExpiry, "tokenExpiryField");
    named(m_tokenState, "tokenState");
    named(m_keychainNote, "keychainNote");
    named(m_scope, "scopeField");
    named(m_pageNumberParameter, "pageNumberParameterField");
    named(m_pageSizeParameter, "pageSizeParameterField");
    named(m_defaultPageSize, "defaultPageSizeField");
    named(m_label, "labelField");
    named(m_colourButton, "colourButton");
    named(m_recordHistory, "recordHistoryField");

    m_name->setPlaceholderText(tr("e.g. Production EU"));
    m_baseUrl->setPlaceholderText(
        QStringLiteral("https://api.egain.cloud/conversation/conversationmgr/v3"));
    m_tokenUrl->setPlaceholderText(
        QStringLiteral("https://<host>/system/auth/<TENANT>-U/oauth2/token"));
    m_signIn->addItem(tr("Client ID and secret (OAuth client credentials)"),
        QVariant::fromValue(int(ConnectionProfile::SignIn::ClientCredentials)));
    m_signIn->addItem(tr("A bearer token obtained elsewhere"),
        QVariant::fromValue(int(ConnectionProfile::SignIn::BearerToken)));

    m_secret->setAccessibleName(tr("Client secret"));
    m_token->setAccessibleName(tr("Bearer token"));
    for (QLabel *label : {m_secretState, m_tokenState, m_keychainNote}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_secretState->setEnabled(false); // a quieter colour: it describes, it does not warn
    m_tokenState->setEnabled(false);
    m_keychainNote->hide();
    QPalette note = m_keychainNote->palette();
    const bool dark =
        note.color(QPalette::Window).lightness() < note.color(QPalette::WindowText).lightness();
    note.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xd5, 0x80) : QColor(0x8a, 0x5a, 0x00));
    m_keychainNote->setPalette(note);

    m_tokenExpiry->setCalendarPopup(true);
    m_tokenExpiry->setDisplayFormat(LocaleFormat::dateTimeFormat());
    m_tokenExpiry->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_tokenExpiry->setEnabled(false);
    m_tokenExpires->setToolTip(
        tr("Without an expiry the token is used until the server refuses it"));
    connect(m_tokenExpires, &QCheckBox::toggled, m_tokenExpiry, &QWidget::setEnabled);

    m_defaultPageSize->setRange(1, ConnectionProfile::kMaxPageSize);
    m_label->setPlaceholderText(tr("e.g. PROD (shown as a band across the window)"));
    m_label->setMaxLength(ConnectionProfile::kMaxLabelLength + 8); // over the limit says why

    layOutRows();

    for (QLineEdit *edit : {m_name, m_baseUrl, m_tokenUrl, m_clientId,
             static_cast<QLineEdit *>(m_secret), static_cast<QLineEdit *>(m_token), m_scope,
             m_pageNumberParameter, m_pageSizeParameter, m_label})
        connect(edit, &QLineEdit::textChanged, this, &ProfileForm::onEdited);
    connect(m_signIn, &QComboBox::currentIndexChanged, this, [this] {
        updateSignInRows();
        onEdited();
    });
    connect(m_defaultPageSize, &QSpinBox::valueChanged, this, &ProfileForm::onEdited);
    connect(m_tokenExpires, &QCheckBox::toggled, this, &ProfileForm::onEdited);
    connect(m_tokenExpiry, &QDateTimeEdit::dateTimeChanged, this, &ProfileForm::onEdited);
    connect(m_colourButton, &BandColourButton::colourChosen, this, &ProfileForm::onEdited);
    connect(m_recordHistory, &QCheckBox::toggled, this, &ProfileForm::onEdited);

    trackTouches(m_name, QStringLiteral("name"));
    trackTouches(m_baseUrl, QStringLiteral("baseUrl"));
    trackTouches(m_tokenUrl, QStringLiteral("tokenUrl"));
    trackTouches(m_clientId, QStringLiteral("clientId"));
    trackTouches(m_secret, QStringLiteral("clientSecret"));
    trackTouches(m_token, QStringLiteral("bearerToken"));
    trackTouches(m_scope, QStringLiteral("scope"));
    trackTouches(m_pageNumberParameter, QStringLiteral("pageNumberParameter"));
    trackTouches(m_pageSizeParameter, QStringLiteral("pageSizeParameter"));
    trackTouches(m_defaultPageSize, QStringLiteral("defaultPageSize"));
    trackTouches(m_label, QStringLiteral("label"));
}

void ProfileForm::trackTouches(QWidget *field, const QString &key)
{
    const auto touch = [this, key] {
        if (m_filling || m_touched.contains(key))
            return;
        m_touched.insert(key);
        showProblems(m_problems);
    };
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        // Typed in (not filled), or left: editingFinished also comes on focus out.
        connect(edit, &QLineEdit::textEdited, this, touch);
        connect(edit, &QLineEdit::editingFinished, this, touch);
    } else if (auto *spin = qobject_cast<QSpinBox *>(field)) {
        connect(spin, &QSpinBox::valueChanged, this, touch);
        connect(spin, &QSpinBox::editingFinished, this, touch);
    }
}

void ProfileForm::revealAllProblems()
{
    m_revealAll = true;
    showProblems(m_problems);
}

bool ProfileForm::isTouched(const QString &field) const
{
    return m_touched.contains(field);
}

QLabel *ProfileForm::problemLabel(const QString &key)
{
    auto *problem = new QLabel(this);
    problem->setObjectName(key + QStringLiteral("Problem"));
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    QPalette p = problem->palette();
    const bool dark =
        p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    problem->setPalette(p);
    problem->hide();
    m_problemLabels.insert(key, problem);
    return problem;
}

QWidget *ProfileForm::fieldWithProblem(QWidget *field, const QString &key)
{
    QLabel *problem = problemLabel(key);
    auto *container = new QWidget(this);
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return container;
}

void ProfileForm::layOutRows()
{
    auto *secretBox = new QWidget(this);
    auto *secretLayout = new QVBoxLayout(secretBox);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->setSpacing(2);
    secretLayout->addWidget(m_secret);
    secretLayout->addWidget(m_secretState);
    m_secretRow = fieldWithProblem(secretBox, QStringLiteral("clientSecret"));

    auto *tokenBox = new QWidget(this);
    auto *tokenLayout = new QVBoxLayout(tokenBox);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    tokenLayout->setSpacing(2);
    tokenLayout->addWidget(m_token);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_tokenExpires);
    expiryRow->addWidget(m_tokenExpiry, 1);
    tokenLayout->addLayout(expiryRow);
    tokenLayout->addWidget(m_tokenState);
    m_tokenRow = fieldWithProblem(tokenBox, QStringLiteral("bearerToken"));

    auto *labelBox = new QWidget(this);
    auto *labelLayout = new QHBoxLayout(labelBox);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->addWidget(m_label, 1);
    labelLayout->addWidget(m_colourButton);

    auto *paging = new QWidget(this);
    auto *pagingLayout = new QHBoxLayout(paging);
    pagingLayout->setContentsMargins(0, 0, 0, 0);
    pagingLayout->addWidget(m_pageNumberParameter, 1);
    pagingLayout->addWidget(new QLabel(tr("and"), paging));
    pagingLayout->addWidget(m_pageSizeParameter, 1);
    m_pageNumberParameter->setAccessibleName(tr("Page number parameter"));
    m_pageSizeParameter->setAccessibleName(tr("Page size parameter"));
    auto *pagingBox = new QWidget(this);
    auto *pagingBoxLayout = new QVBoxLayout(pagingBox);
    pagingBoxLayout->setContentsMargins(0, 0, 0, 0);
    pagingBoxLayout->setSpacing(2);
    pagingBoxLayout->addWidget(fieldWithProblem(paging, QStringLiteral("pageNumberParameter")));
    // The size parameter's reason goes under the same row.
    pagingBoxLayout->addWidget(problemLabel(QStringLiteral("pageSizeParameter")));

    m_form->addRow(tr("&Name:"), fieldWithProblem(m_name, QStringLiteral("name")));
    m_form->addRow(tr("API &base URL:"), fieldWithProblem(m_baseUrl, QStringLiteral("baseUrl")));
    m_form->addRow(tr("Sign in &with:"), m_signIn);
    m_form->addRow(tr("To&ken URL:"), fieldWithProblem(m_tokenUrl, QStringLiteral("tokenUrl")));
    m_form->addRow(tr("Client I&D:"), fieldWithProblem(m_clientId, QStringLiteral("clientId")));
    m_form->addRow(tr("Client s&ecret:"), m_secretRow);
    m_form->addRow(tr("Bearer t&oken:"), m_tokenRow);
    m_form->addRow(QString(), m_keychainNote);
    m_form->addRow(tr("Sco&pe:"), fieldWithProblem(m_scope, QStringLiteral("scope")));
    m_form->addRow(tr("Pa&ging parameters:"), pagingBox);
    m_form->addRow(tr("Default page si&ze:"),
        fieldWithProblem(m_defaultPageSize, QStringLiteral("defaultPageSize")));
    m_form->addRow(tr("&Label and colour:"), fieldWithProblem(labelBox, QStringLiteral("label")));
    m_form->addRow(QString(), m_recordHistory);
}

void ProfileForm::setTitle(const QString &title)
{
    m_title->setText(title);
}

void ProfileForm::addFooter(QWidget *footer)
{
    m_layout->addWidget(footer);
    m_layout->addStretch(1);
}

void ProfileForm::fill(const ConnectionProfile &profile)
{
    m_filling = true;
    m_touched.clear();
    m_revealAll = false;
    m_name->setText(profile.name);
    m_baseUrl->setText(profile.connection.baseUrl.toString());
    m_signIn->setCurrentIndex(profile.signIn == ConnectionProfile::SignIn::BearerToken ? 1 : 0);
    m_tokenUrl->setText(profile.connection.tokenUrl.toString());
    m_clientId->setText(profile.connection.clientId);
    m_secret->clear();
    m_token->clear();
    m_tokenExpires->setChecked(false);
    m_scope->setText(profile.connection.scope);
    m_pageNumberParameter->setText(profile.connection.pageNumberParameter);
    m_pageSizeParameter->setText(profile.connection.pageSizeParameter);
    m_defaultPageSize->setValue(profile.defaultPageSize);
    m_label->setText(profile.label);
    m_colourButton->setColour(profile.color);
    m_recordHistory->setChecked(profile.recordHistory);
    m_historyLimits = {profile.historyMaxMegabytes, profile.historyMaxDays};
    m_secretState->clear();
    m_tokenState->clear();
    m_filling = false;
    updateSignInRows();
}

ConnectionProfile ProfileForm::profile() const
{
    ConnectionProfile profile;
    profile.name = m_name->text().trimmed();
    profile.connection.baseUrl = urlFrom(m_baseUrl);
    profile.connection.tokenUrl = urlFrom(m_tokenUrl);
    profile.connection.clientId = m_clientId->text().trimmed();
    profile.connection.scope = m_scope->text().simplified();
    profile.connection.pageNumberParameter = m_pageNumberParameter->text().trimmed();
    profile.connection.pageSizeParameter = m_pageSizeParameter->text().trimmed();
    profile.signIn = ConnectionProfile::SignIn(m_signIn->currentData().toInt());
    profile.defaultPageSize = m_defaultPageSize->value();
    profile.label = m_label->text().trimmed();
    profile.color = m_colourButton->colour();
    profile.recordHistory = m_recordHistory->isChecked();
    // The limits have no field: edited in an imported profile, they survive the form.
    profile.historyMaxMegabytes = m_historyLimits.first;
    profile.historyMaxDays = m_historyLimits.second;
    return profile;
}

bool ProfileForm::usesBearerToken() const
{
    return m_signIn->currentData().toInt() == int(ConnectionProfile::SignIn::BearerToken);
}

QString ProfileForm::typedSecret() const
{
    return m_secret->text();
}

QString ProfileForm::typedToken() const
{
    return m_token->text().trimmed();
}

QDateTime ProfileForm::typedTokenExpiry() const
{
    return m_tokenExpires->isChecked() ? m_tokenExpiry->dateTime().toUTC() : QDateTime();
}

bool ProfileForm::hasTypedCredential() const
{
    return !m_secret->text().isEmpty() || !m_token->text().isEmpty();
}

void ProfileForm::clearTypedCredentials()
{
    const QSignalBlocker secretBlocker(m_secret);
    const QSignalBlocker tokenBlocker(m_token);
    m_secret->clear();
    m_token->clear();
}

void ProfileForm::showProblems(const QList<ProfileProblem> &problems)
{
    m_problems = problems;
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        QStringList messages;
        if (!m_revealAll && !m_touched.contains(it.key())) {
            it.value()->hide();
            continue;
        }
        for (const ProfileProblem &problem : problems) {
            if (problem.field == it.key())
                messages.append(problem.message);
        }
        it.value()->setText(messages.join(QLatin1Char('\n')));
        it.value()->setVisible(!messages.isEmpty());
    }
}

QString ProfileForm::problemShownFor(const QString &field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProfileForm::setCredentialState(bool bearerToken, const QString &text)
{
    (bearerToken ? m_tokenState : m_secretState)->setText(text);
}

QString ProfileForm::credentialStateText() const
{
    return usesBearerToken() ? m_tokenState->text() : m_secretState->text();
}

void ProfileForm::setKeychainNote(const QString &text, bool visible)
{
    m_keychainNote->setText(text);
    m_keychainNote->setVisible(visible);
}

QString ProfileForm::keychainNoteText() const
{
    return m_keychainNote->isHidden() ? QString() : m_keychainNote->text();
}

void ProfileForm::focusName()
{
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileForm::updateSignInRows()
{
    const bool bearer = usesBearerToken();
    m_form->setRowVisible(m_tokenUrl->parentWidget(), !bearer);
    m_form->setRowVisible(m_clientId->parentWidget(), !bearer);
    m_form->setRowVisible(m_secretRow, !bearer);
    m_form->setRowVisible(m_tokenRow, bearer);
}

void ProfileForm::onEdited()
{
    if (!m_filling)
        emit edited();
}
