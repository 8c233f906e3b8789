#include "sandboxfollowers.h"

#include "sandboxlivejson.h"

#include <errcodes.h>
#include <jsonwriter.h>
#include <matcher.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

ClientPlatform platformOf(const QString &client)
{
    if (client == QLatin1String("ios"))
        return ClientPlatform::Ios;
    if (client == QLatin1String("android"))
        return ClientPlatform::Android;
    return ClientPlatform::Other;
}

} // namespace

namespace SandboxFollowers {

SandboxReply tryMatch(const SandboxContext &context, const QByteArray &body)
{
    const SandboxState &state = context.state();
    const QString user =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("user_id")).toString();
    const SandboxFollower *follower = nullptr;
    for (const SandboxFollower &candidate : state.followers) {
        if (!user.isEmpty() && (candidate.openId == user || candidate.wechatId == user))
            follower = &candidate;
    }
    if (!follower)
        return context.error(ErrCode::UnknownFollower,
                             QStringLiteral("invalid user_id, not a follower"));
    if (!state.hasMenu)
        return context.error(ErrCode::NoMenu, QStringLiteral("menu no exist"));
    const int index = Matcher::match(state.menus, follower->tags, platformOf(follower->client));
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("button"));
    SandboxLiveJson::writeButtons(writer, state.menus.menu(index).buttons);
    writer.endObject();
    return context.ok(writer.result());
}

SandboxReply tags(const SandboxContext &context)
{
    QJsonArray tags;
    for (const SandboxTag &tag : context.state().tags) {
        tags.append(QJsonObject{{QStringLiteral("id"), tag.id},
                                {QStringLiteral("name"), tag.name},
                                {QStringLiteral("count"), tag.count}});
    }
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("tags"), tags}});
    return context.ok(writer.result());
}

} // namespace SandboxFollowers
