#include "linktargets.h"

#include "validator.h"

namespace {

bool isWebLink(const QString &url)
{
    return url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool asksLink(const Button &button)
{
    return !button.hasSubButtons() &&
           (button.type == QLatin1String("view") || button.type == QLatin1String("miniprogram"));
}

void addTargets(const QList<Button> &buttons, int menu, int parent, QList<LinkTarget> *out)
{
    for (int row = 0; row < buttons.size(); ++row) {
        const Button &button = buttons.at(row);
        if (parent < 0 && button.hasSubButtons())
            addTargets(button.subButtons, menu, row, out);
        const QString url = button.url.trimmed();
        if (asksLink(button) && isWebLink(url))
            out->append({Validator::buttonPath(menu, parent, row) + QStringLiteral(".url"), url});
    }
}

} // namespace

namespace LinkTargets {

QList<LinkTarget> of(const DocumentData &data)
{
    QList<LinkTarget> out;
    if (data.hasDefaultMenu)
        addTargets(data.defaultMenu.buttons, -1, -1, &out);
    for (int i = 0; i < data.conditionalMenus.size(); ++i)
        addTargets(data.conditionalMenus.at(i).buttons, i, -1, &out);
    return out;
}

} // namespace LinkTargets
