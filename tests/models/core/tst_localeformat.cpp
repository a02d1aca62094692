// Dates and times on screen are as precise in every language as in English: four-digit years
// and seconds, in each language's own order and digits.

#include "models/core/localeformat.h"

#include <QTest>
#include <QTimeZone>

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void dateTimeKeepsYearAndSeconds_data();
    void dateTimeKeepsYearAndSeconds();
    void invalidIsEmpty();
};

void TestLocaleFormat::dateTimeKeepsYearAndSeconds_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("time");
    QTest::newRow("C") << "C"
                       << "21 Mar 2021 14:29:01"
                       << "14:29:01";
    QTest::newRow("en") << "en"
                        << "3/21/2021 2:29:01 PM"
                        << "2:29:01 PM";
    QTest::newRow("de") << "de"
                        << "21.03.2021 14:29:01"
                        << "14:29:01";
    QTest::newRow("fr") << "fr"
                        << "21/03/2021 14:29:01"
                        << "14:29:01";
    QTest::newRow("es") << "es"
                        << "21/3/2021 14:29:01"
                        << "14:29:01";
    QTest::newRow("ja") << "ja"
                        << "2021/03/21 14:29:01"
                        << "14:29:01";
    // Arabic-Indic digits, right-to-left marks between the date's parts.
    QTest::newRow("ar") << "ar"
                        << "٢١\u200f/٣\u200f/٢٠٢١ ٢:٢٩:٠١ م"
                        << "٢:٢٩:٠١ م";
    // A locale that separates minutes with a dot separates seconds the same way.
    QTest::newRow("fi") << "fi"
                        << "21.3.2021 14.29.01"
                        << "14.29.01";
}

void TestLocaleFormat::dateTimeKeepsYearAndSeconds()
{
    QFETCH(QString, locale);
    QFETCH(QString, dateTime);
    QFETCH(QString, time);
    const QDateTime when(QDate(2021, 3, 21), QTime(14, 29, 1), QTimeZone::systemTimeZone());
    QCOMPARE(LocaleFormat::dateTime(when, QLocale(locale)), dateTime);
    QCOMPARE(LocaleFormat::time(when, QLocale(locale)), time);
}

void TestLocaleFormat::invalidIsEmpty()
{
    QVERIFY(LocaleFormat::dateTime({}).isEmpty());
    QVERIFY(LocaleFormat::time({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
