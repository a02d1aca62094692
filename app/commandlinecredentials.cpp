#include "app/commandlinecredentials.h"

#include "app/exportoptions.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace CommandLineCredentials {

Credentials takeFromEnvironment()
{
    Credentials credentials;
    credentials.clientSecret = qEnvironmentVariable(kClientSecretVariable);
    credentials.accessToken = qEnvironmentVariable(kAccessTokenVariable).trimmed();
    qunsetenv(kClientSecretVariable);
    qunsetenv(kAccessTokenVariable);
    return credentials;
}

std::optional<QString> readSecretFromStandardInput(QString *error)
{
    // A secret is short; more than this is the wrong thing piped in.
    constexpr qint64 maxBytes = 64 * 1024;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate(
            "CommandLineCredentials", "Cannot read the client secret from standard input: %1")
                     .arg(in.errorString());
        return std::nullopt;
    }
    QByteArray bytes;
#ifdef Q_OS_UNIX
    termios saved {};
    const bool terminal = ::isatty(STDIN_FILENO) != 0 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        // Typed at a terminal: one line, never echoed.
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        bytes = in.readLine(maxBytes);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fputc('\n', stderr); // the Enter the user typed was not echoed either
    } else {
        bytes = in.read(maxBytes + 1);
    }
#else
    bytes = in.read(maxBytes + 1);
#endif
    if (bytes.size() > maxBytes) {
        *error = QCoreApplication::translate("CommandLineCredentials",
            "Standard input holds more than %1 KiB: that is not a client secret.")
                     .arg(maxBytes / 1024);
        return std::nullopt;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(bytes.endsWith("\r\n") ? 2 : 1);
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("CommandLineCredentials",
            "--client-secret-stdin: standard input held no client secret.");
        return std::nullopt;
    }
    const QString secret = QString::fromUtf8(bytes);
    bytes.fill('\0'); // not left behind in freed memory
    return secret;
}

QString explain(ClientStack::Problem problem)
{
    switch (problem) {
    case ClientStack::Problem::None:
        break;
    case ClientStack::Problem::NoCredentials:
        return QCoreApplication::translate(
            "CommandLineCredentials", "No credentials: set %1 (with --token-url) or %2.")
            .arg(QLatin1String(kClientSecretVariable), QLatin1String(kAccessTokenVariable));
    case ClientStack::Problem::NoTokenUrl:
        return QCoreApplication::translate("CommandLineCredentials",
            "A client secret needs a token URL (--token-url) to sign in with.");
    }
    return {};
}

} // namespace CommandLineCredentials
