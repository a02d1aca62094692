#pragma once

#include "models/connections/keychainbackend.h"

/**
 * The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential
 * Manager): each call is one QtKeychain job. The only place that includes QtKeychain.
 *
 * Promises, beyond KeychainBackend's:
 * - no insecure fallback: without a keychain a call fails, nothing is written in plain text;
 * - jobs are parentless and delete themselves when they finish, because QtKeychain's
 *   backends call back into a running job: a job outlives a caller that gave up on it (or was
 *   destroyed), and its late answer then finds nobody or is for the caller to ignore;
 * - QtKeychain's EntryNotFound is Status::NotFound, for a delete too.
 */
class QtKeychainBackend final : public KeychainBackend
{
public:
    /// Entries under @p service (the application id; tests use their own).
    explicit QtKeychainBackend(const QString &service);

    QString service() const override { return m_service; }
    void read(const QString &key, QObject *receiver, Callback done) override;
    void write(
        const QString &key, const QByteArray &data, QObject *receiver, Callback done) override;
    void remove(const QString &key, QObject *receiver, Callback done) override;

private:
    QString m_service;
};
