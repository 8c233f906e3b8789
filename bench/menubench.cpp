// How much the menu pipeline costs on top of Qt's JSON parser, on a large document.
//
// Builds 1,000 conditional menus of 3 top-level buttons with 5 sub-buttons each in memory,
// writes them with MenuJsonWriter::document, then times for N rounds:
//   (a) QJsonDocument::fromJson alone;
//   (b) MenuFile::readBytes + Validator::validate + Matcher::match for a few followers.
// Prints the size, the median of each in milliseconds and the ratio (b)/(a).

#include "benchdocument.h"
#include "benchstats.h"

#include <matcher.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <validator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <cstdio>

using namespace BenchDocument;
using BenchStats::elapsedMs;
using BenchStats::median;

namespace {

struct Follower
{
    QStringList tags;
    ClientPlatform platform;
};

const QList<Follower> &followers()
{
    static const QList<Follower> list = {
        {{}, ClientPlatform::Other},                                          // no tags: default
        {{QStringLiteral("100")}, ClientPlatform::Other},                     // the oldest menu
        {{QStringLiteral("2"), QStringLiteral("1099")}, ClientPlatform::Ios}, // the newest
        {{QStringLiteral("600")}, ClientPlatform::Android},
        {{QStringLiteral("701")}, ClientPlatform::Ios},
        {{QStringLiteral("99999")}, ClientPlatform::Android}, // no menu: all are tried
    };
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times QJsonDocument::fromJson against read + validate + match on a large menu document."));
    parser.addHelpOption();
    const QCommandLineOption rounds(QStringLiteral("rounds"),
                                    QStringLiteral("Rounds to time (default 15)."),
                                    QStringLiteral("N"), QStringLiteral("15"));
    parser.addOption(rounds);
    parser.process(app);
    bool ok = false;
    const int roundCount = parser.value(rounds).toInt(&ok);
    if (!ok || roundCount < 1) {
        std::fprintf(stderr, "wemenu-bench: --rounds takes a positive number\n");
        return 64;
    }

    const QByteArray bytes = MenuJsonWriter::document(BenchDocument::make());
    std::printf("document: %d conditional menus, %d buttons, %.2f MB (%lld bytes)\n", kMenus,
                kButtons, double(bytes.size()) / (1024.0 * 1024.0),
                static_cast<long long>(bytes.size()));

    // A first pass that also checks the pipeline does its work.
    {
        const ReadResult read = MenuFile::readBytes(bytes);
        if (!read.ok) {
            std::fprintf(stderr, "wemenu-bench: the document does not read back: %s\n",
                         qPrintable(read.error.message));
            return 1;
        }
        const IssueList issues = Validator::validate(read.data, read.shape);
        std::printf("issues: %lld; matches:", static_cast<long long>(issues.size()));
        for (const Follower &follower : followers())
            std::printf(" %d", Matcher::match(read.data, follower.tags, follower.platform));
        std::printf("\n");
    }

    QList<double> parseTimes;
    QList<double> pipelineTimes;
    QList<double> readTimes;
    QList<double> validateTimes;
    QList<double> matchTimes;
    for (int round = 0; round < roundCount; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        parseTimes.append(elapsedMs(timer));
        Q_UNUSED(json)

        QElapsedTimer step;
        timer.restart();
        step.start();
        const ReadResult read = MenuFile::readBytes(bytes);
        readTimes.append(elapsedMs(step));
        step.restart();
        const IssueList issues = Validator::validate(read.data, read.shape);
        validateTimes.append(elapsedMs(step));
        step.restart();
        for (const Follower &follower : followers())
            Matcher::match(read.data, follower.tags, follower.platform);
        matchTimes.append(elapsedMs(step));
        pipelineTimes.append(elapsedMs(timer));
        Q_UNUSED(issues)
    }

    const double parse = median(parseTimes);
    const double pipeline = median(pipelineTimes);
    std::printf("rounds: %d\n", roundCount);
    std::printf("(a) QJsonDocument::fromJson          median %8.2f ms\n", parse);
    std::printf("(b) readBytes + validate + match x%lld median %8.2f ms\n",
                static_cast<long long>(followers().size()), pipeline);
    std::printf("    of which readBytes %.2f ms, validate %.2f ms, match %.2f ms (medians)\n",
                median(readTimes), median(validateTimes), median(matchTimes));
    std::printf("ratio (b)/(a): %.2f\n", pipeline / parse);
    return 0;
}
