// The English plural forms reach the user: every %n string of the console has both forms in
// the embedded English translation, and installTranslators() puts it in force whatever the
// locale (the C locale of scripts and CI included).

#include "app/translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void pluralsAreEnglishInTheCLocale();
    void everyPluralMessageHasBothForms();
};

void TestTranslations::pluralsAreEnglishInTheCLocale()
{
    QLocale::setDefault(QLocale::c());
    installTranslators();
    QCOMPARE(QCoreApplication::translate("ConfigurationTreeModel", "%n bot(s)", nullptr, 1),
        QStringLiteral("1 bot"));
    QCOMPARE(QCoreApplication::translate("ConfigurationTreeModel", "%n bot(s)", nullptr, 3),
        QStringLiteral("3 bots"));
    QCOMPARE(
        QCoreApplication::translate("ExportCommand", "Exported %n orchestration(s).", nullptr, 1),
        QStringLiteral("Exported 1 orchestration."));
}

void TestTranslations::everyPluralMessageHasBothForms()
{
    // The .qm is embedded from the committed .ts; an unfinished message would fall back to
    // the "(s)" source text. lupdate marks those type="unfinished".
    QFile ts(QStringLiteral(CONSOLE_SOURCE_DIR "/translations/orchestration-console_en.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.contains("numerus=\"yes\""));
    QVERIFY2(!text.contains("type=\"unfinished\""),
        "run update_translations and translations/fill-english-plurals.py");
    QVERIFY(!text.contains("<numerusform></numerusform>"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
