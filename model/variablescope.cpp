#include "variablescope.h"

VariableScope::Variables VariableScope::resolve(const Variables &group, const Variables &account)
{
    Variables result;
    for (auto it = group.constBegin(); it != group.constEnd(); ++it) {
        if (!it.value().isEmpty())
            result.insert(it.key(), it.value());
    }
    for (auto it = account.constBegin(); it != account.constEnd(); ++it) {
        if (!it.value().isEmpty())
            result.insert(it.key(), it.value());
    }
    return result;
}

QMap<QString, VariableScope::Source> VariableScope::sources(const Variables &group,
                                                            const Variables &account)
{
    QMap<QString, Source> result;
    const Variables resolved = resolve(group, account);
    for (auto it = resolved.constBegin(); it != resolved.constEnd(); ++it)
        result.insert(it.key(),
                      account.value(it.key()).isEmpty() ? Source::Group : Source::Account);
    return result;
}

QStringList VariableScope::missing(const QStringList &used, const Variables &resolved)
{
    QStringList result;
    for (const QString &name : used) {
        if (!resolved.contains(name) && !result.contains(name))
            result.append(name);
    }
    return result;
}
