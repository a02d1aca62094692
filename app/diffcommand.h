#pragma once

#include "models/core/orchestrationdiff.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <optional>

struct ConnectionProfile;
class ProfileLoader;
class ProfileStore;
class SecretStore;
class QTextStream;

/// What `orchestration-console diff` returns to the shell.
enum class DiffExitCode : int {
    NoDifferences = 0,
    Differences = 1,
    Usage = 2, ///< the command line is wrong, or names a profile that is not saved
    UnreadableInput = 4, ///< a file cannot be read or is not an export or API page, a
                         ///< profile's orchestrations cannot all be loaded, or the result
                         ///< could not be written to standard output
};

/// One side of a diff: a file, or the live data of a saved connection profile.
struct DiffSide
{
    QString file;
    QString profile; ///< the profile's name; set instead of file

    bool isProfile() const { return !profile.isEmpty(); }
};

/// The command line of `diff`, read: the two sides (old first) and the output form, or help,
/// or an error.
struct DiffArguments
{
    DiffSide before; ///< the older side (A): the first given
    DiffSide after; ///< the newer side (B)
    bool json = false;
    OrchestrationDiff::Match match = OrchestrationDiff::Match::Id;
    QString helpText;
    QString error; ///< set when the command line is wrong
};

/// Reads the arguments that follow `diff`. Pure: touches no file.
DiffArguments parseDiffArguments(const QStringList &arguments);

/**
 * One run of `orchestration-console diff`: reads the two sides, exports (or raw API pages)
 * from files and every orchestration of a saved profile live (ProfileLoader: the secret and
 * cached token from the keychain, as `export --profile`; both profiles load in parallel),
 * compares them with OrchestrationDiff and prints the differences on standard output, a
 * readable summary or, with --json, a stable JSON structure. Messages about the sides go to
 * @p log. A client secret from the environment is used only when one side is a profile:
 * two tenants never share one. Emits finished() exactly once, after any token issued is in
 * the keychain.
 */
class DiffCommand : public QObject
{
    Q_OBJECT
public:
    DiffCommand(const DiffArguments &arguments, const QString &environmentSecret, QTextStream &log,
        bool logIsTerminal, QObject *parent = nullptr);
    ~DiffCommand() override;

    /// Where profiles are looked up (default: the application's settings); not owned.
    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    /// The keychain profiles use (default: one under the application id); not owned.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }

    /// Begins the work; finished() follows, never from inside this call.
    void start();

signals:
    void finished(DiffExitCode code);

private:
    struct Side
    {
        DiffSide source;
        QList<Orchestration> records;
        bool fullRecords = true;
        QPointer<ProfileLoader> loader;
    };
    void begin();
    bool readFile(Side &side);
    void startProfile(Side &side, const ConnectionProfile &profile);
    void onLoaderFinished();
    void reportProgress();
    void compare();
    void fail(const QString &message, DiffExitCode code);
    void finish(DiffExitCode code);

    DiffArguments m_arguments;
    QString m_environmentSecret;
    QTextStream &m_log;
    bool m_logIsTerminal;
    ProfileStore *m_profiles = nullptr;
    SecretStore *m_secrets = nullptr;
    Side m_sides[2];
    bool m_finished = false;
    bool m_progressShown = false;
};

/// Runs `diff` with the arguments that follow it, in a QCoreApplication; the exit code.
int runDiffCommand(const QStringList &arguments);

class OrchestrationDiff;
/// Prints @p diff on standard output, a summary or (@p json) the JSON document; the exit code
/// (DiffExitCode) that says whether there are differences.
int printDiff(const OrchestrationDiff &diff, bool json);
