#include "models/connections/profileloader.h"

#include "models/client/clientcredentialstokenprovider.h"
#include "models/client/clientstack.h"
#include "models/client/scanjob.h"
#include "models/connections/secretstore.h"
#include "models/connections/tokenpersistence.h"

#include <QTimer>

ProfileLoader::ProfileLoader(
    const ConnectionProfile &profile, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_secrets(secrets)
{ }

ProfileLoader::~ProfileLoader()
{
    if (m_scan)
        m_scan->cancelQuietly();
    m_stack.reset(); // the client and its replies go before the token persistence they use
}

void ProfileLoader::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_secrets) {
        QTimer::singleShot(0, this, [this] {
            fail(Failure::Credentials,
                tr("%1: no keychain to read the client secret from.").arg(m_profile.name));
        });
        return;
    }
    m_persistence = new TokenPersistence(m_secrets, m_profile.id, this);
    m_persistence->loadCredentials(this, [this](const ProfileCredentials &credentials) {
        if (m_finished)
            return; // cancelled while the keychain answered
        ProfileCredentials used = credentials;
        if (!m_secretOverride.isEmpty())
            used.clientSecret = m_secretOverride;
        if (used.problem != SecretStore::Problem::None && m_secretOverride.isEmpty()) {
            fail(Failure::Credentials,
                tr("%1: the system keychain is not available (%2).")
                    .arg(m_profile.name, credentials.detail));
            return;
        }
        QString why;
        m_stack = makeProfileClientStack(m_profile, used, m_persistence, &why,
            [policy = m_policy, timeout = m_options.transferTimeout](
                ClientCredentialsTokenProvider *tokens) {
                tokens->setRetryPolicy(policy);
                tokens->setTransferTimeout(timeout);
            });
        if (!m_stack) {
            fail(Failure::Credentials, why);
            return;
        }
        begin();
    });
}

void ProfileLoader::begin()
{
    HubClient *client = m_stack->client();
    client->setRetryPolicy(m_policy);
    client->setOptions(m_options);
    m_scan = client->fetchAll(m_profile.defaultPageSize);
    connect(m_scan, &ScanJob::pageReady, this,
        [this](const OrchestrationPage &page) { m_records += page.records; });
    connect(m_scan, &ScanJob::progress, this, [this](qint64 loaded, qint64 total) {
        m_loaded = loaded;
        m_total = total;
        emit progress(loaded, total);
    });
    connect(m_scan, &ScanJob::finished, this, &ProfileLoader::onScanFinished);
}

void ProfileLoader::onScanFinished()
{
    ScanJob *scan = m_scan;
    if (!scan || m_finished)
        return;
    m_warnings = scan->warnings();
    if (scan->error().isError()) {
        m_apiError = scan->error();
        fail(m_apiError.kind == ApiError::Kind::Cancelled ? Failure::Cancelled : Failure::Remote,
            tr("%1: %2").arg(m_profile.name, m_apiError.summary()));
        return;
    }
    const QString missing = scan->missing();
    if (!missing.isEmpty()) {
        fail(Failure::Incomplete, tr("%1: incomplete, %2.").arg(m_profile.name, missing));
        return;
    }
    m_finished = true;
    emit finished();
}

void ProfileLoader::cancel()
{
    if (!m_started || m_finished)
        return;
    if (m_scan)
        m_scan->cancelQuietly();
    fail(Failure::Cancelled, tr("%1: cancelled.").arg(m_profile.name));
}

void ProfileLoader::fail(Failure failure, const QString &text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_failure = failure;
    m_errorText = text;
    m_records.clear();
    emit finished();
}
