#pragma once

#include <menuvariables.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class AccountList;

/**
 * One account of a targets file (`wemenu push FILE --targets TARGETS.json`): either a saved
 * account (`account`, its secret from the keychain), or an API base, an AppID and the name of
 * an environment variable holding the AppSecret (`secret_env`) or a given token (`token_env`).
 * `token_service` (a company token service URL) may stand instead of both.
 */
struct Target
{
    QString name;    ///< shown in plans and closing lines ("Shop A")
    QString account; ///< a saved account's name, or empty
    QUrl apiBase;    ///< with `appId`, when `account` is empty
    QString appId;
    QString secretEnv;                  ///< environment variable holding the AppSecret
    QString tokenEnv;                   ///< environment variable holding a given access token
    QUrl tokenService;                  ///< a company token service
    bool ordinaryTokenEndpoint = false; ///< `"token_endpoint":"token"`: /cgi-bin/token
    VariableValues vars;
    int line = 0; ///< 1-based line where the target's object starts in the file

    bool isSavedAccount() const { return !account.isEmpty(); }
};

using Targets = QList<Target>;

/**
 * Reads a targets file: `{"targets":[{"name":..., "account":... | "api_base":..., "appid":...,
 * "secret_env"|"token_env"|"token_service":..., "vars":{...}}]}`. Every error names the file
 * and the line, and the target by its name (or its index when it has none).
 */
class TargetsFile
{
    Q_DECLARE_TR_FUNCTIONS(TargetsFile)

public:
    /// Reads the text of a targets file called `fileName` (used in messages). Returns false
    /// with `error` set when it is not JSON, misses a field, or has a field of the wrong kind.
    static bool parse(const QByteArray &json, const QString &fileName, Targets *targets,
                      QString *error);

    /// Reads the file at `path`.
    static bool read(const QString &path, Targets *targets, QString *error);

    /// What the targets need from outside the file: each saved account exists in `accounts`
    /// and each named environment variable is set and not empty (`environment` answers a
    /// variable's value). Returns false with `error` naming the line and the target.
    static bool check(const Targets &targets, const QString &fileName, const AccountList &accounts,
                      const std::function<QString(const QString &)> &environment, QString *error);
};
