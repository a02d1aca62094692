#pragma once

#include "sim/hubsimulator.h"

#include <QObject>
#include <QThread>
#include <optional>

namespace hubsim {

/**
 * Runs a HubSimulator in a thread of its own, so that building pages, trickling bodies and
 * injected latency never stall the caller's thread (the GUI's demo mode and the benchmarks
 * use this). start() returns once the simulator listens; the destructor stops the thread
 * cleanly, closing every connection.
 *
 * Everything here may be called from the thread that owns the host while the simulator
 * serves in its own thread.
 */
class SimulatorHost : public QObject
{
    Q_OBJECT

public:
    explicit SimulatorHost(const SimulatorConfig &config = {}, QObject *parent = nullptr);
    /// Serves @p dataset instead of a generated one.
    SimulatorHost(const SimulatorConfig &config, const Dataset &dataset, QObject *parent = nullptr);
    ~SimulatorHost() override;

    /// Starts the thread and the listeners; false with the reason in @p error on failure.
    bool start(QString *error = nullptr);
    /// Stops serving and ends the thread; start() may be called again afterwards.
    void stop();
    bool isRunning() const { return m_simulator != nullptr; }

    QUrl baseUrl() const;
    QUrl orchestrationsUrl() const;
    QUrl tokenUrl() const;
    QUrl redirectTargetUrl() const;

    SimulatorConfig config() const;
    void setConfig(const SimulatorConfig &config);
    Dataset dataset() const;
    void setDataset(const Dataset &dataset);

    void setFaults(const QList<FaultRule> &rules);
    void addFault(const FaultRule &rule);
    void clearFaults();
    QList<FaultRule> faults() const;

    QList<LoggedRequest> requestLog() const;
    void clearRequestLog();
    int countRequests(const QString &path) const;

    void expireAllTokens();
    bool revokeToken(const QString &accessToken);

    /**
     * The simulator itself, for its thread-safe accessors only; null before start(). It lives
     * in the host's thread: never delete it or call its QObject API from outside.
     */
    HubSimulator *simulator() const { return m_simulator; }

private:
    SimulatorConfig m_config;
    std::optional<Dataset> m_dataset;
    QThread m_thread;
    HubSimulator *m_simulator = nullptr;
};

} // namespace hubsim
