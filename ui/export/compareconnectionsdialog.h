#pragma once

#include "models/core/orchestrationdiff.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class CompareWindow;
class ProfileLoader;
class ProfileStore;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class SecretStore;
struct ConnectionProfile;

/**
 * File -> Compare connections...: two saved profiles (old and new, e.g. staging and
 * production) loaded side by side, then compared in a CompareWindow.
 *
 * Each profile loads every page with its own keychain secret (ProfileLoader), in parallel,
 * each with its own progress bar. Records are paired by id, or by name for two tenants
 * (where one orchestration has two ids). Cancel while loading stops both loads and keeps the
 * dialog for another try; a load that fails stops the other and says, in the dialog, which
 * connection failed and why. When both are loaded the compare window opens (parented to the
 * dialog's parent, deleted on close) and the dialog closes. Nothing here blocks the UI thread.
 */
class CompareConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    CompareConnectionsDialog(
        ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~CompareConnectionsDialog() override;

    QComboBox *oldProfile() const { return m_old; }
    QComboBox *newProfile() const { return m_new; }
    QComboBox *matchChoice() const { return m_match; }
    QPushButton *compareButton() const { return m_compareButton; }
    /// Why nothing was compared (a failed or cancelled load); empty when nothing went wrong.
    QString problemText() const;
    bool isLoading() const;

    /// Loads the chosen profiles and compares them; compareOpened() follows on success.
    void compare();
    /// Stops the loads in flight; the dialog stays.
    void cancelLoading();
    /// Tests: tunes each loader (retries, timeouts) before it starts.
    void setLoaderSetup(std::function<void(ProfileLoader *)> setup) { m_setup = std::move(setup); }

    void reject() override;

signals:
    void compareOpened(CompareWindow *window);

private:
    struct Side
    {
        QPointer<ProfileLoader> loader;
        QLabel *label = nullptr;
        QProgressBar *progress = nullptr;
    };
    void updateButtons();
    void onLoaderFinished();
    void showProblem(const QString &text);
    void stopLoaders();

    ProfileStore *m_profiles;
    QPointer<SecretStore> m_secrets;
    QComboBox *m_old;
    QComboBox *m_new;
    QComboBox *m_match;
    Side m_sides[2];
    QLabel *m_hint;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QPushButton *m_compareButton;
    std::function<void(ProfileLoader *)> m_setup;
};
