#include "targetsfile.h"

#include "accountlist.h"
#include "apirequests.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

/// 1-based line and column of byte `offset` of `json`.
QPair<int, int> lineAndColumn(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = int(QString::fromUtf8(json.mid(lineStart, offset - lineStart)).size()) + 1;
    return {line, column};
}

/// The line where each element of the top-level "targets" array starts, in order. A small
/// scan beside the parse: QJsonDocument keeps no positions.
QList<int> targetLines(const QByteArray &json)
{
    QList<int> lines;
    QByteArray stack;
    QByteArray lastTopString;
    int targetsDepth = -1;
    int line = 1;
    bool afterValue = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '\n') {
            ++line;
            continue;
        }
        const bool elementStart = targetsDepth >= 0 && stack.size() == targetsDepth &&
                                  stack.endsWith('[') && c != ',' && c != ']' && c != ' ' &&
                                  c != '\t' && c != '\r' && !afterValue;
        if (elementStart) {
            lines.append(line);
            afterValue = true;
        }
        if (c == '"') {
            QByteArray text;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
                else if (json.at(i) == '\n')
                    ++line;
                else
                    text.append(json.at(i));
            }
            if (stack.size() == 1)
                lastTopString = text;
            afterValue = true;
            continue;
        }
        if (c == ',')
            afterValue = false;
        if (c == '{' || c == '[') {
            if (c == '[' && stack.size() == 1 && lastTopString == "targets")
                targetsDepth = int(stack.size()) + 1;
            stack.append(c);
            afterValue = false;
        } else if (c == '}' || c == ']') {
            stack.chop(1);
            afterValue = true;
        }
    }
    return lines;
}

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("name"),          QStringLiteral("account"),
        QStringLiteral("api_base"),      QStringLiteral("appid"),
        QStringLiteral("secret_env"),    QStringLiteral("token_env"),
        QStringLiteral("token_service"), QStringLiteral("token_endpoint"),
        QStringLiteral("vars"),
    };
    return keys;
}

/// "targets.json:5: target "Shop C"" or "targets.json:5: targets[2]" for an unnamed one.
QString where(const QString &fileName, int line, int index, const QString &name)
{
    return name.isEmpty()
               ? TargetsFile::tr("%1:%2: targets[%3]").arg(fileName).arg(line).arg(index)
               : TargetsFile::tr("%1:%2: target \"%3\"").arg(fileName).arg(line).arg(name);
}

} // namespace

