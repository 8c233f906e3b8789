#include "campaignstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

CampaignStore::CampaignStore(const QString &directory)
    : m_directory(directory)
{}

QString CampaignStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/campaigns");
}

QString CampaignStore::fileFor(const QString &id) const
{
    return QDir(m_directory).filePath(id + QStringLiteral(".json"));
}

QString CampaignStore::lockFile() const
{
    return QDir(m_directory).filePath(QStringLiteral("run-due.lock"));
}

namespace {

bool readFile(const QString &fileName, Campaign *campaign, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = CampaignStore::tr("%1: cannot be read: %2").arg(fileName, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject()) {
        // The line and column of the offset, counted in the bytes read.
        const qsizetype offset =
            parseError.error == QJsonParseError::NoError ? 0 : parseError.offset;
        const QByteArray before = bytes.left(offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(offset - (before.lastIndexOf('\n') + 1)) + 1;
        *error = CampaignStore::tr("%1: line %2, column %3: not a campaign file (%4)")
                     .arg(fileName)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.error == QJsonParseError::NoError
                              ? CampaignStore::tr("not a JSON object")
                              : parseError.errorString());
        return false;
    }
    QString why;
    if (!Campaign::fromJson(json.object(), campaign, &why)) {
        *error = CampaignStore::tr("%1: not a campaign file: %2").arg(fileName, why);
        return false;
    }
    return true;
}

} // namespace

QList<Campaign> CampaignStore::load(QList<Problem> *problems) const
{
    QList<Campaign> campaigns;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString fileName = dir.filePath(name);
        Campaign campaign;
        QString error;
        if (readFile(fileName, &campaign, &error)) {
            campaigns.append(campaign);
        } else if (problems) {
            problems->append({fileName, error});
        }
    }
    std::stable_sort(campaigns.begin(), campaigns.end(),
                     [](const Campaign &a, const Campaign &b) { return a.start < b.start; });
    return campaigns;
}

bool CampaignStore::read(const QString &id, Campaign *campaign, QString *error) const
{
    const QString fileName = fileFor(id);
    if (!QFile::exists(fileName)) {
        *error = tr("there is no campaign %1.").arg(id);
        return false;
    }
    return readFile(fileName, campaign, error);
}

bool CampaignStore::save(const Campaign &campaign, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("cannot create the folder %1").arg(m_directory);
        return false;
    }
    QSaveFile file(fileFor(campaign.id));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot be written: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(QJsonDocument(campaign.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("%1: cannot be written: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool CampaignStore::remove(const QString &id, QString *error) const
{
    QFile file(fileFor(id));
    if (!file.remove()) {
        *error = tr("%1: cannot be removed: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QString CampaignStore::newId() const
{
    for (;;) {
        const QString id = QStringLiteral("%1").arg(QRandomGenerator::global()->generate(), 8, 16,
                                                    QLatin1Char('0'));
        if (!QFile::exists(fileFor(id)))
            return id;
    }
}

QDateTime CampaignStore::nextStepTime() const
{
    QDateTime next;
    for (const Campaign &campaign : load()) {
        const QDateTime time = campaign.nextStepTime();
        if (time.isValid() && (!next.isValid() || time < next))
            next = time;
    }
    return next;
}
