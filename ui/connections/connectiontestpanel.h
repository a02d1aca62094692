#pragma once

#include "models/connections/connectiontester.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

/// @p when in the user's local time, short: only the time when it is today.
QString shortLocalTimeText(const QDateTime &when);

/**
 * "Test connection": the button, a busy bar while the ConnectionTester works, and what came
 * of it in words (the orchestration count, or eGain's error fields).
 *
 * Promises: the test runs without blocking and stores nothing; the button asks
 * (testRequested()), the owner decides what to test with; stateChanged() follows every
 * stage change and the end of a test, so the owner can re-enable what depends on it.
 */
class ConnectionTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionTestPanel(QWidget *parent = nullptr);

    ConnectionTester *tester() const { return m_tester; }
    bool isRunning() const;
    /// Tests @p profile with @p credential (a client secret, or a token expiring at @p expiry).
    void start(
        const ConnectionProfile &profile, const QString &credential, const QDateTime &expiry);
    void cancel();

    /// The button is enabled for a valid form while no test runs.
    void setTestable(bool formValid);
    /// Busy before the test itself starts (reading the keychain): button off, bar on, @p text.
    void showPreparing(const QString &text);
    /// Hides the busy bar again.
    void stopPreparing();
    void showMessage(const QString &text);
    void clear();
    QString resultText() const;

signals:
    void testRequested();
    void stateChanged();

private:
    void onStage(ConnectionTester::Stage stage);
    void onFinished(const ConnectionTestResult &result);

    ConnectionTester *m_tester;
    QPushButton *m_testButton;
    QProgressBar *m_testProgress;
    QLabel *m_testResult;
};
