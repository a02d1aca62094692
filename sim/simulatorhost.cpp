#include "sim/simulatorhost.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <utility>

namespace hubsim {

SimulatorHost::SimulatorHost(const SimulatorConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    m_thread.setObjectName(QStringLiteral("hubsim"));
}

SimulatorHost::SimulatorHost(const SimulatorConfig &config, const Dataset &dataset, QObject *parent)
    : SimulatorHost(config, parent)
{
    m_dataset = dataset;
}

SimulatorHost::~SimulatorHost()
{
    stop();
}

bool SimulatorHost::start(QString *error)
{
    if (m_simulator)
        return true;
    m_thread.start();

    // A plain QObject living in the worker thread gives the blocking call a target there;
    // the simulator and its listeners must be created in the thread that serves them.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    bool listening = false;
    QString why;
    HubSimulator *simulator = nullptr;
    const SimulatorConfig config = m_config;
    const std::optional<Dataset> dataset = m_dataset;
    QMetaObject::invokeMethod(
        context,
        [&] {
            simulator = dataset ? new HubSimulator(config, *dataset) : new HubSimulator(config);
            listening = simulator->listen(&why);
            if (!listening) {
                delete simulator;
                simulator = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    context->deleteLater();

    if (!listening) {
        m_thread.quit();
        m_thread.wait();
        if (error)
            *error = why;
        return false;
    }
    m_simulator = simulator;
    return true;
}

void SimulatorHost::stop()
{
    if (!m_thread.isRunning())
        return;
    if (HubSimulator *simulator = std::exchange(m_simulator, nullptr)) {
        m_config = simulator->config();
        m_dataset = simulator->dataset();
        QMetaObject::invokeMethod(
            simulator, [simulator] { delete simulator; }, Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

QUrl SimulatorHost::baseUrl() const
{
    return m_simulator ? m_simulator->baseUrl() : QUrl();
}

QUrl SimulatorHost::orchestrationsUrl() const
{
    return m_simulator ? m_simulator->orchestrationsUrl() : QUrl();
}

QUrl SimulatorHost::tokenUrl() const
{
    return m_simulator ? m_simulator->tokenUrl() : QUrl();
}

QUrl SimulatorHost::redirectTargetUrl() const
{
    return m_simulator ? m_simulator->redirectTargetUrl() : QUrl();
}

SimulatorConfig SimulatorHost::config() const
{
    return m_simulator ? m_simulator->config() : m_config;
}

void SimulatorHost::setConfig(const SimulatorConfig &config)
{
    m_config = config;
    if (m_simulator)
        m_simulator->setConfig(config);
}

Dataset SimulatorHost::dataset() const
{
    if (m_simulator)
        return m_simulator->dataset();
    return m_dataset.value_or(Dataset());
}

void SimulatorHost::setDataset(const Dataset &dataset)
{
    m_dataset = dataset;
    if (m_simulator)
        m_simulator->setDataset(dataset);
}

void SimulatorHost::setFaults(const QList<FaultRule> &rules)
{
    if (m_simulator)
        m_simulator->setFaults(rules);
}

void SimulatorHost::addFault(const FaultRule &rule)
{
    if (m_simulator)
        m_simulator->addFault(rule);
}

void SimulatorHost::clearFaults()
{
    if (m_simulator)
        m_simulator->clearFaults();
}

QList<FaultRule> SimulatorHost::faults() const
{
    return m_simulator ? m_simulator->faults() : QList<FaultRule>();
}

QList<LoggedRequest> SimulatorHost::requestLog() const
{
    return m_simulator ? m_simulator->requestLog().entries() : QList<LoggedRequest>();
}

void SimulatorHost::clearRequestLog()
{
    if (m_simulator)
        m_simulator->clearRequestLog();
}

int SimulatorHost::countRequests(const QString &path) const
{
    return m_simulator ? m_simulator->countRequests(path) : 0;
}

void SimulatorHost::expireAllTokens()
{
    if (m_simulator)
        m_simulator->expireAllTokens();
}

bool SimulatorHost::revokeToken(const QString &accessToken)
{
    return m_simulator && m_simulator->revokeToken(accessToken);
}

} // namespace hubsim
