// Connection profiles: validation a user can act on, QSettings storage without secrets, and
// JSON export/import that reports every problem and never loses a saved profile.

#include "models/connections/profilestore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

ConnectionProfile validProfile(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.connection.baseUrl =
        QUrl(QStringLiteral("https://api.egain.cloud/conversation/conversationmgr/v3"));
    profile.connection.tokenUrl =
        QUrl(QStringLiteral("https://login.egain.cloud/system/auth/ACME-U/oauth2/token"));
    profile.connection.clientId = QStringLiteral("client-") + name;
    return profile;
}

QStringList fields(const QList<ProfileProblem> &problems)
{
    QStringList result;
    for (const ProfileProblem &problem : problems)
        result.append(problem.field);
    return result;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultsFollowTheApi();
    void validation_data();
    void validation();
    void plainHttpIsAllowedOnlyForLoopbackAndSaysWhy();
    void bearerTokenProfileNeedsNoTokenUrl();

    void addListUpdateRemove();
    void namesAreUniqueIgnoringCase();
    void invalidProfileIsRefusedAndNothingChanges();
    void duplicateGetsAFreeNameAndANewId();
    void lastUsedIsRemembered();
    void survivesAReopen();

    void exportImportRoundTripsWithoutSecrets();
    void importRenamesClashesAndLosesNothing();
    void importReportsEveryBadProfile();
    void importRefusesProfilesCarryingSecrets();
    void importOfAWrongFileChangesNothing_data();
    void importOfAWrongFileChangesNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    QString iniPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProfileStore::init()
{
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(iniPath());
}

void TestProfileStore::defaultsFollowTheApi()
{
    const ConnectionProfile profile;
    QCOMPARE(profile.connection.scope, QStringLiteral("app.conversation.conversationmgr.read"));
    QCOMPARE(profile.connection.pageNumberParameter, QStringLiteral("$pagenum"));
    QCOMPARE(profile.connection.pageSizeParameter, QStringLiteral("$pagesize"));
    QCOMPARE(profile.defaultPageSize, 25);
    QCOMPARE(profile.signIn, ConnectionProfile::SignIn::ClientCredentials);
    QVERIFY(profile.label.isEmpty());
    QVERIFY(!profile.color.isValid());
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemField");

    QTest::newRow("empty name") << "name"
                                << "  "
                                << "name";
    QTest::newRow("no base url") << "baseUrl"
                                 << ""
                                 << "baseUrl";
    QTest::newRow("base url not a url") << "baseUrl"
                                        << "not a url"
                                        << "baseUrl";
    QTest::newRow("ftp base url") << "baseUrl"
                                  << "ftp://api.example.com/"
                                  << "baseUrl";
    QTest::newRow("no token url") << "tokenUrl"
                                  << ""
                                  << "tokenUrl";
    QTest::newRow("no client id") << "clientId"
                                  << " "
                                  << "clientId";
    QTest::newRow("empty scope") << "scope"
                                 << ""
                                 << "scope";
    QTest::newRow("page param with space") << "pageNumberParameter"
                                           << "page num"
                                           << "pageNumberParameter";
    QTest::newRow("same paging params") << "pageSizeParameter"
                                        << "$pagenum"
                                        << "pageSizeParameter";
    QTest::newRow("page size 0") << "defaultPageSize"
                                 << "0"
                                 << "defaultPageSize";
    QTest::newRow("page size too big") << "defaultPageSize"
                                       << "1001"
                                       << "defaultPageSize";
    QTest::newRow("long label") << "label"
                                << "PRODUCTION-EU-WEST-1"
                                << "label";
}

void TestProfileStore::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, problemField);

    ConnectionProfile profile = validProfile(QStringLiteral("Production"));
    QVERIFY(profile.isValid());
    QJsonObject json = profile.toJson();
    if (field == QLatin1String("defaultPageSize"))
        json.insert(field, value.toInt());
    else
        json.insert(field, value);
    profile = ConnectionProfile::fromJson(json);

    const QList<ProfileProblem> problems = profile.problems();
    QCOMPARE(fields(problems), QStringList {problemField});
    QVERIFY(!problems.first().message.isEmpty());
    QVERIFY(!profile.isValid());
}

