#pragma once

#include "sandboxapi.h"
#include "sandboxserver.h"

#include <QObject>
#include <QUrl>

#include <memory>

/**
 * The sandbox run in-process for the built-in Sandbox account: started only when first
 * needed, on a free loopback port, with its state kept in a file.
 */
class SandboxHost : public QObject
{
    Q_OBJECT

public:
    explicit SandboxHost(const QString &stateFile, QObject *parent = nullptr);
    ~SandboxHost() override;

    /// Starts it unless it runs; false with `error` set when it cannot.
    bool ensureStarted(QString *error);
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const;
    SandboxApi *api() const { return m_api.get(); }
    static SandboxOptions defaultOptions() { return SandboxOptions(); }
    /// Options for the next start (tests switch on faults); the credentials stay the defaults.
    void setOptions(const SandboxOptions &options) { m_options = options; }

    /// Reverses the conditional menus of the state file `fileName` (kept oldest first before
    /// the order changed); false, leaving it as it was, when it is not a state file.
    static bool reverseStateFile(const QString &fileName);

private:
    QString m_stateFile;
    SandboxOptions m_options;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxServer> m_server;
};
