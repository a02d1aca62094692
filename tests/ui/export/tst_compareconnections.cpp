// File -> Compare connections... driven as a user drives it: the real dialog and compare
// window, two tenants (two simulators with different data and secrets) on loopback, each
// profile's secret in the real Secret Service of the test command's private D-Bus session.

#include "models/connections/profileloader.h"
#include "models/connections/profilestore.h"
#include "models/connections/secretstore.h"
#include "support/keychaintestsupport.h"
#include "support/twotenants.h"
#include "ui/export/compareconnectionsdialog.h"
#include "ui/export/comparewindow.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace keychaintest;
using testsupport::TwoTenants;

namespace {

constexpr int kLoadTimeoutMs = 30'000;

} // namespace

class TestCompareConnections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void byNameShowsTheRealDifferencesWithIdsSideBySide();
    void byIdEveryRecordDiffers();
    void duplicateNamesAreSaidInTheSummary();
    void cancelStopsBothLoadsAndKeepsTheDialog();
    void aFailedLoadNamesTheConnection();

private:
    CompareWindow *compare(OrchestrationDiff::Match match);
    void plantSecret(const ConnectionProfile &profile, const QString &secret);
    void screenshot(QWidget *widget, const QString &name);

    TwoTenants m_tenants;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QWidget> m_parent;
    CompareConnectionsDialog *m_dialog = nullptr;
};

void TestCompareConnections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OrchestrationConsoleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_compareconnections"));
    QLoggingCategory::setFilterRules(QStringLiteral("console.*.debug=false\nconsole.*.info=false\n"
                                                    "hubsim.debug=false\nhubsim.info=false"));
    qRegisterMetaType<CompareWindow *>();
}

void TestCompareConnections::init()
{
    QString error;
    const bool twin =
        QByteArray(QTest::currentTestFunction()) == "duplicateNamesAreSaidInTheSummary";
    QVERIFY2(m_tenants.start(&error, twin), qPrintable(error));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.conf")));
    QVERIFY(m_tenants.saveProfiles(*m_profiles));
    m_secrets = std::make_unique<SecretStore>(kTestService);
    REQUIRE_SECRET_SERVICE(*m_secrets);
    plantSecret(m_tenants.stagingProfile, TwoTenants::kStagingSecret);
    plantSecret(m_tenants.productionProfile, TwoTenants::kProductionSecret);

    m_parent = std::make_unique<QWidget>();
    m_parent->resize(900, 600);
    m_parent->show();
    m_dialog = new CompareConnectionsDialog(m_profiles.get(), m_secrets.get(), m_parent.get());
    m_dialog->show();
}

void TestCompareConnections::cleanup()
{
    m_parent.reset(); // the dialog and any compare window with it
    m_dialog = nullptr;
    if (m_secrets && !m_secrets->isSessionOnly()) {
        for (const ConnectionProfile *profile :
            {&m_tenants.stagingProfile, &m_tenants.productionProfile}) {
            waitForResult([&](QObject *context, SecretStore::Callback done) {
                m_secrets->forgetProfile(profile->id, context, done);
            });
        }
    }
    m_secrets.reset();
    m_profiles.reset();
    m_tenants = TwoTenants();
    m_dir.reset();
}

void TestCompareConnections::plantSecret(const ConnectionProfile &profile, const QString &secret)
{
    const auto written = waitForResult([&](QObject *context, SecretStore::Callback done) {
        m_secrets->write(profile.id, SecretStore::kClientSecret, secret, context, done);
    });
    QVERIFY(written && written->ok() && !written->sessionOnly);
}