bool TargetsFile::parse(const QByteArray &json, const QString &fileName, Targets *targets,
                        QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        *error = tr("%1:%2:%3: not JSON: %4")
                     .arg(fileName)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonValue list = document.object().value(QStringLiteral("targets"));
    if (!document.isObject() || !list.isArray()) {
        *error = tr("%1:1: a targets file is an object with a \"targets\" array: "
                    "{\"targets\":[{\"name\":...,\"account\":...,\"vars\":{...}}]}")
                     .arg(fileName);
        return false;
    }
    const QJsonArray array = list.toArray();
    if (array.isEmpty()) {
        *error = tr("%1:1: the \"targets\" array is empty.").arg(fileName);
        return false;
    }
    const QList<int> lines = targetLines(json);
    Targets read;
    QSet<QString> names;
    for (qsizetype index = 0; index < array.size(); ++index) {
        const int line = index < lines.size() ? lines.at(index) : 1;
        const QJsonObject object = array.at(index).toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const QString at = where(fileName, line, int(index), name);
        const auto fail = [&](const QString &message) {
            *error = QStringLiteral("%1: %2").arg(at, message);
            return false;
        };
        if (!array.at(index).isObject())
            return fail(tr("each target is an object."));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!knownKeys().contains(it.key()))
                return fail(tr("unknown field \"%1\" (a target has %2).")
                                .arg(it.key(), knownKeys().join(QStringLiteral(", "))));
            if (it.key() != QLatin1String("vars") && !it.value().isString())
                return fail(tr("\"%1\" must be a string.").arg(it.key()));
        }
        if (name.trimmed().isEmpty())
            return fail(tr("missing field \"name\" (the name shown for this account)."));
        if (names.contains(name))
            return fail(tr("another target has the same name."));
        names.insert(name);

        Target target;
        target.name = name;
        target.line = line;
        target.account = object.value(QStringLiteral("account")).toString();
        const QString base = object.value(QStringLiteral("api_base")).toString();
        target.appId = object.value(QStringLiteral("appid")).toString();
        target.secretEnv = object.value(QStringLiteral("secret_env")).toString();
        target.tokenEnv = object.value(QStringLiteral("token_env")).toString();
        const QString service = object.value(QStringLiteral("token_service")).toString();
        const QString endpoint = object.value(QStringLiteral("token_endpoint")).toString();
        if (!target.account.isEmpty()) {
            if (!base.isEmpty() || !target.appId.isEmpty() || !target.secretEnv.isEmpty() ||
                !target.tokenEnv.isEmpty() || !service.isEmpty()) {
                return fail(tr("give either \"account\" (a saved account) or \"api_base\" and "
                               "\"appid\" with \"secret_env\" or \"token_env\", not both."));
            }
        } else {
            if (base.isEmpty())
                return fail(tr("missing field \"account\" (a saved account) or \"api_base\"."));
            target.apiBase = QUrl(base);
            QString why;
            if (!ApiRequests::isAllowedUrl(target.apiBase, &why))
                return fail(QStringLiteral("\"api_base\": %1").arg(why));
            if (target.appId.isEmpty())
                return fail(tr("missing field \"appid\"."));
            const int credentials = int(!target.secretEnv.isEmpty()) +
                                    int(!target.tokenEnv.isEmpty()) + int(!service.isEmpty());
            if (credentials == 0) {
                return fail(tr("missing field \"secret_env\" (the environment variable holding "
                               "the AppSecret) or \"token_env\" (one holding an access token)."));
            }
            if (credentials > 1)
                return fail(tr("give one of \"secret_env\", \"token_env\" and \"token_service\"."));
            if (!service.isEmpty()) {
                target.tokenService = QUrl(service);
                if (!ApiRequests::isAllowedUrl(target.tokenService, &why))
                    return fail(QStringLiteral("\"token_service\": %1").arg(why));
            }
            if (!endpoint.isEmpty() && endpoint != QLatin1String("stable_token") &&
                endpoint != QLatin1String("token")) {
                return fail(tr("\"token_endpoint\" is stable_token or token."));
            }
            target.ordinaryTokenEndpoint = endpoint == QLatin1String("token");
        }
        const QJsonValue vars = object.value(QStringLiteral("vars"));
        if (!vars.isUndefined() && !vars.isObject())
            return fail(tr("\"vars\" must be an object of names and values."));
        const QJsonObject values = vars.toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.value().isString()) {
                target.vars.insert(it.key(), it.value().toString());
            } else if (it.value().isDouble() && it.value().toDouble() == it.value().toInteger()) {
                target.vars.insert(it.key(), QString::number(it.value().toInteger()));
            } else {
                return fail(tr("variable \"%1\" must be a string.").arg(it.key()));
            }
        }
        read.append(target);
    }
    *targets = read;
    return true;
}

bool TargetsFile::read(const QString &path, Targets *targets, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot read the targets file: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, targets, error);
}

bool TargetsFile::check(const Targets &targets, const QString &fileName,
                        const AccountList &accounts,
                        const std::function<QString(const QString &)> &environment, QString *error)
{
    for (qsizetype index = 0; index < targets.size(); ++index) {
        const Target &target = targets.at(index);
        const QString at = where(fileName, target.line, int(index), target.name);
        if (target.isSavedAccount() && !accounts.find(target.account)) {
            *error = tr("%1: there is no saved account named \"%2\".").arg(at, target.account);
            return false;
        }
        for (const QString &variable : {target.secretEnv, target.tokenEnv}) {
            if (!variable.isEmpty() && environment(variable).isEmpty()) {
                *error = tr("%1: the environment variable %2 is not set.").arg(at, variable);
                return false;
            }
        }
    }
    return true;
}
