#include "sandboxhost.h"

#include <menufile.h>
#include <ordermigration.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

SandboxHost::SandboxHost(const QString &stateFile, QObject *parent)
    : QObject(parent)
    , m_stateFile(stateFile)
{}

SandboxHost::~SandboxHost() = default;

bool SandboxHost::ensureStarted(QString *error)
{
    if (m_server)
        return true;
    SandboxState state = SandboxState::initial();
    // A state written oldest first by an earlier WeMenu is converted once, before it is read.
    OrderMigration::upgradeFile(m_stateFile, &SandboxHost::reverseStateFile);
    if (QFileInfo::exists(m_stateFile)) {
        QFile file(m_stateFile);
        QString reason;
        if (!file.open(QIODevice::ReadOnly) ||
            !SandboxState::fromJson(file.readAll(), &state, &reason)) {
            *error = QCoreApplication::translate("SandboxHost",
                                                 "The Sandbox state %1 cannot be read: %2")
                         .arg(m_stateFile, reason.isEmpty() ? file.errorString() : reason);
            return false;
        }
    }
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    auto api = std::make_unique<SandboxApi>(m_options, state);
    const QString stateFile = m_stateFile;
    api->setPersist([stateFile](const SandboxState &current) {
        MenuFile::writeFile(stateFile, current.toJson(), nullptr);
    });
    auto server = std::make_unique<SandboxServer>(api.get());
    if (server->start(QStringLiteral("127.0.0.1"), 0, error) == 0)
        return false;
    m_api = std::move(api);
    m_server = std::move(server);
    return true;
}

QUrl SandboxHost::baseUrl() const
{
    return m_server ? QUrl(m_server->baseUrl()) : QUrl();
}

bool SandboxHost::reverseStateFile(const QString &fileName)
{
    QFile file(fileName);
    SandboxState state;
    QString error;
    if (!file.open(QIODevice::ReadOnly) || !SandboxState::fromJson(file.readAll(), &state, &error))
        return false;
    file.close();
    if (state.menus.conditionalMenus.size() < 2)
        return true;
    OrderMigration::reverse(&state.menus);
    return MenuFile::writeFile(fileName, state.toJson(), nullptr);
}
