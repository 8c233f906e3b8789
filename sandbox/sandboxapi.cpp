#include "sandboxapi.h"

#include <errcodes.h>
#include <jsonwriter.h>
#include <matcher.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <validator.h>

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr int kDataFormatError = 47001;
constexpr int kAccessTokenMissing = 41001;
constexpr int kInvalidGrantType = 40002;

const QString kApiPrefix = QStringLiteral("/cgi-bin/");
const QString kControlPrefix = QStringLiteral("/_sandbox/");
/// The sandbox's clock never passes 9999-12-31T23:59:59Z, so no time sum can overflow.
constexpr qint64 kLatestClock = 253402300799;

/// The host name of a Host header ("127.0.0.1:8080", "[::1]:8080", "localhost").
QString hostName(const QByteArray &hostHeader)
{
    const QString host = QString::fromLatin1(hostHeader);
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype end = host.indexOf(QLatin1Char(']'));
        return end < 0 ? QString() : host.mid(1, end - 1);
    }
    const qsizetype colon = host.indexOf(QLatin1Char(':'));
    return colon < 0 ? host : host.left(colon);
}

bool isLoopbackName(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

/// A request from this computer's own programs: a loopback Host (so not a DNS name rebound to
/// loopback), and no Origin or fetch metadata of another site (so not a web page).
bool isLocalControlRequest(const SandboxRequest &request)
{
    if (request.host.isEmpty() || !isLoopbackName(hostName(request.host)))
        return false;
    if (!request.origin.isEmpty() &&
        request.origin.compare("http://" + request.host, Qt::CaseInsensitive) != 0) {
        return false;
    }
    return request.fetchSite.isEmpty() || request.fetchSite == "same-origin" ||
           request.fetchSite == "none";
}

/// The default daily quotas of menu-rules.md.
int defaultQuota(const QString &endpoint)
{
    if (endpoint == QLatin1String("menu/addconditional") ||
        endpoint == QLatin1String("menu/delconditional")) {
        return 2000;
    }
    if (endpoint == QLatin1String("menu/trymatch"))
        return 20000;
    return -1;
}

/// A button's fields and the fields kept as read, without its sub-buttons.
void writeFields(JsonWriter &writer, const Button &button)
{
    for (const ButtonField field : kAllButtonFields) {
        const QString value = button.field(field);
        if (!value.isEmpty()) {
            writer.key(buttonFieldKey(field));
            writer.value(value);
        }
    }
    for (auto it = button.extras.constBegin(); it != button.extras.constEnd(); ++it) {
        writer.key(it.key());
        writer.value(it.value());
    }
}

/// A button as menu/get and trymatch return it: every button carries "sub_button".
void writeLiveButton(JsonWriter &writer, const Button &button)
{
    writer.beginObject();
    writeFields(writer, button);
    writer.key(QStringLiteral("sub_button"));
    writer.beginArray();
    for (const Button &sub : button.subButtons)
        writeLiveButton(writer, sub);
    writer.endArray();
    writer.endObject();
}

void writeButtons(JsonWriter &writer, const QList<Button> &buttons)
{
    writer.beginArray();
    for (const Button &button : buttons)
        writeLiveButton(writer, button);
    writer.endArray();
}

/// A button as get_current_selfmenu_info returns it: sub-buttons under "sub_button.list".
void writeSelfMenuButton(JsonWriter &writer, const Button &button)
{
    writer.beginObject();
    writeFields(writer, button);
    if (button.hasSubButtons()) {
        writer.key(QStringLiteral("sub_button"));
        writer.beginObject();
        writer.key(QStringLiteral("list"));
        writer.beginArray();
        for (const Button &sub : button.subButtons)
            writeSelfMenuButton(writer, sub);
        writer.endArray();
        writer.endObject();
    }
    writer.endObject();
}

ClientPlatform platformOf(const QString &client)
{
    if (client == QLatin1String("ios"))
        return ClientPlatform::Ios;
    if (client == QLatin1String("android"))
        return ClientPlatform::Android;
    return ClientPlatform::Other;
}

/// The first error the validator finds, as WeChat would answer it.
std::optional<std::pair<int, QString>> firstError(const IssueList &issues)
{
    for (const Issue &issue : issues) {
        if (issue.isError())
            return std::make_pair(issue.errcode.value_or(kDataFormatError),
                                  issue.path + QStringLiteral(": ") + issue.message);
    }
    return std::nullopt;
}

} // namespace

