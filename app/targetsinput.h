#pragma once

#include "targetconnection.h"

#include <accountlist.h>
#include <targetsfile.h>

#include <memory>

class HostedSandbox;
class KeychainSecretStore;
class SandboxHost;

/**
 * The targets file of `push --targets` and `pull --targets`, read and checked before anything
 * is sent: every field there, every saved account known, every environment variable set. The
 * secrets it names are added to the log redaction. Owns what the accounts' connections share.
 */
class TargetsInput
{
public:
    TargetsInput();
    ~TargetsInput();

    /// Reads and checks `file`; false with `error` naming the line and the target.
    bool load(const QString &file, QString *error);

    const Targets &targets() const { return m_targets; }
    /// What the connections share; the keychain and the Sandbox start only when a target is a
    /// saved account.
    TargetConnection::Shared shared();

private:
    Targets m_targets;
    AccountList m_accounts;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<HostedSandbox> m_sandboxEndpoint;
};
