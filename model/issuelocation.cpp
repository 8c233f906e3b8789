#include "issuelocation.h"

#include <QRegularExpression>

IssueLocation IssueLocation::parse(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(?:menu|conditionalmenu\[(\d+)\])(?:\.button(?:\[(\d+)\](?:\.sub_button(?:\[(\d+)\])?)?)?)?(?:\.(.+))?$)"));
    const QRegularExpressionMatch match = pattern.match(path);
    IssueLocation location;
    if (!match.hasMatch())
        return location;
    location.valid = true;
    location.button.menu = match.captured(1).isEmpty() ? -1 : match.captured(1).toInt();
    if (!match.captured(2).isEmpty()) {
        const int top = match.captured(2).toInt();
        if (match.captured(3).isEmpty()) {
            location.button.row = top;
        } else {
            location.button.parent = top;
            location.button.row = match.captured(3).toInt();
        }
    }
    location.field = match.captured(4);
    return location;
}
