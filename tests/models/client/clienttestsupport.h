#pragma once

// The client tests use the shared simulator rig under their own names.

#include "support/simulatorrig.h"

namespace clienttest {
using namespace std::chrono_literals;
using testsupport::fastOptions;
using testsupport::fastPolicy;
using testsupport::settingsFor;
using Rig = testsupport::SimulatorRig;
} // namespace clienttest
