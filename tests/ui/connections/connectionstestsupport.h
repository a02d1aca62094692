#pragma once

// Shared by the connection GUI tests: a simulated tenant with a client of the test's own, the
// profile a user would save for it, and small helpers to drive dialogs offscreen.

#include "models/connections/connectionprofile.h"
#include "sim/hubsimulator.h"
#include "support/keychaintestsupport.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUuid>
#include <memory>

namespace connectionstest {

inline constexpr int kWaitMs = 20'000;
inline const QString kClientId = QStringLiteral("console-gui-test");

/// A simulator whose only client is (kClientId, @p secret).
inline std::unique_ptr<hubsim::HubSimulator> startSimulator(const QString &secret, int count = 60)
{
    hubsim::SimulatorConfig config;
    config.count = count;
    config.clients = {{kClientId, secret, {QString(hubsim::kReadScope)}}};
    auto sim = std::make_unique<hubsim::HubSimulator>(config);
    QString error;
    if (!sim->listen(&error)) {
        qWarning("simulator did not start: %s", qPrintable(error));
        return nullptr;
    }
    return sim;
}

/// The profile a user would save for @p sim.
inline ConnectionProfile profileFor(const hubsim::HubSimulator &sim, const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.connection.baseUrl = sim.baseUrl();
    profile.connection.tokenUrl = sim.tokenUrl();
    profile.connection.clientId = kClientId;
    return profile;
}

inline int tokenPosts(const hubsim::HubSimulator &sim)
{
    return sim.countRequests(sim.tokenUrl().path());
}

/// A secret no file could contain by chance.
inline QString uniqueSecret(const char *what)
{
    return QLatin1String(what) + QLatin1Char('-')
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/**
 * Clicks the button @p buttonText of the message box called @p objectName as soon as it is
 * shown (it is modal: the click comes from the event loop it runs).
 */
inline void answerMessageBox(const QString &objectName, const QString &buttonText)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, objectName, buttonText] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            auto *box = qobject_cast<QMessageBox *>(window);
            if (!box || box->objectName() != objectName || !box->isVisible())
                continue;
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (button->text().remove(QLatin1Char('&')) == buttonText) {
                    timer->deleteLater();
                    timer->stop();
                    button->click();
                    return;
                }
            }
        }
    });
    timer->start();
    QTimer::singleShot(kWaitMs, timer, &QObject::deleteLater);
}

} // namespace connectionstest
