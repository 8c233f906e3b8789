#include "campaign.h"

#include <menujsonreader.h>
#include <menujsonwriter.h>
#include <readresult.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QList<std::pair<Campaign::State, QString>> &stateKeys()
{
    static const QList<std::pair<Campaign::State, QString>> keys = {
        {Campaign::State::Scheduled, QStringLiteral("scheduled")},
        {Campaign::State::Started, QStringLiteral("started")},
        {Campaign::State::Ended, QStringLiteral("ended")},
        {Campaign::State::RestoreSkipped, QStringLiteral("restore skipped")},
        {Campaign::State::Missed, QStringLiteral("missed")},
        {Campaign::State::Failed, QStringLiteral("failed")},
        {Campaign::State::Cancelled, QStringLiteral("cancelled")},
    };
    return keys;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject documentJson(const DocumentData &data)
{
    return QJsonDocument::fromJson(MenuJsonWriter::document(data)).object();
}

bool readDocument(const QJsonObject &json, const QString &key, DocumentData *data, QString *error)
{
    const QJsonValue value = json.value(key);
    if (!value.isObject()) {
        *error = Campaign::tr("\"%1\" is missing or not an object").arg(key);
        return false;
    }
    const ReadResult read = MenuJsonReader::read(value.toObject(), Shape::Document);
    if (!read.ok) {
        *error = QStringLiteral("%1: %2").arg(key, read.error.message);
        return false;
    }
    *data = read.data;
    return true;
}

bool readTime(const QJsonObject &json, const QString &key, bool required, QDateTime *time,
              QString *error)
{
    const QString text = json.value(key).toString();
    if (text.isEmpty() && !required) {
        *time = QDateTime();
        return true;
    }
    *time = QDateTime::fromString(text, Qt::ISODate).toUTC();
    if (!time->isValid()) {
        *error = Campaign::tr("\"%1\" is not a time (ISO 8601)").arg(key);
        return false;
    }
    return true;
}

} // namespace

bool Campaign::isMissed(const QDateTime &now) const
{
    return state == State::Scheduled && !running && end.isValid() && now >= end;
}

