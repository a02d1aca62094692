#include "rawjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

/// Records must leave the console with the bytes they came with: these tests pin down that
/// slicing, minifying and re-indenting change whitespace outside strings and nothing else.
class TestRawJson : public QObject
{
    Q_OBJECT

private slots:
    void minifiedKeepsStringsAndDropsOnlyOuterWhitespace_data();
    void minifiedKeepsStringsAndDropsOnlyOuterWhitespace();
    void isMinified();
    void arrayElementsAreByteExactSlices();
    void arrayElementsAgreeWithQJsonDocument_data();
    void arrayElementsAgreeWithQJsonDocument();
    void arrayElementsOfMissingOrNonArrayMemberAreEmpty();
    void arrayElementsUsesLastDuplicateKeyLikeQt();
    void arrayElementsMatchesEscapedKey();
    void objectMembersKeepDocumentOrder();
    void decodeStringResolvesEscapes_data();
    void decodeStringResolvesEscapes();
    void indentedMatchesQJsonDocumentLayout();
    void indentedKeepsNumbersKeyOrderAndUnicode();
    void indentedKeepsEmptyContainersOnOneLine();
    void appendIndentedHonoursDepth();
    void brokenInputNeverCrashes();
};

static QByteArray tricky()
{
    // Escapes, a surrogate pair, raw UTF-8 (CJK, emoji), numbers Qt would respell,
    // nested and empty containers, and keys in non-sorted order.
    return QByteArrayLiteral(R"({ "zeta" : "a \"quoted\" \\ path\\", "alpha": 1.50,
  "big":12345678901234567890, "exp": 1E+2, "neg": -0.0,
  "text": "caf\u00e9 \ud83d\ude00 \u4e2d", "utf8": "日本語 😀 é",
  "nested": { "list": [ [], {}, [ 1, [ 2, { "k": null } ] ], true, false ] },
  "ws": "  spaces\tinside  ", "empty": "" })");
}

void TestRawJson::minifiedKeepsStringsAndDropsOnlyOuterWhitespace_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("spaces outside")
        << QByteArray(" { \"a\" : [ 1 , 2 ] } ") << QByteArray("{\"a\":[1,2]}");
    QTest::newRow("spaces inside strings")
        << QByteArray("{\"a b\": \" c d \"}") << QByteArray("{\"a b\":\" c d \"}");
    QTest::newRow("escaped quote")
        << QByteArray("[\"x\\\" y\" , 1]") << QByteArray("[\"x\\\" y\",1]");
    QTest::newRow("escaped backslash then quote")
        << QByteArray("[\"x\\\\\" , \" y\"]") << QByteArray("[\"x\\\\\",\" y\"]");
    QTest::newRow("tabs and newlines")
        << QByteArray("{\n\t\"a\":\r\n true\n}") << QByteArray("{\"a\":true}");
    QTest::newRow("utf8") << QByteArray("{ \"名\" : \"😀 中\" }") << QByteArray("{\"名\":\"😀 中\"}");
    QTest::newRow("numbers") << QByteArray("[ 1.50 , 12345678901234567890 , 1e-7 ]")
                             << QByteArray("[1.50,12345678901234567890,1e-7]");
}

void TestRawJson::minifiedKeepsStringsAndDropsOnlyOuterWhitespace()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(RawJson::minified(input), expected);
    QVERIFY(RawJson::isMinified(expected));
    QCOMPARE(RawJson::minified(expected), expected);
}

void TestRawJson::isMinified()
{
    QVERIFY(RawJson::isMinified("{\"a\":\" b \"}"));
    QVERIFY(!RawJson::isMinified("{\"a\": 1}"));
    QVERIFY(!RawJson::isMinified("[1]\n"));
    QVERIFY(RawJson::isMinified(""));
}

void TestRawJson::arrayElementsAreByteExactSlices()
{
    const QByteArray page = "{\"paginationInfo\":{\"count\":3},\n \"orchestration\": [\n  "
        + tricky() + " ,\n  {\"b\":2,\"a\":1} , {} ]}";
    const QList<QByteArray> elements = RawJson::arrayElements(page, "orchestration");
    QCOMPARE(elements.size(), 3);
    QCOMPARE(elements.at(0), RawJson::minified(tricky()));
    QCOMPARE(elements.at(1), QByteArray("{\"b\":2,\"a\":1}")); // key order kept
    QCOMPARE(elements.at(2), QByteArray("{}"));
    // Spelling and bytes Qt would have rewritten are still there.
    QVERIFY(elements.at(0).contains("\"alpha\":1.50"));
    QVERIFY(elements.at(0).contains("\"big\":12345678901234567890"));
    QVERIFY(elements.at(0).contains("\"exp\":1E+2"));
    QVERIFY(elements.at(0).contains("\"neg\":-0.0"));
    QVERIFY(elements.at(0).contains(R"("caf\u00e9 \ud83d\ude00 \u4e2d")"));
    QVERIFY(elements.at(0).contains("\"utf8\":\"日本語 😀 é\""));
    QVERIFY(elements.at(0).contains(R"("ws":"  spaces\tinside  ")"));
    QVERIFY(elements.at(0).startsWith("{\"zeta\":\"a \\\"quoted\\\" \\\\ path\\\\\",\"alpha\""));
}

