#pragma once

// For the window tests: a session signed in to a simulator as the window's command line
// would make it (ConsoleSession::connectTo with a client secret from the environment).

#include "app/consolesession.h"
#include "models/client/credentials.h"
#include "support/simulatorrig.h"

#include <memory>

namespace testsupport {

/// A session on @p sim signed in as the demo client; null with the reason in @p error.
inline std::unique_ptr<ConsoleSession> demoClientSession(
    const hubsim::HubSimulator &sim, QString *error)
{
    Credentials credentials;
    credentials.clientSecret = QString(hubsim::kDemoClientSecret);
    return ConsoleSession::connectTo(settingsFor(sim), credentials, error);
}

} // namespace testsupport
