#pragma once

// The item model tests use the shared simulator rig, plus a record helper of their own.

#include "models/core/orchestration.h"
#include "support/simulatorrig.h"

namespace itemmodeltest {

using namespace std::chrono_literals;
using testsupport::configWith;
using testsupport::fastPolicy;
using Rig = testsupport::SimulatorRig;
inline constexpr int waitMs = testsupport::kWaitMs;

inline Orchestration recordOf(const hubsim::Dataset &dataset, int index)
{
    return Orchestration::fromJson(dataset.record(index));
}

} // namespace itemmodeltest
