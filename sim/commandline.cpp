#include "sim/commandline.h"

#include "sim/faults.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace hubsim {

namespace {

/// The translation context of the executable's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hubsim)
};

} // namespace

void describeCommandLine(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Text::tr(
            "A simulated eGain Conversation Hub (token endpoint and GET /orchestrations) on "
            "loopback.\nThe client secret is read from the environment variable "
            "HUBSIM_CLIENT_SECRET (default: the demo secret), never from the command line.\n\n")
        + FaultRule::helpText());
    parser.addHelpOption();
    parser.addVersionOption();
    const QString valueName = Text::tr("n");
    parser.addOptions({
        {QStringLiteral("port"), Text::tr("Port on 127.0.0.1 (default: any free port)."),
            valueName},
        {QStringLiteral("count"), Text::tr("Orchestrations to generate (default 2000)."),
            valueName},
        {QStringLiteral("seed"), Text::tr("Seed of the generated data (default 1)."), valueName},
        {QStringLiteral("dataset"),
            Text::tr("Serve the orchestrations in FILE (array, page or export)."),
            Text::tr("file")},
        {QStringLiteral("latency-ms"), Text::tr("Latency added to every response."), valueName},
        {QStringLiteral("jitter-ms"), Text::tr("Latency varies by +/- this much."), valueName},
        {QStringLiteral("page-size"), Text::tr("Default page size (default 25)."), valueName},
        {QStringLiteral("page-cap"), Text::tr("Largest page size granted (default 75)."),
            valueName},
        {QStringLiteral("empty-204"), Text::tr("Answer empty results with 204 No Content.")},
        {QStringLiteral("token-lifetime"),
            Text::tr("Access token lifetime in seconds (default 3600)."), valueName},
        {QStringLiteral("client-id"), Text::tr("The client id (default demo-client)."),
            Text::tr("id")},
        {QStringLiteral("fault"), Text::tr("A fault to inject; may be repeated. See below."),
            Text::tr("spec")},
        {QStringLiteral("verbose"), Text::tr("Log every request (method, path, status).")},
    });
}

} // namespace hubsim