void TestProfileStore::plainHttpIsAllowedOnlyForLoopbackAndSaysWhy()
{
    ConnectionProfile profile = validProfile(QStringLiteral("Staging"));
    profile.connection.tokenUrl = QUrl(QStringLiteral("http://auth.example.com/token"));
    const QList<ProfileProblem> problems = profile.problems();
    QCOMPARE(fields(problems), QStringList {QStringLiteral("tokenUrl")});
    QVERIFY2(problems.first().message.contains(QStringLiteral("https")),
        qPrintable(problems.first().message));
    QVERIFY(problems.first().message.contains(QStringLiteral("loopback")));

    profile.connection.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/token"));
    profile.connection.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v3"));
    QVERIFY(profile.isValid());
}

void TestProfileStore::bearerTokenProfileNeedsNoTokenUrl()
{
    ConnectionProfile profile = validProfile(QStringLiteral("Pasted"));
    profile.signIn = ConnectionProfile::SignIn::BearerToken;
    profile.connection.tokenUrl = QUrl();
    profile.connection.clientId.clear();
    QVERIFY(profile.isValid());
}

void TestProfileStore::addListUpdateRemove()
{
    QSignalSpy changed(m_store.get(), &ProfileStore::changed);
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    production.label = QStringLiteral("PROD");
    production.color = QColor(Qt::red);
    ConnectionProfile staging = validProfile(QStringLiteral("Staging"));
    QVERIFY(m_store->add(production));
    QVERIFY(m_store->add(staging));
    QVERIFY(!production.id.isNull());
    QVERIFY(production.id != staging.id);
    QCOMPARE(changed.size(), 2);

    const QList<ConnectionProfile> all = m_store->profiles();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0), production);
    QCOMPARE(all.at(1), staging);

    production.connection.scope = QStringLiteral("app.conversation.conversationmgr.manage");
    production.defaultPageSize = 50;
    QVERIFY(m_store->update(production));
    QCOMPARE(*m_store->profile(production.id), production);

    QVERIFY(m_store->remove(staging.id));
    QVERIFY(!m_store->profile(staging.id));
    QVERIFY(!m_store->remove(staging.id));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileStore::namesAreUniqueIgnoringCase()
{
    ConnectionProfile first = validProfile(QStringLiteral("Production"));
    QVERIFY(m_store->add(first));
    ConnectionProfile second = validProfile(QStringLiteral("  production "));
    QList<ProfileProblem> problems;
    QVERIFY(!m_store->add(second, &problems));
    QCOMPARE(fields(problems), QStringList {QStringLiteral("name")});
    QVERIFY(problems.first().message.contains(QStringLiteral("Production")));
    QCOMPARE(m_store->findByName(QStringLiteral("PRODUCTION"))->id, first.id);

    // Renaming a profile to its own name (another case) is fine.
    first.name = QStringLiteral("PRODUCTION");
    QVERIFY(m_store->update(first));
}

void TestProfileStore::invalidProfileIsRefusedAndNothingChanges()
{
    ConnectionProfile profile = validProfile(QStringLiteral("Production"));
    QVERIFY(m_store->add(profile));
    const QByteArray before = m_store->exportJson();

    ConnectionProfile broken = profile;
    broken.connection.baseUrl = QUrl(QStringLiteral("http://api.example.com/v3"));
    QList<ProfileProblem> problems;
    QVERIFY(!m_store->update(broken, &problems));
    QCOMPARE(fields(problems), QStringList {QStringLiteral("baseUrl")});
    QCOMPARE(m_store->exportJson(), before);

    ConnectionProfile unknown = validProfile(QStringLiteral("Ghost"));
    unknown.id = QUuid::createUuid();
    QVERIFY(!m_store->update(unknown, &problems));
    QCOMPARE(fields(problems), QStringList {QStringLiteral("id")});
    QCOMPARE(m_store->exportJson(), before);
}

