#include "models/core/rawjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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
    void indentedDropsAByteOrderMarkAndKeepsStrings_data();
    void indentedDropsAByteOrderMarkAndKeepsStrings();
    void appendIndentedHonoursDepth();
    void brokenInputNeverCrashes();
    void readerAcceptsWhatQtAccepts_data();
    void readerAcceptsWhatQtAccepts();
    void readerAgreesWithQtOnMutatedDocuments();
    void readerNestingLimitIsQts();
    void readerTracksWhitespace();
    void readerNumberValueIsQts();
    void readerStringTokens();
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

void TestRawJson::indentedDropsAByteOrderMarkAndKeepsStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QByteArray>("expected");
    // Brackets inside strings right after the mark were once taken for structure.
    QTest::newRow("array") << QByteArray("[\"}\"]") << QByteArray("[\n  \"}\"\n]");
    QTest::newRow("object") << QByteArray("{\"a\":\"]}{[\"}")
                            << QByteArray("{\n  \"a\": \"]}{[\"\n}");
    QTest::newRow("spaced") << QByteArray(" [ \"x, y\" , 1 ] ")
                            << QByteArray("[\n  \"x, y\",\n  1\n]");
}

void TestRawJson::indentedDropsAByteOrderMarkAndKeepsStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QByteArray, expected);
    const QByteArray withMark = "\xef\xbb\xbf" + json;
    QVERIFY(!QJsonDocument::fromJson(withMark).isNull()); // Qt accepts the mark
    QCOMPARE(RawJson::indented(json), expected);
    const QByteArray pretty = RawJson::indented(withMark);
    QCOMPARE(pretty, expected);
    QCOMPARE(QJsonDocument::fromJson(pretty), QJsonDocument::fromJson(withMark));

    QByteArray nested = "[\n  ";
    RawJson::appendIndented(nested, withMark, 1);
    nested += "\n]";
    QCOMPARE(QJsonDocument::fromJson(nested).array().at(0),
        QJsonDocument::fromJson(withMark).isArray()
            ? QJsonValue(QJsonDocument::fromJson(withMark).array())
            : QJsonValue(QJsonDocument::fromJson(withMark).object()));
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

/// Whether the reader accepts @p json as a whole document.
static bool readerAccepts(QByteArrayView json)
{
    RawJson::Reader reader(json);
    return reader.beginDocument() && reader.skipValue() && reader.endDocument();
}

/// What the reader reads from the value at its position, built the way QJsonDocument would
/// hold it (the last of repeated keys counts). Undefined when the reader fails.
static QJsonValue readValue(RawJson::Reader &reader)
{
    using Type = RawJson::Reader::Type;
    const Type type = reader.peek();
    const qsizetype start = reader.position();
    switch (type) {
    case Type::String: {
        RawJson::Reader::StringToken token;
        if (!reader.readString(&token))
            return QJsonValue::Undefined;
        return token.toString();
    }
    case Type::Object: {
        QJsonObject object;
        if (!reader.beginObject())
            return QJsonValue::Undefined;
        RawJson::Reader::StringToken key;
        while (reader.nextMember(&key)) {
            const QJsonValue value = readValue(reader);
            if (value.isUndefined())
                return value;
            object.insert(key.toString(), value);
        }
        return reader.hasError() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(object);
    }
    case Type::Array: {
        QJsonArray array;
        if (!reader.beginArray())
            return QJsonValue::Undefined;
        while (reader.nextElement()) {
            const QJsonValue value = readValue(reader);
            if (value.isUndefined())
                return value;
            array.append(value);
        }
        return reader.hasError() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(array);
    }
    case Type::Null:
    case Type::Bool:
    case Type::Number: {
        if (!reader.skipValue())
            return QJsonValue::Undefined;
        const QByteArrayView text = reader.text().sliced(start, reader.position() - start);
        if (type == Type::Null)
            return QJsonValue::Null;
        if (type == Type::Bool)
            return text == "true";
        return RawJson::numberValue(text);
    }
    case Type::End:
        break;
    }
    return QJsonValue::Undefined;
}

