// The export dialog on its own, with a home folder of the test's making: which folder it
// proposes, and a target that cannot be written said inside the dialog before it closes.

#include "support/mnemonics.h"
#include "ui/export/exportdialog.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void proposesOnlyAFolderThatExists();
    void aBadTargetIsSaidInTheDialog();
    void reopeningProposesTheLastGoodFolder();
    void everyMnemonicIsItsOwn();
    void csvChoiceIsColumnsAndNamesACsvFile();

private:
    std::unique_ptr<ExportDialog> makeDialog();
    QString proposedFolder(ExportDialog &dialog);

    QTemporaryDir m_home;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    QVERIFY(m_home.isValid());
    // A home of our own, with no Documents folder in it (and no user-dirs file naming one).
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
}

void TestExportDialog::init()
{
    QSettings().clear();
    QDir(m_home.filePath(QStringLiteral("Documents"))).removeRecursively();
}

std::unique_ptr<ExportDialog> TestExportDialog::makeDialog()
{
    const QList<ExportScopeOffer> scopes {{ViewExport::Scope::Page, true, QStringLiteral("3")}};
    auto dialog = std::make_unique<ExportDialog>(scopes, ViewExport::Scope::Page,
        QStringList {QStringLiteral("Name")}, [](const ExportChoice &) { return ExportPreview(); });
    dialog->show();
    return dialog;
}

QString TestExportDialog::proposedFolder(ExportDialog &dialog)
{
    return QFileInfo(QDir::fromNativeSeparators(dialog.choice().path)).absolutePath();
}

void TestExportDialog::proposesOnlyAFolderThatExists()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(documents, m_home.filePath(QStringLiteral("Documents")));
    QVERIFY(!QFileInfo::exists(documents));
    // No Documents folder: home, which exists.
    QCOMPARE(ExportDialog::lastFolder(), QDir::homePath());
    auto dialog = makeDialog();
    QCOMPARE(proposedFolder(*dialog), m_home.path());

    // Documents made: there.
    QVERIFY(QDir().mkpath(documents));
    QCOMPARE(ExportDialog::lastFolder(), documents);
    // A remembered folder that has gone since: not proposed.
    QSettings().setValue(
        QStringLiteral("export/lastFolder"), m_home.filePath(QStringLiteral("gone")));
    QCOMPARE(ExportDialog::lastFolder(), documents);
}

void TestExportDialog::aBadTargetIsSaidInTheDialog()
{
    auto dialog = makeDialog();
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("exportProblem"));
    QVERIFY(problem);
    QVERIFY(!problem->isVisible());
    auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportButton"));

    // A folder that does not exist: said under the file field; the dialog stays open.
    const QString missing = m_home.filePath(QStringLiteral("nowhere/report.json"));
    dialog->setPath(missing);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(problem->isVisible());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("does not exist")),
        qPrintable(dialog->problemText()));
    QVERIFY(dialog->problemText().contains(QDir::toNativeSeparators(m_home.filePath("nowhere"))));

    // A folder given as the file: said the same way.
    dialog->setPath(m_home.path());
    QVERIFY(!problem->isVisible()); // a new path, not yet judged
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->problemText().contains(QStringLiteral("is a folder")),
        qPrintable(dialog->problemText()));

    // A good one: accepted.
    dialog->setPath(m_home.filePath(QStringLiteral("report.json")));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->problemText().isEmpty());
}

void TestExportDialog::reopeningProposesTheLastGoodFolder()
{
    const QString good = m_home.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(good));
    ExportDialog::rememberFolder(good + QStringLiteral("/first.json"));
    {
        // A bad target is refused in the dialog, so it is never remembered...
        auto dialog = makeDialog();
        QCOMPARE(proposedFolder(*dialog), good);
        dialog->setPath(m_home.filePath(QStringLiteral("nowhere/report.json")));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }
    // ...and the next dialog proposes the last folder that worked.
    auto dialog = makeDialog();
    QCOMPARE(proposedFolder(*dialog), good);
}

void TestExportDialog::everyMnemonicIsItsOwn()
{
    // Every scope offered, so every radio button is there: Alt+letter reaches one item only.
    QList<ExportScopeOffer> scopes;
    for (const auto scope : {ViewExport::Scope::View, ViewExport::Scope::Page,
             ViewExport::Scope::All, ViewExport::Scope::Selection, ViewExport::Scope::Node})
        scopes.append({scope, true, QStringLiteral("detail")});
    ExportDialog dialog(scopes, ViewExport::Scope::Page, QStringList {QStringLiteral("Name")},
        [](const ExportChoice &) { return ExportPreview(); });
    const QStringList texts = Mnemonics::inWindow(&dialog);
    QVERIFY(
        texts.contains(dialog.findChild<QPushButton *>(QStringLiteral("exportButton"))->text()));
    const QStringList clashes = Mnemonics::clashes(texts);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
}

void TestExportDialog::csvChoiceIsColumnsAndNamesACsvFile()
{
    auto dialog = makeDialog();
    auto *csv = dialog->findChild<QRadioButton *>(QStringLiteral("formatCsv"));
    auto *records = dialog->findChild<QRadioButton *>(QStringLiteral("contentRecords"));
    QVERIFY(csv && records);
    QVERIFY(dialog->choice().path.endsWith(QLatin1String(".json")));
    QCOMPARE(dialog->choice().format, ViewExport::Format::Json);

    QTest::mouseClick(csv, Qt::LeftButton);
    QVERIFY(csv->isChecked());
    const ExportChoice chosen = dialog->choice();
    QCOMPARE(chosen.format, ViewExport::Format::Csv);
    QCOMPARE(chosen.content, ViewExport::Content::Columns); // CSV is the visible columns
    QVERIFY2(chosen.path.endsWith(QLatin1String(".csv")), qPrintable(chosen.path));
    QVERIFY(!records->isEnabled());
    QVERIFY(!records->isChecked()); // the columns are what will be written
    if (!qEnvironmentVariableIsEmpty("CONSOLE_SCREENSHOT_DIR"))
        dialog->grab().save(QDir(qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR"))
                                .filePath(QStringLiteral("export-dialog-csv.png")));

    // A name the user typed keeps its suffix; the dialog's own follows the format back.
    dialog->setPath(m_home.filePath(QStringLiteral("for-excel.txt")));
    auto *indented = dialog->findChild<QRadioButton *>(QStringLiteral("styleIndented"));
    QTest::mouseClick(indented, Qt::LeftButton);
    QVERIFY(dialog->choice().path.endsWith(QLatin1String("for-excel.txt")));
    QVERIFY(records->isEnabled());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