void TestProfileStore::duplicateGetsAFreeNameAndANewId()
{
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    QVERIFY(m_store->add(production));
    const auto copy = m_store->duplicate(production.id);
    QVERIFY(copy);
    QCOMPARE(copy->name, QStringLiteral("Production (copy)"));
    QVERIFY(copy->id != production.id);
    QCOMPARE(copy->connection.clientId, production.connection.clientId);
    const auto second = m_store->duplicate(production.id);
    QCOMPARE(second->name, QStringLiteral("Production (copy 2)"));
    QCOMPARE(m_store->profiles().size(), 3);
    QVERIFY(!m_store->duplicate(QUuid::createUuid()));
}

void TestProfileStore::lastUsedIsRemembered()
{
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    ConnectionProfile staging = validProfile(QStringLiteral("Staging"));
    QVERIFY(m_store->add(production));
    QVERIFY(m_store->add(staging));
    QVERIFY(!m_store->lastUsed());
    m_store->setLastUsed(staging.id);
    QCOMPARE(m_store->lastUsed()->id, staging.id);

    m_store = std::make_unique<ProfileStore>(iniPath());
    QCOMPARE(m_store->lastUsed()->id, staging.id);

    // A removed profile is not reopened.
    QVERIFY(m_store->remove(staging.id));
    QVERIFY(!m_store->lastUsed());
}

void TestProfileStore::survivesAReopen()
{
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    production.label = QStringLiteral("PROD");
    production.color = QColor(QStringLiteral("#c0392b"));
    production.connection.pageNumberParameter = QStringLiteral("page");
    production.connection.pageSizeParameter = QStringLiteral("size");
    production.defaultPageSize = 40;
    ConnectionProfile pasted = validProfile(QStringLiteral("Pasted"));
    pasted.signIn = ConnectionProfile::SignIn::BearerToken;
    QVERIFY(m_store->add(production));
    QVERIFY(m_store->add(pasted));

    m_store = std::make_unique<ProfileStore>(iniPath());
    QCOMPARE(*m_store->profile(production.id), production);
    QCOMPARE(*m_store->profile(pasted.id), pasted);
}

void TestProfileStore::exportImportRoundTripsWithoutSecrets()
{
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    production.label = QStringLiteral("PROD");
    production.color = QColor(Qt::red);
    QVERIFY(m_store->add(production));
    const QByteArray json = m_store->exportJson();

    const QJsonObject exported = QJsonDocument::fromJson(json)
                                     .object()
                                     .value(QStringLiteral("profiles"))
                                     .toArray()
                                     .first()
                                     .toObject();
    for (const QString &key : exported.keys()) {
        if (key == QLatin1String("tokenUrl"))
            continue;
        QVERIFY2(!key.contains(QStringLiteral("secret"), Qt::CaseInsensitive)
                && !key.contains(QStringLiteral("token"), Qt::CaseInsensitive)
                && !key.contains(QStringLiteral("password"), Qt::CaseInsensitive),
            qPrintable(key));
    }

    QTemporaryDir otherDir;
    ProfileStore other(otherDir.filePath(QStringLiteral("other.ini")));
    const ProfileImportReport report = other.importJson(json);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.rejectedCount(), 0);
    QCOMPARE(*other.profile(production.id), production);
}

