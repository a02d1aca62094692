#pragma once

class QCommandLineParser;

namespace hubsim {

/**
 * The hubsim executable's command line on @p parser: its description (with the fault syntax),
 * --help, --version and the server's options. In the library, so that the help a user reads
 * is produced, and its translation checked, without starting the executable.
 */
void describeCommandLine(QCommandLineParser &parser);

} // namespace hubsim
