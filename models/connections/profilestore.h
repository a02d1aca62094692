#pragma once

#include "models/connections/connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUuid>
#include <memory>
#include <optional>

class QSettings;

/// What an import of profiles did: what was added, and what was not and why.
struct ProfileImportReport
{
    /// One profile of the file, by its position (0-based) and its name in the file.
    struct Entry
    {
        int index = 0;
        QString name;
        QList<ProfileProblem> problems; ///< why it was not imported; empty when it was
        QString note; ///< e.g. "renamed to X (the name was taken)"
    };

    QString error; ///< the file as a whole could not be read; nothing was imported
    QList<ConnectionProfile> imported;
    QList<Entry> entries; ///< one per profile in the file, in file order

    bool ok() const { return error.isEmpty(); }
    int rejectedCount() const;
};

/**
 * The saved connection profiles, in QSettings (group "profiles/<uuid>"), and which one was
 * used last. Never stores a secret: the keychain keys its entries by profile id, and removing
 * a profile here leaves the keychain to the caller (SecretStore::forgetProfile()).
 *
 * Names are unique (case-insensitive) and every saved profile is valid: add() and update()
 * refuse what ConnectionProfile::problems() objects to, and say why.
 */
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    /// The application's settings (QSettings with the application's identity).
    explicit ProfileStore(QObject *parent = nullptr);
    /// Settings in the INI file @p iniPath (tests, portable setups).
    explicit ProfileStore(const QString &iniPath, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// Every profile, sorted by name.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QUuid &id) const;
    /// The profile called @p name (case-insensitive, surrounding spaces ignored).
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    /**
     * The profile called @p name when it can sign in as saved (no ProfileProblem); otherwise
     * nullopt with one translated sentence in @p error naming it and why, with the saved
     * names when there is no such profile. For the command line's --profile.
     */
    std::optional<ConnectionProfile> findUsable(const QString &name, QString *error) const;

    /**
     * Saves a new profile; gives it an id when it has none. Refuses (false, the reasons in
     * @p problems) an invalid profile, a taken name or a taken id; nothing is changed then.
     */
    bool add(ConnectionProfile &profile, QList<ProfileProblem> *problems = nullptr);
    /// Replaces the saved profile with the same id; same refusals as add(), plus an unknown id.
    bool update(const ConnectionProfile &profile, QList<ProfileProblem> *problems = nullptr);
    /// A copy of @p id under a free name ("Name (copy)", "Name (copy 2)") and a new id, saved.
    std::optional<ConnectionProfile> duplicate(const QUuid &id);
    /// Forgets the profile's settings (and last-used when it was that). False if unknown.
    bool remove(const QUuid &id);

    /// The profile used last, if it still exists.
    std::optional<ConnectionProfile> lastUsed() const;
    void setLastUsed(const QUuid &id);

    /// A name not yet taken, starting from @p wanted ("Staging", "Staging (2)", ...).
    QString freeName(const QString &wanted) const;

    /**
     * The profiles @p ids (all when empty) as a JSON document without secrets, for
     * importJson() on another machine.
     */
    QByteArray exportJson(const QList<QUuid> &ids = {}) const;
    /**
     * Adds the profiles in @p json. Loses nothing: saved profiles are never overwritten (a
     * taken name gets a free one, a taken id a new one) and every profile that is not imported
     * is reported with its problems. A file that is not a profile export imports nothing.
     */
    ProfileImportReport importJson(const QByteArray &json);

    /// Forces settings to storage (QSettings otherwise writes lazily); the status, as text.
    bool sync(QString *error = nullptr);

    static constexpr int kFormatVersion = 1;

signals:
    /// The set of profiles or one of them changed.
    void changed();

private:
    bool validateForSave(
        const ConnectionProfile &profile, bool isNew, QList<ProfileProblem> *problems) const;
    void write(const ConnectionProfile &profile);

    std::unique_ptr<QSettings> m_settings;
};
