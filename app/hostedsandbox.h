#pragma once

#include <sandboxendpoint.h>

class SandboxHost;

/// The in-process SandboxHost behind the SandboxEndpoint that the Sandbox account's sessions use.
class HostedSandbox : public SandboxEndpoint
{
public:
    /// `host` is not owned and outlives this.
    explicit HostedSandbox(SandboxHost *host)
        : m_host(host)
    {}

    bool ensureStarted(QString *error) override;
    QUrl baseUrl() const override;
    QString secret() const override;

private:
    SandboxHost *m_host;
};
