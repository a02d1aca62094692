#pragma once

// The reference page's example (../shared/api/example-response.json), byte for byte, so the
// tests need nothing outside the tree at run time. tests/sim/example-response.json is the
// same text as a file, for the simulator tests that load a dataset from disk.

#include <QByteArray>

namespace testsupport {

inline const QByteArray kReferenceExamplePage = R"({
  "paginationInfo": {
    "count": 2,
    "pagenum": 1,
    "pagesize": 25
  },
  "orchestration": [
    {
      "id": "45a095f4-d0ee-4220-a689-22b541c58f67",
      "name": "default_orchestration",
      "description": "Created for Custom channel.",
      "active": true,
      "created": "2021-03-21T14:29:01.516Z",
      "modified": "2021-03-28T14:29:01.516Z",
      "applications": {
        "botConfiguration": {
          "forwardTranscript": true,
          "bots": [
            {
              "id": "a09dddd6-394b-4039-86bc-a5dd89ee5e8d",
              "participant": {
                "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d"
              },
              "onEscalation": {
                "agent": {
                  "id": "c09dddd6-394b-4039-86bc-a5dd89ee5e8d"
                }
              }
            }
          ]
        },
        "customerConfiguration": {
          "customer": {
            "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d"
          }
        }
      }
    },
    {
      "id": "b5fc053c-77f4-4445-b6df-2e744aef8f4f",
      "name": "default_orchestration_2",
      "description": "Created for Custom channel",
      "active": true,
      "created": "2021-03-21T14:29:01.516Z",
      "modified": "2021-03-28T14:29:01.516Z",
      "applications": {
        "customerConfiguration": {
          "customer": {
            "id": "b09dddd6-394b-4039-86bc-a5dd89ee5e8d"
          }
        },
        "agentConfiguration": {
          "agents": [
            {
              "id": "c09dddd6-394b-4039-86bc-a5dd89ee5e8d"
            }
          ]
        }
      }
    }
  ]
}
)";

} // namespace testsupport
