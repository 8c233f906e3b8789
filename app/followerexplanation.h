#pragma once

#include <matchrule.h>

#include <QCoreApplication>
#include <QStringList>

class MenuListModel;
struct DocumentData;

/// Says in words which menu a follower sees and why the newer menus did not match.
class FollowerExplanation
{
    Q_DECLARE_TR_FUNCTIONS(FollowerExplanation)

public:
    static QString text(const DocumentData &data, const MenuListModel &labels,
                        const QStringList &tags, ClientPlatform platform);
};
