#include "targetsinput.h"

#include "hostedsandbox.h"
#include "sandboxpaths.h"

#include <keychainsecretstore.h>
#include <logredactor.h>
#include <sandboxhost.h>

#include <QSettings>

namespace {

QString environment(const QString &name)
{
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

} // namespace

TargetsInput::TargetsInput() = default;
TargetsInput::~TargetsInput() = default;

bool TargetsInput::load(const QString &file, QString *error)
{
    if (!TargetsFile::read(file, &m_targets, error))
        return false;
    QSettings settings;
    m_accounts = AccountList::load(settings);
    if (!TargetsFile::check(m_targets, file, m_accounts, environment, error))
        return false;
    for (const Target &target : std::as_const(m_targets)) {
        for (const QString &variable : {target.secretEnv, target.tokenEnv}) {
            if (!variable.isEmpty())
                LogRedactor::addSecret(environment(variable));
        }
    }
    return true;
}

TargetConnection::Shared TargetsInput::shared()
{
    const bool saved = std::any_of(m_targets.cbegin(), m_targets.cend(),
                                   [](const Target &target) { return target.isSavedAccount(); });
    if (saved && !m_keychain) {
        m_keychain = std::make_unique<KeychainSecretStore>(QStringLiteral("WeMenu"));
        m_sandbox = std::make_unique<SandboxHost>(SandboxPaths::stateFile());
        m_sandboxEndpoint = std::make_unique<HostedSandbox>(m_sandbox.get());
    }
    TargetConnection::Shared shared;
    shared.accounts = &m_accounts;
    shared.keychain = m_keychain.get();
    shared.sandbox = m_sandboxEndpoint.get();
    shared.environment = environment;
    return shared;
}
