#include "models/core/windowsdevicename.h"

#include <QTest>

using namespace Qt::StringLiterals;

/// On Windows, `export -o NUL` (or CON, COM1, "nul.json", ...) names a device in any folder:
/// the export must be written through to it, never replaced by a renamed temporary file.
class TestWindowsDeviceName : public QObject
{
    Q_OBJECT

private slots:
    void recognises_data();
    void recognises();
};

void TestWindowsDeviceName::recognises_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("device");

    QTest::newRow("NUL") << u"NUL"_s << true;
    QTest::newRow("lower case") << u"nul"_s << true;
    QTest::newRow("with an extension") << u"nul.json"_s << true;
    QTest::newRow("trailing colon") << u"NUL:"_s << true;
    QTest::newRow("trailing spaces") << u"NUL  "_s << true;
    QTest::newRow("in a folder") << uR"(C:\Users\me\Documents\NUL)"_s << true;
    QTest::newRow("forward slashes") << u"C:/Users/me/con.txt"_s << true;
    QTest::newRow("drive-relative") << u"C:NUL"_s << true;
    QTest::newRow("CON") << u"CON"_s << true;
    QTest::newRow("PRN") << u"prn"_s << true;
    QTest::newRow("AUX") << u"Aux"_s << true;
    QTest::newRow("CONOUT$") << u"CONOUT$"_s << true;
    QTest::newRow("COM1") << u"COM1"_s << true;
    QTest::newRow("LPT9") << u"lpt9.txt"_s << true;
    QTest::newRow("COM superscript") << u"COM\u00B9"_s << true;
    QTest::newRow("device namespace") << uR"(\\.\pipe\exports)"_s << true;

    QTest::newRow("a plain file") << u"export.json"_s << false;
    QTest::newRow("a name that starts like one") << u"nullable.json"_s << false;
    QTest::newRow("CONSOLE") << u"console.json"_s << false;
    QTest::newRow("COM10") << u"COM10"_s << false;
    QTest::newRow("COM alone") << u"COM"_s << false;
    QTest::newRow("a folder named NUL") << uR"(C:\NUL\export.json)"_s << false;
    QTest::newRow("POSIX device") << u"/dev/null"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWindowsDeviceName::recognises()
{
    QFETCH(QString, path);
    QFETCH(bool, device);
    QCOMPARE(isWindowsDeviceName(path), device);
}

QTEST_GUILESS_MAIN(TestWindowsDeviceName)
#include "tst_windowsdevicename.moc"
