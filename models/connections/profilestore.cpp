#include "models/connections/profilestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>
#include <QSettings>
#include <algorithm>

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("connections/lastUsed");
const QString kFormatName = QStringLiteral("orchestration-console-profiles");

// Keys that would carry a secret if someone hand-edited a file; never imported.
const QStringList kSecretKeys = {QStringLiteral("clientSecret"), QStringLiteral("client_secret"),
    QStringLiteral("secret"), QStringLiteral("accessToken"), QStringLiteral("access_token"),
    QStringLiteral("token"), QStringLiteral("password")};

QString groupFor(const QUuid &id)
{
    return kProfilesGroup + QLatin1Char('/') + id.toString(QUuid::WithoutBraces);
}

QString normalized(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

int ProfileImportReport::rejectedCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
        [](const Entry &entry) { return !entry.problems.isEmpty(); }));
}

ProfileStore::ProfileStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{ }

ProfileStore::ProfileStore(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

ProfileStore::~ProfileStore() = default;

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &group : groups) {
        const QUuid id = QUuid::fromString(group);
        if (id.isNull())
            continue;
        if (auto found = profile(id))
            result.append(*found);
    }
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QUuid &id) const
{
    if (id.isNull())
        return std::nullopt;
    m_settings->beginGroup(groupFor(id));
    const bool exists = m_settings->contains(QStringLiteral("name"));
    QJsonObject json;
    if (exists) {
        const QStringList keys = m_settings->childKeys();
        for (const QString &key : keys) {
            const QVariant value = m_settings->value(key);
            // INI values come back as strings: the numbers and the switch are typed here.
            if (key == QLatin1String("defaultPageSize")
                || key.startsWith(QLatin1String("historyMax")))
                json.insert(key, value.toInt());
            else if (key == QLatin1String("recordHistory"))
                json.insert(key, value.toBool());
            else
                json.insert(key, value.toString());
        }
    }
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    json.insert(QStringLiteral("id"), id.toString(QUuid::WithoutBraces));
    return ConnectionProfile::fromJson(json);
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = normalized(name);
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &candidate : all) {
        if (normalized(candidate.name) == wanted)
            return candidate;
    }
    return std::nullopt;
}