void TestProfileStore::importRenamesClashesAndLosesNothing()
{
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    QVERIFY(m_store->add(production));
    const QByteArray json = m_store->exportJson();
    const ConnectionProfile before = *m_store->profile(production.id);

    const ProfileImportReport report = m_store->importJson(json);
    QVERIFY(report.ok());
    QCOMPARE(report.imported.size(), 1);
    const ConnectionProfile &imported = report.imported.first();
    QCOMPARE(imported.name, QStringLiteral("Production (2)"));
    QVERIFY(imported.id != production.id);
    QVERIFY(report.entries.first().note.contains(QStringLiteral("renamed")));
    QVERIFY(report.entries.first().note.contains(QStringLiteral("new id")));
    QCOMPARE(*m_store->profile(production.id), before); // the saved one is untouched
    QCOMPARE(m_store->profiles().size(), 2);
}

void TestProfileStore::importReportsEveryBadProfile()
{
    QJsonArray list;
    list.append(validProfile(QStringLiteral("Good")).toJson());
    QJsonObject insecure = validProfile(QStringLiteral("Insecure")).toJson();
    insecure.insert(QStringLiteral("tokenUrl"), QStringLiteral("http://auth.example.com/token"));
    list.append(insecure);
    QJsonObject wrongTypes = validProfile(QStringLiteral("Typed")).toJson();
    wrongTypes.insert(QStringLiteral("defaultPageSize"), QStringLiteral("many"));
    list.append(wrongTypes);
    list.append(QStringLiteral("not an object"));
    const QJsonObject root {
        {QStringLiteral("format"), QStringLiteral("orchestration-console-profiles")},
        {QStringLiteral("version"), 1}, {QStringLiteral("profiles"), list}};

    const ProfileImportReport report = m_store->importJson(QJsonDocument(root).toJson());
    QVERIFY(report.ok());
    QCOMPARE(report.entries.size(), 4);
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.imported.first().name, QStringLiteral("Good"));
    QCOMPARE(report.rejectedCount(), 3);
    QCOMPARE(report.entries.at(1).name, QStringLiteral("Insecure"));
    QCOMPARE(fields(report.entries.at(1).problems), QStringList {QStringLiteral("tokenUrl")});
    QCOMPARE(
        fields(report.entries.at(2).problems), QStringList {QStringLiteral("defaultPageSize")});
    QCOMPARE(report.entries.at(3).problems.size(), 1);
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileStore::importRefusesProfilesCarryingSecrets()
{
    QJsonObject withSecret = validProfile(QStringLiteral("Leaky")).toJson();
    withSecret.insert(QStringLiteral("clientSecret"), QStringLiteral("hand-edited-secret"));
    const QJsonObject root {
        {QStringLiteral("format"), QStringLiteral("orchestration-console-profiles")},
        {QStringLiteral("version"), 1}, {QStringLiteral("profiles"), QJsonArray {withSecret}}};
    const ProfileImportReport report = m_store->importJson(QJsonDocument(root).toJson());
    QVERIFY(report.ok());
    QCOMPARE(report.imported.size(), 0);
    QCOMPARE(fields(report.entries.first().problems), QStringList {QStringLiteral("clientSecret")});
    QVERIFY(!report.entries.first().problems.first().message.contains(
        QStringLiteral("hand-edited-secret")));
    QVERIFY(m_store->sync());
    QFile settings(iniPath());
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains("hand-edited-secret"));
}

void TestProfileStore::importOfAWrongFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{\"profiles\": [");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1,"profiles":[]})");
    QTest::newRow("newer version")
        << QByteArray(R"({"format":"orchestration-console-profiles","version":99,"profiles":[]})");
    QTest::newRow("profiles not a list")
        << QByteArray(R"({"format":"orchestration-console-profiles","version":1,"profiles":{}})");
}

void TestProfileStore::importOfAWrongFileChangesNothing()
{
    QFETCH(QByteArray, json);
    ConnectionProfile production = validProfile(QStringLiteral("Production"));
    QVERIFY(m_store->add(production));
    const QByteArray before = m_store->exportJson();

    const ProfileImportReport report = m_store->importJson(json);
    QVERIFY(!report.ok());
    QVERIFY(!report.error.isEmpty());
    QVERIFY(report.imported.isEmpty());
    QCOMPARE(m_store->exportJson(), before);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
