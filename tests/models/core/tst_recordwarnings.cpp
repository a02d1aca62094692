#include "models/core/recordwarnings.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// A scan of a million flawed records must say so in a few lines, not a million: the lines
/// name the flaw, how many records have it and the first one.
class TestRecordWarnings : public QObject
{
    Q_OBJECT

private slots:
    void sameFlawOnManyRecordsIsOneLine();
    void aFlawSeenOnceKeepsItsRecord();
    void kindsAreBounded();
    void pageWarningsAreTalliedByPage();

private:
    static Orchestration recordWithBotId(int number, const QString &botId);
};

Orchestration TestRecordWarnings::recordWithBotId(int number, const QString &botId)
{
    const QString id = u"00000000-0000-4000-8000-%1"_s.arg(number, 12, 10, QLatin1Char('0'));
    const QByteArray json =
        uR"({"id":"%1","name":"r%2","active":true,"created":"2021-03-21T14:29:01.516Z","modified":"2021-03-21T14:29:01.516Z","applications":{"botConfiguration":{"bots":[{"id":"%3","participant":{"id":"b09dddd6-394b-4039-86bc-a5dd89ee5e8d"}}]}}})"_s
            .arg(id)
            .arg(number)
            .arg(botId)
            .toUtf8();
    return Orchestration::fromJson(json);
}

void TestRecordWarnings::sameFlawOnManyRecordsIsOneLine()
{
    RecordWarnings warnings;
    for (int i = 0; i < 412; ++i)
        warnings.addRecord(recordWithBotId(i, u"bot-%1"_s.arg(i)));
    const QStringList lines = warnings.lines();
    QCOMPARE(warnings.total(), 412);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(u"412 records: applications.botConfiguration.bots[0].id: "_s),
        qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u"UUID"_s), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u"00000000-0000-4000-8000-000000000000"_s),
        qPrintable(lines.first()));
}

void TestRecordWarnings::aFlawSeenOnceKeepsItsRecord()
{
    RecordWarnings warnings;
    warnings.addRecord(recordWithBotId(7, u"not-a-uuid"_s));
    warnings.addRecord(recordWithBotId(8, u"a09dddd6-394b-4039-86bc-a5dd89ee5e8d"_s));
    QCOMPARE(warnings.lines(),
        QStringList {u"Orchestration 00000000-0000-4000-8000-000000000007: "
                     "applications.botConfiguration.bots[0].id: \"not-a-uuid\" is not a UUID."_s});
}

void TestRecordWarnings::kindsAreBounded()
{
    // A hostile server can make every warning different; memory stays bounded all the same.
    RecordWarnings warnings;
    for (int i = 0; i < RecordWarnings::kMaxKinds + 50; ++i) {
        OrchestrationPage page;
        page.pagination.pagenum = i;
        page.warnings.append({u"paginationInfo.x%1"_s.arg(i), u"odd"_s});
        warnings.addPage(page);
    }
    const QStringList lines = warnings.lines();
    QCOMPARE(lines.size(), RecordWarnings::kMaxKinds + 1);
    QVERIFY2(lines.last().contains(u"50 further"_s), qPrintable(lines.last()));
    QCOMPARE(warnings.total(), RecordWarnings::kMaxKinds + 50);
}

void TestRecordWarnings::pageWarningsAreTalliedByPage()
{
    RecordWarnings warnings;
    for (int i = 1; i <= 3; ++i) {
        OrchestrationPage page;
        page.pagination.pagenum = i;
        page.warnings.append({u"paginationInfo.count"_s, u"The page does not say its count."_s});
        warnings.addPage(page);
    }
    QCOMPARE(warnings.lines(),
        QStringList {u"3 pages: paginationInfo.count: The page does not say its count. (first: "
                     "page 1)"_s});
}

QTEST_GUILESS_MAIN(TestRecordWarnings)
#include "tst_recordwarnings.moc"