std::optional<Campaign::Step> Campaign::dueStep(const QDateTime &now) const
{
    if (retryAfter.isValid() && now < retryAfter) // waiting for a lasting error's cause to pass
        return std::nullopt;
    if (running) // an interrupted step comes first
        return running;
    switch (state) {
    case State::Scheduled:
        if (isMissed(now) || now < start)
            return std::nullopt;
        return Step::Start;
    case State::Started:
        if (end.isValid() && now >= end)
            return Step::End;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

QDateTime Campaign::nextStepTime() const
{
    QDateTime next;
    if (running) {
        next = running == Step::Start ? start : end;
    } else if (state == State::Scheduled) {
        next = start;
    } else if (state == State::Started) {
        next = end;
    }
    if (next.isValid() && retryAfter.isValid() && retryAfter > next)
        return retryAfter;
    return next;
}

bool Campaign::hasStepLeft() const
{
    return nextStepTime().isValid();
}

void Campaign::addLog(const QDateTime &at, const QString &step, const QString &outcome,
                      const QString &message)
{
    log.append({at.toUTC(), step, outcome, message});
}

QString Campaign::stateKey(State state)
{
    for (const auto &[value, key] : stateKeys()) {
        if (value == state)
            return key;
    }
    return {};
}

std::optional<Campaign::State> Campaign::stateFromKey(const QString &key)
{
    for (const auto &[value, name] : stateKeys()) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

QString Campaign::stateText(State state)
{
    switch (state) {
    case State::Scheduled:
        return tr("scheduled");
    case State::Started:
        return tr("started");
    case State::Ended:
        return tr("ended");
    case State::RestoreSkipped:
        return tr("restore skipped");
    case State::Missed:
        return tr("missed");
    case State::Failed:
        return tr("failed");
    case State::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString Campaign::label() const
{
    const QString file = QFileInfo(sourceFile).fileName();
    return file.isEmpty() ? id : QStringLiteral("%1 (%2)").arg(id, file);
}

QString Campaign::statusText() const
{
    // A start that stopped part-way while its put back waits (for the quota, or a retry).
    if (putBackPending)
        return tr("putting the menus back");
    return stateText(state);
}

QString Campaign::stepKey(Step step)
{
    return step == Step::Start ? QStringLiteral("start") : QStringLiteral("end");
}

QJsonObject Campaign::toJson() const
{
    QJsonObject accountJson{
        {QStringLiteral("saved"), savedAccount},
        {QStringLiteral("name"), account.name},
        {QStringLiteral("appid"), account.appId},
    };
    if (!savedAccount) {
        accountJson.insert(QStringLiteral("api_base"), account.apiBase.toString());
        accountJson.insert(QStringLiteral("token_endpoint"), account.ordinaryTokenEndpoint
                                                                 ? QStringLiteral("token")
                                                                 : QStringLiteral("stable_token"));
        if (!account.tokenServiceUrl.isEmpty())
            accountJson.insert(QStringLiteral("token_service"), account.tokenServiceUrl.toString());
    }
    QJsonArray logJson;
    for (const CampaignLogEntry &entry : log) {
        logJson.append(QJsonObject{{QStringLiteral("at"), isoTime(entry.at)},
                                   {QStringLiteral("step"), entry.step},
                                   {QStringLiteral("outcome"), entry.outcome},
                                   {QStringLiteral("message"), entry.message}});
    }
    QJsonObject json{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("file"), sourceFile},
        {QStringLiteral("document"), documentJson(document)},
        {QStringLiteral("account"), accountJson},
        {QStringLiteral("start"), isoTime(start)},
        {QStringLiteral("end"), isoTime(end)},
        {QStringLiteral("created"), isoTime(createdAt)},
        {QStringLiteral("state"), stateKey(state)},
        {QStringLiteral("start_attempts"), startAttempts},
        {QStringLiteral("end_attempts"), endAttempts},
        {QStringLiteral("running"), running ? stepKey(*running) : QString()},
        {QStringLiteral("retry_after"), isoTime(retryAfter)},
        {QStringLiteral("failure"), failure},
        {QStringLiteral("log"), logJson},
    };
    if (putBackPending) {
        json.insert(QStringLiteral("put_back"),
                    QJsonObject{{QStringLiteral("why"), putBackWhy},
                                {QStringLiteral("attempts"), putBackAttempts}});
    }
    if (hasSnapshot)
        json.insert(QStringLiteral("snapshot"), documentJson(snapshot));
    if (hasPublished)
        json.insert(QStringLiteral("published"), documentJson(published));
    return json;
}

bool Campaign::fromJson(const QJsonObject &json, Campaign *campaign, QString *error)
{
    Campaign c;
    c.id = json.value(QStringLiteral("id")).toString();
    if (c.id.isEmpty()) {
        *error = tr("\"id\" is missing");
        return false;
    }
    c.sourceFile = json.value(QStringLiteral("file")).toString();
    if (!readDocument(json, QStringLiteral("document"), &c.document, error))
        return false;
    const QJsonObject accountJson = json.value(QStringLiteral("account")).toObject();
    c.savedAccount = accountJson.value(QStringLiteral("saved")).toBool();
    c.account.name = accountJson.value(QStringLiteral("name")).toString();
    c.account.appId = accountJson.value(QStringLiteral("appid")).toString();
    if (c.savedAccount) {
        if (c.account.name.isEmpty()) {
            *error = tr("\"account.name\" is missing");
            return false;
        }
    } else {
        c.account.apiBase = QUrl(accountJson.value(QStringLiteral("api_base")).toString());
        if (!c.account.apiBase.isValid() || c.account.apiBase.isEmpty()) {
            *error = tr("\"account.api_base\" is missing or not a URL");
            return false;
        }
        c.account.ordinaryTokenEndpoint =
            accountJson.value(QStringLiteral("token_endpoint")).toString() ==
            QLatin1String("token");
        c.account.tokenServiceUrl =
            QUrl(accountJson.value(QStringLiteral("token_service")).toString());
    }
    if (!readTime(json, QStringLiteral("start"), true, &c.start, error) ||
        !readTime(json, QStringLiteral("end"), false, &c.end, error) ||
        !readTime(json, QStringLiteral("created"), false, &c.createdAt, error) ||
        !readTime(json, QStringLiteral("retry_after"), false, &c.retryAfter, error)) {
        return false;
    }
    const std::optional<State> state = stateFromKey(json.value(QStringLiteral("state")).toString());
    if (!state) {
        *error = tr("\"state\" is not one of scheduled, started, ended, restore skipped, "
                    "missed, failed, cancelled");
        return false;
    }
    c.state = *state;
    c.startAttempts = json.value(QStringLiteral("start_attempts")).toInt();
    c.endAttempts = json.value(QStringLiteral("end_attempts")).toInt();
    const QString running = json.value(QStringLiteral("running")).toString();
    if (running == QLatin1String("start"))
        c.running = Step::Start;
    else if (running == QLatin1String("end"))
        c.running = Step::End;
    c.failure = json.value(QStringLiteral("failure")).toString();
    const QJsonValue putBack = json.value(QStringLiteral("put_back"));
    if (!putBack.isUndefined() && !putBack.isNull()) {
        if (!putBack.isObject() || c.running != Step::Start) {
            *error = tr("\"put_back\" must be an object, beside \"running\": \"start\"");
            return false;
        }
        c.putBackPending = true;
        c.putBackWhy = putBack.toObject().value(QStringLiteral("why")).toString();
        c.putBackAttempts = putBack.toObject().value(QStringLiteral("attempts")).toInt();
    }
    if (json.contains(QStringLiteral("snapshot"))) {
        if (!readDocument(json, QStringLiteral("snapshot"), &c.snapshot, error))
            return false;
        c.hasSnapshot = true;
    }
    if (json.contains(QStringLiteral("published"))) {
        if (!readDocument(json, QStringLiteral("published"), &c.published, error))
            return false;
        c.hasPublished = true;
    }
    if ((c.state == State::Started || c.running) && !c.hasSnapshot) {
        *error = tr("\"snapshot\" is missing for a started campaign");
        return false;
    }
    for (const QJsonValue &value : json.value(QStringLiteral("log")).toArray()) {
        const QJsonObject entry = value.toObject();
        c.log.append(
            {QDateTime::fromString(entry.value(QStringLiteral("at")).toString(), Qt::ISODate),
             entry.value(QStringLiteral("step")).toString(),
             entry.value(QStringLiteral("outcome")).toString(),
             entry.value(QStringLiteral("message")).toString()});
    }
    *campaign = c;
    return true;
}
