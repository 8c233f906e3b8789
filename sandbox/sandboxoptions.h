#pragma once

#include <QHash>
#include <QString>

/// How the sandbox behaves: its credentials and the deterministic faults tests switch on.
struct SandboxOptions
{
    QString appId = QStringLiteral("wxsandbox000000000");
    QString secret = QStringLiteral("sandbox-secret");
    int tokenTtlSeconds = 7200;
    /// How long a replaced /cgi-bin/token token keeps working.
    int tokenGraceSeconds = 300;

    QString failOn;     ///< an endpoint whose calls fail ("menu/create"), empty for none
    int failOnCall = 0; ///< only the Nth call to it fails; 0: every call
    QString failWith = QStringLiteral("-1"); ///< an errcode, or "http500"
    double failRate = 0;                     ///< every API call fails with this probability ...
    quint32 seed = 1;                        ///< ... drawn from this seed
    int latencyMs = 0;                       ///< every answer waits this long
    QString stall;                           ///< an endpoint that accepts and never answers
    QHash<QString, int> quotas;              ///< endpoint -> calls a day, over the defaults
    /// menu/create also deletes the conditional menus (the other reading of the docs).
    bool createClearsConditional = false;
};
