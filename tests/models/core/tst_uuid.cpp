// The canonical UUID check, on decoded text and on UTF-8 bytes (the byte check reads eight
// bytes at a time with range arithmetic, so every byte value at every position is tried).

#include "models/core/uuid.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUuid : public QObject
{
    Q_OBJECT

private slots:
    void canonicalUuid();
    void bytesAgreeWithText_data();
    void bytesAgreeWithText();
};

void TestUuid::canonicalUuid()
{
    QVERIFY(isCanonicalUuid(u"45a095f4-d0ee-4220-a689-22b541c58f67"));
    QVERIFY(isCanonicalUuid(u"45A095F4-D0EE-4220-A689-22B541C58F67"));
    QVERIFY(!isCanonicalUuid(u"{45a095f4-d0ee-4220-a689-22b541c58f67}"));
    QVERIFY(!isCanonicalUuid(u"45a095f4d0ee4220a68922b541c58f67"));
    QVERIFY(!isCanonicalUuid(u"45a095f4-d0ee-4220-a689-22b541c58f6g"));
    QVERIFY(!isCanonicalUuid(u""));

    QVERIFY(isCanonicalUuidUtf8("45a095f4-d0ee-4220-a689-22b541c58f67"));
    QVERIFY(isCanonicalUuidUtf8("45A095F4-D0EE-4220-A689-22B541C58F67"));
    QVERIFY(!isCanonicalUuidUtf8("{45a095f4-d0ee-4220-a689-22b541c58f67}"));
    QVERIFY(!isCanonicalUuidUtf8("45a095f4d0ee4220a68922b541c58f67"));
    QVERIFY(!isCanonicalUuidUtf8("45a095f4-d0ee-4220-a689-22b541c58f6g"));
    QVERIFY(!isCanonicalUuidUtf8(""));
}

void TestUuid::bytesAgreeWithText_data()
{
    QTest::addColumn<QByteArray>("uuid");
    QTest::newRow("lower") << QByteArray("45a095f4-d0ee-4220-a689-22b541c58f67");
    QTest::newRow("upper") << QByteArray("45A095F4-D0EE-4220-A689-22B541C58F67");
    QTest::newRow("mixed") << QByteArray("0aF9e0B1-9fA0-0Ff9-aA09-fF0123456789");
}

void TestUuid::bytesAgreeWithText()
{
    QFETCH(QByteArray, uuid);
    QVERIFY(isCanonicalUuidUtf8(uuid));
    int accepted = 0;
    for (int at = 0; at < uuid.size(); ++at) {
        for (int byte = 0; byte < 256; ++byte) {
            QByteArray changed = uuid;
            changed[at] = char(byte);
            const bool expected = isCanonicalUuid(QString::fromUtf8(changed));
            if (isCanonicalUuidUtf8(changed) != expected)
                QFAIL(qPrintable(u"byte 0x%1 at %2 of %3"_s.arg(byte, 2, 16, QLatin1Char('0'))
                                     .arg(at)
                                     .arg(QString::fromLatin1(uuid))));
            accepted += expected ? 1 : 0;
        }
    }
    // At each of the 32 digit positions exactly 22 bytes are hex digits; at a dash only '-'.
    QCOMPARE(accepted, 32 * 22 + 4);
    QVERIFY(!isCanonicalUuidUtf8(uuid.chopped(1)));
    QVERIFY(!isCanonicalUuidUtf8(QByteArray(uuid + '0')));
    // 36 characters, 37 bytes: the last one is "\u00e9".
    QVERIFY(!isCanonicalUuidUtf8("45a095f4-d0ee-4220-a689-22b541c58f6\xc3\xa9"));
}

QTEST_GUILESS_MAIN(TestUuid)
#include "tst_uuid.moc"
