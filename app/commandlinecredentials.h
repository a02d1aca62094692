#pragma once

#include "models/client/clientstack.h"
#include "models/client/credentials.h"

#include <QString>
#include <optional>

/**
 * The credentials of a tenant given on the command line (`export`, or the window's
 * --base-url): taken from the environment, never from argv (kClientSecretVariable,
 * kAccessTokenVariable), and the reasons they cannot sign in, worded for the command line.
 */
namespace CommandLineCredentials {

/// Reads both variables and removes them from this process's environment, so nothing this
/// process starts inherits them.
Credentials takeFromEnvironment();

/**
 * The client secret from standard input (`--client-secret-stdin`, as `docker login
 * --password-stdin`): everything up to end of input, or one line from a terminal with its
 * echo turned off; one trailing newline (LF or CRLF) is dropped. Unlike an environment
 * variable, the secret is never readable through /proc/PID/environ. nullopt with a
 * translated reason in @p error when nothing usable came.
 */
std::optional<QString> readSecretFromStandardInput(QString *error);

/// Why ClientStack::make() refuses credentials from the command line, saying which variable
/// or option to set; empty for ClientStack::Problem::None.
QString explain(ClientStack::Problem problem);

} // namespace CommandLineCredentials