std::optional<ConnectionProfile> ProfileStore::findUsable(const QString &name, QString *error) const
{
    const std::optional<ConnectionProfile> found = findByName(name);
    if (!found) {
        QStringList names;
        const QList<ConnectionProfile> all = profiles();
        for (const ConnectionProfile &profile : all)
            names.append(profile.name);
        *error = names.isEmpty()
            ? tr("There is no connection profile \"%1\" (no profiles are saved).").arg(name)
            : tr("There is no connection profile \"%1\". Saved profiles: %2.")
                  .arg(name, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    const QList<ProfileProblem> problems = found->problems();
    if (!problems.isEmpty()) {
        *error = tr("The connection profile \"%1\" cannot be used: %2")
                     .arg(found->name, problems.first().message);
        return std::nullopt;
    }
    return found;
}

bool ProfileStore::validateForSave(
    const ConnectionProfile &profile, bool isNew, QList<ProfileProblem> *problems) const
{
    QList<ProfileProblem> found = profile.problems();
    const auto sameName = findByName(profile.name);
    if (sameName && sameName->id != profile.id)
        found.append({QStringLiteral("name"),
            tr("A connection called \"%1\" already exists.").arg(sameName->name)});
    if (isNew && this->profile(profile.id))
        found.append({QStringLiteral("id"), tr("A connection with this id already exists.")});
    if (!isNew && !this->profile(profile.id))
        found.append({QStringLiteral("id"), tr("This connection no longer exists.")});
    if (problems)
        *problems = found;
    return found.isEmpty();
}

void ProfileStore::write(const ConnectionProfile &profile)
{
    const QString group = groupFor(profile.id);
    m_settings->remove(group);
    m_settings->beginGroup(group);
    QJsonObject json = profile.toJson();
    json.remove(QStringLiteral("id"));
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        m_settings->setValue(it.key(), it.value().toVariant());
    m_settings->endGroup();
    m_settings->sync();
}

bool ProfileStore::add(ConnectionProfile &profile, QList<ProfileProblem> *problems)
{
    ConnectionProfile candidate = profile;
    if (candidate.id.isNull())
        candidate.id = QUuid::createUuid();
    candidate.name = candidate.name.trimmed();
    if (!validateForSave(candidate, true, problems))
        return false;
    write(candidate);
    profile = candidate;
    emit changed();
    return true;
}

bool ProfileStore::update(const ConnectionProfile &profile, QList<ProfileProblem> *problems)
{
    ConnectionProfile candidate = profile;
    candidate.name = candidate.name.trimmed();
    if (!validateForSave(candidate, false, problems))
        return false;
    write(candidate);
    emit changed();
    return true;
}

std::optional<ConnectionProfile> ProfileStore::duplicate(const QUuid &id)
{
    auto original = profile(id);
    if (!original)
        return std::nullopt;
    ConnectionProfile copy = *original;
    copy.id = QUuid::createUuid();
    QString name = tr("%1 (copy)").arg(original->name);
    for (int n = 2; findByName(name); ++n)
        name = tr("%1 (copy %2)").arg(original->name).arg(n);
    copy.name = name;
    if (!add(copy))
        return std::nullopt;
    return copy;
}

bool ProfileStore::remove(const QUuid &id)
{
    if (!profile(id))
        return false;
    m_settings->remove(groupFor(id));
    if (QUuid::fromString(m_settings->value(kLastUsedKey).toString()) == id)
        m_settings->remove(kLastUsedKey);
    m_settings->sync();
    emit changed();
    return true;
}

std::optional<ConnectionProfile> ProfileStore::lastUsed() const
{
    return profile(QUuid::fromString(m_settings->value(kLastUsedKey).toString()));
}

void ProfileStore::setLastUsed(const QUuid &id)
{
    m_settings->setValue(kLastUsedKey, id.toString(QUuid::WithoutBraces));
    m_settings->sync();
}

QString ProfileStore::freeName(const QString &wanted) const
{
    const QString base = wanted.trimmed();
    QString name = base;
    for (int n = 2; findByName(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

QByteArray ProfileStore::exportJson(const QList<QUuid> &ids) const
{
    QJsonArray list;
    const QList<ConnectionProfile> all = profiles();
    for (const ConnectionProfile &profile : all) {
        if (ids.isEmpty() || ids.contains(profile.id))
            list.append(profile.toJson());
    }
    const QJsonObject document {{QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kFormatVersion}, {QStringLiteral("profiles"), list}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ProfileImportReport ProfileStore::importJson(const QByteArray &json)
{
    ProfileImportReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        report.error = tr("The file is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return report;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != kFormatName
        || !root.value(QStringLiteral("profiles")).isArray()) {
        report.error = tr("The file is not a connection profile export of this console.");
        return report;
    }
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kFormatVersion) {
        report.error = tr("The file has format version %1; this console reads version %2.")
                           .arg(root.value(QStringLiteral("version")).toVariant().toString())
                           .arg(kFormatVersion);
        return report;
    }

    const QJsonArray list = root.value(QStringLiteral("profiles")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        ProfileImportReport::Entry entry;
        entry.index = i;
        if (!list.at(i).isObject()) {
            entry.problems.append({QString(), tr("Entry %1 is not a profile object.").arg(i + 1)});
            report.entries.append(entry);
            continue;
        }
        const QJsonObject object = list.at(i).toObject();
        QList<ProfileProblem> typeProblems;
        ConnectionProfile profile = ConnectionProfile::fromJson(object, &typeProblems);
        entry.name = profile.name;
        for (const QString &key : kSecretKeys) {
            if (object.contains(key))
                entry.problems.append({key,
                    tr("The profile carries a secret (\"%1\"); profiles with secrets are "
                       "not imported. Remove it from the file and enter the secret in "
                       "the console instead.")
                        .arg(key)});
        }
        entry.problems += typeProblems;
        entry.problems += profile.problems();
        if (!entry.problems.isEmpty()) {
            report.entries.append(entry);
            continue;
        }

        QStringList notes;
        if (profile.id.isNull() || this->profile(profile.id)) {
            if (!profile.id.isNull())
                notes.append(tr("given a new id (its id was taken)"));
            profile.id = QUuid::createUuid();
        }
        const QString name = freeName(profile.name);
        if (name != profile.name.trimmed()) {
            notes.append(tr("renamed to \"%1\" (the name was taken)").arg(name));
            profile.name = name;
        }
        entry.note = notes.join(QStringLiteral("; "));
        QList<ProfileProblem> saveProblems;
        if (!add(profile, &saveProblems)) {
            entry.problems = saveProblems;
        } else {
            report.imported.append(profile);
        }
        report.entries.append(entry);
    }
    return report;
}

bool ProfileStore::sync(QString *error)
{
    m_settings->sync();
    const bool ok = m_settings->status() == QSettings::NoError;
    if (!ok && error)
        *error = m_settings->status() == QSettings::AccessError
            ? tr("The settings file %1 cannot be written.").arg(m_settings->fileName())
            : tr("The settings file %1 is damaged.").arg(m_settings->fileName());
    return ok;
}
