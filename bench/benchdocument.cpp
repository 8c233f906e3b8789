#include "benchdocument.h"

#include <QStringList>

namespace BenchDocument {

namespace {

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

} // namespace

DocumentData make()
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

} // namespace BenchDocument