SandboxApi::SandboxApi(const SandboxOptions &options, const SandboxState &state)
    : m_options(options)
    , m_state(state)
    , m_initialState(state)
    , m_random(options.seed)
{}

qint64 SandboxApi::now() const
{
    return QDateTime::currentSecsSinceEpoch() + m_clockOffset;
}

void SandboxApi::changed()
{
    if (m_persist)
        m_persist(m_state);
}

SandboxReply SandboxApi::error(int errcode, const QString &message) const
{
    // Real servers append a request id to every errmsg.
    const QString rid =
        QStringLiteral("%1-%2").arg(now(), 0, 16).arg(++m_requestCount, 8, 16, QLatin1Char('0'));
    const QJsonObject object{{QStringLiteral("errcode"), errcode},
                             {QStringLiteral("errmsg"), message + QStringLiteral(" rid: ") + rid}};
    JsonWriter writer;
    writer.value(object);
    SandboxReply reply;
    reply.body = writer.result();
    return reply;
}

SandboxReply SandboxApi::ok(const QByteArray &body) const
{
    SandboxReply reply;
    if (body.isEmpty()) {
        JsonWriter writer;
        writer.value(QJsonObject{{QStringLiteral("errcode"), 0},
                                 {QStringLiteral("errmsg"), QStringLiteral("ok")}});
        reply.body = writer.result();
    } else {
        reply.body = body;
    }
    return reply;
}

SandboxReply SandboxApi::handle(const SandboxRequest &request)
{
    SandboxReply reply;
    if (request.path.startsWith(kControlPrefix)) {
        reply = control(request);
    } else if (request.path.startsWith(kApiPrefix)) {
        const QString endpoint = request.path.mid(kApiPrefix.size());
        m_calls[endpoint] += 1;
        if (endpoint == m_options.stall) {
            reply.stall = true;
            return reply;
        }
        if (const auto fault = injectedFault(endpoint))
            reply = *fault;
        else
            reply = api(endpoint, request);
    } else {
        reply.httpStatus = 404;
        reply.body = "{\"errcode\":404,\"errmsg\":\"not found\"}\n";
    }
    reply.delayMs = m_options.latencyMs;
    return reply;
}

std::optional<SandboxReply> SandboxApi::injectedFault(const QString &endpoint)
{
    bool fail = false;
    if (!m_options.failOn.isEmpty() && endpoint == m_options.failOn)
        fail = m_options.failOnCall == 0 || m_calls.value(endpoint) == m_options.failOnCall;
    if (!fail && m_options.failRate > 0)
        fail = m_random.generateDouble() < m_options.failRate;
    if (!fail)
        return std::nullopt;
    if (m_options.failWith == QLatin1String("http500")) {
        SandboxReply reply;
        reply.httpStatus = 500;
        reply.body = "Internal Server Error\n";
        return reply;
    }
    const int code = m_options.failWith.toInt();
    return error(code, code == ErrCode::SystemBusy ? QStringLiteral("system error")
                                                   : QStringLiteral("injected fault %1").arg(code));
}

std::optional<SandboxReply> SandboxApi::checkToken(const QUrlQuery &query) const
{
    const QString token = query.queryItemValue(QStringLiteral("access_token"));
    if (token.isEmpty())
        return error(kAccessTokenMissing, QStringLiteral("access_token missing"));
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return error(ErrCode::InvalidCredential,
                     QStringLiteral("invalid credential, access_token is invalid or not latest"));
    if (now() >= it->expiresAt)
        return error(ErrCode::TokenExpired, QStringLiteral("access_token expired"));
    if (it->validUntil > 0 && now() >= it->validUntil)
        return error(ErrCode::InvalidCredential,
                     QStringLiteral("invalid credential, access_token is invalid or not latest"));
    return std::nullopt;
}

std::optional<SandboxReply> SandboxApi::checkBody(const QByteArray &body) const
{
    if (MenuFile::firstInvalidUtf8(body) >= 0)
        return error(ErrCode::NotUtf8, QStringLiteral("invalid charset, the body is not UTF-8"));
    if (MenuFile::firstUnicodeEscape(body) >= 0) {
        return error(ErrCode::InvalidCharset,
                     QStringLiteral("invalid charset. please check your request, if include "
                                    "\\uxxxx will create fail!"));
    }
    return std::nullopt;
}