void TestRawJson::arrayElementsAgreeWithQJsonDocument_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::newRow("tricky") << QByteArray("{\"orchestration\":[" + tricky() + "]}");
    QTest::newRow("scalars") << QByteArray("{\"orchestration\":[1, \"two\", null, true, -3.5e2]}");
    QTest::newRow("nested arrays")
        << QByteArray("{\"x\":[[1]],\"orchestration\":[[[]],[{}],[[1,[2]]]]}");
    QTest::newRow("member after") << QByteArray("{\"orchestration\":[{\"a\":\"]}\"}],\"z\":[9]}");
    QTest::newRow("empty") << QByteArray("{\"orchestration\":[ ]}");
    QTest::newRow("pretty") << QJsonDocument(
        QJsonObject {{QStringLiteral("orchestration"),
            QJsonArray {QJsonObject {{QStringLiteral("k"), 1}},
                QJsonArray {}}}}).toJson(QJsonDocument::Indented);
}

void TestRawJson::arrayElementsAgreeWithQJsonDocument()
{
    QFETCH(QByteArray, document);
    QJsonParseError error {};
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray expected = parsed.object().value(QLatin1StringView("orchestration")).toArray();
    const QList<QByteArray> elements = RawJson::arrayElements(document, "orchestration");
    QCOMPARE(elements.size(), expected.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QVERIFY(RawJson::isMinified(elements.at(i)));
        const QJsonDocument element = QJsonDocument::fromJson("[" + elements.at(i) + "]", &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(element.array().at(0), expected.at(i));
    }
}

void TestRawJson::arrayElementsOfMissingOrNonArrayMemberAreEmpty()
{
    QVERIFY(RawJson::arrayElements("{\"other\":[1]}", "orchestration").isEmpty());
    QVERIFY(RawJson::arrayElements("{\"orchestration\":{\"a\":[1]}}", "orchestration").isEmpty());
    QVERIFY(RawJson::arrayElements("{\"orchestration\":\"[1]\"}", "orchestration").isEmpty());
    QVERIFY(RawJson::arrayElements("[{\"orchestration\":[1]}]", "orchestration").isEmpty());
    // Only the top level counts, not a nested member of the same name.
    QVERIFY(RawJson::arrayElements("{\"x\":{\"orchestration\":[1]}}", "orchestration").isEmpty());
}

void TestRawJson::arrayElementsUsesLastDuplicateKeyLikeQt()
{
    const QByteArray document = "{\"orchestration\":[1],\"orchestration\":[2,3]}";
    const QJsonArray qt = QJsonDocument::fromJson(document)
                              .object()
                              .value(QLatin1StringView("orchestration"))
                              .toArray();
    const QList<QByteArray> elements = RawJson::arrayElements(document, "orchestration");
    QCOMPARE(elements.size(), qt.size());
    QCOMPARE(elements, (QList<QByteArray> {"2", "3"}));
}

void TestRawJson::arrayElementsMatchesEscapedKey()
{
    const QByteArray document = R"({"orchestr\u0061tion":[{"a":1}]})";
    QCOMPARE(RawJson::arrayElements(document, "orchestration"), QList<QByteArray> {"{\"a\":1}"});
}

void TestRawJson::objectMembersKeepDocumentOrder()
{
    const QList<RawJson::Member> members =
        RawJson::objectMembers("{ \"z\" : 1 , \"a\":[ 2 ], \"m\":{}}");
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).rawKey, QByteArrayView("z"));
    QCOMPARE(members.at(0).value, QByteArrayView("1"));
    QCOMPARE(members.at(1).rawKey, QByteArrayView("a"));
    QCOMPARE(members.at(1).value, QByteArrayView("[ 2 ]"));
    QCOMPARE(members.at(2).rawKey, QByteArrayView("m"));
    QCOMPARE(members.at(2).value, QByteArrayView("{}"));
    QCOMPARE(RawJson::memberValue("{\"a\":1,\"b\":\"x\"}", "b"), QByteArrayView("\"x\""));
    QVERIFY(RawJson::memberValue("{\"a\":1}", "b").isEmpty());
}

