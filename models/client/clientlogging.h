#pragma once

#include <QLoggingCategory>

/// Requests and responses of the Conversation Hub client: method, URL (no query), status, attempt.
Q_DECLARE_LOGGING_CATEGORY(lcNet)
/// Token acquisition: when a token was fetched and for how long it lives; never the token.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