/// Deep equality that compares numbers by value: QJsonObject's own operator== tells an
/// integer Qt kept as such from the same number held as a double.
static bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    if (a.isObject()) {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.begin(); it != x.end(); ++it) {
            if (!sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    if (a.isArray()) {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isDouble())
        return a.toDouble() == b.toDouble()
            && std::signbit(a.toDouble()) == std::signbit(b.toDouble());
    return a == b;
}

/// Checks that the reader says what QJsonDocument says about @p json: valid or not, and
/// for a valid document the same values (strings decoded alike, numbers alike).
static void compareWithQt(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const bool qtAccepts = error.error == QJsonParseError::NoError;
    QVERIFY2(readerAccepts(json) == qtAccepts,
        qPrintable(QStringLiteral("Qt says \"%1\" for %2")
                       .arg(error.errorString(), QString::fromLatin1(json.toPercentEncoding()))));
    if (!qtAccepts)
        return;
    RawJson::Reader reader(json);
    QVERIFY(reader.beginDocument());
    const QJsonValue ours = readValue(reader);
    QVERIFY(reader.endDocument());
    const QJsonValue theirs =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    QVERIFY2(sameValue(ours, theirs), json.toPercentEncoding().constData());
}

void TestRawJson::readerAcceptsWhatQtAccepts_data()
{
    QTest::addColumn<QByteArray>("json");
    const QList<QByteArray> cases {
        // Plain valid documents.
        "{}",
        "[]",
        " { } ",
        "[1,2,3]",
        "{\"a\":{\"b\":[true,false,null]}}",
        tricky(),
        // Qt's leniencies.
        "[1.]",
        "[.5]",
        "[-.5]",
        "[1.e5]",
        "[1.000]",
        "[-0]",
        "[99999999999999999999]",
        "[\"\\\xc3\"]",
        "[\"\\\xff\"]",
        "[\"a\x01\"]",
        "[\"\\q\"]",
        "[\"\x7f\"]",
        "\xef\xbb\xbf[1]",
        "\xef\xbb\xbf{}",
        "[\"\\ud800\"]",
        "[\"\\udc00x\"]",
        "{\"a\":1,\"a\":2}",
        "[\"\xef\xbf\xbf\"]",
        "[\"\xf4\x8f\xbf\xbf\"]",
        // What Qt refuses.
        "",
        " ",
        "\xef\xbb\xbf",
        "1",
        "\"s\"",
        "null",
        "[-]",
        "[1e]",
        "[1e+]",
        "[1e400]",
        "[-1e400]",
        "[1e-400]",
        "[00]",
        "[.]",
        "[-e5]",
        "[e5]",
        "[1e5.5]",
        "[0x10]",
        "[+1]",
        "[\"\\u12\"]",
        "[\"\\u12g4\"]",
        "[\"\xed\xa0\x80\"]",
        "[\"\xf4\x90\x80\x80\"]",
        "[\"\xc0\xaf\"]",
        "[\"\xe0\x80\xaf\"]",
        "[\"\xf0\x80\x80\xaf\"]",
        "[\"\xc3\"]",
        "[\"\xc3(\"]",
        "[\"\\\xc3\xa9\"]",
        "[\"\\\"]",
        "[nul]",
        "[tru]",
        "[truex]",
        "[true",
        "[null",
        "[false",
        "[1",
        "[\"a\"",
        "[\"a",
        "{\"a\"}",
        "{\"a\":}",
        "{\"a\" 1}",
        "{\"a\":1,}",
        "[1,]",
        "[,1]",
        "{,}",
        "{1:2}",
        "[1 2]",
        "{\"a\":1 \"b\":2}",
        "[]]",
        "[] x",
        "{}{}",
        "[\"\x80\"]",
        "[\xef\xbb\xbf]",
        "[Infinity]",
        "[NaN]",
        "[-Infinity]",
        "[1}",
        "{]",
        "{\"a\":[}",
        "[{]}",
    };
    for (const QByteArray &json : cases)
        QTest::newRow(json.toPercentEncoding().constData()) << json;
}

void TestRawJson::readerAcceptsWhatQtAccepts()
{
    QFETCH(QByteArray, json);
    compareWithQt(json);
}

void TestRawJson::readerAgreesWithQtOnMutatedDocuments()
{
    // Random edits of valid documents, from bytes JSON gives meaning to: each result must be
    // judged (and, when valid, read) exactly as QJsonDocument judges and reads it.
    const QList<QByteArray> seeds {
        tricky(),
        R"({"orchestration":[{"id":"45a095f4-d0ee-4220-a689-22b541c58f67","n":-1.5e3,"a":[true,false,null,{}],"s":"x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}],"paginationInfo":{"count":1}})",
        "[1, -0.5, 2E+3, 0, [[]], {\"k\": \"\xe6\x97\xa5\xf0\x9f\x98\x80\"}]",
    };
    const QByteArray alphabet = QByteArrayLiteral(
        "{}[],:\"\\ \t\n\r tfnrueals0123456789.eE+-ux/abcdef\x01\x7f\x80\xbf\xc2\xc3\xe0\xed"
        "\xef\xf0\xf4\xf5\xff");
    QRandomGenerator random(20240521);
    int accepted = 0;
    constexpr int rounds = 20000;
    for (int round = 0; round < rounds; ++round) {
        QByteArray json = seeds.at(random.bounded(int(seeds.size())));
        const int edits = 1 + random.bounded(3);
        for (int e = 0; e < edits; ++e) {
            const int at = random.bounded(int(json.size()) + 1);
            const char byte = alphabet.at(random.bounded(int(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                json.insert(at, byte);
                break;
            case 1:
                if (at < json.size())
                    json.remove(at, 1);
                break;
            default:
                if (at < json.size())
                    json[at] = byte;
                break;
            }
        }
        compareWithQt(json);
        if (QTest::currentTestFailed())
            return;
        accepted += QJsonDocument::fromJson(json).isNull() ? 0 : 1;
    }
    // Both verdicts were exercised many times over.
    QVERIFY2(accepted > rounds / 20 && accepted < rounds - rounds / 20,
        qPrintable(QString::number(accepted)));
}

void TestRawJson::readerNestingLimitIsQts()
{
    for (const int depth : {1023, 1024, 1025}) {
        const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
        compareWithQt(arrays);
        QByteArray objects;
        for (int i = 0; i < depth; ++i)
            objects += "{\"a\":";
        objects += "1" + QByteArray(depth, '}');
        compareWithQt(objects);
    }
    QVERIFY(readerAccepts(QByteArray(QByteArray(1024, '[') + QByteArray(1024, ']'))));
    QVERIFY(!readerAccepts(QByteArray(QByteArray(1025, '[') + QByteArray(1025, ']'))));
}

void TestRawJson::readerTracksWhitespace()
{
    RawJson::Reader reader("{\"a b\":[1,\"x y\"], \"c\" :\n2}");
    QVERIFY(reader.beginDocument());
    QVERIFY(reader.beginObject());
    RawJson::Reader::StringToken key;
    QVERIFY(reader.nextMember(&key));
    QCOMPARE(key.toString(), QStringLiteral("a b"));
    QVERIFY(reader.skipValue());
    QCOMPARE(reader.whitespaceCount(), 0); // spaces inside strings do not count
    QVERIFY(reader.nextMember(&key));
    QCOMPARE(reader.whitespaceCount(), 2); // before the key and before its colon
    QVERIFY(reader.skipValue());
    QCOMPARE(reader.whitespaceCount(), 3);
    QVERIFY(!reader.nextMember(&key));
    QVERIFY(!reader.hasError());
    QVERIFY(reader.endDocument());
}

void TestRawJson::readerNumberValueIsQts()
{
    for (const char *number :
        {"0", "-0", "5", "2.5", "1.50", "1e2", "1E+2", "-3.5e-2", "1.", ".5", "-.5",
            "12345678901234567890", "1.000", "9007199254740993", "1e308", "-9223372036854775808",
            "9223372036854775807", "9223372036854775808", "0.1", "-0.0", "-0e0", "1.5e1"}) {
        const QByteArray json = "[" + QByteArray(number) + "]";
        const QJsonValue qt = QJsonDocument::fromJson(json).array().at(0);
        QVERIFY2(qt.isDouble(), number);
        const double ours = RawJson::numberValue(number);
        QCOMPARE(ours, qt.toDouble());
        QCOMPARE(std::signbit(ours), std::signbit(qt.toDouble()));
    }
}

void TestRawJson::readerStringTokens()
{
    RawJson::Reader reader(R"(["plain","caf\u00e9","日本","\ud83d\ude00 \"q\"","\udc00"])");
    QVERIFY(reader.beginDocument());
    QVERIFY(reader.beginArray());
    RawJson::Reader::StringToken token;
    QList<RawJson::Reader::StringToken> tokens;
    while (reader.nextElement()) {
        QVERIFY(reader.readString(&token));
        tokens.append(token);
    }
    QVERIFY(reader.endDocument());
    QCOMPARE(tokens.size(), 5);
    QVERIFY(tokens.at(0).ascii && !tokens.at(0).escaped);
    QVERIFY(tokens.at(0).is(QLatin1StringView("plain")));
    QVERIFY(tokens.at(1).escaped);
    QCOMPARE(tokens.at(1).toString(), QStringLiteral("caf\u00e9"));
    QVERIFY(!tokens.at(2).ascii && !tokens.at(2).escaped);
    QCOMPARE(tokens.at(2).toString(), QStringLiteral("日本"));
    QCOMPARE(tokens.at(3).toString(), QStringLiteral("😀 \"q\""));
    QVarLengthArray<char, 256> utf8;
    QVERIFY(tokens.at(3).appendUtf8(utf8));
    QCOMPARE(QByteArrayView(utf8.constData(), utf8.size()), QByteArrayView("😀 \"q\""));
    // A lone surrogate has no UTF-8, but the decoded text keeps it, as Qt does.
    utf8.clear();
    QVERIFY(!tokens.at(4).appendUtf8(utf8));
    QCOMPARE(tokens.at(4).toString(), QString(QChar(0xdc00)));
    const RawJson::Reader::StringToken escapedKey {"i\\u0064", true, true};
    QVERIFY(escapedKey.is(QLatin1StringView("id")));
}

QTEST_GUILESS_MAIN(TestRawJson)
#include "tst_rawjson.moc"
