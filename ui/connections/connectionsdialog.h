#pragma once

#include "models/connections/connectionprofile.h"
#include "models/connections/connectiontester.h"
#include "models/connections/secretstore.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

class ConnectionTestPanel;
class ProfileForm;
class ProfileListPanel;
class ProfileStore;
class ProfileTransfer;
struct ProfileImportReport;
class QLabel;
class QPushButton;

/**
 * File → Connections…: the saved connection profiles on the left (name and label chip), the
 * selected one's form on the right. Add, Duplicate, Remove, Import… and Export… (JSON, never
 * with a secret), "Test connection", Save and Connect.
 *
 * Promises:
 * - the form is validated as the user types (ConnectionProfile::problems() plus a taken name),
 *   each reason next to its field; Save and Connect are enabled only for a valid profile;
 * - the secret field starts empty: whether a secret is stored is said in words ("stored in the
 *   keychain"), the secret itself is never put into the field;
 * - secrets go to the SecretStore only, asynchronously: the dialog stays responsive while the
 *   keychain works, says what happened, and when the keychain is not available says next to
 *   the secret field that it is kept in memory for this session only;
 * - Remove asks first, then deletes the profile's settings and every keychain entry of it;
 * - "Test connection" fetches a token and one orchestration without blocking and without
 *   storing anything, and reports success (the count) or eGain's error fields.
 */
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectionsDialog() override;

    /// Shows the saved profile @p id in the form (false when there is none).
    bool selectProfile(const QUuid &id);
    /// Starts a new, unsaved profile with the defaults.
    void startNewProfile();
    /// The profile being edited; null for a new one that is not saved yet.
    QUuid currentProfileId() const { return m_editingId; }

    /// The profile as the form says now (not saved); for a new one the id is null.
    ConnectionProfile formProfile() const;
    /// What is wrong with the form now, as shown next to the fields.
    QList<ProfileProblem> formProblems() const;
    /// Whether the form differs from what is saved.
    bool isDirty() const { return m_dirty; }

    /// Saves the form (profile, then its secret or token); false when it cannot be saved.
    bool save();
    /// Removes the current profile without asking; its keychain entries are deleted too.
    void removeCurrent();
    /// Imports profiles from the JSON file @p path; the report is also shown in the dialog.
    ProfileImportReport importFile(const QString &path);
    /// Writes every profile (no secrets) as JSON to @p path; false with the reason in @p error.
    bool exportFile(const QString &path, QString *error = nullptr);
    /// Starts "Test connection" with the form as it is.
    void testConnection();

    ConnectionTester *tester() const;
    /// The last status line (saved, removed, imported, keychain trouble), for tests.
    QString statusText() const;
    QString testResultText() const;
    QString secretStateText() const;
    QString keychainNoteText() const;
    /// The reason shown next to @p field ("baseUrl", "name", ...); empty when none.
    QString problemShownFor(const QString &field) const;

signals:
    /// The profile @p id and its secret (if one was entered) are stored.
    void profileSaved(const QUuid &id);
    /// The profile @p id was removed (its keychain entries are being deleted).
    void profileRemoved(const QUuid &id);
    /// The keychain entries of a removed profile are gone (or could not be deleted: @p result).
    void profileForgotten(const QUuid &id, const SecretStore::Result &result);
    /// The user asked to connect to the saved profile @p id.
    void connectRequested(const QUuid &id);

protected:
    void reject() override;

private:
    void layOut(QWidget *listPane, QWidget *formPane);
    void reloadList(const QUuid &select);
    void onListSelection(const QUuid &id);
    void fillForm(const ConnectionProfile &profile);
    void onEdited();
    void validate();
    void readStoredState(const QUuid &id);
    void storeCredential(const QUuid &id, bool isNew);
    void showKeychainNote(const SecretStore::Result &result);
    void showStatus(const QString &text, bool problem = false);
    bool confirmDiscard();
    void askToRemove();
    void duplicateCurrent();
    void chooseImportFile();
    void chooseExportFile();
    void connectCurrent();

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;

    ProfileListPanel *m_list;
    ProfileForm *m_form;
    ConnectionTestPanel *m_testPanel;
    ProfileTransfer *m_transfer;
    QLabel *m_status;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;
    QPushButton *m_closeButton;

    QUuid m_editingId;
    ConnectionProfile m_saved; ///< what the form started from, for isDirty()
    bool m_dirty = false;
    bool m_connectAfterSave = false;
    QPointer<QObject> m_storedStateContext; ///< answers for a profile no longer shown are dropped
};
