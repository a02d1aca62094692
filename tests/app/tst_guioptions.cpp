// The GUI's command line: what starts the window, and what is refused before anything runs.

#include "app/guioptions.h"

#include <QTest>

class TestGuiOptions : public QObject
{
    Q_OBJECT

private slots:
    void acceptsDemoAndScheme();
    void acceptsConnection();
    void refuses_data();
    void refuses();
    void helpNamesTheExport();
};

void TestGuiOptions::acceptsDemoAndScheme()
{
    const GuiArguments parsed = parseGuiArguments({QStringLiteral("--demo"),
        QStringLiteral("--color-scheme"), QStringLiteral("Dark"), QStringLiteral("--screenshot"),
        QStringLiteral("/tmp/x.png"), QStringLiteral("--window-size"), QStringLiteral("1280x800")});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QVERIFY(parsed.options->demo);
    QVERIFY(!parsed.options->connection);
    QCOMPARE(parsed.options->colorScheme, Theme::ColorScheme::Dark);
    QVERIFY(parsed.options->colorSchemeGiven); // it wins over View -> Theme for this run
    QCOMPARE(parsed.options->screenshotPath, QStringLiteral("/tmp/x.png"));
    QCOMPARE(parsed.options->windowSize, QSize(1280, 800));

    const GuiArguments none = parseGuiArguments({});
    QVERIFY(none.options);
    QVERIFY(!none.options->demo && !none.options->connection);
    QCOMPARE(none.options->colorScheme, Theme::ColorScheme::System);
    QVERIFY(!none.options->colorSchemeGiven); // the theme chosen in the window applies
}

void TestGuiOptions::acceptsConnection()
{
    const GuiArguments parsed = parseGuiArguments(
        {QStringLiteral("--base-url"), QStringLiteral("https://api.example.test/v3"),
            QStringLiteral("--token-url"), QStringLiteral("https://auth.example.test/oauth2/token"),
            QStringLiteral("--client-id"), QStringLiteral("console"), QStringLiteral("--scope"),
            QStringLiteral("app.conversation.conversationmgr.manage")});
    QVERIFY2(parsed.options, qPrintable(parsed.error));
    QVERIFY(!parsed.options->demo);
    QVERIFY(parsed.options->connection);
    QCOMPARE(
        parsed.options->connection->baseUrl, QUrl(QStringLiteral("https://api.example.test/v3")));
    QCOMPARE(parsed.options->connection->tokenUrl,
        QUrl(QStringLiteral("https://auth.example.test/oauth2/token")));
    QCOMPARE(parsed.options->connection->clientId, QStringLiteral("console"));
    QCOMPARE(parsed.options->connection->scope,
        QStringLiteral("app.conversation.conversationmgr.manage"));
}

void TestGuiOptions::refuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QStringList remote {QStringLiteral("--base-url"),
        QStringLiteral("https://api.example.test/v3"), QStringLiteral("--token-url"),
        QStringLiteral("https://auth.example.test/t"), QStringLiteral("--client-id"),
        QStringLiteral("console")};
    QTest::newRow("secret on the command line")
        << (remote + QStringList {QStringLiteral("--client-secret"), QStringLiteral("s3cr3t")})
        << QStringLiteral("ORCHESTRATION_CONSOLE_CLIENT_SECRET");
    QTest::newRow("plain http to a remote host") << QStringList {QStringLiteral("--base-url"),
        QStringLiteral("http://api.example.test/v3"), QStringLiteral("--client-id"),
        QStringLiteral("console")} << QStringLiteral("--base-url");
    QTest::newRow("half a connection")
        << QStringList {QStringLiteral("--token-url"), QStringLiteral("https://a.test/t")}
        << QStringLiteral("--client-id");
    QTest::newRow("demo and remote")
        << (QStringList {QStringLiteral("--demo")} + remote) << QStringLiteral("--demo");
    QTest::newRow("unknown scheme") << QStringList {QStringLiteral("--color-scheme"),
        QStringLiteral("purple")} << QStringLiteral("purple");
    QTest::newRow("bad window size") << QStringList {QStringLiteral("--demo"),
        QStringLiteral("--window-size"), QStringLiteral("big")}
                                     << QStringLiteral("WIDTHxHEIGHT");
    QTest::newRow("screenshot without a source") << QStringList {QStringLiteral("--screenshot"),
        QStringLiteral("x.png")} << QStringLiteral("--demo");
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("stray argument")
        << QStringList {QStringLiteral("extra")} << QStringLiteral("extra");
}

void TestGuiOptions::refuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const GuiArguments parsed = parseGuiArguments(arguments);
    QVERIFY(!parsed.options);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
    // A refused secret is never echoed back.
    QVERIFY(!parsed.error.contains(QStringLiteral("s3cr3t")));
}

void TestGuiOptions::helpNamesTheExport()
{
    const GuiArguments parsed = parseGuiArguments({QStringLiteral("--help")});
    QVERIFY(!parsed.options);
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(parsed.helpText.contains(QStringLiteral("--demo")));
    QVERIFY(parsed.helpText.contains(QStringLiteral("orchestration-console export")));
    QVERIFY(!parsed.helpText.contains(QStringLiteral("--screenshot"))); // hidden
}

QTEST_GUILESS_MAIN(TestGuiOptions)
#include "tst_guioptions.moc"
