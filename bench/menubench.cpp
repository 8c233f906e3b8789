// How much the menu pipeline costs on top of Qt's JSON parser, on a large document.
//
// Builds 1,000 conditional menus of 3 top-level buttons with 5 sub-buttons each in memory,
// writes them with MenuJsonWriter::document, then times for N rounds:
//   (a) QJsonDocument::fromJson alone;
//   (b) MenuFile::readBytes + Validator::validate + Matcher::match for a few followers.
// Prints the size, the median of each in milliseconds and the ratio (b)/(a).

#include <documentdata.h>
#include <matcher.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <validator.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kMenus = 1000;
constexpr int kTopLevel = 3;
constexpr int kSubButtons = 5;

const QStringList &chineseNames()
{
    static const QStringList names = {
        QStringLiteral("今日推荐"), QStringLiteral("门店"),     QStringLiteral("会员中心"),
        QStringLiteral("在线点单"), QStringLiteral("附近门店"), QStringLiteral("扫码领券"),
        QStringLiteral("积分兑换"), QStringLiteral("联系客服"), QStringLiteral("新品上市"),
        QStringLiteral("晒单有礼"), QStringLiteral("发送位置"), QStringLiteral("专属优惠"),
    };
    return names;
}

/// A leaf button of one of the publishable types, cycling through them.
Button leaf(int menu, int top, int sub)
{
    const int n = (menu * kTopLevel + top) * kSubButtons + sub;
    Button button;
    button.name = chineseNames().at(n % chineseNames().size()) + QString::number(sub + 1);
    const QString id = QStringLiteral("M%1_%2_%3").arg(menu).arg(top).arg(sub);
    switch (n % 7) {
    case 0:
        button.type = QStringLiteral("click");
        button.key = id;
        break;
    case 1:
        button.type = QStringLiteral("view");
        button.url = QStringLiteral("https://shop%1.example.com/p/%2").arg(menu % 3).arg(id);
        break;
    case 2:
        button.type = QStringLiteral("miniprogram");
        button.url = QStringLiteral("https://shop.example.com/mp");
        button.appId = QStringLiteral("wx5f3a9c2e8b7d4160");
        button.pagePath = QStringLiteral("pages/index?from=%1").arg(id);
        break;
    case 3:
        button.type = QStringLiteral("scancode_waitmsg");
        button.key = id;
        break;
    case 4:
        button.type = QStringLiteral("location_select");
        button.key = id;
        break;
    case 5:
        button.type = QStringLiteral("media_id");
        button.mediaId = QStringLiteral("MEDIA_") + id;
        break;
    default:
        button.type = QStringLiteral("article_id");
        button.articleId = QStringLiteral("ARTICLE_") + id;
        break;
    }
    return button;
}

Menu makeMenu(int menu)
{
    Menu result;
    for (int top = 0; top < kTopLevel; ++top) {
        Button parent;
        parent.name = chineseNames().at((menu + top) % chineseNames().size());
        for (int sub = 0; sub < kSubButtons; ++sub)
            parent.subButtons.append(leaf(menu, top, sub));
        result.buttons.append(parent);
    }
    return result;
}

DocumentData makeDocument()
{
    DocumentData data;
    data.hasDefaultMenu = true;
    data.defaultMenu = makeMenu(kMenus);
    for (int i = 0; i < kMenus; ++i) {
        Menu menu = makeMenu(i);
        // Distinct tags; a quarter of the rules match any phone, the rest one platform.
        menu.matchRule.tagId = QString::number(100 + i);
        if (i % 4 != 0)
            menu.matchRule.clientPlatformType = QString::number(i % 3 + 1);
        data.conditionalMenus.append(menu);
    }
    return data;
}

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

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
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

    const QByteArray bytes = MenuJsonWriter::document(makeDocument());
    std::printf("document: %d conditional menus, %d buttons, %.2f MB (%lld bytes)\n", kMenus,
                (kMenus + 1) * kTopLevel * (kSubButtons + 1),
                double(bytes.size()) / (1024.0 * 1024.0), static_cast<long long>(bytes.size()));

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
