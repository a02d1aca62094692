#include "app/demosource.h"

#include "sim/simulatorhost.h"

DemoSource::DemoSource() = default;
DemoSource::~DemoSource() = default;

hubsim::SimulatorConfig DemoSource::config()
{
    hubsim::SimulatorConfig config;
    config.seed = 2021;
    config.count = 2500;
    config.latencyMs = 80;
    config.jitterMs = 30;
    return config;
}

bool DemoSource::start(QString *error)
{
    m_host = std::make_unique<hubsim::SimulatorHost>(config());
    if (m_host->start(error))
        return true;
    m_host.reset();
    return false;
}

ConnectionSettings DemoSource::connection() const
{
    ConnectionSettings settings;
    if (m_host) {
        settings.baseUrl = m_host->baseUrl();
        settings.tokenUrl = m_host->tokenUrl();
    }
    settings.clientId = QString(hubsim::kDemoClientId);
    settings.scope = QString(hubsim::kReadScope);
    return settings;
}

QString DemoSource::clientSecret()
{
    return QString(hubsim::kDemoClientSecret);
}