std::optional<SandboxReply> SandboxApi::checkQuota(const QString &endpoint)
{
    const int limit = m_options.quotas.value(endpoint, defaultQuota(endpoint));
    if (limit < 0)
        return std::nullopt;
    const QDate today = QDateTime::fromSecsSinceEpoch(now()).date();
    if (m_state.quotaDate != today) {
        m_state.quotaDate = today;
        m_state.quotaUsed.clear();
    }
    if (m_state.quotaUsed.value(endpoint) >= limit)
        return error(ErrCode::DailyQuotaReached, QStringLiteral("reach max api daily quota limit"));
    m_state.quotaUsed[endpoint] += 1;
    changed();
    return std::nullopt;
}

SandboxReply SandboxApi::api(const QString &endpoint, const SandboxRequest &request)
{
    if (endpoint == QLatin1String("token")) {
        if (request.query.queryItemValue(QStringLiteral("grant_type")) !=
            QLatin1String("client_credential")) {
            return error(kInvalidGrantType, QStringLiteral("invalid grant_type"));
        }
        return issueToken(request.query.queryItemValue(QStringLiteral("appid")),
                          request.query.queryItemValue(QStringLiteral("secret")), false, false);
    }
    if (endpoint == QLatin1String("stable_token")) {
        if (const auto bad = checkBody(request.body))
            return *bad;
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.value(QStringLiteral("grant_type")).toString() !=
            QLatin1String("client_credential"))
            return error(kInvalidGrantType, QStringLiteral("invalid grant_type"));
        return issueToken(body.value(QStringLiteral("appid")).toString(),
                          body.value(QStringLiteral("secret")).toString(), true,
                          body.value(QStringLiteral("force_refresh")).toBool());
    }

    static const QStringList known = {
        QStringLiteral("menu/create"),
        QStringLiteral("menu/get"),
        QStringLiteral("menu/delete"),
        QStringLiteral("menu/addconditional"),
        QStringLiteral("menu/delconditional"),
        QStringLiteral("menu/trymatch"),
        QStringLiteral("get_current_selfmenu_info"),
        QStringLiteral("tags/get"),
    };
    if (!known.contains(endpoint)) {
        SandboxReply reply = error(404, QStringLiteral("the sandbox has no %1").arg(endpoint));
        reply.httpStatus = 404;
        return reply;
    }
    if (const auto bad = checkToken(request.query))
        return *bad;
    if (request.method == "POST") {
        if (const auto bad = checkBody(request.body))
            return *bad;
    }
    if (const auto over = checkQuota(endpoint))
        return *over;

    if (endpoint == QLatin1String("menu/create"))
        return menuCreate(request.body);
    if (endpoint == QLatin1String("menu/get"))
        return menuGet();
    if (endpoint == QLatin1String("menu/delete"))
        return menuDelete();
    if (endpoint == QLatin1String("menu/addconditional"))
        return addConditional(request.body);
    if (endpoint == QLatin1String("menu/delconditional"))
        return delConditional(request.body);
    if (endpoint == QLatin1String("menu/trymatch"))
        return tryMatch(request.body);
    if (endpoint == QLatin1String("get_current_selfmenu_info"))
        return selfMenuInfo();
    return tagsGet();
}

