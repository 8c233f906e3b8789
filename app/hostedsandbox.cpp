#include "hostedsandbox.h"

#include <sandboxhost.h>

bool HostedSandbox::ensureStarted(QString *error)
{
    return m_host->ensureStarted(error);
}

QUrl HostedSandbox::baseUrl() const
{
    return m_host->baseUrl();
}

QString HostedSandbox::secret() const
{
    return SandboxHost::defaultOptions().secret;
}
