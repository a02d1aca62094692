#include "ui/connections/connectionsdialog.h"

#include "models/connections/profilestore.h"
#include "models/connections/tokenpersistence.h"
#include "ui/connections/connectiontestpanel.h"
#include "ui/connections/profileform.h"
#include "ui/connections/profilelistpanel.h"
#include "ui/connections/profiletransfer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_list(new ProfileListPanel(this))
    , m_form(new ProfileForm(this))
    , m_testPanel(new ConnectionTestPanel(this))
    , m_transfer(new ProfileTransfer(profiles, this))
    , m_status(new QLabel(this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_connectButton(new QPushButton(tr("&Connect"), this))
    , m_closeButton(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("connectionsDialog"));
    setWindowTitle(tr("Connections"));

    m_form->addFooter(m_testPanel);
    layOut(m_list, m_form);

    connect(m_list, &ProfileListPanel::profileChosen, this, &ConnectionsDialog::onListSelection);
    connect(m_list, &ProfileListPanel::addRequested, this, [this] {
        if (confirmDiscard())
            startNewProfile();
    });
    connect(
        m_list, &ProfileListPanel::duplicateRequested, this, &ConnectionsDialog::duplicateCurrent);
    connect(m_list, &ProfileListPanel::removeRequested, this, &ConnectionsDialog::askToRemove);
    connect(m_list, &ProfileListPanel::importRequested, this, &ConnectionsDialog::chooseImportFile);
    connect(m_list, &ProfileListPanel::exportRequested, this, &ConnectionsDialog::chooseExportFile);
    connect(m_form, &ProfileForm::edited, this, &ConnectionsDialog::onEdited);
    connect(
        m_testPanel, &ConnectionTestPanel::testRequested, this, &ConnectionsDialog::testConnection);
    connect(m_testPanel, &ConnectionTestPanel::stateChanged, this, &ConnectionsDialog::validate);
    connect(m_transfer, &ProfileTransfer::reported, this, &ConnectionsDialog::showStatus);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionsDialog::connectCurrent);
    connect(m_closeButton, &QPushButton::clicked, this, &ConnectionsDialog::reject);
    if (m_secrets) {
        connect(m_secrets, &SecretStore::sessionOnlyStarted, this,
            [this](const QString &reason) { m_form->setKeychainNote(reason, true); });
        if (m_secrets->isSessionOnly())
            m_form->setKeychainNote(m_secrets->sessionOnlyReason(), true);
    }

    const QList<ConnectionProfile> all = m_profiles->profiles();
    if (all.isEmpty()) {
        reloadList({});
        startNewProfile();
    } else {
        reloadList(all.first().id);
    }
    resize(940, 680);
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::layOut(QWidget *listPane, QWidget *formPane)
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(listPane);
    splitter->addWidget(formPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({230, 640});

    m_status->setObjectName(QStringLiteral("dialogStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_connectButton->setObjectName(QStringLiteral("connectProfileButton"));
    m_connectButton->setToolTip(tr("Save if needed, then show this connection in the window"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    // Save belongs to the form, Connect and Close to the dialog: in reading order, whatever the
    // platform's button box would do with an "apply" next to an "accept".
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_connectButton);
    buttons->addWidget(m_closeButton);
    m_connectButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

ConnectionTester *ConnectionsDialog::tester() const
{
    return m_testPanel->tester();
}

void ConnectionsDialog::reloadList(const QUuid &select)
{
    m_list->reload(m_profiles->profiles(), select);
}

void ConnectionsDialog::onListSelection(const QUuid &id)
{
    if (id == m_editingId && !m_editingId.isNull())
        return;
    if (!confirmDiscard()) {
        // Back to the profile being edited, without asking again.
        m_list->showCurrent(m_editingId);
        return;
    }
    selectProfile(id);
}

bool ConnectionsDialog::selectProfile(const QUuid &id)
{
    const std::optional<ConnectionProfile> profile = m_profiles->profile(id);
    if (!profile)
        return false;
    m_editingId = id;
    m_list->showCurrent(id);
    m_form->setTitle(profile->name);
    fillForm(*profile);
    // A saved profile's problems are facts about it, not about what is being typed.
    m_form->revealAllProblems();
    readStoredState(id);
    return true;
}

void ConnectionsDialog::startNewProfile()
{
    m_list->clearCurrent();
    m_editingId = QUuid();
    delete m_storedStateContext;
    ConnectionProfile profile;
    profile.name = m_profiles->freeName(tr("New connection"));
    m_form->setTitle(tr("New connection (not saved yet)"));
    fillForm(profile);
    m_form->setCredentialState(
        false, tr("Enter the client secret; it is stored in the system keychain."));
    m_form->setCredentialState(
        true, tr("Paste the token; it is stored in the system keychain with its expiry."));
    m_form->focusName();
}

void ConnectionsDialog::fillForm(const ConnectionProfile &profile)
{
    m_saved = profile;
    m_form->fill(profile);
    m_testPanel->clear();
    m_dirty = false;
    validate();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile profile = m_form->profile();
    profile.id = m_editingId;
    return profile;
}

QList<ProfileProblem> ConnectionsDialog::formProblems() const
{
    const ConnectionProfile profile = formProfile();
    QList<ProfileProblem> problems = profile.problems();
    if (!profile.name.isEmpty()) {
        const std::optional<ConnectionProfile> other = m_profiles->findByName(profile.name);
        if (other && other->id != m_editingId)
            problems.prepend({QStringLiteral("name"),
                tr("Another connection is already called \"%1\".").arg(other->name)});
    }
    return problems;
}

void ConnectionsDialog::onEdited()
{
    ConnectionProfile now = formProfile();
    now.id = m_saved.id;
    m_dirty = !(now == m_saved) || m_form->hasTypedCredential();
    validate();
}

void ConnectionsDialog::validate()
{
    const QList<ProfileProblem> problems = formProblems();
    m_form->showProblems(problems);
    const bool valid = problems.isEmpty();
    // A new profile can always be saved: pressing Save is how its problems are asked for.
    m_saveButton->setEnabled(m_editingId.isNull() || (valid && m_dirty));
    m_connectButton->setEnabled(valid);
    m_testPanel->setTestable(valid);
    m_list->updateButtons(!m_editingId.isNull());
}

QString ConnectionsDialog::problemShownFor(const QString &field) const
{
    return m_form->problemShownFor(field);
}

void ConnectionsDialog::readStoredState(const QUuid &id)
{
    // Whether something is stored is said in words; the value is looked at only to tell a
    // usable token from an expired one and is never put into a field.
    delete m_storedStateContext;
    if (!m_secrets)
        return;
    auto *context = new QObject(this);
    m_storedStateContext = context;
    m_form->setCredentialState(false, tr("Checking the keychain…"));
    m_form->setCredentialState(true, tr("Checking the keychain…"));
    m_secrets->read(id, SecretStore::kClientSecret, context, [this](const SecretStore::Result &r) {
        showKeychainNote(r);
        if (r.ok())
            m_form->setCredentialState(false,
                r.sessionOnly
                    ? tr("A secret is kept in memory for this session. Type to replace it.")
                    : tr("A secret is stored in the keychain. Type to replace it."));
        else if (r.status == SecretStore::Status::Corrupt)
            m_form->setCredentialState(false, r.message);
        else
            m_form->setCredentialState(false, tr("No secret is stored. Enter it to sign in."));
    });
    m_secrets->read(id, SecretStore::kAccessToken, context, [this](const SecretStore::Result &r) {
        showKeychainNote(r);
        const std::optional<StoredToken> token =
            r.ok() ? StoredToken::fromJson(r.value) : std::nullopt;
        if (!token)
            m_form->setCredentialState(true, tr("No token is stored. Paste one to sign in."));
        else if (!token->isUsable())
            m_form->setCredentialState(true, tr("The stored token has expired. Paste a new one."));
        else if (token->expiry.isValid())
            m_form->setCredentialState(true,
                (r.sessionOnly
                        ? tr("A token is kept in memory for this session, valid until %1. Paste to "
                             "replace it.")
                        : tr("A token is stored in the keychain, valid until %1. Paste to "
                             "replace it."))
                    .arg(shortLocalTimeText(token->expiry)));
        else
            m_form->setCredentialState(true,
                r.sessionOnly ? tr("A token is kept in memory for this session with no known "
                                   "expiry: it is used until the server refuses it. Paste to "
                                   "replace it.")
                              : tr("A token is stored in the keychain with no known expiry: it "
                                   "is used until the server refuses it. Paste to replace it."));
    });
}

void ConnectionsDialog::showKeychainNote(const SecretStore::Result &result)
{
    if (result.problem == SecretStore::Problem::None && !result.sessionOnly)
        return;
    const QString text = !result.message.isEmpty()
        ? result.message
        : (m_secrets ? m_secrets->sessionOnlyReason() : QString());
    m_form->setKeychainNote(text, !text.isEmpty());
}

bool ConnectionsDialog::save()
{
    const QList<ProfileProblem> problems = formProblems();
    if (!problems.isEmpty()) {
        m_form->revealAllProblems();
        validate();
        showStatus(problems.first().message, true);
        return false;
    }
    ConnectionProfile profile = formProfile();
    const bool isNew = m_editingId.isNull();
    QList<ProfileProblem> refused;
    const bool stored =
        isNew ? m_profiles->add(profile, &refused) : m_profiles->update(profile, &refused);
    if (!stored) {
        showStatus(
            refused.isEmpty() ? tr("The connection could not be saved.") : refused.first().message,
            true);
        return false;
    }
    QString syncError;
    if (!m_profiles->sync(&syncError)) {
        showStatus(tr("The settings could not be written: %1").arg(syncError), true);
        return false;
    }
    m_editingId = profile.id;
    reloadList(profile.id);
    m_form->setTitle(profile.name);
    m_saved = profile;
    storeCredential(profile.id, isNew);
    return true;
}

void ConnectionsDialog::storeCredential(const QUuid &id, bool isNew)
{
    const bool bearer = m_form->usesBearerToken();
    QString name;
    QString value;
    if (!bearer && !m_form->typedSecret().isEmpty()) {
        name = SecretStore::kClientSecret;
        value = m_form->typedSecret();
    } else if (bearer && !m_form->typedToken().isEmpty()) {
        StoredToken token;
        token.token = m_form->typedToken();
        token.pasted = true;
        token.expiry = m_form->typedTokenExpiry();
        name = SecretStore::kAccessToken;
        value = token.toJson();
    }
    // The field lets go of the secret as soon as the store has it.
    m_form->clearTypedCredentials();
    m_dirty = false;
    validate();
    const QString savedText = isNew ? tr("Saved \"%1\".").arg(m_saved.name)
                                    : tr("Saved the changes to \"%1\".").arg(m_saved.name);
    if (name.isEmpty() || !m_secrets) {
        showStatus(savedText);
        emit profileSaved(id);
        if (std::exchange(m_connectAfterSave, false))
            emit connectRequested(id);
        return;
    }
    m_form->setCredentialState(bearer, tr("Storing in the keychain…"));
    showStatus(savedText);
    m_secrets->write(
        id, name, value, this, [this, id, bearer, savedText](const SecretStore::Result &result) {
            showKeychainNote(result);
            if (!result.ok()) {
                m_form->setCredentialState(bearer, result.message);
                showStatus(
                    tr("%1 The secret could not be stored: %2").arg(savedText, result.message),
                    true);
            } else if (result.sessionOnly) {
                m_form->setCredentialState(bearer,
                    bearer ? tr("The token is kept in memory for this session only.")
                           : tr("The secret is kept in memory for this session only."));
            } else {
                m_form->setCredentialState(bearer,
                    bearer ? tr("The token is stored in the keychain. Paste to replace it.")
                           : tr("A secret is stored in the keychain. Type to replace it."));
            }
            emit profileSaved(id);
            if (std::exchange(m_connectAfterSave, false))
                emit connectRequested(id);
        });
}

void ConnectionsDialog::connectCurrent()
{
    if (!formProblems().isEmpty())
        return;
    if (m_dirty || m_editingId.isNull()) {
        m_connectAfterSave = true;
        if (!save())
            m_connectAfterSave = false;
        return;
    }
    emit connectRequested(m_editingId);
}

bool ConnectionsDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
        tr("Save the changes to \"%1\"?").arg(m_saved.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_dirty = false;
        return true;
    default:
        return false;
    }
}

void ConnectionsDialog::reject()
{
    if (!confirmDiscard())
        return;
    m_testPanel->cancel();
    QDialog::reject();
}

void ConnectionsDialog::askToRemove()
{
    if (m_editingId.isNull())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove connection"),
        tr("Remove \"%1\"?").arg(m_saved.name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeProfileBox"));
    box.setInformativeText(tr("Its settings are deleted, and its client secret and token are "
                              "deleted from the system keychain."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        removeCurrent();
}

void ConnectionsDialog::removeCurrent()
{
    const QUuid id = m_editingId;
    const QString name = m_saved.name;
    if (id.isNull() || !m_profiles->remove(id))
        return;
    m_profiles->sync();
    m_dirty = false;
    m_editingId = QUuid();
    emit profileRemoved(id);
    showStatus(tr("Removed \"%1\". Deleting its keychain entries…").arg(name));
    if (m_secrets) {
        m_secrets->forgetProfile(id, this, [this, id, name](const SecretStore::Result &result) {
            showKeychainNote(result);
            if (result.ok())
                showStatus(tr("Removed \"%1\" and its keychain entries.").arg(name));
            else
                showStatus(tr("Removed \"%1\", but its keychain entries could not be deleted: %2")
                               .arg(name, result.message),
                    true);
            emit profileForgotten(id, result);
        });
    }
    const QList<ConnectionProfile> all = m_profiles->profiles();
    if (all.isEmpty()) {
        reloadList({});
        startNewProfile();
    } else {
        reloadList(all.first().id);
        if (m_editingId.isNull())
            selectProfile(all.first().id);
    }
}

void ConnectionsDialog::duplicateCurrent()
{
    if (m_editingId.isNull() || !confirmDiscard())
        return;
    const std::optional<ConnectionProfile> copy = m_profiles->duplicate(m_editingId);
    if (!copy) {
        showStatus(tr("The connection could not be copied."), true);
        return;
    }
    m_profiles->sync();
    reloadList(copy->id);
    selectProfile(copy->id);
    showStatus(tr("Copied as \"%1\". Secrets are not copied: enter the secret to sign in.")
                   .arg(copy->name));
}

ProfileImportReport ConnectionsDialog::importFile(const QString &path)
{
    const ProfileImportReport report = m_transfer->importFile(path);
    if (!report.ok())
        return report;
    if (!report.imported.isEmpty() && !m_dirty) {
        reloadList(report.imported.first().id);
        selectProfile(report.imported.first().id);
    } else {
        reloadList(m_editingId);
    }
    validate();
    return report;
}

bool ConnectionsDialog::exportFile(const QString &path, QString *error)
{
    return m_transfer->exportFile(path, error);
}

void ConnectionsDialog::chooseImportFile()
{
    const QString path = m_transfer->chooseImportPath();
    if (!path.isEmpty())
        importFile(path);
}

void ConnectionsDialog::chooseExportFile()
{
    const QString path = m_transfer->chooseExportPath();
    if (!path.isEmpty())
        exportFile(path);
}

void ConnectionsDialog::testConnection()
{
    if (!formProblems().isEmpty() || m_testPanel->isRunning())
        return;
    const bool bearer = m_form->usesBearerToken();
    m_testPanel->clear();
    if (!bearer && !m_form->typedSecret().isEmpty()) {
        m_testPanel->start(formProfile(), m_form->typedSecret(), {});
        return;
    }
    if (bearer && !m_form->typedToken().isEmpty()) {
        m_testPanel->start(formProfile(), m_form->typedToken(), m_form->typedTokenExpiry());
        return;
    }
    if (m_editingId.isNull() || !m_secrets) {
        m_testPanel->showMessage(bearer ? tr("Paste a token to test the connection.")
                                        : tr("Enter the client secret to test the connection."));
        return;
    }
    // Nothing typed: test with what the keychain holds for this profile.
    m_testPanel->showPreparing(tr("Reading the keychain…"));
    const QString name = bearer ? SecretStore::kAccessToken : SecretStore::kClientSecret;
    m_secrets->read(m_editingId, name, this, [this, bearer](const SecretStore::Result &result) {
        showKeychainNote(result);
        QString credential;
        QDateTime expiry;
        if (result.ok() && bearer) {
            if (const std::optional<StoredToken> token = StoredToken::fromJson(result.value)) {
                credential = token->token;
                expiry = token->expiry;
            }
        } else if (result.ok()) {
            credential = result.value;
        }
        if (credential.isEmpty()) {
            m_testPanel->stopPreparing();
            validate();
            m_testPanel->showMessage(bearer ? tr("No token is stored: paste one to test.")
                                            : tr("No secret is stored: enter it to test."));
            return;
        }
        m_testPanel->start(formProfile(), credential, expiry);
    });
}

void ConnectionsDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette p = palette();
    if (problem) {
        const bool dark =
            p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
        p.setColor(
            QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20));
    }
    m_status->setPalette(p);
}

QString ConnectionsDialog::statusText() const
{
    return m_status->text();
}

QString ConnectionsDialog::testResultText() const
{
    return m_testPanel->resultText();
}

QString ConnectionsDialog::secretStateText() const
{
    return m_form->credentialStateText();
}

QString ConnectionsDialog::keychainNoteText() const
{
    return m_form->keychainNoteText();
}