void TestCompareConnections::screenshot(QWidget *widget, const QString &name)
{
    // Scratch screenshots for a person to look at: CONSOLE_SCREENSHOT_DIR=<dir>.
    const QString dir = qEnvironmentVariable("CONSOLE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QTest::qWait(200); // let the window manager place and paint it
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// Picks Staging (old) and Production (new) as a user does, and presses Compare.
CompareWindow *TestCompareConnections::compare(OrchestrationDiff::Match match)
{
    QComboBox *oldBox = m_dialog->oldProfile();
    QComboBox *newBox = m_dialog->newProfile();
    oldBox->setCurrentIndex(oldBox->findText(QStringLiteral("Staging")));
    newBox->setCurrentIndex(newBox->findText(QStringLiteral("Production")));
    m_dialog->matchChoice()->setCurrentIndex(m_dialog->matchChoice()->findData(int(match)));
    QSignalSpy opened(m_dialog, &CompareConnectionsDialog::compareOpened);
    QTest::mouseClick(m_dialog->compareButton(), Qt::LeftButton);
    if (!opened.wait(kLoadTimeoutMs)) {
        qWarning("no compare window: %s", qPrintable(m_dialog->problemText()));
        return nullptr;
    }
    return opened.first().first().value<CompareWindow *>();
}

void TestCompareConnections::byNameShowsTheRealDifferencesWithIdsSideBySide()
{
    screenshot(m_dialog, QStringLiteral("compare-connections-dialog"));
    CompareWindow *window = compare(OrchestrationDiff::Match::Name);
    QVERIFY(window);
    QTRY_VERIFY(!m_dialog->isVisible()); // done: the dialog closed, the window is open
    const OrchestrationDiff &diff = window->listModel()->diff();
    QCOMPARE(diff.addedCount(), 1);
    QCOMPARE(diff.removedCount(), 1);
    QCOMPARE(diff.changedCount(), 1);
    QCOMPARE(diff.unchangedCount(), TwoTenants::kCount - 2);
    QCOMPARE(window->oldSide().name, QStringLiteral("Staging"));
    QCOMPARE(window->newSide().name, QStringLiteral("Production"));
    QVERIFY2(window->summaryText().contains(QStringLiteral("Matched by name")),
        qPrintable(window->summaryText()));
    // Each tenant signed in once, with its own secret from the keychain.
    QCOMPARE(m_tenants.staging->countRequests(m_tenants.staging->tokenUrl().path()), 1);
    QCOMPARE(m_tenants.production->countRequests(m_tenants.production->tokenUrl().path()), 1);

    // The changed record side by side: its two ids shown, not marked; the description marked.
    QVERIFY(window->selectId(TwoTenants::productionId(TwoTenants::kChanged)));
    QTreeWidgetItem *id = window->itemForPath(QStringLiteral("id"));
    QVERIFY(id);
    QCOMPARE(id->text(1), m_tenants.stagingId(TwoTenants::kChanged));
    QCOMPARE(id->text(2), TwoTenants::productionId(TwoTenants::kChanged));
    QCOMPARE(id->data(0, CompareWindow::StateRole).toInt(), int(CompareWindow::RowState::Same));
    QTreeWidgetItem *description = window->itemForPath(QStringLiteral("description"));
    QVERIFY(description);
    QCOMPARE(description->data(0, CompareWindow::StateRole).toInt(),
        int(CompareWindow::RowState::Changed));
    QCOMPARE(description->text(2), QStringLiteral("changed in production"));
    screenshot(window, QStringLiteral("compare-two-tenants"));
}

void TestCompareConnections::byIdEveryRecordDiffers()
{
    CompareWindow *window = compare(OrchestrationDiff::Match::Id);
    QVERIFY(window);
    const OrchestrationDiff &diff = window->listModel()->diff();
    QCOMPARE(diff.addedCount(), TwoTenants::kCount);
    QCOMPARE(diff.removedCount(), TwoTenants::kCount);
    QCOMPARE(diff.changedCount(), 0);
    QVERIFY(!window->summaryText().contains(QStringLiteral("Matched by name")));
}

void TestCompareConnections::duplicateNamesAreSaidInTheSummary()
{
    CompareWindow *window = compare(OrchestrationDiff::Match::Name);
    QVERIFY(window);
    const QString name = m_tenants.stagingName(TwoTenants::kChanged);
    QVERIFY2(window->summaryText().contains(QStringLiteral("\"%1\" (2 on the new side)").arg(name)),
        qPrintable(window->summaryText()));
    QCOMPARE(window->listModel()->diff().changedCount(), 0); // never paired
}

void TestCompareConnections::cancelStopsBothLoadsAndKeepsTheDialog()
{
    // Production answers slowly: its load is still running when the user cancels.
    hubsim::SimulatorConfig slow = m_tenants.production->config();
    slow.latencyMs = 60'000;
    m_tenants.production->setConfig(slow);
    QSignalSpy opened(m_dialog, &CompareConnectionsDialog::compareOpened);
    QTest::mouseClick(m_dialog->compareButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isLoading());
    QVERIFY(!m_dialog->compareButton()->isEnabled());
    auto *progress = m_dialog->findChild<QProgressBar *>(QStringLiteral("compareNewProgress"));
    QVERIFY(progress && progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(
        m_tenants.production->countRequests(m_tenants.production->tokenUrl().path()) > 0,
        kLoadTimeoutMs);

    auto *buttons = m_dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!m_dialog->isLoading());
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(m_dialog->problemText().contains(QStringLiteral("Cancelled")),
        qPrintable(m_dialog->problemText()));
    QVERIFY(m_dialog->compareButton()->isEnabled());
    QVERIFY(!progress->isVisible());
    QCOMPARE(opened.size(), 0);
}

void TestCompareConnections::aFailedLoadNamesTheConnection()
{
    plantSecret(m_tenants.productionProfile, QStringLiteral("not the production secret"));
    QSignalSpy opened(m_dialog, &CompareConnectionsDialog::compareOpened);
    QTest::mouseClick(m_dialog->compareButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isLoading(), kLoadTimeoutMs);
    QVERIFY2(m_dialog->problemText().contains(QStringLiteral("Production: ")),
        qPrintable(m_dialog->problemText()));
    QVERIFY(!m_dialog->problemText().contains(QStringLiteral("not the production secret")));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(opened.size(), 0);
}

QTEST_MAIN(TestCompareConnections)
#include "tst_compareconnections.moc"
