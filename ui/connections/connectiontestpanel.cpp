#include "ui/connections/connectiontestpanel.h"

#include "models/core/localeformat.h"
#include "ui/widgets/errorbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

QString shortLocalTimeText(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    return local.date() == QDate::currentDate() ? LocaleFormat::time(when)
                                                : LocaleFormat::dateTime(when);
}

ConnectionTestPanel::ConnectionTestPanel(QWidget *parent)
    : QWidget(parent)
    , m_tester(new ConnectionTester(this))
    , m_testButton(new QPushButton(tr("&Test connection"), this))
    , m_testProgress(new QProgressBar(this))
    , m_testResult(new QLabel(this))
{
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(
        tr("Fetch a token and one orchestration with what the form says, without saving"));
    m_testProgress->setObjectName(QStringLiteral("testProgress"));
    m_testProgress->setRange(0, 0); // busy: we cannot know how long the server takes
    m_testProgress->setTextVisible(false);
    m_testProgress->setMaximumWidth(120);
    m_testProgress->setMaximumHeight(m_testButton->sizeHint().height() / 2);
    m_testProgress->hide();
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testProgress);
    testRow->addStretch(1);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);

    connect(m_testButton, &QPushButton::clicked, this, &ConnectionTestPanel::testRequested);
    connect(m_tester, &ConnectionTester::stageChanged, this, &ConnectionTestPanel::onStage);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionTestPanel::onFinished);
}

bool ConnectionTestPanel::isRunning() const
{
    return m_tester->isRunning();
}

void ConnectionTestPanel::start(
    const ConnectionProfile &profile, const QString &credential, const QDateTime &expiry)
{
    m_tester->start(profile, credential, expiry);
}

void ConnectionTestPanel::cancel()
{
    m_tester->cancel();
}

void ConnectionTestPanel::setTestable(bool formValid)
{
    m_testButton->setEnabled(formValid && !m_tester->isRunning());
}

void ConnectionTestPanel::showPreparing(const QString &text)
{
    m_testButton->setEnabled(false);
    m_testProgress->show();
    m_testResult->setText(text);
}

void ConnectionTestPanel::stopPreparing()
{
    m_testProgress->hide();
}

void ConnectionTestPanel::showMessage(const QString &text)
{
    m_testResult->setText(text);
}

void ConnectionTestPanel::clear()
{
    m_testResult->clear();
}

QString ConnectionTestPanel::resultText() const
{
    return m_testResult->text();
}

void ConnectionTestPanel::onStage(ConnectionTester::Stage stage)
{
    switch (stage) {
    case ConnectionTester::Stage::FetchingToken:
        m_testResult->setText(tr("Fetching a token…"));
        break;
    case ConnectionTester::Stage::FetchingPage:
        m_testResult->setText(tr("Signed in. Fetching one orchestration…"));
        break;
    case ConnectionTester::Stage::Idle:
        break;
    }
    m_testProgress->setVisible(stage != ConnectionTester::Stage::Idle);
    emit stateChanged();
}

void ConnectionTestPanel::onFinished(const ConnectionTestResult &result)
{
    m_testProgress->hide();
    emit stateChanged();
    if (result.ok) {
        QString text = result.count >= 0
            ? tr("Connected. The tenant has %n orchestration(s).", nullptr, int(result.count))
            : tr("Connected. The first page was read.");
        if (result.tokenExpiry.isValid())
            text += QLatin1Char(' ')
                + tr("The token is valid until %1.").arg(shortLocalTimeText(result.tokenExpiry));
        m_testResult->setText(text);
        return;
    }
    QStringList lines;
    lines << tr("The test failed: %1").arg(result.error.summary());
    if (!result.error.userMessage.isEmpty())
        lines << tr("User message: %1").arg(result.error.userMessage);
    const QString details = ErrorBanner::detailsText(result.error);
    if (!details.isEmpty())
        lines << details;
    m_testResult->setText(lines.join(QLatin1Char('\n')));
}
