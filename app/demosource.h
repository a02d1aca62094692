#pragma once

#include "models/client/connectionsettings.h"

#include <QString>
#include <memory>

namespace hubsim {
class SimulatorHost;
struct SimulatorConfig;
} // namespace hubsim

/**
 * The embedded demo tenant: a Conversation Hub simulator with a few thousand generated
 * orchestrations and realistic latency, serving on loopback from a thread of its own.
 * What a new user with no tenant sees, and what `export --demo` reads.
 */
class DemoSource
{
public:
    DemoSource();
    ~DemoSource();

    /// The simulator's behaviour in the demo: the same every run (fixed seed).
    static hubsim::SimulatorConfig config();

    /// Starts the simulator; false with the reason in @p error.
    bool start(QString *error);

    /// Where to reach it, signed in as the demo client. Valid after start().
    ConnectionSettings connection() const;
    /// The demo client's secret: a published constant of the simulator, not a real secret.
    static QString clientSecret();

private:
    std::unique_ptr<hubsim::SimulatorHost> m_host;
};