SandboxReply SandboxApi::issueToken(const QString &appId, const QString &secret, bool stable,
                                    bool forceRefresh)
{
    if (appId != m_options.appId)
        return error(ErrCode::InvalidAppId, QStringLiteral("invalid appid"));
    if (secret != m_options.secret)
        return error(ErrCode::InvalidAppSecret, QStringLiteral("invalid appsecret"));

    QString &latest = stable ? m_latestStableToken : m_latestToken;
    const auto current = m_tokens.constFind(latest);
    const bool reusable = stable && !forceRefresh && current != m_tokens.constEnd() &&
                          now() < current->expiresAt && current->validUntil == 0;
    if (!reusable) {
        // The previous token keeps working for a short grace time, then stops.
        if (m_tokens.contains(latest))
            m_tokens[latest].validUntil = now() + m_options.tokenGraceSeconds;
        QByteArray random(24, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        latest = QString::fromLatin1(
            random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        Token token;
        token.expiresAt = now() + m_options.tokenTtlSeconds;
        token.stable = stable;
        m_tokens.insert(latest, token);
    }
    const QJsonObject body{
        {QStringLiteral("access_token"), latest},
        {QStringLiteral("expires_in"), m_tokens.value(latest).expiresAt - now()}};
    JsonWriter writer;
    writer.value(body);
    return ok(writer.result());
}

SandboxReply SandboxApi::menuCreate(const QByteArray &body)
{
    const ReadResult read = MenuFile::readBytes(body);
    if (!read.ok || read.shape != Shape::Create)
        return error(kDataFormatError, QStringLiteral("data format error: %1")
                                           .arg(read.ok ? QStringLiteral("not a menu/create body")
                                                        : read.error.message));
    if (const auto bad = firstError(Validator::validate(read.data, Shape::Create)))
        return error(bad->first, bad->second);
    m_state.hasMenu = true;
    m_state.menus.hasDefaultMenu = true;
    m_state.menus.defaultMenu = read.data.defaultMenu;
    m_state.menus.defaultMenu.menuId = QString::number(m_state.nextMenuId++);
    m_state.consoleMenu.clear(); // the menu made through the API is the one in use now
    if (m_options.createClearsConditional)
        m_state.menus.conditionalMenus.clear();
    changed();
    return ok();
}

SandboxReply SandboxApi::menuGet() const
{
    if (!m_state.hasMenu)
        return error(ErrCode::NoMenu, QStringLiteral("menu no exist"));
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("menu"));
    writer.beginObject();
    writer.key(QStringLiteral("button"));
    writeButtons(writer, m_state.menus.defaultMenu.buttons);
    writer.key(QStringLiteral("menuid"));
    writer.value(QJsonValue(m_state.menus.defaultMenu.menuId.toDouble()));
    writer.endObject();
    if (!m_state.menus.conditionalMenus.isEmpty()) {
        writer.key(QStringLiteral("conditionalmenu"));
        writer.beginArray();
        for (const Menu &menu : m_state.menus.conditionalMenus) {
            writer.beginObject();
            writer.key(QStringLiteral("button"));
            writeButtons(writer, menu.buttons);
            writer.key(QStringLiteral("matchrule"));
            MenuJsonWriter::writeMatchRule(writer, menu.matchRule);
            writer.key(QStringLiteral("menuid"));
            writer.value(QJsonValue(menu.menuId.toDouble()));
            writer.endObject();
        }
        writer.endArray();
    }
    writer.endObject();
    return ok(writer.result());
}

SandboxReply SandboxApi::menuDelete()
{
    // Deletes the default menu and every conditional menu.
    m_state.hasMenu = false;
    m_state.menus = DocumentData();
    m_state.menus.hasDefaultMenu = false;
    changed();
    return ok();
}

SandboxReply SandboxApi::addConditional(const QByteArray &body)
{
    const ReadResult read = MenuFile::readBytes(body);
    if (!read.ok || read.shape != Shape::Conditional)
        return error(kDataFormatError,
                     QStringLiteral("data format error: %1")
                         .arg(read.ok ? QStringLiteral("not a menu/addconditional body")
                                      : read.error.message));
    if (!m_state.hasMenu)
        return error(ErrCode::NoDefaultMenu,
                     QStringLiteral("a default menu is needed before a conditional menu"));
    if (const auto bad = firstError(Validator::validate(read.data, Shape::Conditional)))
        return error(bad->first, bad->second);
    // The domain limit counts every conditional menu of the account, the new one included.
    DocumentData all = m_state.menus;
    all.conditionalMenus.prepend(read.data.conditionalMenus.first());
    for (const Issue &issue : Validator::validate(all, Shape::Document)) {
        if (issue.rule == QLatin1String("domains.limit"))
            return error(ErrCode::TooManyDomains, issue.message);
    }
    Menu menu = read.data.conditionalMenus.first();
    menu.menuId = QString::number(m_state.nextMenuId++);
    // The added menu is the newest: menu/get lists it first and trymatch tries it first.
    m_state.menus.conditionalMenus.prepend(menu);
    changed();
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("menuid"), menu.menuId}});
    return ok(writer.result());
}

SandboxReply SandboxApi::delConditional(const QByteArray &body)
{
    const QJsonValue id = QJsonDocument::fromJson(body).object().value(QStringLiteral("menuid"));
    const QString menuId = id.isString()   ? id.toString()
                           : id.isDouble() ? QString::number(id.toInteger())
                                           : QString();
    QList<Menu> &menus = m_state.menus.conditionalMenus;
    for (qsizetype i = 0; i < menus.size(); ++i) {
        if (!menuId.isEmpty() && menus.at(i).menuId == menuId) {
            menus.removeAt(i);
            changed();
            return ok();
        }
    }
    return error(ErrCode::UnknownMenuId, QStringLiteral("menuid %1 does not exist").arg(menuId));
}

