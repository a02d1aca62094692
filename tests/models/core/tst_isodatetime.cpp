// Date-times as the records spell them: the contract's spelling read by hand must give what
// QDateTime::fromString(text, Qt::ISODateWithMs) gives, in UTC, for every input.

#include "models/core/isodatetime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestIsoDateTime : public QObject
{
    Q_OBJECT

private slots:
    void contractSpelling();
    void contractSpellingMatchesQDateTime();
    void otherSpellingsAreQDateTimes_data();
    void otherSpellingsAreQDateTimes();
};

static QDateTime qtReading(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

void TestIsoDateTime::contractSpelling()
{
    const QDateTime expected(QDate(2021, 3, 21), QTime(14, 29, 1, 516), Qt::UTC);
    QCOMPARE(IsoDateTime::fromUtf8("2021-03-21T14:29:01.516Z"), expected);
    QCOMPARE(IsoDateTime::fromUtf8("2021-03-21T14:29:01.516Z").timeSpec(), Qt::UTC);
    QCOMPARE(IsoDateTime::fromString(u"2021-03-21T14:29:01.516Z"_s), expected);
    QVERIFY(!IsoDateTime::fromUtf8("2021-02-29T14:29:01.516Z").isValid());
    QVERIFY(!IsoDateTime::fromUtf8("yesterday").isValid());
    QVERIFY(!IsoDateTime::fromUtf8("").isValid());
}

void TestIsoDateTime::contractSpellingMatchesQDateTime()
{
    // A wide spread of dates and times in the contract's spelling, impossible ones included.
    QRandomGenerator random(4711);
    int valid = 0;
    for (int i = 0; i < 50000; ++i) {
        const bool odd = i % 4 == 0;
        const QString text = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
            odd ? random.bounded(0, 10000) : random.bounded(1, 10000),
            odd ? random.bounded(0, 14) : random.bounded(1, 13),
            odd ? random.bounded(0, 33) : random.bounded(1, 32),
            odd ? random.bounded(0, 26) : random.bounded(0, 24),
            odd ? random.bounded(0, 61) : random.bounded(0, 60),
            odd ? random.bounded(0, 62) : random.bounded(0, 60), random.bounded(0, 1000));
        const QDateTime expected = qtReading(text);
        const QDateTime date = IsoDateTime::fromUtf8(text.toLatin1());
        if (date != expected || date.isValid() != expected.isValid())
            QFAIL(qPrintable(text));
        if (expected.isValid()) {
            QCOMPARE(date.timeSpec(), Qt::UTC);
            ++valid;
        }
    }
    QVERIFY(valid > 25000 && valid < 50000); // both kinds were tried
}

void TestIsoDateTime::otherSpellingsAreQDateTimes_data()
{
    QTest::addColumn<QString>("text");
    const QStringList forms {u"2021-03-21T16:29:01.516+02:00"_s, u"2021-03-21T14:29:01Z"_s,
        u"2021-03-21T14:29:01.5Z"_s, u"2021-03-21T14:29Z"_s, u"2021-03-21 14:29:01.516Z"_s,
        u"2021-03-21T14:29:01.516"_s, u"2021-03-21T24:00:00.000Z"_s, u"2020-02-29T12:00:00.000Z"_s,
        u"2021-03-21T14:29:60.000Z"_s, u"+2021-03-21T14:29:01.516Z"_s,
        u"2021-03-21T14:29:01.516z"_s, u"0000-01-01T00:00:00.000Z"_s,
        u" 2021-03-21T14:29:01.516Z"_s, u"2021-03-21T14:29:01,516Z"_s,
        u"2021-13-01T00:00:00.000Z"_s, u"1969-12-31T23:59:59.999Z"_s, u"0001-01-01T00:00:00.000Z"_s,
        u"9999-12-31T23:59:59.999Z"_s, u"2021-03-21T14:29:01.516-00:30"_s,
        u"2021-03-21T14:29:01.516Z "_s, u"2021-03-21T14:29:01.5160Z"_s,
        u"2021-03-21T14:29:01.516\u00e9"_s, u"2021-03-2\u0661T14:29:01.516Z"_s};
    for (const QString &form : forms)
        QTest::newRow(qPrintable(form)) << form;
}

void TestIsoDateTime::otherSpellingsAreQDateTimes()
{
    QFETCH(QString, text);
    const QDateTime expected = qtReading(text);
    for (const QDateTime &date :
        {IsoDateTime::fromUtf8(text.toUtf8()), IsoDateTime::fromString(text)}) {
        QCOMPARE(date.isValid(), expected.isValid());
        QCOMPARE(date, expected);
        if (date.isValid())
            QCOMPARE(date.timeSpec(), Qt::UTC);
    }
}

QTEST_GUILESS_MAIN(TestIsoDateTime)
#include "tst_isodatetime.moc"
