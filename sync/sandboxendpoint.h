#pragma once

#include <QString>
#include <QUrl>

/**
 * The built-in Sandbox account's server as a session sees it: started on first use, then an
 * address and the AppSecret it accepts. The editor wires the in-process sandbox behind it.
 */
class SandboxEndpoint
{
public:
    virtual ~SandboxEndpoint() = default;

    /// Starts the server unless it runs; false with `error` set when it cannot.
    virtual bool ensureStarted(QString *error) = 0;
    virtual QUrl baseUrl() const = 0;
    /// The AppSecret the server accepts.
    virtual QString secret() const = 0;
};
