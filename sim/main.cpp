// hubsim: the Conversation Hub simulator as a stand-alone server on loopback, for manual
// testing of the console and for trying faults by hand.

#include "sim/commandline.h"
#include "sim/dataset.h"
#include "sim/faults.h"
#include "sim/hubsimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {

/// The translation context of this file's messages (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(hubsim)
};

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

/// Ctrl+C and SIGTERM end the event loop, so the server closes its sockets and exits cleanly.
void quitOnStopSignals(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnStopSignals(QCoreApplication &) { }
#endif

bool readNumber(const QCommandLineParser &parser, const QString &name, int minimum, int *out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum) {
        QTextStream(stderr) << Text::tr("--%1 needs a whole number of at least %2, not \"%3\"\n")
                                   .arg(name)
                                   .arg(minimum)
                                   .arg(parser.value(name));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hubsim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HUBSIM_VERSION));

    QCommandLineParser parser;
    hubsim::describeCommandLine(parser);
    parser.process(app);

    hubsim::SimulatorConfig config;
    int seed = 1;
    int port = 0;
    if (!readNumber(parser, QStringLiteral("port"), 0, &port)
        || !readNumber(parser, QStringLiteral("count"), 0, &config.count)
        || !readNumber(parser, QStringLiteral("seed"), 0, &seed)
        || !readNumber(parser, QStringLiteral("latency-ms"), 0, &config.latencyMs)
        || !readNumber(parser, QStringLiteral("jitter-ms"), 0, &config.jitterMs)
        || !readNumber(parser, QStringLiteral("page-size"), 1, &config.defaultPageSize)
        || !readNumber(parser, QStringLiteral("page-cap"), 1, &config.maxPageSize)
        || !readNumber(parser, QStringLiteral("token-lifetime"), 1, &config.tokenLifetimeSeconds)) {
        return 2;
    }
    if (port > 65535) {
        QTextStream(stderr) << Text::tr("--port must be at most 65535\n");
        return 2;
    }
    config.port = quint16(port);
    config.seed = quint64(seed);
    config.emptyAs204 = parser.isSet(QStringLiteral("empty-204"));
    config.defaultPageSize = qMin(config.defaultPageSize, config.maxPageSize);
    hubsim::ClientAccount &client = config.clients.first();
    if (parser.isSet(QStringLiteral("client-id")))
        client.clientId = parser.value(QStringLiteral("client-id"));
    client.clientSecret =
        qEnvironmentVariable("HUBSIM_CLIENT_SECRET", QString(hubsim::kDemoClientSecret));
    client.scopes = {QString(hubsim::kReadScope), QString(hubsim::kManageScope)};

    QList<hubsim::FaultRule> faults;
    for (const QString &spec : parser.values(QStringLiteral("fault"))) {
        QString error;
        const std::optional<hubsim::FaultRule> rule = hubsim::FaultRule::parse(spec, &error);
        if (!rule) {
            QTextStream(stderr) << error << '\n';
            return 2;
        }
        faults.append(*rule);
    }

    hubsim::Dataset dataset;
    if (parser.isSet(QStringLiteral("dataset"))) {
        QString error;
        const std::optional<hubsim::Dataset> loaded =
            hubsim::Dataset::fromFile(parser.value(QStringLiteral("dataset")), &error);
        if (!loaded) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        dataset = *loaded;
    } else {
        dataset = hubsim::Dataset::generate(config.seed, config.count);
    }

    if (parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("hubsim=true"));

    hubsim::HubSimulator simulator(config, dataset);
    simulator.setFaults(faults);
    QString error;
    if (!simulator.listen(&error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    quitOnStopSignals(app);

    QTextStream out(stdout);
    out << Text::tr("hubsim serving %1 orchestrations\n").arg(dataset.size());
    out << Text::tr("  base URL:        %1\n").arg(simulator.baseUrl().toString());
    out << Text::tr("  token URL:       %1\n").arg(simulator.tokenUrl().toString());
    out << Text::tr("  client id:       %1 (secret from HUBSIM_CLIENT_SECRET or the demo secret)\n")
               .arg(client.clientId);
    out << Text::tr("  scopes:          %1\n").arg(client.scopes.join(QLatin1Char(' ')));
    out << Text::tr("  redirect target: %1\n").arg(simulator.redirectTargetUrl().toString());
    for (const hubsim::FaultRule &rule : std::as_const(faults))
        out << Text::tr("  fault:           %1\n").arg(rule.describe());
    out << Text::tr("Press Ctrl+C to stop.\n");
    out.flush();

    return app.exec();
}
