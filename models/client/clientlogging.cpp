#include "models/client/clientlogging.h"

Q_LOGGING_CATEGORY(lcNet, "console.net")
Q_LOGGING_CATEGORY(lcAuth, "console.auth")