void TestRawJson::decodeStringResolvesEscapes_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("plain") << QByteArray("abc");
    QTest::newRow("quote and backslash") << QByteArray(R"(a\"b\\c\/d)");
    QTest::newRow("controls") << QByteArray(R"(\b\f\n\r\t)");
    QTest::newRow("latin") << QByteArray(R"(caf\u00e9)");
    QTest::newRow("surrogate pair") << QByteArray(R"(\ud83d\ude00!)");
    QTest::newRow("utf8") << QByteArray("日本語 😀 é");
    QTest::newRow("mixed") << QByteArray(R"(x\u4E2Dy 中 \"z\")");
}

void TestRawJson::decodeStringResolvesEscapes()
{
    QFETCH(QByteArray, raw);
    const QString expected = QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(RawJson::decodeString(raw), expected);
}

void TestRawJson::indentedMatchesQJsonDocumentLayout()
{
    // Where Qt would write the same tokens (no empty containers, Qt's own number spelling),
    // the layout is Qt's to the byte.
    const QJsonObject object {
        {QStringLiteral("a"), 1},
        {QStringLiteral("b"),
            QJsonArray {1, QStringLiteral("x"), QJsonObject {{QStringLiteral("c"), true}}}},
        {QStringLiteral("d"), QJsonObject {{QStringLiteral("e"), QJsonArray {QJsonArray {2.5}}}}},
        {QStringLiteral("f"), QJsonValue::Null},
    };
    const QByteArray qt = QJsonDocument(object).toJson(QJsonDocument::Indented);
    const QByteArray ours = RawJson::indented(RawJson::minified(qt), 4) + '\n';
    QCOMPARE(ours, qt);
    // Re-indenting something already indented changes nothing.
    QCOMPARE(RawJson::indented(qt, 4) + '\n', qt);
}

void TestRawJson::indentedKeepsNumbersKeyOrderAndUnicode()
{
    const QByteArray pretty = RawJson::indented(tricky());
    QCOMPARE(RawJson::minified(pretty), RawJson::minified(tricky()));
    QVERIFY(pretty.startsWith(
        "{\n  \"zeta\": \"a \\\"quoted\\\" \\\\ path\\\\\",\n  \"alpha\": 1.50,\n"));
    QVERIFY(pretty.contains("\n  \"big\": 12345678901234567890,\n"));
    QVERIFY(pretty.contains("\"utf8\": \"日本語 😀 é\""));
    QVERIFY(pretty.contains(R"("ws": "  spaces\tinside  ")"));
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(tricky()));
    QVERIFY(!QJsonDocument::fromJson(pretty).isNull());
}

void TestRawJson::indentedKeepsEmptyContainersOnOneLine()
{
    QCOMPARE(RawJson::indented("{\"a\":[],\"b\":{ },\"c\":[[ ]]}"),
        QByteArray("{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    []\n  ]\n}"));
    QCOMPARE(RawJson::indented("[]"), QByteArray("[]"));
    QCOMPARE(RawJson::indented("\"s\""), QByteArray("\"s\""));
}

void TestRawJson::appendIndentedHonoursDepth()
{
    QByteArray out = "[\n  ";
    RawJson::appendIndented(out, "{\"a\":[1,2]}", 1);
    out += "\n]";
    QCOMPARE(out, QByteArray("[\n  {\n    \"a\": [\n      1,\n      2\n    ]\n  }\n]"));
    QVERIFY(!QJsonDocument::fromJson(out).isNull());
}

void TestRawJson::brokenInputNeverCrashes()
{
    // Not a promise of useful output, only that nothing reads out of bounds or loops forever.
    const QByteArray full = "{\"orchestration\":[" + tricky() + ",{\"a\":\"\\\\\"}]}";
    for (qsizetype n = 0; n <= full.size(); ++n) {
        const QByteArrayView prefix = QByteArrayView(full).first(n);
        RawJson::arrayElements(prefix, "orchestration");
        RawJson::minified(prefix);
        RawJson::indented(prefix);
        RawJson::decodeString(prefix);
        RawJson::objectMembers(prefix);
    }
    for (const char *garbage : {"}}}]]]", "{\"a\"", "{\"a\":", "[,,,]", "{:::}", "\"\\", "\\u12"}) {
        RawJson::arrayElements(garbage, "a");
        RawJson::indented(garbage);
        RawJson::decodeString(garbage);
    }
    QCOMPARE(RawJson::arrayElements(full, "orchestration").size(), 2);
}

QTEST_GUILESS_MAIN(TestRawJson)
#include "tst_rawjson.moc"