SandboxReply SandboxApi::tryMatch(const QByteArray &body)
{
    const QString user =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("user_id")).toString();
    const SandboxFollower *follower = nullptr;
    for (const SandboxFollower &candidate : std::as_const(m_state.followers)) {
        if (!user.isEmpty() && (candidate.openId == user || candidate.wechatId == user))
            follower = &candidate;
    }
    if (!follower)
        return error(ErrCode::UnknownFollower, QStringLiteral("invalid user_id, not a follower"));
    if (!m_state.hasMenu)
        return error(ErrCode::NoMenu, QStringLiteral("menu no exist"));
    const int index = Matcher::match(m_state.menus, follower->tags, platformOf(follower->client));
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("button"));
    writeButtons(writer, m_state.menus.menu(index).buttons);
    writer.endObject();
    return ok(writer.result());
}

SandboxReply SandboxApi::selfMenuInfo() const
{
    const QList<Button> &buttons =
        !m_state.consoleMenu.isEmpty() ? m_state.consoleMenu : m_state.menus.defaultMenu.buttons;
    const bool open = !m_state.consoleMenu.isEmpty() || m_state.hasMenu;
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("is_menu_open"));
    writer.value(QJsonValue(open ? 1 : 0));
    if (open) {
        writer.key(QStringLiteral("selfmenu_info"));
        writer.beginObject();
        writer.key(QStringLiteral("button"));
        writer.beginArray();
        for (const Button &button : buttons)
            writeSelfMenuButton(writer, button);
        writer.endArray();
        writer.endObject();
    }
    writer.endObject();
    return ok(writer.result());
}

SandboxReply SandboxApi::tagsGet() const
{
    QJsonArray tags;
    for (const SandboxTag &tag : m_state.tags) {
        tags.append(QJsonObject{{QStringLiteral("id"), tag.id},
                                {QStringLiteral("name"), tag.name},
                                {QStringLiteral("count"), tag.count}});
    }
    JsonWriter writer;
    writer.value(QJsonObject{{QStringLiteral("tags"), tags}});
    return ok(writer.result());
}

SandboxReply SandboxApi::control(const SandboxRequest &request)
{
    if (!isLocalControlRequest(request)) {
        SandboxReply reply = error(403, QStringLiteral("the control routes answer only requests "
                                                       "to a loopback host name without a "
                                                       "foreign Origin"));
        reply.httpStatus = 403;
        return reply;
    }
    const QString route = request.path.mid(kControlPrefix.size());
    if (route == QLatin1String("clock/advance")) {
        bool ok = false;
        const qint64 seconds =
            request.query.queryItemValue(QStringLiteral("seconds")).toLongLong(&ok);
        const qint64 most = qMax<qint64>(0, kLatestClock - now());
        if (!ok || seconds < 0 || seconds > most) {
            return error(kDataFormatError,
                         QStringLiteral("seconds must be a whole number from 0 to %1 (the "
                                        "clock stops at the end of the year 9999)")
                             .arg(most));
        }
        advanceClock(seconds);
        JsonWriter writer;
        writer.value(QJsonObject{{QStringLiteral("now"), now()}});
        return this->ok(writer.result());
    }
    if (route == QLatin1String("reset")) {
        m_state = m_initialState;
        m_tokens.clear();
        m_latestToken.clear();
        m_latestStableToken.clear();
        m_calls.clear();
        m_clockOffset = 0;
        changed();
        return ok();
    }
    if (route == QLatin1String("state"))
        return ok(stateReport());
    SandboxReply reply = error(404, QStringLiteral("no such control route"));
    reply.httpStatus = 404;
    return reply;
}

QByteArray SandboxApi::stateReport() const
{
    QJsonObject report = QJsonDocument::fromJson(m_state.toJson()).object();
    QJsonObject calls;
    for (auto it = m_calls.constBegin(); it != m_calls.constEnd(); ++it)
        calls.insert(it.key(), it.value());
    report.insert(QStringLiteral("calls"), calls);
    report.insert(QStringLiteral("now"), now());
    JsonWriter writer;
    writer.value(report);
    return writer.result();
}
