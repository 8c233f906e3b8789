#pragma once

#include "liveresult.h"

#include <QObject>
#include <QPointer>

#include <functional>

class ApiClient;

/**
 * Reads the live menus. menu/get shows only menus made through the API; a menu made in the web
 * console is invisible to it (46003), so the pull then falls back to (or can be asked for)
 * get_current_selfmenu_info, whose console-only button types the validator flags.
 */
class LiveMenus : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const LiveResult &)>;

    explicit LiveMenus(ApiClient *client, QObject *parent = nullptr);

    /// menu/get, falling back to get_current_selfmenu_info when it finds no menu.
    void pull(Callback done);
    /// get_current_selfmenu_info only.
    void pullSelfMenu(Callback done);
    /// menu/get only (46003 is an empty account).
    void pullApiMenus(Callback done);

    /// True when the live state `a` and `b` have the same content (menuids aside).
    static bool sameContent(const DocumentData &a, const DocumentData &b);

private:
    QPointer<ApiClient> m_client;
};
