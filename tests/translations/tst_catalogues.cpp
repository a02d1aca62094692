// The catalogues as shipped: every embedded .qm loads as its language, and every translation
// in translations/*.ts keeps what the program fills in or the user presses: the source's
// placeholders (%1, %L1, %n) and its one & mnemonic. An unfinished message is not judged here
// (the lrelease tests count those).

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< the numerus forms, or the one translation
};

/// The finished messages of the catalogue at @p path.
QList<Message> finishedMessages(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                message = Message {context, {}, {}};
            else if (name == QLatin1String("source"))
                message.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished")
                    || type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                message.translations.clear();
                // Either text, or numerusform children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (message.translations.isEmpty())
                    message.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            const bool empty = std::all_of(message.translations.cbegin(),
                message.translations.cend(), [](const QString &t) { return t.isEmpty(); });
            if (!unfinished && !empty)
                messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// The placeholders of @p text, sorted: "%1", "%L2", "%n".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?\\d+|%n"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

/// How many & mnemonics @p text has: "&&" is a literal ampersand, "&lt;" an entity, and an
/// ampersand before anything but a letter or digit ("spaces, &, =") is a character in a message.
int mnemonicCount(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("&&|&#?\\w+;|&([\\p{L}\\p{N}])"));
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        if (it.next().hasCaptured(1))
            ++count;
    }
    return count;
}

QStringList languages()
{
    return QStringLiteral(CONSOLE_LANGUAGES).split(QLatin1Char(','));
}

QString catalogue(const QString &language)
{
    return QStringLiteral(CONSOLE_SOURCE_DIR "/translations/orchestration-console_%1.ts")
        .arg(language);
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void everyShippedCatalogueLoads_data();
    void everyShippedCatalogueLoads();
    void translationsKeepPlaceholdersAndMnemonics_data();
    void translationsKeepPlaceholdersAndMnemonics();
    void checksCatchABrokenTranslation();
};

void TestCatalogues::everyShippedCatalogueLoads_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestCatalogues::everyShippedCatalogueLoads()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/orchestration-console_%1.qm").arg(language)),
        "not embedded under :/i18n");
    QCOMPARE(translator.language(), language);
}

void TestCatalogues::translationsKeepPlaceholdersAndMnemonics_data()
{
    everyShippedCatalogueLoads_data();
}

void TestCatalogues::translationsKeepPlaceholdersAndMnemonics()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = finishedMessages(catalogue(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &message : messages) {
        const QStringList wanted = placeholders(message.source);
        const int mnemonics = qMin(1, mnemonicCount(message.source));
        for (const QString &translation : message.translations) {
            const QString where = QStringLiteral("%1: \"%2\" -> \"%3\"")
                                      .arg(message.context, message.source, translation);
            if (placeholders(translation) != wanted)
                problems << where + QStringLiteral(": placeholders ")
                        + placeholders(translation).join(QLatin1Char(' '))
                        + QStringLiteral(", want ") + wanted.join(QLatin1Char(' '));
            if (mnemonicCount(translation) != mnemonics)
                problems << where
                        + QStringLiteral(": %1 mnemonic(s), want %2")
                              .arg(mnemonicCount(translation))
                              .arg(mnemonics);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    qInfo("%s: %lld finished message(s) checked", qPrintable(language), qlonglong(messages.size()));
}

void TestCatalogues::checksCatchABrokenTranslation()
{
    // The checks themselves: what a careless translation does is caught.
    QCOMPARE(placeholders(QStringLiteral("%2 of %L1 (%n)")),
        (QStringList {QStringLiteral("%2"), QStringLiteral("%L1"), QStringLiteral("%n")}));
    QVERIFY(placeholders(QStringLiteral("Seite %1")) != placeholders(QStringLiteral("Page %2")));
    QCOMPARE(mnemonicCount(QStringLiteral("&Export…")), 1);
    QCOMPARE(mnemonicCount(QStringLiteral("エクスポート(&E)…")), 1);
    QCOMPARE(mnemonicCount(QStringLiteral("Sign && &out")), 1);
    QCOMPARE(mnemonicCount(QStringLiteral("&lt;b&gt; R&&D")), 0);
    QCOMPARE(mnemonicCount(QStringLiteral("&Datei &öffnen")), 2);
    QCOMPARE(mnemonicCount(QStringLiteral("no spaces, &, = or #")), 0);
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
