#pragma once

#include "models/client/clientstack.h"
#include "models/client/credentials.h"

#include <QString>

/**
 * The credentials of a tenant given on the command line (`export`, or the window's
 * --base-url): taken from the environment, never from argv (kClientSecretVariable,
 * kAccessTokenVariable), and the reasons they cannot sign in, worded for the command line.
 */
namespace CommandLineCredentials {

/// Reads both variables and removes them from this process's environment, so nothing this
/// process starts inherits them.
Credentials takeFromEnvironment();

/// Why ClientStack::make() refuses credentials from the command line, saying which variable
/// or option to set; empty for ClientStack::Problem::None.
QString explain(ClientStack::Problem problem);

} // namespace CommandLineCredentials
