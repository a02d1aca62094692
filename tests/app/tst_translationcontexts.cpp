// Every user-visible string reaches the translators, under the context the program looks it
// up with: lupdate reads the sources (headers included) without a single warning, and each
// (context, source) that the command-line help and errors ask the translators for at run time
// is one that lupdate extracted. A string lupdate skips, or files under another context, stays
// English in every language however complete the catalogues are.

#include "app/diffcommand.h"
#include "app/exportcommand.h"
#include "app/exportoptions.h"
#include "app/guilaunch.h"
#include "app/guioptions.h"
#include "models/connections/connectionprofile.h"
#include "models/core/orchestrationdiff.h"
#include "models/core/snapshotfile.h"
#include "sim/commandline.h"
#include "sim/dataset.h"
#include "sim/faults.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <set>
#include <utility>

namespace {

using Message = std::pair<QString, QString>; ///< (context, source text)

/// Translates nothing; remembers every message the program looks up while it is installed.
class LookupRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
        int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        m_lookups.insert({QString::fromUtf8(context), QString::fromUtf8(sourceText)});
        return {};
    }

    bool isEmpty() const override { return false; }

    const std::set<Message> &lookups() const { return m_lookups; }

private:
    mutable std::set<Message> m_lookups;
};

/// The messages of a .ts file.
std::set<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::set<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            messages.insert({context, xml.readElementText()});
    }
    return messages;
}

} // namespace

class TestTranslationContexts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lupdateReadsTheSourcesWithoutWarning();
    void commandLineLooksUpExtractedMessages();

private:
    QTemporaryDir m_work;
    QString m_lupdateWarnings;
    std::set<Message> m_extracted;
};

void TestTranslationContexts::initTestCase()
{
    QVERIFY(m_work.isValid());
    // As the build's update_translations extracts them: the directories whose text reaches a
    // user, with the include path the compiler uses, so a class declared in a header is known.
    const QString catalogue = m_work.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CONSOLE_SOURCE_DIR));
    lupdate.start(QStringLiteral(CONSOLE_LUPDATE),
        {QStringLiteral("-silent"), QStringLiteral("-I"), QStringLiteral(CONSOLE_SOURCE_DIR),
            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("app"),
            QStringLiteral("ui"), QStringLiteral("models"), QStringLiteral("sim"),
            QStringLiteral("-ts"), catalogue});
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    QCOMPARE(lupdate.exitCode(), 0);
    m_lupdateWarnings =
        QString::fromLocal8Bit(lupdate.readAllStandardError() + lupdate.readAllStandardOutput());
    m_extracted = readCatalogue(catalogue);
    QVERIFY(!m_extracted.empty());
}

void TestTranslationContexts::lupdateReadsTheSourcesWithoutWarning()
{
    // "tr() cannot be called without context": the string is not extracted at all.
    // "Class 'X' lacks Q_OBJECT macro": extracted under X, whatever the program looks up.
    QVERIFY2(m_lupdateWarnings.trimmed().isEmpty(), qPrintable(m_lupdateWarnings));
}

void TestTranslationContexts::commandLineLooksUpExtractedMessages()
{
    LookupRecorder recorder;
    QVERIFY(QCoreApplication::installTranslator(&recorder));

    // The help and usage errors of the window, export, diff and the simulator, and the
    // messages of the files they read.
    QVERIFY(!guiHelpText().isEmpty());
    QVERIFY(!parseGuiArguments({QStringLiteral("--color-scheme"), QStringLiteral("purple")})
                 .error.isEmpty());
    QCOMPARE(runGui({QStringLiteral("--color-scheme"), QStringLiteral("purple")}), 2);
    QVERIFY(!parseExportArguments({QStringLiteral("--help")}).helpText.isEmpty());
    QVERIFY(!parseExportArguments(
        {QStringLiteral("--demo"), QStringLiteral("--page"), QStringLiteral("0")})
                 .error.isEmpty());
    QVERIFY(!parseExportArguments(
        {QStringLiteral("--demo"), QStringLiteral("--active"), QStringLiteral("maybe")})
                 .error.isEmpty());
    QCOMPARE(runExportCommand({QStringLiteral("--page")}), 2);
    QVERIFY(!parseDiffArguments({QStringLiteral("--help")}).helpText.isEmpty());
    QCOMPARE(runDiffCommand({QStringLiteral("only-one.json")}), int(DiffExitCode::Usage));
    QCommandLineParser hubsimParser;
    hubsim::describeCommandLine(hubsimParser);
    QVERIFY(!hubsimParser.helpText().isEmpty());
    QString error;
    QVERIFY(!hubsim::FaultRule::parse(QStringLiteral("no-such-fault"), &error));
    const QString missing = m_work.filePath(QStringLiteral("missing.json"));
    QVERIFY(!hubsim::Dataset::fromFile(missing, &error));
    QVERIFY(!SnapshotFile::read(missing, &error));
    QVERIFY(!ConnectionProfile().problems().isEmpty());
    QVERIFY(!OrchestrationDiff::compare({}, {}).toText().isEmpty());

    QCoreApplication::removeTranslator(&recorder);

    // Qt's own classes (QCommandLineParser's "Options:", QIODevice's errors) are translated by
    // Qt's catalogues.
    const auto isQtContext = [](const QString &context) {
        return context.size() > 1 && context.at(0) == QLatin1Char('Q') && context.at(1).isUpper();
    };
    QStringList missingFromCatalogue;
    std::set<QString> contexts;
    for (const Message &message : recorder.lookups()) {
        if (isQtContext(message.first))
            continue;
        contexts.insert(message.first);
        if (!m_extracted.count(message))
            missingFromCatalogue << message.first + QLatin1String(": ") + message.second;
    }
    QVERIFY2(missingFromCatalogue.isEmpty(),
        qPrintable(QLatin1String("looked up but not extracted:\n")
            + missingFromCatalogue.join(QLatin1Char('\n'))));
    // Each source file above was asked for at least one message.
    for (const char *context : {"GuiParser", "GuiOptions", "ExportCommand", "ExportViewOptions",
             "DiffCommand", "hubsim", "hubsim::FaultRule", "hubsim::Dataset", "SnapshotFile",
             "ConnectionProfile", "OrchestrationDiff"})
        QVERIFY2(contexts.count(QString::fromLatin1(context)), context);
}

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
