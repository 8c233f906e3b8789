<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Account</name>
    <message>
        <source>Sandbox</source>
        <translation>练习账号</translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>Practice account: no follower sees what you publish here.</source>
        <translation>练习账号：在这里发布的内容不会被任何粉丝看到。</translation>
    </message>
    <message>
        <source>Real account: its followers see what you publish.</source>
        <translation>正式账号：发布后粉丝就会看到。</translation>
    </message>
</context>
<context>
    <name>AccountPublishJob</name>
    <message>
        <source>No value for %1: set it for the account or its group in Manage Accounts. Nothing is sent to this account.</source>
        <translation>%1 没有值：请在“管理账号”中为该账号或其分组设置。不会向此账号发送任何内容。</translation>
    </message>
    <message>
        <source>Filled in for this account, the menu breaks a rule: %1 Nothing is sent to this account.</source>
        <translation>按此账号填好后，菜单违反了规则：%1 不会向此账号发送任何内容。</translation>
    </message>
    <message>
        <source>Reading the live menus…</source>
        <translation>正在读取线上菜单…</translation>
    </message>
    <message>
        <source>The account already shows this menu.</source>
        <translation>此账号已经是这个菜单。</translation>
    </message>
    <message>
        <source>Ready: %1 call(s).</source>
        <translation>就绪：%1 次调用。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Published and verified: %1 call(s).</source>
        <translation>已发布并核对：%1 次调用。</translation>
    </message>
    <message>
        <source>Someone changed the live menus since the comparison, so nothing more was published here. Retry compares again.</source>
        <translation>对比之后有人改动了线上菜单，因此此账号没有继续发布。点“重试”会重新对比。</translation>
    </message>
    <message>
        <source>Every call ran, but the account does not show the menu. Retry compares again.</source>
        <translation>所有调用都已完成，但账号上的菜单与之不同。点“重试”会重新对比。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 call(s).</source>
        <translation>已在第 %1 次（共 %2 次）调用后停止。</translation>
    </message>
    <message>
        <source>Nothing was published. %1</source>
        <translation>没有发布任何内容。%1</translation>
    </message>
    <message>
        <source>Stopped at call %1 of %2: %3 %4 call(s) before it ran; none after it.</source>
        <translation>停在第 %1 次调用（共 %2 次）：%3 之前的 %4 次调用已完成，之后的没有执行。</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <source>%1 button(s) changed</source>
        <translation>%1 个按钮有改动</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增 %1 个</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除 %1 个</translation>
    </message>
    <message>
        <source>%1 menu change(s)</source>
        <translation>%1 处菜单变化</translation>
    </message>
</context>
<context>
    <name>AccountQueries</name>
    <message>
        <source>WeChat does not know this follower. Check the OpenID or WeChat ID: it must be someone who follows this account (an OpenID belongs to one account only).</source>
        <translation>微信不认识这位粉丝。请检查 OpenID 或微信号：必须是关注了本公众号的粉丝（每个 OpenID 只属于一个公众号）。</translation>
    </message>
    <message>
        <source>This account has no menu on WeChat yet, so its followers see none. Publish the menu first, then ask again.</source>
        <translation>该账号在微信上还没有菜单，粉丝目前看不到任何菜单。请先发布菜单，再重新查询。</translation>
    </message>
    <message>
        <source>This account cannot have conditional menus (it may be unverified), so WeChat cannot say which one a follower sees. Every follower sees the default menu.</source>
        <translation>该账号不能使用个性化菜单（可能尚未认证），因此微信无法告知粉丝看到的是哪个菜单。所有粉丝看到的都是默认菜单。</translation>
    </message>
    <message>
        <source>Conditional menus are switched off for this account on WeChat&apos;s side. Switch them on in the Official Account platform, then ask again.</source>
        <translation>微信那边关闭了该账号的个性化菜单。请在公众号后台开启，再重新查询。</translation>
    </message>
    <message>
        <source>WeChat could not say which menu this follower sees: it refused the account&apos;s menus. Pull the live menus to check them, publish again, then ask again.</source>
        <translation>微信无法告知这位粉丝看到的是哪个菜单：它拒绝了该账号的菜单。请拉取线上菜单检查，重新发布后再查询。</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>%1
The secret is kept only until WeMenu closes; enter it again next time.</source>
        <translation>%1
密钥只保留到 WeMenu 关闭为止；下次需要重新输入。</translation>
    </message>
    <message>
        <source>The account was changed; try again.</source>
        <translation>账号已更改，请重试。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation>新建账号(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>wx followed by 16 characters</source>
        <translation>以 wx 开头，后跟 16 位字符</translation>
    </message>
    <message>
        <source>AppID and AppSecret</source>
        <translation>AppID 和 AppSecret</translation>
    </message>
    <message>
        <source>Company token service</source>
        <translation>公司的 token 服务</translation>
    </message>
    <message>
        <source>Access token I paste</source>
        <translation>手动粘贴 access_token</translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation>保存在系统钥匙串中；留空则保留原密钥</translation>
    </message>
    <message>
        <source>Use /cgi-bin/token instead of stable_token</source>
        <translation>使用 /cgi-bin/token，而不是 stable_token</translation>
    </message>
    <message>
        <source>Not recommended: each new ordinary token stops your company server&apos;s token about 5 minutes later.</source>
        <translation>不推荐：每获取一次新的普通 token，公司服务器正在使用的 token 约 5 分钟后就会失效。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;AppID:</source>
        <translation>AppID(&amp;A)：</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>接口地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation>凭据(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Token &amp;service:</source>
        <translation>Token 服务(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Get a Token Now</source>
        <translation>立即获取 token(&amp;G)</translation>
    </message>
    <message>
        <source>Checks the settings by asking for a token.</source>
        <translation>获取一次 token，以检查设置是否正确。</translation>
    </message>
    <message>
        <source>(on this computer)</source>
        <translation>（本机）</translation>
    </message>
    <message>
        <source>The built-in Sandbox: a practice account on this computer, with a few tags and followers. Nothing leaves this computer.</source>
        <translation>内置的练习账号：本机上的模拟账号，带有一些标签和粉丝。所有数据都不会离开本机。</translation>
    </message>
    <message>
        <source>Enter the account&apos;s AppID.</source>
        <translation>请填写账号的 AppID。</translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation>请填写密钥。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Asking for a token…</source>
        <translation>正在获取 token…</translation>
    </message>
    <message>
        <source>It works: WeChat handed out a token.</source>
        <translation>设置正确：已成功从微信获取 token。</translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation>已删除 %1 及其密钥。</translation>
    </message>
    <message>
        <source>Enter the secret again: the stored one belongs to the previous AppID or kind of credential.</source>
        <translation>请重新输入密钥：已保存的密钥属于之前的 AppID 或凭据类型。</translation>
    </message>
    <message>
        <source>Give the account a name (other than &quot;%1&quot;).</source>
        <translation>请给账号起个名字（不能是“%1”）。</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>分组(&amp;G)</translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation>账号分组</translation>
    </message>
    <message>
        <source>New &amp;Group</source>
        <translation>新建分组(&amp;G)</translation>
    </message>
    <message>
        <source>Remove Gro&amp;up</source>
        <translation>删除分组(&amp;U)</translation>
    </message>
    <message>
        <source>Variables of this account</source>
        <translation>此账号的变量</translation>
    </message>
    <message>
        <source>&amp;Variables of this account (they win over its group&apos;s):</source>
        <translation>此账号的变量(&amp;V)（优先于分组的变量）：</translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation>分组名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Accounts of the group</source>
        <translation>分组中的账号</translation>
    </message>
    <message>
        <source>A&amp;ccounts of the group (one menu, filled in for each):</source>
        <translation>分组中的账号(&amp;C)（同一菜单，按每个账号填好）：</translation>
    </message>
    <message>
        <source>Variables of the group</source>
        <translation>分组的变量</translation>
    </message>
    <message>
        <source>V&amp;ariables of the group (for each of its accounts that does not set its own):</source>
        <translation>分组的变量(&amp;A)（用于没有自己设置的账号）：</translation>
    </message>
    <message>
        <source>In group %1, which sets no variables.</source>
        <translation>属于分组 %1，该分组没有设置变量。</translation>
    </message>
    <message>
        <source>In group %1, which sets: %2</source>
        <translation>属于分组 %1，该分组设置了：%2</translation>
    </message>
    <message>
        <source>&amp;Save Group</source>
        <translation>保存分组(&amp;S)</translation>
    </message>
    <message>
        <source>Name the group, tick its accounts and set the variables they share.</source>
        <translation>为分组命名，勾选其中的账号，并设置它们共用的变量。</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>请为分组命名。</translation>
    </message>
    <message>
        <source>There is a group called &quot;%1&quot; already.</source>
        <translation>已有名为“%1”的分组。</translation>
    </message>
    <message numerus="yes">
        <source>Saved group %1 (%n account(s)).</source>
        <translation>
            <numerusform>已保存分组 %1（%n 个账号）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed group %1; its accounts stay.</source>
        <translation>已删除分组 %1；其中的账号保留。</translation>
    </message>
</context>
<context>
    <name>AffectedFollowers</name>
    <message>
        <source>Every follower</source>
        <translation>所有粉丝</translation>
    </message>
    <message>
        <source>Every follower no conditional menu picks</source>
        <translation>未匹配任何个性化菜单的所有粉丝</translation>
    </message>
    <message>
        <source>%1 (1 follower)</source>
        <translation>%1（1 位粉丝）</translation>
    </message>
    <message>
        <source>%1 (%2 followers)</source>
        <translation>%1（%2 位粉丝）</translation>
    </message>
    <message>
        <source>Followers no conditional menu picks</source>
        <translation>未匹配个性化菜单的粉丝</translation>
    </message>
    <message>
        <source>Followers of %1</source>
        <translation>%1 的粉丝</translation>
    </message>
    <message>
        <source>the default menu</source>
        <translation>默认菜单</translation>
    </message>
    <message>
        <source>the menu &quot;%1&quot;</source>
        <translation>菜单“%1”</translation>
    </message>
    <message>
        <source>the menu for %1</source>
        <translation>%1 的菜单</translation>
    </message>
</context>
<context>
    <name>ApiRequests</name>
    <message>
        <source>the server&apos;s answer is not JSON</source>
        <translation>服务器的回复不是 JSON</translation>
    </message>
    <message>
        <source>%1 is not a valid address.</source>
        <translation>%1 不是有效的地址。</translation>
    </message>
    <message>
        <source>%1 is not secure: only https is allowed, and plain http only to this computer (loopback).</source>
        <translation>%1 不安全：只允许 https，明文 http 只能用于本机（回环地址）。</translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The server&apos;s answer is larger than %1 MB, far more than any menu; WeMenu stopped reading it. Check the account&apos;s API address.</source>
        <translation>服务器的应答超过 %1 MB，远大于任何菜单；WeMenu 已停止读取。请检查该账号的接口地址。</translation>
    </message>
</context>
<context>
    <name>ButtonActions</name>
    <message>
        <source>Add &amp;Button</source>
        <translation>添加菜单(&amp;B)</translation>
    </message>
    <message>
        <source>Add &amp;Sub-button</source>
        <translation>添加子菜单(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>Add a top-level button</source>
        <translation>添加一个一级菜单</translation>
    </message>
    <message>
        <source>Select a top-level button first.</source>
        <translation>请先选择一个一级菜单。</translation>
    </message>
    <message>
        <source>Add a button to the sub-menu</source>
        <translation>为选中的一级菜单添加一个子菜单</translation>
    </message>
    <message>
        <source>The clipboard holds no menu button.</source>
        <translation>剪贴板中没有菜单。</translation>
    </message>
    <message>
        <source>Sub-button</source>
        <translation>子菜单名称</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>菜单名称</translation>
    </message>
</context>
<context>
    <name>ButtonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>动作(&amp;A)：</translation>
    </message>
    <message>
        <source>Event &amp;key:</source>
        <translation>菜单 KEY 值(&amp;K)：</translation>
    </message>
    <message>
        <source>Web page &amp;link:</source>
        <translation>网页链接(&amp;L)：</translation>
    </message>
    <message>
        <source>Mini Program &amp;AppID:</source>
        <translation>小程序 AppID(&amp;A)：</translation>
    </message>
    <message>
        <source>Mini Program &amp;page:</source>
        <translation>小程序页面(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Media ID:</source>
        <translation>素材 ID(&amp;M)：</translation>
    </message>
    <message>
        <source>A&amp;rticle ID:</source>
        <translation>图文 ID(&amp;R)：</translation>
    </message>
    <message>
        <source>Sent to your server when tapped, e.g. TODAY_MUSIC</source>
        <translation>用户点击时推送给你的服务器，例如 TODAY_MUSIC</translation>
    </message>
    <message>
        <source>https://</source>
        <translation>https://</translation>
    </message>
    <message>
        <source>wx followed by 16 characters, lowercase</source>
        <translation>以 wx 开头，后跟 16 位字符，全部小写</translation>
    </message>
    <message>
        <source>e.g. pages/index/index</source>
        <translation>例如 pages/index/index</translation>
    </message>
    <message>
        <source>A permanent media ID from the material library</source>
        <translation>素材库中的永久素材 ID</translation>
    </message>
    <message>
        <source>The ID of a published article</source>
        <translation>已发布图文的 article_id</translation>
    </message>
    <message>
        <source>Select a button in the tree or on the phone to edit it.</source>
        <translation>在“菜单结构”或手机预览中选择一个菜单进行编辑。</translation>
    </message>
    <message>
        <source>Button name</source>
        <translation>菜单名称</translation>
    </message>
    <message>
        <source>What the button does</source>
        <translation>点击菜单后执行的动作</translation>
    </message>
    <message>
        <source>Opens its sub-menu. Remove the sub-buttons to give it an action of its own.</source>
        <translation>点击时展开子菜单。删除子菜单后才能为它设置自己的动作。</translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation>接口字段：%1</translation>
    </message>
    <message>
        <source>API type: %1</source>
        <translation>接口类型：%1</translation>
    </message>
</context>
<context>
    <name>ButtonTypeNames</name>
    <message>
        <source>Send a click event</source>
        <translation>点击推事件</translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation>跳转网页</translation>
    </message>
    <message>
        <source>Open a Mini Program</source>
        <translation>跳转小程序</translation>
    </message>
    <message>
        <source>Scan a code</source>
        <translation>扫码推事件</translation>
    </message>
    <message>
        <source>Scan a code and wait for a reply</source>
        <translation>扫码带提示</translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation>系统拍照发图</translation>
    </message>
    <message>
        <source>Take a photo or choose from the album</source>
        <translation>拍照或者相册发图</translation>
    </message>
    <message>
        <source>Choose from the WeChat album</source>
        <translation>微信相册发图</translation>
    </message>
    <message>
        <source>Send a location</source>
        <translation>发送位置</translation>
    </message>
    <message>
        <source>Send an image, voice or video</source>
        <translation>下发消息（图片、音频、视频）</translation>
    </message>
    <message>
        <source>Open a saved message</source>
        <translation>跳转图文消息</translation>
    </message>
    <message>
        <source>Send a published article</source>
        <translation>发送已发布的图文</translation>
    </message>
    <message>
        <source>Open a published article</source>
        <translation>跳转已发布的图文</translation>
    </message>
    <message>
        <source>Made in the web console</source>
        <translation>网页后台设置的类型</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>action</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>event key</source>
        <translation>事件 key</translation>
    </message>
    <message>
        <source>web page link</source>
        <translation>网页链接</translation>
    </message>
    <message>
        <source>Mini Program AppID</source>
        <translation>小程序 AppID</translation>
    </message>
    <message>
        <source>Mini Program page</source>
        <translation>小程序页面</translation>
    </message>
    <message>
        <source>media ID</source>
        <translation>素材 ID</translation>
    </message>
    <message>
        <source>article ID</source>
        <translation>图文 ID</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>&quot;%1&quot; is missing or not an object</source>
        <translation>缺少 &quot;%1&quot; 或它不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (ISO 8601)</source>
        <translation>&quot;%1&quot; 不是时间（ISO 8601）</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>restore skipped</source>
        <translation>已跳过恢复</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已错过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation>缺少 &quot;id&quot;</translation>
    </message>
    <message>
        <source>&quot;account.name&quot; is missing</source>
        <translation>缺少 &quot;account.name&quot;</translation>
    </message>
    <message>
        <source>&quot;account.api_base&quot; is missing or not a URL</source>
        <translation>缺少 &quot;account.api_base&quot; 或它不是网址</translation>
    </message>
    <message>
        <source>&quot;state&quot; is not one of scheduled, started, ended, restore skipped, missed, failed, cancelled</source>
        <translation>&quot;state&quot; 不是 scheduled、started、ended、restore skipped、missed、failed、cancelled 之一</translation>
    </message>
    <message>
        <source>&quot;snapshot&quot; is missing for a started campaign</source>
        <translation>已开始的活动缺少 &quot;snapshot&quot;</translation>
    </message>
    <message>
        <source>putting the menus back</source>
        <translation>正在恢复原菜单</translation>
    </message>
    <message>
        <source>&quot;put_back&quot; must be an object, beside &quot;running&quot;: &quot;start&quot;</source>
        <translation>&quot;put_back&quot; 必须是对象，且须与 &quot;running&quot;: &quot;start&quot; 同时出现</translation>
    </message>
</context>
<context>
    <name>CampaignController</name>
    <message>
        <source>Sc&amp;hedule This Menu…</source>
        <translation>定时发布此菜单(&amp;H)…</translation>
    </message>
    <message>
        <source>Publish this menu at a set time, and put the previous menus back at another</source>
        <translation>在设定时间发布此菜单，并在另一个时间恢复之前的菜单</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation>定时活动(&amp;M)…</translation>
    </message>
    <message>
        <source>The scheduled menus, their state and times</source>
        <translation>已定时的菜单、状态和时间</translation>
    </message>
    <message>
        <source>The menu has %1 error(s); fix them (see the Problems list) before scheduling it.</source>
        <translation>菜单有 %1 个错误，请先修正（见“问题”列表）再定时发布。</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Scheduled in the editor: %1 goes live on %2 at %3 and the menus before it come back at %4.</source>
        <translation>已在编辑器中定时：%1 将于 %3 在“%2”上线，并于 %4 恢复之前的菜单。</translation>
    </message>
    <message>
        <source>Scheduled in the editor: %1 goes live on %2 at %3.</source>
        <translation>已在编辑器中定时：%1 将于 %3 在“%2”上线。</translation>
    </message>
    <message>
        <source>Scheduled: the start has passed, so %1 goes live on %2 now.</source>
        <translation>已定时：开始时间已过，%1 现在就在“%2”上线。</translation>
    </message>
    <message>
        <source>Scheduled: %1 goes live on %2 at %3.</source>
        <translation>已定时：%1 将于 %3 在“%2”上线。</translation>
    </message>
    <message>
        <source>A campaign step is running right now; try again in a moment.</source>
        <translation>有活动步骤正在执行，请稍后再试。</translation>
    </message>
    <message>
        <source>Cancelled in the editor before its start.</source>
        <translation>开始前已在编辑器中取消。</translation>
    </message>
    <message>
        <source>Cancelled: %1 will not go live on %2.</source>
        <translation>已取消：%1 不会在“%2”上线。</translation>
    </message>
    <message>
        <source>%1 is live on %2. If you cancel the campaign, it stays live: the menus from before the start are not put back at %3. Cancel the campaign?</source>
        <translation>%1 已在“%2”上线。如果取消活动，它会一直保留：%3 时不会恢复开始前的菜单。要取消活动吗？</translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <source>The end was cancelled in the editor: the campaign menu stays live.</source>
        <translation>已在编辑器中取消结束步骤：活动菜单继续保留在线上。</translation>
    </message>
    <message>
        <source>Cancelled: %1 stays live on %2.</source>
        <translation>已取消：%1 继续在“%2”上线。</translation>
    </message>
    <message>
        <source>This campaign has no step left to cancel (%1).</source>
        <translation>这个活动没有可取消的步骤（%1）。</translation>
    </message>
</context>
<context>
    <name>CampaignNotes</name>
    <message>
        <source>Untitled menu</source>
        <translation>未命名菜单</translation>
    </message>
    <message>
        <source>Campaign step failed: %1 on %2</source>
        <translation>活动步骤失败：“%2”的 %1</translation>
    </message>
    <message>
        <source>Campaign started: %1 is live on %2</source>
        <translation>活动已开始：%1 已在“%2”上线</translation>
    </message>
    <message>
        <source>Campaign ended: %1 on %2</source>
        <translation>活动已结束：“%2”的 %1</translation>
    </message>
    <message>
        <source>Campaign missed: %1 on %2</source>
        <translation>活动已错过：“%2”的 %1</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Due steps are already being run.</source>
        <translation>到期的步骤正在运行。</translation>
    </message>
    <message>
        <source>Another run of due campaign steps holds %1; this one leaves them to it.</source>
        <translation>另一个运行到期活动步骤的进程持有 %1；本次不运行，交由它处理。</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>Campaign %1 was missed: its start (%2) and end (%3) both passed before it could run, so neither step ran and the account was not changed.</source>
        <translation>活动 %1 已错过：在它能运行之前，开始时间（%2）和结束时间（%3）都已过去，因此两个步骤都未运行，公众号未被更改。</translation>
    </message>
    <message>
        <source>Campaign %1: the %2 step did not run: %3</source>
        <translation>活动 %1：%2 步骤未运行：%3</translation>
    </message>
    <message>
        <source>Campaign %1: the %2 step could not read the account: %3</source>
        <translation>活动 %1：%2 步骤无法读取公众号：%3</translation>
    </message>
    <message>
        <source>Nothing changed; the next run tries again.</source>
        <translation>未做任何更改；下次运行时重试。</translation>
    </message>
    <message>
        <source>Campaign %1: the interrupted start had published the document; it is live.</source>
        <translation>活动 %1：被中断的开始步骤已发布该文档；它已在线上。</translation>
    </message>
    <message>
        <source>Campaign %1: the start was interrupted and the account has changed since in another way; WeMenu changes nothing. Check the account and publish the menus you want.</source>
        <translation>活动 %1：开始步骤被中断，之后公众号又被以其他方式更改；WeMenu 不做任何更改。请检查公众号并发布你想要的菜单。</translation>
    </message>
    <message>
        <source>the start was interrupted</source>
        <translation>开始步骤被中断</translation>
    </message>
    <message>
        <source>Campaign %1 started: the account already showed its menus.</source>
        <translation>活动 %1 已开始：公众号已显示其菜单。</translation>
    </message>
    <message>
        <source>Campaign %1 started: its menus are published (%2 call(s)) and verified.</source>
        <translation>活动 %1 已开始：其菜单已发布（%2 次调用）并已核对。</translation>
    </message>
    <message>
        <source>the live menus changed while publishing</source>
        <translation>发布期间线上菜单发生了变化</translation>
    </message>
    <message>
        <source>the account does not show the document after publishing</source>
        <translation>发布后公众号未显示该文档</translation>
    </message>
    <message>
        <source>Campaign %1: the start failed before changing anything: %2</source>
        <translation>活动 %1：开始步骤在做任何更改之前失败：%2</translation>
    </message>
    <message>
        <source>The next run tries again.</source>
        <translation>下次运行时重试。</translation>
    </message>
    <message>
        <source>The campaign has failed; the account keeps its menus. Fix the cause and add the campaign again.</source>
        <translation>活动失败；公众号保留原有菜单。请排除原因后重新添加活动。</translation>
    </message>
    <message>
        <source>Campaign %1: the start stopped part-way (%2) and the account could not be put back: %3. Open the publish history of the account and publish the menus from before the start.</source>
        <translation>活动 %1：开始步骤中途停止（%2），且无法恢复公众号：%3。请打开该公众号的发布历史，发布开始之前的菜单。</translation>
    </message>
    <message>
        <source>the account has changed in another way</source>
        <translation>公众号已被以其他方式更改</translation>
    </message>
    <message>
        <source>Campaign %1: the start stopped part-way (%2); the menus from before it are back.</source>
        <translation>活动 %1：开始步骤中途停止（%2）；之前的菜单已恢复。</translation>
    </message>
    <message>
        <source>The campaign has failed; fix the cause and add the campaign again.</source>
        <translation>活动失败；请排除原因后重新添加活动。</translation>
    </message>
    <message>
        <source>Campaign %1: restore skipped: the live menus are no longer the ones the campaign published (someone changed them since the start), so nothing was restored and their change stays live. The menus from before the campaign are kept in its file and in the publish history.</source>
        <translation>活动 %1：已跳过恢复：线上菜单已不是活动发布的菜单（开始后有人修改过），因此未恢复任何内容，其修改保持线上。活动之前的菜单保存在活动文件和发布历史中。</translation>
    </message>
    <message>
        <source>Campaign %1 ended: the menus from before it are back (%2 call(s)) and verified.</source>
        <translation>活动 %1 已结束：之前的菜单已恢复（%2 次调用）并已核对。</translation>
    </message>
    <message>
        <source>the live menus changed while restoring</source>
        <translation>恢复期间线上菜单发生了变化</translation>
    </message>
    <message>
        <source>the account does not show the restored menus</source>
        <translation>公众号未显示恢复后的菜单</translation>
    </message>
    <message>
        <source>Campaign %1: the end failed: %2</source>
        <translation>活动 %1：结束步骤失败：%2</translation>
    </message>
    <message>
        <source>The next run resumes the restore.</source>
        <translation>下次运行时继续恢复。</translation>
    </message>
    <message>
        <source>The campaign has failed. Open the publish history of the account and publish the menus from before the campaign.</source>
        <translation>活动失败。请打开该公众号的发布历史，发布活动之前的菜单。</translation>
    </message>
    <message>
        <source>Campaign %1: restore skipped: the end had stopped part-way, and the live menus have changed since in another way (someone published meanwhile), so nothing was changed and their change stays live. The menus from before the campaign are kept in its file and in the publish history.</source>
        <translation>活动 %1：已跳过恢复：结束步骤曾中途停止，之后线上菜单又被以其他方式更改（期间有人发布过），因此未做任何更改，其修改保持线上。活动之前的菜单保存在活动文件和发布历史中。</translation>
    </message>
    <message>
        <source>Followers now see part of the campaign&apos;s menus and part of the menus from before it.</source>
        <translation>粉丝现在看到的一部分是活动的菜单，一部分是活动之前的菜单。</translation>
    </message>
    <message>
        <source>Followers still see the campaign&apos;s menus.</source>
        <translation>粉丝看到的仍是活动的菜单。</translation>
    </message>
    <message>
        <source>The first run after %1 Beijing time resumes the restore.</source>
        <translation>北京时间 %1 之后的第一次运行将继续恢复。</translation>
    </message>
    <message>
        <source>The first run after %1 Beijing time tries the end again.</source>
        <translation>北京时间 %1 之后的第一次运行将重试结束步骤。</translation>
    </message>
    <message>
        <source>Campaign %1: the menus from before the start were still to be put back, but the live menus have changed since in another way (someone published meanwhile), so nothing was changed and their change stays live. The menus from before the campaign are kept in its file and in the publish history.</source>
        <translation>活动 %1：活动开始前的菜单原本还待恢复，但当前线上菜单已被以其他方式更改（期间有人发布过），因此未做任何更改，对方的更改保持生效。活动开始前的菜单保存在活动文件和发布历史中。</translation>
    </message>
    <message>
        <source>the live menus changed while putting them back</source>
        <translation>恢复过程中线上菜单发生了变化</translation>
    </message>
    <message>
        <source>the account does not show the menus from before</source>
        <translation>公众号未显示活动开始前的菜单</translation>
    </message>
    <message>
        <source>Campaign %1: the start stopped part-way (%2), and putting the menus from before it back stopped too: %3.</source>
        <translation>活动 %1：开始步骤中途停止（%2），恢复活动开始前的菜单也中途停止：%3。</translation>
    </message>
    <message>
        <source>The first run after %1 Beijing time resumes putting them back.</source>
        <translation>北京时间 %1 之后的第一次运行将继续恢复。</translation>
    </message>
    <message>
        <source>The next run resumes putting them back.</source>
        <translation>下一次运行将继续恢复。</translation>
    </message>
    <message>
        <source>The campaign has failed. Open the publish history of the account and publish the menus from before the start.</source>
        <translation>活动已失败。请打开该公众号的发布历史，发布活动开始前的菜单。</translation>
    </message>
</context>
<context>
    <name>CampaignSessions</name>
    <message>
        <source>there is no saved account named &quot;%1&quot; any more.</source>
        <translation>已不存在名为“%1”的已保存公众号。</translation>
    </message>
    <message>
        <source>the account %1 at %2 needs WEMENU_APP_SECRET (or WEMENU_ACCESS_TOKEN) in the environment of &quot;wemenu campaign run-due&quot;; the secret is never stored with a campaign.</source>
        <translation>%2 上的公众号 %1 需要在 &quot;wemenu campaign run-due&quot; 的环境中设置 WEMENU_APP_SECRET（或 WEMENU_ACCESS_TOKEN）；密钥从不随活动保存。</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not a campaign file (%4)</source>
        <translation>%1：第 %2 行第 %3 列：不是活动文件（%4）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>%1: not a campaign file: %2</source>
        <translation>%1：不是活动文件：%2</translation>
    </message>
    <message>
        <source>there is no campaign %1.</source>
        <translation>没有活动 %1。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot be removed: %2</source>
        <translation>%1：无法删除：%2</translation>
    </message>
</context>
<context>
    <name>CampaignTime</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 · Beijing %2</source>
        <translation>%1 · 北京时间 %2</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Start: %1
End: %2</source>
        <translation>开始：%1
结束：%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>定时活动</translation>
    </message>
    <message>
        <source>Menus that go live at a set time and step back by themselves. The steps run while WeMenu is open, or from the system timer where there is one.</source>
        <translation>在设定时间自动上线、到期自动恢复的菜单。WeMenu 打开时会执行这些步骤；系统支持定时器时，也会由系统定时器执行。</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>本机时间</translation>
    </message>
    <message>
        <source>Beijing time</source>
        <translation>北京时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign…</source>
        <translation>取消活动(&amp;C)…</translation>
    </message>
    <message>
        <source>Untitled menu</source>
        <translation>未命名菜单</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>No campaigns yet. Open a menu and choose Account › Schedule This Menu…</source>
        <translation>还没有定时活动。打开一份菜单，然后选择“账号 › 定时发布此菜单…”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>The follower&apos;s tag ids, in the order applied.</source>
        <translation>粉丝的标签 ID，按打标签的先后顺序。</translation>
    </message>
    <message>
        <source>The follower&apos;s phone: ios, android or other.</source>
        <translation>粉丝的手机系统：ios、android 或 other。</translation>
    </message>
    <message>
        <source>Usage: wemenu match FILE [--tags 2,5] [--client ios|android|other]

Prints the menu a follower sees: &quot;default&quot; or &quot;conditionalmenu[K]&quot;.

Options:
  --tags IDS       the follower&apos;s tag ids in the order they were applied; only the
                   last one is matched (default: no tags)
  --client PHONE   ios, android or other (default: other)

Exit codes: 0 printed, 2 FILE unreadable or not a menu, 64 usage error.
</source>
        <translation>用法：wemenu match FILE [--tags 2,5] [--client ios|android|other]

输出该粉丝看到的菜单：&quot;default&quot;（默认菜单）或 &quot;conditionalmenu[K]&quot;（个性化菜单）。

选项：
  --tags IDS       粉丝的标签 ID，按打标签的先后顺序排列；只有最后一个
                   参与匹配（默认：无标签）
  --client PHONE   粉丝的手机系统：ios、android 或 other（默认：other）

退出码：0 已输出，2 FILE 无法读取或不是菜单，64 用法错误。
</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) (read as %4)
</source>
        <translation>%1：%2 个错误，%3 个警告（按 %4 读取）
</translation>
    </message>
    <message>
        <source>Start with FILE imported into a new, untitled menu.</source>
        <translation>启动时将 FILE 导入为一个新的未命名菜单。</translation>
    </message>
    <message>
        <source>Usage: wemenu [FILE] [--import FILE]

Starts the editor, opening FILE, or with an import as unsaved changes.
Run &quot;wemenu --help&quot; for the other commands.
</source>
        <translation>用法：wemenu [FILE] [--import FILE]

启动编辑器并打开 FILE，或将导入的内容作为未保存的修改打开。
运行 &quot;wemenu --help&quot; 查看其他命令。
</translation>
    </message>
    <message>
        <source>wemenu: expected at most one FILE.

%1</source>
        <translation>wemenu：最多只能指定一个 FILE。

%1</translation>
    </message>
    <message>
        <source>--tags takes tag ids (numbers) separated by commas, such as 2,5; &quot;%1&quot; is not one.</source>
        <translation>--tags 的值应为以逗号分隔的标签 ID（数字），例如 2,5；“%1”不是标签 ID。</translation>
    </message>
    <message>
        <source>--client is ios, android or other, not &quot;%1&quot;.</source>
        <translation>--client 只能是 ios、android 或 other，不能是“%1”。</translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation>要写入的 PNG 文件。</translation>
    </message>
    <message>
        <source>Open the sub-menu of top-level button K.</source>
        <translation>展开第 K 个一级菜单的子菜单。</translation>
    </message>
    <message>
        <source>Render in dark mode.</source>
        <translation>以深色模式绘制。</translation>
    </message>
    <message>
        <source>Pixels per logical pixel.</source>
        <translation>每个逻辑像素对应的像素数。</translation>
    </message>
    <message>
        <source>Usage: wemenu render FILE -o OUT.png [--tags 2,5] [--client ios|android|other]
                     [--open K] [--dark] [--scale S]

Draws the phone preview of the menu that follower sees, as a PNG of 360 x 640
logical pixels times S.

Options:
  -o, --output FILE   the PNG to write
  --tags IDS          the follower&apos;s tag ids in the order applied (default: none)
  --client PHONE      ios, android or other (default: other)
  --open K            open the sub-menu of top-level button K (0-based)
  --dark              dark mode
  --scale S           pixels per logical pixel, 0.25 to 8 (default: 2)

Exit codes: 0 written, 2 FILE unreadable or not a menu or OUT not writable,
64 usage error.
</source>
        <translation>用法：wemenu render FILE -o OUT.png [--tags 2,5] [--client ios|android|other]
                    [--open K] [--dark] [--scale S]

绘制该粉丝看到的菜单的手机预览图，输出为 PNG，尺寸为 360 x 640
逻辑像素乘以 S。

选项：
  -o, --output FILE   要写入的 PNG 文件
  --tags IDS          粉丝的标签 ID，按打标签的先后顺序排列（默认：无）
  --client PHONE      粉丝的手机系统：ios、android 或 other（默认：other）
  --open K            展开第 K 个一级菜单的子菜单（从 0 开始计数）
  --dark              深色模式
  --scale S           每个逻辑像素对应的像素数，0.25 到 8（默认：2）

退出码：0 已写入，2 FILE 无法读取、不是菜单或 OUT 无法写入，
64 用法错误。
</translation>
    </message>
    <message>
        <source>expected exactly one FILE.</source>
        <translation>必须指定且只能指定一个 FILE。</translation>
    </message>
    <message>
        <source>-o OUT.png is required.</source>
        <translation>必须指定 -o OUT.png。</translation>
    </message>
    <message>
        <source>--scale takes a number from 0.25 to 8.</source>
        <translation>--scale 的值应为 0.25 到 8 之间的数字。</translation>
    </message>
    <message>
        <source>--open takes the 0-based index of a top-level button.</source>
        <translation>--open 的值应为一级菜单的序号（从 0 开始计数）。</translation>
    </message>
    <message>
        <source>the picture could not be made.</source>
        <translation>无法生成图片。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the body writes text as a \u escape; WeChat rejects a request body holding any. Save it as plain UTF-8 (WeMenu writes it that way).</source>
        <translation>第 %1 行第 %2 列：请求体中的文本使用了 \u 转义，而微信会拒绝含有此类转义的请求体。请保存为普通 UTF-8 文本（WeMenu 保存时就是这样）。</translation>
    </message>
    <message>
        <source>A saved account.</source>
        <translation>已保存的账号。</translation>
    </message>
    <message>
        <source>The API&apos;s address, e.g. https://api.weixin.qq.com.</source>
        <translation>接口地址，例如 https://api.weixin.qq.com。</translation>
    </message>
    <message>
        <source>The account&apos;s AppID.</source>
        <translation>账号的 AppID。</translation>
    </message>
    <message>
        <source>stable_token (default) or token.</source>
        <translation>stable_token（默认）或 token。</translation>
    </message>
    <message>
        <source>A company token service that answers {&quot;access_token&quot;,...}.</source>
        <translation>公司的 token 服务，返回 {&quot;access_token&quot;,...}。</translation>
    </message>
    <message>
        <source>Seconds to wait for each call.</source>
        <translation>每次调用等待的秒数。</translation>
    </message>
    <message>
        <source>--api-base URL is required.</source>
        <translation>必须指定 --api-base URL。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout 的值应为秒数。</translation>
    </message>
    <message>
        <source>--token-endpoint is stable_token or token.</source>
        <translation>--token-endpoint 只能是 stable_token 或 token。</translation>
    </message>
    <message>
        <source>--appid ID is required with WEMENU_APP_SECRET.</source>
        <translation>使用 WEMENU_APP_SECRET 时必须指定 --appid ID。</translation>
    </message>
    <message>
        <source>no credentials: set WEMENU_ACCESS_TOKEN, or WEMENU_APP_SECRET with --appid, or give --token-service.</source>
        <translation>没有凭据：请设置 WEMENU_ACCESS_TOKEN，或设置 WEMENU_APP_SECRET 并指定 --appid，或指定 --token-service。</translation>
    </message>
    <message>
        <source>Write the document to FILE instead of stdout.</source>
        <translation>将文档写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Read get_current_selfmenu_info (menus made in the web console) instead of menu/get.</source>
        <translation>读取 get_current_selfmenu_info（网页后台设置的菜单），而不是 menu/get。</translation>
    </message>
    <message>
        <source>wemenu pull: this menu was made in the web console; buttons of its console-only types cannot be published as they are.
</source>
        <translation>wemenu pull：此菜单是在网页后台设置的；其中只能在后台设置的类型的菜单无法原样发布。
</translation>
    </message>
    <message>
        <source>Publish these %1 call(s)? [y/N] </source>
        <translation>确定执行这 %1 个调用进行发布吗？[y/N] </translation>
    </message>
    <message>
        <source>Print the plan and stop.</source>
        <translation>只输出发布计划，不执行。</translation>
    </message>
    <message>
        <source>Publish without asking.</source>
        <translation>不询问，直接发布。</translation>
    </message>
    <message>
        <source>%1: %2 error(s); nothing was published.
</source>
        <translation>%1：%2 个错误；没有发布任何内容。
</translation>
    </message>
    <message>
        <source>The account already shows this document; nothing to publish.
</source>
        <translation>线上菜单已与此文档一致，无需发布。
</translation>
    </message>
    <message>
        <source>Not published: confirm with --yes, or run it in a terminal.
</source>
        <translation>未发布：请加 --yes 确认，或在终端中运行。
</translation>
    </message>
    <message>
        <source>Published and verified. Phones show the new menu within about 5 minutes, or at once after unfollowing and following again.
</source>
        <translation>已发布并核对无误。手机上约 5 分钟内会显示新菜单；取消关注后重新关注可立即看到。
</translation>
    </message>
    <message>
        <source>The live menus changed since they were read; nothing was published. Run push again to see the new plan.
</source>
        <translation>读取之后线上菜单又被修改过，因此没有发布任何内容。请重新运行 push 查看新的计划。
</translation>
    </message>
    <message>
        <source>Every call ran, but the account does not show the document. %1
</source>
        <translation>所有调用都已执行，但线上菜单与文档不一致。%1
</translation>
    </message>
    <message>
        <source>Nothing was published: %1
</source>
        <translation>没有发布任何内容：%1
</translation>
    </message>
    <message>
        <source>Stopped at call %1 of %2 (%3): %4
</source>
        <translation>在第 %1 个调用（共 %2 个）处停止（%3）：%4
</translation>
    </message>
    <message>
        <source>ran:     %1
</source>
        <translation>已执行：%1
</translation>
    </message>
    <message>
        <source>not run: %1
</source>
        <translation>未执行：%1
</translation>
    </message>
    <message>
        <source>The account&apos;s menus before this push are saved in %1
</source>
        <translation>本次发布前账号上的菜单已保存到 %1
</translation>
    </message>
    <message>
        <source>there is no saved account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存账号。</translation>
    </message>
    <message>
        <source>%1: this is a %2 file, not a whole menu document; open it in the editor and save it as a document to publish it.
</source>
        <translation>%1：这是 %2 文件，不是完整的菜单文档；请在编辑器中打开并保存为文档后再发布。
</translation>
    </message>
    <message>
        <source>%1: the answer was lost, but the account shows the call took effect; going on.
</source>
        <translation>%1：应答丢失，但账号显示该调用已生效；继续发布。
</translation>
    </message>
    <message>
        <source>%1: the answer was lost and the account shows the call did not take effect; planning again from the account.
</source>
        <translation>%1：应答丢失，账号显示该调用未生效；按账号当前的菜单重新规划。
</translation>
    </message>
    <message>
        <source>After a lost answer the account shows neither the state before nor after that call: someone else changed it. %1 call(s) ran. Run push again to see the new plan.
</source>
        <translation>应答丢失后，账号既不是该调用之前的状态，也不是之后的状态：有其他人修改了菜单。已执行 %1 个调用。请再次运行 push 查看新的计划。
</translation>
    </message>
    <message>
        <source>The account was read again %1 times after answers that left the outcome unknown; WeMenu stops here rather than guess.
</source>
        <translation>在结果未知的应答之后已重新读取账号 %1 次；WeMenu 在此停止，不做猜测。
</translation>
    </message>
    <message>
        <source>wemenu %1: %2

%3</source>
        <translation>wemenu %1：%2

%3</translation>
    </message>
    <message>
        <source>Credentials: --account NAME (a saved account; its secret from the keychain), or
WEMENU_ACCESS_TOKEN (used as it is), or WEMENU_APP_SECRET with --appid (through
stable_token), or --token-service.
</source>
        <translation>凭据：--account NAME（已保存的账号，密钥取自系统钥匙串），或
WEMENU_ACCESS_TOKEN（原样使用），或 WEMENU_APP_SECRET 加 --appid（通过
stable_token 获取），或 --token-service。
</translation>
    </message>
    <message>
        <source>Usage: wemenu pull [-o FILE] [--selfmenu] (--account NAME | --api-base URL --appid ID)
       [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]

Reads the live menus of the account and prints them as a WeMenu document. A menu
made in the web console is read through get_current_selfmenu_info.
%1
Exit codes: 0 done, 1 refused by the server, 2 bad arguments or file, 64 usage error.
</source>
        <translation>用法：wemenu pull [-o FILE] [--selfmenu] (--account NAME | --api-base URL --appid ID)
      [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]

读取账号的线上菜单，并以 WeMenu 文档格式输出。在网页后台设置的菜单
通过 get_current_selfmenu_info 读取。
%1
退出码：0 完成，1 被服务器拒绝，2 参数或文件有误，64 用法错误。
</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>多余的参数 %1。</translation>
    </message>
    <message>
        <source>Menus in %1:
</source>
        <translation>%1 中的菜单：
</translation>
    </message>
    <message>
        <source>Menus in %1 (was %2):
</source>
        <translation>%1（原为 %2）中的菜单：
</translation>
    </message>
    <message>
        <source>The old version is not a menu WeMenu can read: %1
</source>
        <translation>旧版本不是 WeMenu 能读取的菜单：%1
</translation>
    </message>
    <message>
        <source>The new version is not a menu WeMenu can read: %1
</source>
        <translation>新版本不是 WeMenu 能读取的菜单：%1
</translation>
    </message>
    <message>
        <source>No change to the menus.
</source>
        <translation>菜单没有变化。
</translation>
    </message>
    <message>
        <source>Menus in %1:
  Unmerged: resolve the conflict first.
</source>
        <translation>%1 中的菜单：
  尚未合并：请先解决冲突。
</translation>
    </message>
    <message>
        <source>expected OLD and NEW.</source>
        <translation>需要 OLD 和 NEW 两个文件。</translation>
    </message>
    <message>
        <source>this is a menu/create request body, not a WeMenu document</source>
        <translation>这是 menu/create 请求体，不是 WeMenu 文档</translation>
    </message>
    <message>
        <source>this is a menu/addconditional request body, not a WeMenu document</source>
        <translation>这是 menu/addconditional 请求体，不是 WeMenu 文档</translation>
    </message>
    <message>
        <source>this is a menu/get answer (it carries menuids), not a WeMenu document</source>
        <translation>这是 menu/get 返回结果（含有 menuid），不是 WeMenu 文档</translation>
    </message>
    <message>
        <source>this is a get_current_selfmenu_info answer, not a WeMenu document</source>
        <translation>这是 get_current_selfmenu_info 返回结果，不是 WeMenu 文档</translation>
    </message>
    <message>
        <source>this is not a WeMenu document</source>
        <translation>这不是 WeMenu 文档</translation>
    </message>
    <message>
        <source>%1: %2; fmt rewrites only WeMenu documents, so it was left as it is. Open it in WeMenu (File &gt; Import…) and save it as a document.
</source>
        <translation>%1：%2；fmt 只重写 WeMenu 文档，因此该文件保持原样。请在 WeMenu 中打开它（文件 &gt; 导入…），再保存为文档。
</translation>
    </message>
    <message>
        <source>%1: the document would not read back the same in the canonical form, so it was left as it is.
</source>
        <translation>%1：该文档写成规范格式后无法原样读回，因此保持原样。
</translation>
    </message>
    <message>
        <source>List the files that are not canonical.</source>
        <translation>列出不是规范格式的文件。</translation>
    </message>
    <message>
        <source>Usage: wemenu fmt FILE... [--check]

Rewrites each WeMenu document FILE in the canonical form, the form Save writes: keys
in a fixed order, 4-space indent, UTF-8 without \u escapes, a final newline, unknown
fields kept. Each file is replaced in one step; a canonical file is not touched.
Request bodies and WeChat&apos;s answers are not WeMenu documents: import them first.

Options:
  --check   change nothing; list the files that are not canonical

Exit codes: 0 done (with --check: every file is canonical), 1 with --check: some are
not, 2 a FILE unreadable or not a WeMenu document (left as it was), 64 usage error.
</source>
        <translation>用法：wemenu fmt FILE... [--check]

将每个 WeMenu 文档 FILE 重写为规范格式，即“保存”写出的格式：键按固定顺序，
缩进 4 个空格，UTF-8 编码且不含 \u 转义，以换行结尾，并保留未知字段。每个文件
一步替换完成；已是规范格式的文件不会被改动。
请求体和微信的返回结果不是 WeMenu 文档：请先导入。

选项：
  --check   不做任何修改；列出不是规范格式的文件

退出码：0 完成（使用 --check 时：所有文件都是规范格式），1 使用 --check 时：有文件
不是规范格式，2 某个 FILE 无法读取或不是 WeMenu 文档（保持原样），64 用法错误。
</translation>
    </message>
    <message>
        <source>expected at least one FILE.</source>
        <translation>至少需要指定一个 FILE。</translation>
    </message>
    <message>
        <source>%1 file(s) not in the canonical form; &quot;wemenu fmt FILE...&quot; rewrites them.
</source>
        <translation>%1 个文件不是规范格式；运行 &quot;wemenu fmt FILE...&quot; 可重写它们。
</translation>
    </message>
    <message>
        <source>Print annotations for a CI system.</source>
        <translation>输出供 CI 系统使用的标注。</translation>
    </message>
    <message>
        <source>Usage: wemenu validate FILE... [--json | --format github|gitlab]

Checks each FILE against WeChat&apos;s menu rules. FILE may be a WeMenu document, a
menu/create or menu/addconditional request body, a menu/get response or a
get_current_selfmenu_info response. Prints the issues and one summary line per FILE.

Options:
  --json             print {&quot;file&quot;,&quot;shape&quot;,&quot;errors&quot;,&quot;warnings&quot;,&quot;issues&quot;:[...]};
                     an array of them for several files
  --format github    print GitHub workflow commands (::error file=F,line=L,col=C::...)
  --format gitlab    print a GitLab Code Quality report (JSON)

Exit codes, the worst of all files: 0 no errors (warnings allowed), 1 errors, 2 a FILE
unreadable or not a menu, 64 usage error.
</source>
        <translation>用法：wemenu validate FILE... [--json | --format github|gitlab]

按微信菜单规则检查每个 FILE。FILE 可以是 WeMenu 文档、menu/create 或
menu/addconditional 请求体、menu/get 返回结果，或
get_current_selfmenu_info 返回结果。输出发现的问题，并为每个 FILE 输出一行汇总。

选项：
  --json             输出 {&quot;file&quot;,&quot;shape&quot;,&quot;errors&quot;,&quot;warnings&quot;,&quot;issues&quot;:[...]}；
                     多个文件时输出由它们组成的数组
  --format github    输出 GitHub 工作流命令（::error file=F,line=L,col=C::...）
  --format gitlab    输出 GitLab 代码质量报告（JSON）

退出码取所有文件中最严重的：0 无错误（允许有警告），1 有错误，2 某个 FILE
无法读取或不是菜单，64 用法错误。
</translation>
    </message>
    <message>
        <source>--format takes github or gitlab, and not together with --json.</source>
        <translation>--format 只能取 github 或 gitlab，且不能与 --json 同时使用。</translation>
    </message>
    <message>
        <source>Also write a sign-off PDF.</source>
        <translation>同时生成供签字确认的 PDF。</translation>
    </message>
    <message>
        <source>The account the PDF names.</source>
        <translation>PDF 上写的账号名称。</translation>
    </message>
    <message>
        <source>The PDF is for a practice account.</source>
        <translation>PDF 注明这是练习账号。</translation>
    </message>
    <message>
        <source>Usage: wemenu diff OLD NEW [--json] [--pdf OUT.pdf [--account-name NAME] [--practice]]

Prints what changed from OLD to NEW, button by button, in words, one change a line.
OLD and NEW may be WeMenu documents, menu/create or menu/addconditional request
bodies, menu/get or get_current_selfmenu_info responses; /dev/null is an empty
document. Conditional menus are paired by their names, else by an equal rule, else by
their place counted from the oldest.

Options:
  --json               print {&quot;old&quot;,&quot;new&quot;,&quot;changes&quot;:[{&quot;kind&quot;,&quot;menu&quot;,&quot;path&quot;,&quot;field&quot;,&quot;from&quot;,&quot;to&quot;}]}
  --pdf OUT.pdf        also write a sign-off PDF: every changed menu before and after
                       as phones, the changes in words and a line for a signature
  --account-name NAME  the account the PDF names (default: NEW&apos;s file name)
  --practice           the PDF says it is for a practice account

As git&apos;s external diff driver (git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
NEW-HEX NEW-MODE) it prints the changes under a line naming PATH and always exits 0:
  git config diff.wemenu.command &quot;wemenu diff&quot;
  echo &apos;*.wemenu.json diff=wemenu&apos; &gt;&gt; .gitattributes

Exit codes: 0 the same menus, 1 different, 2 OLD or NEW unreadable or not a menu
or OUT.pdf not writable (then no PDF is left), 64 usage error.
</source>
        <translation>用法：wemenu diff OLD NEW [--json] [--pdf OUT.pdf [--account-name NAME] [--practice]]

逐个菜单按钮、用文字列出从 OLD 到 NEW 的改动，每行一处。
OLD 和 NEW 可以是 WeMenu 文档、menu/create 或 menu/addconditional 请求体、
menu/get 或 get_current_selfmenu_info 的返回；/dev/null 表示空文档。
个性化菜单先按名称配对，其次按相同的匹配规则，再按从最早一个数起的位置。

选项：
  --json               输出 {&quot;old&quot;,&quot;new&quot;,&quot;changes&quot;:[{&quot;kind&quot;,&quot;menu&quot;,&quot;path&quot;,&quot;field&quot;,&quot;from&quot;,&quot;to&quot;}]}
  --pdf OUT.pdf        同时生成供签字确认的 PDF：每个有改动的菜单改动前后的手机画面、
                       文字说明的改动和签字栏
  --account-name NAME  PDF 上写的账号名称（默认：NEW 的文件名）
  --practice           PDF 注明这是练习账号

作为 git 的外部 diff 程序时（git 传入 PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE
NEW-HEX NEW-MODE），先输出一行 PATH，再列出改动，退出码总是 0：
  git config diff.wemenu.command &quot;wemenu diff&quot;
  echo &apos;*.wemenu.json diff=wemenu&apos; &gt;&gt; .gitattributes

退出码：菜单相同为 0，有不同为 1，OLD 或 NEW 无法读取或不是菜单、
或 OUT.pdf 无法写入（此时不留下 PDF）为 2，用法错误为 64。
</translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation>--pdf 需要一个文件名。</translation>
    </message>
    <message>
        <source>--account-name and --practice go with --pdf.</source>
        <translation>--account-name 和 --practice 只能与 --pdf 一起使用。</translation>
    </message>
    <message>
        <source>--pdf goes with OLD and NEW only.</source>
        <translation>--pdf 只能用于 OLD NEW 两个文件的形式。</translation>
    </message>
    <message>
        <source>Also ask every link whether it answers (warnings only).</source>
        <translation>同时检查每个链接能否打开（只给出警告）。</translation>
    </message>
    <message>
        <source>Seconds each link may take to answer (default 5).</source>
        <translation>每个链接最多等待的秒数（默认 5）。</translation>
    </message>
    <message>
        <source>--link-timeout needs a number of seconds above 0 and at most 600, not &quot;%1&quot;.</source>
        <translation>--link-timeout 需要大于 0、至多 600 的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--link-timeout goes with --check-links.</source>
        <translation>--link-timeout 须与 --check-links 一起使用。</translation>
    </message>
    <message>
        <source>
Links (nothing is asked without --check-links):
  --check-links      also ask every url of view and miniprogram buttons
                     (HEAD, then GET; up to 5 redirects; 8 at once, 2 per
                     host); problems are warnings: link.status,
                     link.unreachable, link.tls. The system proxy is used.
  --link-timeout S   seconds each link may take (default 5)
</source>
        <translation>
链接（不加 --check-links 时不访问任何链接）：
  --check-links      同时访问“跳转网页”和“跳转小程序”按钮的每个 url
                     （先 HEAD，再 GET；最多跟随 5 次跳转；同时 8 个，
                     每个主机 2 个）；问题作为警告：link.status、
                     link.unreachable、link.tls。使用系统代理。
  --link-timeout S   每个链接最多等待的秒数（默认 5）
</translation>
    </message>
    <message>
        <source>Usage: wemenu campaign add FILE --start T [--end T] (--account NAME | --api-base URL --appid ID)
       wemenu campaign list [--json]
       wemenu campaign cancel ID [--yes]
       wemenu campaign run-due [--now T]

A campaign publishes FILE to the account at its start (the plan of push) and, at its
end, puts back the menus that were live just before the start, unless someone has
changed the live menus since. T is ISO 8601 with an offset (2030-11-11T00:00:00+08:00)
or local time (2030-11-11T00:00:00). run-due runs every due step once; on Linux, add
installs a systemd user timer that calls it. The secret of an --api-base account is
never stored: run-due reads WEMENU_APP_SECRET or WEMENU_ACCESS_TOKEN.

Exit codes: 0 done, 1 a due step failed or was refused, 2 bad input, 3 not confirmed,
64 usage error.
</source>
        <translation>用法：wemenu campaign add FILE --start T [--end T] (--account NAME | --api-base URL --appid ID)
       wemenu campaign list [--json]
       wemenu campaign cancel ID [--yes]
       wemenu campaign run-due [--now T]

活动在开始时将 FILE 发布到公众号（与 push 相同的计划），在结束时恢复开始前线上的菜单，
除非之后有人修改过线上菜单。T 为带时区偏移的 ISO 8601 时间（2030-11-11T00:00:00+08:00）
或本地时间（2030-11-11T00:00:00）。run-due 将每个到期步骤运行一次；在 Linux 上，add 会
安装调用它的 systemd 用户定时器。--api-base 公众号的密钥从不保存：run-due 读取
WEMENU_APP_SECRET 或 WEMENU_ACCESS_TOKEN。

退出码：0 完成，1 到期步骤失败或被拒绝，2 输入有误，3 未确认，
64 用法错误。
</translation>
    </message>
    <message>
        <source>%1: this is a %2 file, not a whole menu document; open it in the editor and save it as a document to schedule it.
</source>
        <translation>%1：这是 %2 文件，不是完整的菜单文档；请在编辑器中打开并另存为文档后再安排活动。
</translation>
    </message>
    <message>
        <source>%1: %2 error(s); no campaign was added.
</source>
        <translation>%1：%2 个错误；未添加活动。
</translation>
    </message>
    <message>
        <source>When to publish FILE.</source>
        <translation>何时发布 FILE。</translation>
    </message>
    <message>
        <source>When to restore the menus from before.</source>
        <translation>何时恢复之前的菜单。</translation>
    </message>
    <message>
        <source>--start T is required.</source>
        <translation>必须提供 --start T。</translation>
    </message>
    <message>
        <source>--start &quot;%1&quot; is not an ISO 8601 time such as 2030-11-11T00:00:00+08:00.</source>
        <translation>--start &quot;%1&quot; 不是 ISO 8601 时间（例如 2030-11-11T00:00:00+08:00）。</translation>
    </message>
    <message>
        <source>--end &quot;%1&quot; is not an ISO 8601 time such as 2030-11-12T00:00:00+08:00.</source>
        <translation>--end &quot;%1&quot; 不是 ISO 8601 时间（例如 2030-11-12T00:00:00+08:00）。</translation>
    </message>
    <message>
        <source>the end (%1) is not after the start (%2).</source>
        <translation>结束时间（%1）不晚于开始时间（%2）。</translation>
    </message>
    <message>
        <source>wemenu campaign add: there is no saved account named &quot;%1&quot;.
</source>
        <translation>wemenu campaign add：没有名为“%1”的已保存公众号。
</translation>
    </message>
    <message>
        <source>--appid ID is required.</source>
        <translation>必须提供 --appid ID。</translation>
    </message>
    <message>
        <source>give the account: --account NAME, or --api-base URL --appid ID.</source>
        <translation>请指定公众号：--account NAME，或 --api-base URL --appid ID。</translation>
    </message>
    <message>
        <source>wemenu campaign add: the end (%1) has passed already; no campaign was added.
</source>
        <translation>wemenu campaign add：结束时间（%1）已过；未添加活动。
</translation>
    </message>
    <message>
        <source>Scheduled from %1.</source>
        <translation>由 %1 安排。</translation>
    </message>
    <message>
        <source>%1 scheduled: publish %2 at %3%4
</source>
        <translation>%1 已安排：于 %3 发布 %2%4
</translation>
    </message>
    <message>
        <source>, restore at %1</source>
        <translation>，于 %1 恢复</translation>
    </message>
    <message>
        <source>The start has passed already: the campaign starts at the next &quot;wemenu campaign run-due&quot; (or when the editor is open).
</source>
        <translation>开始时间已过：活动将在下一次运行 &quot;wemenu campaign run-due&quot; 时（或打开编辑器时）开始。
</translation>
    </message>
    <message>
        <source>The secret is not stored with the campaign: it runs only where &quot;wemenu campaign run-due&quot; finds WEMENU_APP_SECRET (or WEMENU_ACCESS_TOKEN) in its environment.
</source>
        <translation>密钥不会随活动保存：只有当 &quot;wemenu campaign run-due&quot; 的环境中有 WEMENU_APP_SECRET（或 WEMENU_ACCESS_TOKEN）时活动才会运行。
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>list takes no FILE.</source>
        <translation>list 不接受 FILE。</translation>
    </message>
    <message>
        <source>Skipped: %1
</source>
        <translation>已跳过：%1
</translation>
    </message>
    <message>
        <source>No campaigns.
</source>
        <translation>没有活动。
</translation>
    </message>
    <message>
        <source>Drop the end without asking.</source>
        <translation>不询问，直接取消结束步骤。</translation>
    </message>
    <message>
        <source>expected exactly one campaign ID.</source>
        <translation>需要且只需要一个活动 ID。</translation>
    </message>
    <message>
        <source>Cancelled before its start.</source>
        <translation>在开始前已取消。</translation>
    </message>
    <message>
        <source>%1 cancelled: nothing was published.
</source>
        <translation>%1 已取消：未发布任何内容。
</translation>
    </message>
    <message>
        <source>Campaign %1 has started. Drop its end, so the campaign&apos;s menus stay live and the menus from before are not restored?</source>
        <translation>活动 %1 已开始。要取消其结束步骤吗？这样活动菜单将一直保持线上，之前的菜单不会恢复。</translation>
    </message>
    <message>
        <source>Not cancelled: confirm with --yes, or run it in a terminal.
</source>
        <translation>未取消：请用 --yes 确认，或在终端中运行。
</translation>
    </message>
    <message>
        <source>The end was cancelled: the campaign&apos;s menus stay live.</source>
        <translation>结束步骤已取消：活动菜单保持线上。</translation>
    </message>
    <message>
        <source>%1: its end is cancelled; its menus stay live.
</source>
        <translation>%1：结束步骤已取消；其菜单保持线上。
</translation>
    </message>
    <message>
        <source>wemenu campaign cancel: campaign %1 is %2: there is no step left to cancel.
</source>
        <translation>wemenu campaign cancel：活动 %1 的状态为%2：没有可取消的步骤。
</translation>
    </message>
    <message>
        <source>The time to take as now.</source>
        <translation>视为当前时间的时间。</translation>
    </message>
    <message>
        <source>run-due takes no FILE.</source>
        <translation>run-due 不接受 FILE。</translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation>--now &quot;%1&quot; 不是 ISO 8601 时间。</translation>
    </message>
    <message>
        <source>No campaign step is due.
</source>
        <translation>没有到期的活动步骤。
</translation>
    </message>
    <message>
        <source>wemenu campaign: expected add, list, cancel or run-due.

</source>
        <translation>wemenu campaign：需要 add、list、cancel 或 run-due。

</translation>
    </message>
    <message>
        <source>wemenu campaign: unknown action &quot;%1&quot;; expected add, list, cancel or run-due.

</source>
        <translation>wemenu campaign：未知操作 &quot;%1&quot;；需要 add、list、cancel 或 run-due。

</translation>
    </message>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation>%1：无法创建该文件夹。</translation>
    </message>
    <message>
        <source>%1 is another tool&apos;s hook and %2 exists too; WeMenu changes neither. Merge them by hand (or remove %2), then run &quot;wemenu init-repo&quot; again.</source>
        <translation>%1 是其他工具的钩子，而 %2 也已存在；WeMenu 两个都不改动。请手动合并它们（或删除 %2），然后再次运行 &quot;wemenu init-repo&quot;。</translation>
    </message>
    <message>
        <source>%1: cannot move the existing hook to %2.</source>
        <translation>%1：无法将现有的钩子移到 %2。</translation>
    </message>
    <message>
        <source>Usage: wemenu init-repo [DIR]

Sets up the git repository that holds DIR (default: the current folder) for menus:
  .gitattributes     *.wemenu.json diff=wemenu (added once)
  git config         diff.wemenu.command: this wemenu&apos;s diff, so that git diff
                     prints the menus&apos; changes in words
                     alias.menulog &quot;log -p --ext-diff&quot;, alias.menushow
                     &quot;show --ext-diff&quot;: git menulog, git menushow
  pre-commit hook    runs wemenu fmt --check and wemenu validate on the staged
                     version of every *.wemenu.json and refuses a commit that is
                     not in the canonical form, breaks a rule or cannot be read
                     (a hook of another tool is kept as pre-commit.before-wemenu
                     and runs first)
Running it again changes nothing.

Exit codes: 0 done, 1 a step failed (the message says which), 2 DIR is not in a
git work tree, 64 usage error, 69 git is not installed.
</source>
        <translation>用法：wemenu init-repo [DIR]

为包含 DIR（默认：当前文件夹）的 git 仓库设置菜单支持：
  .gitattributes     *.wemenu.json diff=wemenu（只添加一次）
  git config         diff.wemenu.command：本 wemenu 的 diff，使 git diff
                     用文字列出菜单的改动
                     alias.menulog &quot;log -p --ext-diff&quot;、alias.menushow
                     &quot;show --ext-diff&quot;：git menulog、git menushow
  pre-commit 钩子    对每个 *.wemenu.json 的暂存版本运行 wemenu fmt --check
                     和 wemenu validate，拒绝不是规范格式、违反规则或无法
                     读取的提交（其他工具的钩子保留为
                     pre-commit.before-wemenu，并先运行）
再次运行不会改动任何内容。

退出码：0 完成，1 某一步失败（消息会说明是哪一步），2 DIR 不在 git
工作区中，64 用法错误，69 未安装 git。
</translation>
    </message>
    <message>
        <source>wemenu pre-commit: WeMenu is neither at %1 nor on PATH; install it or run &quot;wemenu init-repo&quot; again. The commit is refused.</source>
        <translation>wemenu pre-commit：在 %1 和 PATH 中都找不到 WeMenu；请安装它，或再次运行 &quot;wemenu init-repo&quot;。已拒绝此次提交。</translation>
    </message>
    <message>
        <source>wemenu pre-commit: git could not list the staged files; the commit is refused.</source>
        <translation>wemenu pre-commit：git 无法列出暂存的文件；已拒绝此次提交。</translation>
    </message>
    <message>
        <source>its staged version cannot be read from the index</source>
        <translation>无法从索引中读取它的暂存版本</translation>
    </message>
    <message>
        <source>wemenu pre-commit: a staged menu breaks WeChat&apos;s menu rules or cannot be read (above).</source>
        <translation>wemenu pre-commit：有暂存的菜单违反微信的菜单规则或无法读取（见上文）。</translation>
    </message>
    <message>
        <source>wemenu pre-commit: not in the canonical form; run &quot;wemenu fmt FILE&quot;, then &quot;git add FILE&quot;:</source>
        <translation>wemenu pre-commit：以下文件不是规范格式；请运行 &quot;wemenu fmt FILE&quot;，再运行 &quot;git add FILE&quot;：</translation>
    </message>
    <message>
        <source>wemenu pre-commit: the commit is refused. Fix the menus above, or commit with --no-verify to skip this check.</source>
        <translation>wemenu pre-commit：已拒绝此次提交。请修正上面的菜单，或用 --no-verify 提交以跳过此检查。</translation>
    </message>
    <message>
        <source>expected at most one DIR.</source>
        <translation>最多只能指定一个 DIR。</translation>
    </message>
    <message>
        <source>wemenu init-repo: git is not installed (not found on PATH).
</source>
        <translation>wemenu init-repo：未安装 git（在 PATH 中找不到）。
</translation>
    </message>
    <message>
        <source>wemenu init-repo: %1 is not in a git work tree; run &quot;git init&quot; there first, or name a folder of a repository.%2
</source>
        <translation>wemenu init-repo：%1 不在 git 工作区中；请先在那里运行 &quot;git init&quot;，或指定某个仓库中的文件夹。%2
</translation>
    </message>
    <message>
        <source>Setting up menus in git in %1:
</source>
        <translation>正在为 %1 设置 git 中的菜单：
</translation>
    </message>
    <message>
        <source>  .gitattributes: added %1
</source>
        <translation>  .gitattributes：已添加 %1
</translation>
    </message>
    <message>
        <source>  .gitattributes: %1 (already there)
</source>
        <translation>  .gitattributes：%1（已存在）
</translation>
    </message>
    <message>
        <source>git config %1 failed: %2</source>
        <translation>git config %1 失败：%2</translation>
    </message>
    <message>
        <source>git does not say where the hooks go: %1</source>
        <translation>git 没有给出钩子的位置：%1</translation>
    </message>
    <message>
        <source>  pre-commit hook: installed %1
</source>
        <translation>  pre-commit 钩子：已安装 %1
</translation>
    </message>
    <message>
        <source>  pre-commit hook: updated %1
</source>
        <translation>  pre-commit 钩子：已更新 %1
</translation>
    </message>
    <message>
        <source>  pre-commit hook: %1 (already there)
</source>
        <translation>  pre-commit 钩子：%1（已存在）
</translation>
    </message>
    <message>
        <source>  pre-commit hook: installed %1; the hook that was there is now %2 and runs first
</source>
        <translation>  pre-commit 钩子：已安装 %1；原有的钩子现为 %2，并先运行
</translation>
    </message>
    <message>
        <source>Done. git diff shows menus in words; git menulog and git menushow do the same for git log -p and git show.
</source>
        <translation>完成。git diff 会用文字显示菜单的改动；git menulog 和 git menushow 对 git log -p 和 git show 也是如此。
</translation>
    </message>
    <message>
        <source>Usage: wemenu push FILE [--dry-run] [--yes] (--account NAME | --api-base URL --appid ID)
       [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]
       [--plan-out PLAN.md]

Publishes FILE with the shortest plan of calls that keeps the priority of its
conditional menus. Prints the plan, one call a line (ENDPOINT TARGET), then runs it
and reads the account back to verify. Without --yes it asks first, and with no
terminal to ask it stops. Only the plan goes to stdout; messages go to stderr.
--plan-out PLAN.md also writes the plan and the changes in words as Markdown, for a
merge request comment, before anything is published.
%1
Exit codes: 0 done and verified, 1 refused or stopped part-way, 2 bad input,
3 not confirmed, 64 usage error.
</source>
        <translation>用法：wemenu push FILE [--dry-run] [--yes] (--account NAME | --api-base URL --appid ID)
      [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]
      [--plan-out PLAN.md]

用最少的调用发布 FILE，同时保持其中个性化菜单的优先级。
先输出计划，每行一个调用（ENDPOINT TARGET），然后执行，
再读回账号进行核对。不加 --yes 时会先询问；没有可供询问的
终端时则停止。标准输出只有计划；消息都写到标准错误。
--plan-out PLAN.md 还会在发布任何内容之前，将计划和用文字列出的改动
以 Markdown 格式写入该文件，供合并请求的评论使用。
%1
退出码：0 完成并已核对，1 被拒绝或中途停止，2 输入有误，
3 未确认，64 用法错误。
</translation>
    </message>
    <message>
        <source>Also write the plan as Markdown to PLAN.md.</source>
        <translation>同时将计划以 Markdown 格式写入 PLAN.md。</translation>
    </message>
    <message>
        <source>wemenu push: %1; nothing was published.
</source>
        <translation>wemenu push：%1；未发布任何内容。
</translation>
    </message>
    <message>
        <source>Usage: wemenu pull --targets TARGETS.json -o DIR [--jobs N]

Reads the live menus of every account of TARGETS.json (see wemenu push
--help) and writes one document per account in DIR, named after the
target (&quot;Shop A.json&quot;).

Exit codes: 0 done, 1 an account refused, 2 bad arguments or file,
64 usage error.
</source>
        <translation>用法：wemenu pull --targets TARGETS.json -o DIR [--jobs N]

拉取 TARGETS.json 中每个账号的线上菜单（见 wemenu push --help），
在 DIR 中为每个账号写一个文档，以目标名称命名（&quot;Shop A.json&quot;）。

退出码：0 完成，1 有账号被拒绝，2 参数或文件有误，64 用法错误。
</translation>
    </message>
    <message>
        <source>The accounts to read.</source>
        <translation>要拉取的账号。</translation>
    </message>
    <message>
        <source>The folder for the documents.</source>
        <translation>存放文档的文件夹。</translation>
    </message>
    <message>
        <source>Accounts read at once (default 4).</source>
        <translation>同时拉取的账号数（默认 4）。</translation>
    </message>
    <message>
        <source>--targets needs -o DIR, the folder for the documents.</source>
        <translation>--targets 需要 -o DIR，即存放文档的文件夹。</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 up.</source>
        <translation>--jobs 需要一个不小于 1 的数字。</translation>
    </message>
    <message>
        <source>wemenu pull: cannot make the folder %1.
</source>
        <translation>wemenu pull：无法创建文件夹 %1。
</translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <translation>%1：未能拉取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation>%1：未能写入：%2</translation>
    </message>
    <message>
        <source>Usage: wemenu push FILE --targets TARGETS.json [--dry-run] [--yes] [--jobs N]

Publishes FILE to every account of TARGETS.json, each with its own ${variables}
filled in. Every account&apos;s document is checked first: an unknown variable or an error
in any of them stops everything before a call is sent. Then it prints the plan of
each account, publishes to up to N accounts at once (default 4), and ends with one
line per account.

TARGETS.json: {&quot;targets&quot;:[{&quot;name&quot;:&quot;Shop A&quot;,&quot;account&quot;:&quot;Shop A&quot;,&quot;vars&quot;:{...}},
  {&quot;name&quot;:&quot;Shop B&quot;,&quot;api_base&quot;:&quot;https://api.weixin.qq.com&quot;,&quot;appid&quot;:&quot;wx...&quot;,
   &quot;secret_env&quot;:&quot;SHOP_B_SECRET&quot;,&quot;vars&quot;:{&quot;domain&quot;:&quot;b.example.com&quot;}}]}
  &quot;token_env&quot; names a variable holding an access token instead of an AppSecret.

Exit codes: 0 every account done and verified, 1 an account refused or stopped,
2 bad input (nothing sent), 3 not confirmed, 64 usage error.
</source>
        <translation>用法：wemenu push FILE --targets TARGETS.json [--dry-run] [--yes] [--jobs N]

把 FILE 发布到 TARGETS.json 中的每个账号，每个账号填入自己的 ${变量}。
先检查每个账号的文档：任何一个账号有未知变量或错误，都会在发送任何调用之前停下。
然后列出每个账号的计划，同时向最多 N 个账号发布（默认 4），最后每个账号输出一行结果。

TARGETS.json：{&quot;targets&quot;:[{&quot;name&quot;:&quot;Shop A&quot;,&quot;account&quot;:&quot;Shop A&quot;,&quot;vars&quot;:{...}},
  {&quot;name&quot;:&quot;Shop B&quot;,&quot;api_base&quot;:&quot;https://api.weixin.qq.com&quot;,&quot;appid&quot;:&quot;wx...&quot;,
   &quot;secret_env&quot;:&quot;SHOP_B_SECRET&quot;,&quot;vars&quot;:{&quot;domain&quot;:&quot;b.example.com&quot;}}]}
  &quot;token_env&quot; 指定存放 access token（而不是 AppSecret）的环境变量。

退出码：0 所有账号都已完成并核对，1 有账号被拒绝或中途停止，
2 输入有误（什么都没有发送），3 未确认，64 用法错误。
</translation>
    </message>
    <message>
        <source>%1: done, 1 call</source>
        <translation>%1：完成，1 次调用</translation>
    </message>
    <message>
        <source>%1: done, %2 calls</source>
        <translation>%1：完成，%2 次调用</translation>
    </message>
    <message>
        <source>%1: unknown variable ${%2} in %3; give it in the &quot;vars&quot; of this target.
</source>
        <translation>%1：%3 中的变量 ${%2} 没有值；请在这个目标的 &quot;vars&quot; 中给出它。
</translation>
    </message>
    <message>
        <source>%1: %2 breaks rule %3: %4
</source>
        <translation>%1：%2 违反规则 %3：%4
</translation>
    </message>
    <message>
        <source>%1: variable ${%2} (&quot;%3&quot;) breaks rule %4 at %5: %6
</source>
        <translation>%1：变量 ${%2}（&quot;%3&quot;）填入后在 %5 违反规则 %4：%6
</translation>
    </message>
    <message>
        <source>Publish %1 call(s) to %2 account(s)? [y/N] </source>
        <translation>向 %2 个账号发布 %1 次调用？[y/N] </translation>
    </message>
    <message>
        <source>%1: stopped: %2</source>
        <translation>%1：已停止：%2</translation>
    </message>
    <message>
        <source>%1: stopped at menu/get: %2</source>
        <translation>%1：停在 menu/get：%2</translation>
    </message>
    <message>
        <source>%1: stopped: the live menus changed since they were read (%2 call(s) ran); run push again to see the new plan</source>
        <translation>%1：已停止：读取之后线上菜单又被改动了（已执行 %2 次调用）；请再次运行 push 查看新的计划</translation>
    </message>
    <message>
        <source>%1: every call ran, but the account does not show the document</source>
        <translation>%1：所有调用都已执行，但账号上的菜单与文档不一致</translation>
    </message>
    <message>
        <source>%1: nothing was published: %2</source>
        <translation>%1：没有发布任何内容：%2</translation>
    </message>
    <message>
        <source>%1: stopped at %2: %3</source>
        <translation>%1：停在 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2: the answer was lost, but the account shows the call took effect; going on.
</source>
        <translation>%1：%2：回复丢失了，但账号显示这次调用已生效；继续。
</translation>
    </message>
    <message>
        <source>%1: %2: the answer was lost and the account shows the call did not take effect; planning again from the account.
</source>
        <translation>%1：%2：回复丢失了，账号显示这次调用没有生效；按账号现状重新计划。
</translation>
    </message>
    <message>
        <source>%1: the account&apos;s menus before this push are saved in %2
</source>
        <translation>%1：这次发布之前账号上的菜单已保存在 %2
</translation>
    </message>
    <message>
        <source>The accounts and their variables.</source>
        <translation>账号及其变量。</translation>
    </message>
    <message>
        <source>Print the plans and stop.</source>
        <translation>只列出各账号的计划，不发布。</translation>
    </message>
    <message>
        <source>Accounts published at once (default 4).</source>
        <translation>同时发布的账号数（默认 4）。</translation>
    </message>
    <message>
        <source>wemenu push: nothing was sent to any account.
</source>
        <translation>wemenu push：没有向任何账号发送内容。
</translation>
    </message>
    <message>
        <source>%1: nothing to publish
</source>
        <translation>%1：无需发布
</translation>
    </message>
    <message>
        <source>%1: %2 call(s)
</source>
        <translation>%1：%2 次调用
</translation>
    </message>
    <message>
        <source>start the editor, opening FILE</source>
        <translation>启动编辑器并打开 FILE</translation>
    </message>
    <message>
        <source>check each FILE against WeChat&apos;s menu rules</source>
        <translation>按微信菜单规则检查每个 FILE</translation>
    </message>
    <message>
        <source>print the menu that follower sees</source>
        <translation>输出该粉丝看到的菜单</translation>
    </message>
    <message>
        <source>draw the phone preview of that menu</source>
        <translation>绘制该菜单的手机预览图</translation>
    </message>
    <message>
        <source>read the account&apos;s live menus as a document</source>
        <translation>将该公众号线上的菜单读取为文档</translation>
    </message>
    <message>
        <source>publish FILE to the account, after showing
the plan</source>
        <translation>先显示发布计划，再将 FILE 发布到该公众号</translation>
    </message>
    <message>
        <source>what changed from OLD to NEW, in words</source>
        <translation>用文字列出从 OLD 到 NEW 的改动</translation>
    </message>
    <message>
        <source>rewrite WeMenu documents in the form Save
writes (--check: only list the others)</source>
        <translation>将 WeMenu 文档重写为“保存”写出的格式
（--check：只列出不是该格式的文件）</translation>
    </message>
    <message>
        <source>set up a git repository for menus: diffs in
words, a pre-commit hook that checks them</source>
        <translation>为 git 仓库设置菜单支持：用文字显示改动，
并用 pre-commit 钩子检查菜单</translation>
    </message>
    <message>
        <source>publish FILE at T, restore at the end</source>
        <translation>在 T 发布 FILE，结束时恢复</translation>
    </message>
    <message>
        <source>WeMenu: an editor for the custom menus of WeChat Official Accounts.

Usage:
</source>
        <translation>WeMenu：微信公众号自定义菜单编辑器。

用法：
</translation>
    </message>
    <message>
        <source>ACCOUNT is --account NAME (a saved account), or --api-base URL --appid ID with
WEMENU_APP_SECRET or WEMENU_ACCESS_TOKEN set, or --token-service URL.

validate exits 0 with no errors (warnings allowed), 1 with errors, 2 when a FILE
is unreadable or not a menu document; diff exits 0 same, 1 different, 2 unreadable.
Usage errors exit 64.
Run &quot;wemenu COMMAND --help&quot; for the options of a command.
</source>
        <translation>ACCOUNT 为 --account NAME（已保存的公众号），或 --api-base URL --appid ID
并设置 WEMENU_APP_SECRET 或 WEMENU_ACCESS_TOKEN，或 --token-service URL。

validate 的退出码：无错误（允许有警告）为 0，有错误为 1，某个 FILE 无法读取
或不是菜单文档为 2；diff 的退出码：相同为 0，不同为 1，无法读取为 2。
用法错误的退出码为 64。
运行 &quot;wemenu COMMAND --help&quot; 查看某个命令的选项。
</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>关闭前是否保存对“%1”的修改？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>如果不保存，修改将会丢失。</translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation>导入菜单</translation>
    </message>
    <message>
        <source>%1 holds a single menu. Where should it go?</source>
        <translation>%1 只包含一个菜单。要放到哪里？</translation>
    </message>
    <message>
        <source>Replacing the default menu or adding a conditional menu changes this document; Undo takes it back.</source>
        <translation>替换默认菜单或添加个性化菜单会修改当前文档；可用“撤销”还原。</translation>
    </message>
    <message>
        <source>Replace Default Menu</source>
        <translation>替换默认菜单</translation>
    </message>
    <message>
        <source>Add as Conditional Menu</source>
        <translation>添加为个性化菜单</translation>
    </message>
    <message>
        <source>Open as New Document</source>
        <translation>作为新文档打开</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Menu files (*.json);;All files (*)</source>
        <translation>菜单文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open Menu</source>
        <translation>打开菜单</translation>
    </message>
    <message>
        <source>%1 is not a WeMenu document; it opened as a new, untitled menu.</source>
        <translation>%1 不是 WeMenu 文档，已作为新的未命名菜单打开。</translation>
    </message>
    <message>
        <source>Save Menu As</source>
        <translation>菜单另存为</translation>
    </message>
    <message>
        <source>Save Menu</source>
        <translation>保存菜单</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation>导入菜单</translation>
    </message>
    <message>
        <source>Imported %1; Undo takes it back.</source>
        <translation>已导入 %1；可用“撤销”还原。</translation>
    </message>
    <message>
        <source>Export Create Body</source>
        <translation>导出默认菜单请求体</translation>
    </message>
    <message>
        <source>Export Addconditional Body</source>
        <translation>导出个性化菜单请求体</translation>
    </message>
    <message>
        <source>Export Preview</source>
        <translation>导出预览图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>Unsaved changes could not be backed up in %1.</source>
        <translation>无法将未保存的修改备份到 %1。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Import %1 as Default Menu</source>
        <translation>导入 %1 为默认菜单</translation>
    </message>
    <message>
        <source>Import %1 as Conditional Menu</source>
        <translation>导入 %1 为个性化菜单</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Imported %1 as a new, untitled menu.</source>
        <translation>已将 %1 导入为新的未命名菜单。</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>无法打开 %1。

%2</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read back.

%1</source>
        <translation>无法读回未保存的修改。

%1</translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的修改</translation>
    </message>
    <message>
        <source>The menu could not be saved; the file on disk is unchanged.

%1</source>
        <translation>无法保存菜单；磁盘上的文件未被改动。

%1</translation>
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed.

%2</source>
        <translation>无法导入 %1；未做任何修改。

%2</translation>
    </message>
    <message>
        <source>The picture could not be made.</source>
        <translation>无法生成图片。</translation>
    </message>
</context>
<context>
    <name>ErrorPolicy</name>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>WeChat did not answer in time. Nothing is known about the result of this call; check the live menu before trying again.</source>
        <translation>微信未及时响应，无法确定这次调用是否成功；请先查看线上菜单，再决定是否重试。</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2</source>
        <translation>服务器返回 HTTP %1 %2</translation>
    </message>
    <message>
        <source>(errcode %1: %2)</source>
        <translation>（errcode %1：%2）</translation>
    </message>
    <message>
        <source>WeChat refused the access token, also after getting a new one. Another program may be renewing this account&apos;s token; check the account settings. %1</source>
        <translation>微信拒绝了 access_token，重新获取后仍被拒绝。可能有其他程序在刷新此账号的 token；请检查账号设置。%1</translation>
    </message>
    <message>
        <source>WeChat does not know this AppID. Check it in the account settings. %1</source>
        <translation>微信无法识别此 AppID。请在账号设置中核对。%1</translation>
    </message>
    <message>
        <source>The AppSecret is wrong or was reset. Enter the current one in the account settings. %1</source>
        <translation>AppSecret 错误或已被重置。请在账号设置中填写当前的 AppSecret。%1</translation>
    </message>
    <message>
        <source>WeChat only accepts calls from whitelisted IP addresses, and this computer&apos;s address %1 is not on the list. Add it in the Official Account platform under Settings and Development &gt; Basic Configuration &gt; IP whitelist, or use a token service of your company. %2</source>
        <translation>微信只接受来自 IP 白名单的调用，本机地址 %1 不在白名单中。请在公众平台“设置与开发 &gt; 基本配置 &gt; IP 白名单”中添加，或使用公司的 token 服务。%2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>The daily quota of this call is used up; it resets at midnight, Beijing time. %1</source>
        <translation>该接口今日的调用次数已用完，北京时间零点重置。%1</translation>
    </message>
    <message>
        <source>Too many calls in one minute. Wait a minute and try again. %1</source>
        <translation>一分钟内调用过于频繁。请等待一分钟后再试。%1</translation>
    </message>
    <message>
        <source>This account may not change its menu through the API (it may be unverified, or the permission was not granted). %1</source>
        <translation>此账号无权通过接口修改菜单（可能未认证，或未获得该接口权限）。%1</translation>
    </message>
    <message>
        <source>A match rule uses a privacy field (sex, country, province, city, language), which WeChat no longer allows. Match on a tag instead. %1</source>
        <translation>匹配规则使用了隐私字段（性别、国家、省份、城市、语言），微信已不再允许。请改用标签匹配。%1</translation>
    </message>
    <message>
        <source>WeChat refused the call. %1</source>
        <translation>微信拒绝了这次调用。%1</translation>
    </message>
    <message>
        <source>errcode %1</source>
        <translation>errcode %1</translation>
    </message>
    <message>
        <source>errmsg: %1</source>
        <translation>errmsg：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>after 1 try</source>
        <translation>尝试 1 次后</translation>
    </message>
    <message>
        <source>after %1 tries</source>
        <translation>尝试 %1 次后</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so whether the call took effect is not known.</source>
        <translation>服务器应答之前连接已关闭，无法确定该调用是否已生效。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); it still had it %2. Try again later.</source>
        <translation>服务器出现问题（HTTP %1），%2仍未恢复。请稍后再试。</translation>
    </message>
    <message>
        <source>WeChat is busy; it still said so %1. Try again in a few minutes. %2</source>
        <translation>微信系统繁忙，%1仍返回繁忙。请几分钟后再试。%2</translation>
    </message>
    <message>
        <source>WeChat refused the access token that was given, and a given token cannot be renewed by WeMenu. Get a new access token from where this one came from, or let WeMenu get its own: use the AppSecret or a token service (on the command line WEMENU_APP_SECRET or --token-service instead of WEMENU_ACCESS_TOKEN). %1</source>
        <translation>微信拒绝了所提供的 access_token，而 WeMenu 无法续期别人提供的 access_token。请从该 access_token 的来源重新获取一个，或让 WeMenu 自行获取：改用 AppSecret 或公司的令牌服务（命令行中用 WEMENU_APP_SECRET 或 --token-service 代替 WEMENU_ACCESS_TOKEN）。%1</translation>
    </message>
    <message>
        <source>sent %1 times</source>
        <translation>共发送 %1 次</translation>
    </message>
</context>
<context>
    <name>FollowerBar</name>
    <message>
        <source>Preview &amp;as a follower with tags</source>
        <translation>按粉丝身份预览(&amp;A)，标签：</translation>
    </message>
    <message>
        <source>e.g. 2,100 (in the order applied)</source>
        <translation>例如 2,100（按打标签的先后顺序）</translation>
    </message>
    <message>
        <source>&amp;iOS</source>
        <translation>&amp;iOS</translation>
    </message>
    <message>
        <source>A&amp;ndroid</source>
        <translation>A&amp;ndroid</translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation>其他(&amp;O)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>手机系统：</translation>
    </message>
    <message>
        <source>OpenID or WeChat ID of a follower</source>
        <translation>粉丝的 OpenID 或微信号</translation>
    </message>
    <message>
        <source>Ask WeChat</source>
        <translation>向微信查询</translation>
    </message>
    <message>
        <source>The account&apos;s server says which menu this follower sees (trymatch).</source>
        <translation>向微信查询这位粉丝会看到哪个菜单（trymatch）。</translation>
    </message>
</context>
<context>
    <name>FollowerController</name>
    <message>
        <source>Asking the account&apos;s server…</source>
        <translation>正在向微信查询…</translation>
    </message>
    <message>
        <source>WeChat shows %1 a menu that is not in this document: publish it first.</source>
        <translation>微信向 %1 显示的菜单不在此文档中：请先发布此文档。</translation>
    </message>
    <message>
        <source> It agrees with the preview for the tags and phone above.</source>
        <translation>与上面按标签和手机系统预览的结果一致。</translation>
    </message>
    <message>
        <source> The preview for the tags and phone above predicts another menu: this follower&apos;s tags or phone differ from those.</source>
        <translation>上面按标签和手机系统预览的结果是另一个菜单：这位粉丝的标签或手机系统与上面填写的不同。</translation>
    </message>
    <message>
        <source>WeChat shows %1 this menu: %2.</source>
        <translation>微信向 %1 显示的菜单是：%2。</translation>
    </message>
    <message>
        <source>Technical details:
%1</source>
        <translation>技术细节：
%1</translation>
    </message>
</context>
<context>
    <name>FollowerExplanation</name>
    <message>
        <source>&quot;%1&quot; did not match: tag</source>
        <translation>“%1”未匹配：标签不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not match: phone</source>
        <translation>“%1”未匹配：手机系统不符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has expired</source>
        <translation>“%1”已失效</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no rule</source>
        <translation>“%1”没有匹配规则</translation>
    </message>
    <message>
        <source>Shows the default menu: no conditional menu matches.</source>
        <translation>显示默认菜单：没有匹配的个性化菜单。</translation>
    </message>
    <message>
        <source>Matched: %1.</source>
        <translation>匹配到：%1。</translation>
    </message>
    <message>
        <source>Tried first: %1.</source>
        <translation>此前已尝试：%1。</translation>
    </message>
    <message>
        <source>Only the last tag applied (%1) counts.</source>
        <translation>只有最后打上的标签（%1）参与匹配。</translation>
    </message>
</context>
<context>
    <name>GitStatus</name>
    <message>
        <source>committed</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>The file is in a git repository and has no changes since the last commit.</source>
        <translation>此文件在 git 仓库中，自上次提交以来没有改动。</translation>
    </message>
    <message>
        <source>not in git yet</source>
        <translation>尚未加入 git</translation>
    </message>
    <message>
        <source>The file is in a git repository but was never added (git add).</source>
        <translation>此文件在 git 仓库中，但从未添加（git add）。</translation>
    </message>
    <message>
        <source>ignored by git</source>
        <translation>被 git 忽略</translation>
    </message>
    <message>
        <source>The file is in a git repository, which ignores it (.gitignore).</source>
        <translation>此文件在 git 仓库中，但该仓库忽略它（.gitignore）。</translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation>有未提交的改动</translation>
    </message>
    <message>
        <source>The file has changes that are not committed to git yet.</source>
        <translation>此文件有尚未提交到 git 的改动。</translation>
    </message>
    <message>
        <source>git: %1</source>
        <translation>git：%1</translation>
    </message>
    <message>
        <source>git: %1 · %2</source>
        <translation>git：%1 · %2</translation>
    </message>
</context>
<context>
    <name>GivenTokenProvider</name>
    <message>
        <source>the given access token was refused</source>
        <translation>提供的 access_token 被拒绝</translation>
    </message>
</context>
<context>
    <name>GroupPublishing</name>
    <message>
        <source>Publish to &amp;Several Accounts…</source>
        <translation>发布到多个账号(&amp;S)…</translation>
    </message>
    <message>
        <source>Publish this menu, filled in per account, to every account of a group</source>
        <translation>把此菜单按每个账号填好后，发布到分组中的每个账号</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Publish History of %1</source>
        <translation>%1 的发布历史</translation>
    </message>
    <message>
        <source>Nothing published from WeMenu to this account yet.</source>
        <translation>还没有通过 WeMenu 向此账号发布过菜单。</translation>
    </message>
    <message>
        <source>The menus the account had before each publish, newest first, and what that publish changed. Open one to look at it, or restore it: you review the change before anything is published.</source>
        <translation>此账号每次发布前的菜单（最新的在前）以及那次发布改了什么。可以打开查看，也可以恢复：发布前会先让你核对改动。</translation>
    </message>
    <message>
        <source>Before the publish of %1 · %2</source>
        <translation>%1 发布前 · %2</translation>
    </message>
    <message>
        <source>This version cannot be read: %1</source>
        <translation>无法读取此版本：%1</translation>
    </message>
    <message>
        <source>What this publish changed was not recorded.</source>
        <translation>没有记录这次发布改了什么。</translation>
    </message>
    <message>
        <source>The publish changed nothing.</source>
        <translation>这次发布没有改动任何内容。</translation>
    </message>
    <message>
        <source>… and %1 more (see the tooltip)</source>
        <translation>……还有 %1 处改动（见提示）</translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation>恢复此版本(&amp;R)…</translation>
    </message>
    <message>
        <source>Compares these menus with the live ones and shows the change before anything is published.</source>
        <translation>将这些菜单与线上菜单对比，在发布前先展示改动。</translation>
    </message>
</context>
<context>
    <name>IssueFix</name>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>把 &quot;%1&quot; 重命名为 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation>删除 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Remove the unused action</source>
        <translation>删除未使用的菜单动作</translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Problems in the menu</source>
        <translation>菜单中的问题</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>button %1</source>
        <translation>第 %1 个菜单</translation>
    </message>
    <message>
        <source>No problems: WeChat will accept this menu.</source>
        <translation>没有问题：微信会接受这个菜单。</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s). Double-click one to fix it.</source>
        <translation>%1 个错误，%2 个警告。双击某一项可定位并修改。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>%1
Rule: %2</source>
        <translation>%1
规则：%2</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>系统钥匙串没有及时响应。</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统钥匙串不可用：%1</translation>
    </message>
</context>
<context>
    <name>LinkChecker</name>
    <message>
        <source>the server refused the connection</source>
        <translation>服务器拒绝连接</translation>
    </message>
    <message>
        <source>no server has this name</source>
        <translation>找不到这个域名的服务器</translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation>服务器未作应答就关闭了连接</translation>
    </message>
    <message>
        <source>it redirects more than %1 times (a redirect loop?)</source>
        <translation>跳转超过 %1 次（可能是循环跳转）</translation>
    </message>
    <message>
        <source>it redirects from https to an insecure http page</source>
        <translation>从 https 跳转到了不安全的 http 页面</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有应答</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkChecks</name>
    <message>
        <source>Checking the link…</source>
        <translation>正在检查链接…</translation>
    </message>
    <message>
        <source>The page answers.</source>
        <translation>网页可以打开。</translation>
    </message>
    <message>
        <source>Not checked: the link leads to this computer or your own network.</source>
        <translation>未检查：这个链接指向本机或您自己的网络。</translation>
    </message>
    <message>
        <source>Compare and Publish</source>
        <translation>比较并发布</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of this menu lead nowhere:</source>
        <translation>
            <numerusform>这个菜单有 %n 个链接打不开：</numerusform>
        </translation>
    </message>
    <message>
        <source>Followers who tap these buttons will not see the page. Compare and publish anyway?</source>
        <translation>粉丝点击这些按钮将看不到网页。仍要比较并发布吗？</translation>
    </message>
    <message>
        <source>Checking every link before Compare and Publish…</source>
        <translation>比较并发布之前，正在检查每个链接…</translation>
    </message>
    <message>
        <source>Check a Link on Your Network?</source>
        <translation>检查指向您网络的链接？</translation>
    </message>
    <message>
        <source>A link of this menu leads to %1, which is this computer or a computer on your own network. Should WeMenu ask it whether the page answers?

Followers&apos; phones cannot reach such an address.</source>
        <translation>这个菜单中有链接指向 %1，它是本机或您自己网络中的电脑。要让 WeMenu 访问它，检查网页能否打开吗？

粉丝的手机无法访问这样的地址。</translation>
    </message>
</context>
<context>
    <name>LinkIssues</name>
    <message>
        <source>The page answers %1: followers who tap this button see an error page.</source>
        <translation>网页返回 %1：粉丝点击这个按钮会看到错误页面。</translation>
    </message>
    <message>
        <source>The page does not answer (%1): followers who tap this button see nothing.</source>
        <translation>网页没有应答（%1）：粉丝点击这个按钮什么也看不到。</translation>
    </message>
    <message>
        <source>The page&apos;s secure connection cannot be trusted (%1): phones warn followers or refuse the page.</source>
        <translation>网页的安全连接不可信（%1）：手机会警告粉丝或拒绝打开页面。</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;Create Body…</source>
        <translation>导出默认菜单请求体(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Preview as &amp;PNG…</source>
        <translation>导出预览图为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Buttons</source>
        <translation>菜单(&amp;B)</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>偏好设置(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Dark Preview</source>
        <translation>深色预览(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About WeMenu</source>
        <translation>关于 WeMenu(&amp;A)</translation>
    </message>
    <message>
        <source>About WeMenu</source>
        <translation>关于 WeMenu</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;WeMenu %1&lt;/h3&gt;&lt;p&gt;An editor for the custom menus of WeChat Official Accounts.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (GNU LGPL version 3) and QtKeychain (BSD 3-clause licence). WeChat is a trademark of Tencent; WeMenu is not made by Tencent.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;WeMenu %1&lt;/h3&gt;&lt;p&gt;微信公众号自定义菜单编辑器。&lt;/p&gt;&lt;p&gt;基于 Qt %2（GNU LGPL 第 3 版）和 QtKeychain（BSD 三条款许可证）构建。微信是腾讯的商标；WeMenu 并非腾讯出品。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎页(&amp;W)</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>发布…</translation>
    </message>
    <message>
        <source>Choose an account to publish to</source>
        <translation>请选择要发布到的账号</translation>
    </message>
    <message>
        <source>No account to publish to</source>
        <translation>没有可发布的账号</translation>
    </message>
    <message>
        <source>Publish to %1…</source>
        <translation>发布到%1…</translation>
    </message>
    <message>
        <source>Compare this document with the live menus of %1, then publish it (%2)</source>
        <translation>将本文档与%1的线上菜单对比，然后发布（%2）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Button</source>
        <translation>菜单属性</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1[*] — WeMenu</source>
        <translation>%1[*] — WeMenu</translation>
    </message>
    <message>
        <source>Top-level buttons: %1</source>
        <translation>一级菜单：%1</translation>
    </message>
    <message>
        <source>Sub-buttons: %1</source>
        <translation>子菜单：%1</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 个错误，%2 个警告</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>菜单列表</translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation>查看问题</translation>
    </message>
</context>
<context>
    <name>MatchRuleEditor</name>
    <message>
        <source>Followers with this tag</source>
        <translation>带有此标签的粉丝</translation>
    </message>
    <message>
        <source>any tag; pick a name or type a tag id</source>
        <translation>任意标签；选择名称或输入标签 ID</translation>
    </message>
    <message>
        <source>On this phone</source>
        <translation>使用此手机系统</translation>
    </message>
    <message>
        <source>Any phone</source>
        <translation>任意手机</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他手机</translation>
    </message>
    <message>
        <source>Followers with &amp;tag:</source>
        <translation>粉丝标签(&amp;T)：</translation>
    </message>
    <message>
        <source>On &amp;phone:</source>
        <translation>手机系统(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Remove Privacy Fields</source>
        <translation>删除隐私字段(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This rule also matches on %1. WeChat no longer accepts these privacy fields (errcode 65320): the menu has expired and cannot be published until they are removed.</source>
        <translation>此规则还按 %1 匹配。微信已不再接受这些隐私字段（errcode 65320）：该菜单已失效，删除这些字段之前无法发布。</translation>
    </message>
    <message>
        <source>Name of this conditional menu</source>
        <translation>此个性化菜单的名称</translation>
    </message>
    <message>
        <source>for example: VIP members</source>
        <translation>例如：会员专享</translation>
    </message>
    <message>
        <source>A name for you and your colleagues. It is kept in the file and never sent to WeChat.</source>
        <translation>供你和同事辨认的名称。它保存在文件中，不会发送给微信。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation>没有为 %1 保存密钥。</translation>
    </message>
</context>
<context>
    <name>MenuChanges</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>place %1 in the menu bar</source>
        <translation>一级菜单第 %1 位</translation>
    </message>
    <message>
        <source>place %1 under %2</source>
        <translation>%2 的子菜单第 %1 位</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>no tag</source>
        <translation>无标签</translation>
    </message>
    <message>
        <source>any phone</source>
        <translation>任意手机</translation>
    </message>
    <message>
        <source>%1 renamed to %2</source>
        <translation>%1 改名为 %2</translation>
    </message>
    <message>
        <source>%1: %2 set to %3</source>
        <translation>%1：%2 设为 %3</translation>
    </message>
    <message>
        <source>%1: %2 cleared (was %3)</source>
        <translation>%1：%2 已清空（原为 %3）</translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation>%1：%2 由 %3 改为 %4</translation>
    </message>
    <message>
        <source>%1: menu added</source>
        <translation>%1：新增菜单</translation>
    </message>
    <message>
        <source>%1: menu removed</source>
        <translation>%1：删除菜单</translation>
    </message>
    <message>
        <source>%1: moved from place %2 to place %3 in priority</source>
        <translation>%1：优先顺序由第 %2 位移到第 %3 位</translation>
    </message>
    <message>
        <source>%1: tag changed from %2 to %3</source>
        <translation>%1：标签由 %2 改为 %3</translation>
    </message>
    <message>
        <source>%1: phone type changed from %2 to %3</source>
        <translation>%1：手机系统由 %2 改为 %3</translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation>%1：新增 %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1：删除 %2</translation>
    </message>
    <message>
        <source>%1: %2 moved from %3 to %4</source>
        <translation>%1：%2 由%3移到%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>MenuDocument</name>
    <message>
        <source>A button with sub-buttons cannot go into a sub-menu: menus have two levels.</source>
        <translation>带有子菜单的菜单不能移入子菜单：菜单最多只有两级。</translation>
    </message>
    <message>
        <source>A button cannot go into its own sub-menu.</source>
        <translation>菜单不能移入它自己的子菜单。</translation>
    </message>
    <message>
        <source>A menu has at most 3 top-level buttons.</source>
        <translation>每个菜单最多只能有 3 个一级菜单。</translation>
    </message>
    <message>
        <source>A sub-menu has at most 5 buttons.</source>
        <translation>每个一级菜单下最多只能有 5 个子菜单。</translation>
    </message>
</context>
<context>
    <name>MenuFile</name>
    <message>
        <source>The file is %1 MB; menu documents larger than %2 MB are not read.</source>
        <translation>文件大小为 %1 MB；超过 %2 MB 的菜单文档不予读取。</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark (BOM). Save it as UTF-8 without a BOM.</source>
        <translation>文件以字节顺序标记（BOM）开头。请另存为不带 BOM 的 UTF-8。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>Line %1, column %2: the text is not valid UTF-8 (byte 0x%3). WeChat accepts only UTF-8 (errcode 65318); save the file as UTF-8.</source>
        <translation>第 %1 行第 %2 列：文本不是有效的 UTF-8（字节 0x%3）。微信只接受 UTF-8（errcode 65318）；请将文件另存为 UTF-8。</translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not valid JSON (%3).</source>
        <translation>第 %1 行第 %2 列：不是有效的 JSON（%3）。</translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a menu: expected an object with a &quot;button&quot;, &quot;menu&quot;, &quot;conditionalmenu&quot; or &quot;selfmenu_info&quot; key.</source>
        <translation>文件内容是 JSON 数组，不是菜单：应为含有 &quot;button&quot;、&quot;menu&quot;、&quot;conditionalmenu&quot; 或 &quot;selfmenu_info&quot; 键的对象。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder, not a regular file.</source>
        <translation>无法写入 %1：它是文件夹，不是普通文件。</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a pipe, a device or a socket), so it was left as it is.</source>
        <translation>无法写入 %1：它不是普通文件（而是管道、设备或套接字），已保持原样。</translation>
    </message>
    <message>
        <source>it could not be replaced</source>
        <translation>无法替换该文件</translation>
    </message>
</context>
<context>
    <name>MenuJsonReader</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>This is an error reply from WeChat (errcode %1: %2), not a menu.</source>
        <translation>这是微信返回的错误（errcode %1：%2），不是菜单。</translation>
    </message>
    <message>
        <source>This JSON is not a menu: expected a &quot;button&quot;, &quot;menu&quot;, &quot;conditionalmenu&quot; or &quot;selfmenu_info&quot; key at the top level.</source>
        <translation>这段 JSON 不是菜单：顶层应有 &quot;button&quot;、&quot;menu&quot;、&quot;conditionalmenu&quot; 或 &quot;selfmenu_info&quot; 键。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>应为对象，实际为%1。</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>应为数组，实际为%1。</translation>
    </message>
    <message>
        <source>this menu has no &quot;button&quot; array.</source>
        <translation>此菜单没有 &quot;button&quot; 数组。</translation>
    </message>
    <message>
        <source>this conditional menu has no &quot;matchrule&quot;.</source>
        <translation>此个性化菜单没有 &quot;matchrule&quot;。</translation>
    </message>
    <message>
        <source>expected an array of buttons, found %1.</source>
        <translation>应为菜单数组，实际为%1。</translation>
    </message>
    <message>
        <source>expected a button object, found %1.</source>
        <translation>应为菜单对象，实际为%1。</translation>
    </message>
    <message>
        <source>This is a reply from WeChat (errcode 0: %1), not a menu.</source>
        <translation>这是微信的返回结果（errcode 0：%1），不是菜单。</translation>
    </message>
    <message>
        <source>This get_current_selfmenu_info answer holds no menu (is_menu_open: %1): the account has no custom menu, so there is nothing to check or open.</source>
        <translation>这个 get_current_selfmenu_info 应答里没有菜单（is_menu_open：%1）：该公众号没有自定义菜单，没有可检查或打开的内容。</translation>
    </message>
</context>
<context>
    <name>MenuLabel</name>
    <message>
        <source>Default menu</source>
        <translation>默认菜单</translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>iOS</source>
        <translation>iOS</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>其他手机</translation>
    </message>
    <message>
        <source>Phone type %1</source>
        <translation>手机类型 %1</translation>
    </message>
    <message>
        <source>expired (privacy fields)</source>
        <translation>已失效（隐私字段）</translation>
    </message>
    <message>
        <source>no rule yet</source>
        <translation>尚未设置匹配规则</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>MenuListModel</name>
    <message>
        <source>Shown to every follower no conditional menu matches.</source>
        <translation>显示给未匹配到任何个性化菜单的粉丝。</translation>
    </message>
    <message>
        <source>conditionalmenu[%1]: tried before the menus below it.</source>
        <translation>conditionalmenu[%1]：优先于下方的菜单匹配。</translation>
    </message>
</context>
<context>
    <name>MenuReviewCard</name>
    <message>
        <source>Who is affected: %1</source>
        <translation>影响的粉丝：%1</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>当前线上</translation>
    </message>
    <message>
        <source>Not on the account yet: this menu is new.</source>
        <translation>账号上还没有：这是新菜单。</translation>
    </message>
    <message>
        <source>After publishing</source>
        <translation>发布之后</translation>
    </message>
    <message>
        <source>Removed: this menu is no longer on the account.</source>
        <translation>已删除：发布后账号上不再有这个菜单。</translation>
    </message>
</context>
<context>
    <name>MenuTreeView</name>
    <message>
        <source>Menu buttons</source>
        <translation>菜单结构</translation>
    </message>
</context>
<context>
    <name>MenusPanel</name>
    <message>
        <source>Menus in priority order</source>
        <translation>按优先级排列的菜单</translation>
    </message>
    <message>
        <source>Followers get the first menu whose rule matches them. Drag to change the order; publishing a new order deletes and adds again the conditional menus that moved.</source>
        <translation>粉丝看到的是第一个规则与其匹配的菜单。拖动可调整顺序；发布新顺序时，位置有变动的个性化菜单会先删除再重新添加。</translation>
    </message>
    <message>
        <source>&amp;Add Conditional Menu</source>
        <translation>添加个性化菜单(&amp;A)</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>创建副本(&amp;P)</translation>
    </message>
    <message>
        <source>Delete Men&amp;u</source>
        <translation>删除菜单(&amp;U)</translation>
    </message>
    <message>
        <source>Export Add&amp;conditional Body…</source>
        <translation>导出个性化菜单请求体(&amp;C)…</translation>
    </message>
    <message>
        <source>Add Conditional Menu</source>
        <translation>添加个性化菜单</translation>
    </message>
    <message>
        <source>Duplicate Conditional Menu</source>
        <translation>创建个性化菜单副本</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Duplicate, delete or export the menu chosen</source>
        <translation>为所选菜单创建副本、删除或导出</translation>
    </message>
    <message>
        <source>How the order of menus works</source>
        <translation>菜单优先顺序说明</translation>
    </message>
</context>
<context>
    <name>NameCounter</name>
    <message>
        <source>Too long for WeChat to accept: shorten the name</source>
        <translation>名称太长，微信不接受：请缩短</translation>
    </message>
    <message numerus="yes">
        <source>The phone shows only the first %n Chinese characters (or %1 letters): &quot;%2&quot;</source>
        <translation>
            <numerusform>手机上只显示前 %n 个汉字（或 %1 个字母）：“%2”</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone shows the whole name; no room for more</source>
        <translation>手机上正好完整显示，不能再加字了</translation>
    </message>
    <message>
        <source>1 more letter</source>
        <translation>还可输入 1 个字母</translation>
    </message>
    <message>
        <source>1 more Chinese character</source>
        <translation>还可输入 1 个汉字</translation>
    </message>
    <message numerus="yes">
        <source>%n more Chinese characters</source>
        <translation>
            <numerusform>还可输入 %n 个汉字</numerusform>
        </translation>
    </message>
    <message>
        <source>1 more Chinese character and 1 letter</source>
        <translation>还可输入 1 个汉字和 1 个字母</translation>
    </message>
    <message numerus="yes">
        <source>%n more Chinese characters and 1 letter</source>
        <translation>
            <numerusform>还可输入 %n 个汉字和 1 个字母</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 bytes: WeChat accepts a name of at most %2 bytes (a Chinese character takes 3, a letter 1). A Chinese character shows twice as wide as a letter.</source>
        <translation>%1/%2 字节：微信最多接受 %2 字节的名称（一个汉字占 3 字节，一个字母占 1 字节）。手机上一个汉字的宽度是一个字母的两倍。</translation>
    </message>
</context>
<context>
    <name>OneAccountDirectory</name>
    <message>
        <source>This account is changed in Manage Accounts.</source>
        <translation>请在“管理账号”中修改此账号。</translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation>账号连接已关闭。</translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <source>Phone preview</source>
        <translation>手机预览</translation>
    </message>
    <message>
        <source>How the menu looks on a follower&apos;s phone. Click a button to select it; drag it to move it; click + to add one; right-click for the button&apos;s actions.</source>
        <translation>菜单在粉丝手机上的显示效果。点击菜单可选中，拖动可调整位置，点击 + 可添加菜单，右键可对菜单进行操作。</translation>
    </message>
    <message>
        <source>Add a button</source>
        <translation>添加一级菜单</translation>
    </message>
    <message>
        <source>Add a sub-button. &quot;%1&quot; then opens a sub-menu, and its own action is removed (Undo brings it back).</source>
        <translation>添加子菜单。之后“%1”将展开子菜单，它自己的菜单动作会被移除（撤销可恢复）。</translation>
    </message>
    <message>
        <source>Add a sub-button</source>
        <translation>添加子菜单</translation>
    </message>
</context>
<context>
    <name>PhonePreviewPainter</name>
    <message>
        <source>Welcome! Tap the menu below.</source>
        <translation>欢迎关注！点击下方菜单试试。</translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>No menu buttons yet</source>
        <translation>还没有菜单</translation>
    </message>
    <message>
        <source>Click + below to add the first button.</source>
        <translation>点击下方的 + 添加第一个菜单。</translation>
    </message>
    <message>
        <source>Add a button</source>
        <translation>添加菜单</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>### Publishing %1 to %2

</source>
        <translation>### 将 %1 发布到 %2

</translation>
    </message>
    <message>
        <source>The account already shows this document; nothing to publish.
</source>
        <translation>公众号已显示此文档的菜单，无需发布。
</translation>
    </message>
    <message numerus="yes">
        <source>**Plan** (%n call(s), in this order):

</source>
        <translation>
            <numerusform>**计划**（共 %n 个调用，按此顺序）：

</numerusform>
        </translation>
    </message>
    <message>
        <source>
**Changes** from the live menus:

</source>
        <translation>
与线上菜单相比的**改动**：

</translation>
    </message>
    <message>
        <source>- No change to the buttons; only the order of the calls above.
</source>
        <translation>- 按钮没有改动；只有上述调用的顺序。
</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies the next time WeMenu starts.</source>
        <translation>新的语言设置将在下次启动 WeMenu 时生效。</translation>
    </message>
    <message>
        <source>&amp;Check links in the background</source>
        <translation>在后台检查链接(&amp;C)</translation>
    </message>
    <message>
        <source>Shortly after you type a link, and before Compare and Publish, WeMenu asks whether the page answers. Links to this computer or your own network are asked only after you agree.</source>
        <translation>输入链接后稍等片刻，以及比较并发布之前，WeMenu 会检查网页能否打开。指向本机或您自己网络的链接，只有在您同意后才会检查。</translation>
    </message>
    <message>
        <source>Turned off here by the environment (WEMENU_LINK_CHECKS=off).</source>
        <translation>已被环境变量关闭（WEMENU_LINK_CHECKS=off）。</translation>
    </message>
</context>
<context>
    <name>PreviewForBox</name>
    <message>
        <source>The phone shows the menu filled in with this account&apos;s variables (Manage Accounts); the buttons and the form keep the ${…} as written.</source>
        <translation>手机预览显示按此账号的变量（管理账号中设置）填好的菜单；按钮列表和表单仍保留原样的 ${…}。</translation>
    </message>
    <message>
        <source>Previe&amp;w for:</source>
        <translation>预览账号(&amp;W)：</translation>
    </message>
    <message>
        <source>The menu as written</source>
        <translation>菜单原样</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>counts against the daily quota of %1 (2000 a day)</source>
        <translation>计入 %1 接口的每日调用次数上限（每天 2000 次）</translation>
    </message>
    <message>
        <source>Compare and Publish</source>
        <translation>对比并发布</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stops before the next call; the call under way finishes.</source>
        <translation>在下一个调用之前停止；正在执行的调用会先完成。</translation>
    </message>
    <message>
        <source>&amp;Finish Publishing</source>
        <translation>继续完成发布(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore Previous Menus</source>
        <translation>恢复之前的菜单(&amp;R)</translation>
    </message>
    <message>
        <source>Reading the live menus…</source>
        <translation>正在读取线上菜单…</translation>
    </message>
    <message>
        <source>The document has %1 error(s); fix them (see the Problems list) before publishing.</source>
        <translation>文档有 %1 个错误；请先修正（见“问题”列表）再发布。</translation>
    </message>
    <message>
        <source>The account already shows this document.</source>
        <translation>线上菜单已与此文档一致。</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>正在发布…</translation>
    </message>
    <message>
        <source>Published and verified: the account now shows this document. Phones pick up the new menu within about 5 minutes, or at once after unfollowing and following the account again.</source>
        <translation>已发布并核对无误：线上菜单现已与此文档一致。手机上约 5 分钟内会显示新菜单；取消关注后重新关注可立即看到。</translation>
    </message>
    <message>
        <source>Someone changed the live menus since the comparison, so nothing was published. Above is the new difference; publish again if it is right.</source>
        <translation>对比之后有人修改了线上菜单，因此没有发布任何内容。上面是新的差异；确认无误后请再次发布。</translation>
    </message>
    <message>
        <source>Every call ran, but the account does not show the document. Compare again to see what differs.</source>
        <translation>所有调用都已执行，但线上菜单与文档不一致。请重新对比，查看差异。</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 call(s). The account shows a mix of old and new; finish the publish or restore the previous menus.</source>
        <translation>已在执行 %1 个调用（共 %2 个）后停止。线上菜单目前新旧混杂；请继续完成发布，或恢复之前的菜单。</translation>
    </message>
    <message>
        <source>Nothing was published. %1</source>
        <translation>没有发布任何内容。%1</translation>
    </message>
    <message>
        <source>Stopped at call %1 of %2 (%3): %4
%5 call(s) before it ran; none after it.</source>
        <translation>在第 %1 个调用（共 %2 个）处停止（%3）：%4
之前的 %5 个调用已执行，之后的均未执行。</translation>
    </message>
    <message>
        <source>Publishing… Click Stop to end after the call under way.</source>
        <translation>正在发布… 点击“停止”可在当前调用完成后结束。</translation>
    </message>
    <message>
        <source>Reads the account again and lists only the calls still missing; Publish makes them.</source>
        <translation>重新读取账号，只列出仍缺少的调用；点击“发布”后执行。</translation>
    </message>
    <message>
        <source>Plans the way back to the menus the account had before this publish; Publish makes the calls.</source>
        <translation>规划恢复到本次发布前账号上的菜单；点击“发布”后执行调用。</translation>
    </message>
    <message>
        <source>The answer to %1 was lost, but the account shows the call took effect. Publishing goes on…</source>
        <translation>%1 的应答丢失，但账号显示该调用已生效。继续发布…</translation>
    </message>
    <message>
        <source>The answer to %1 was lost and the account shows the call did not take effect. Publishing goes on from the account as it is…</source>
        <translation>%1 的应答丢失，账号显示该调用未生效。按账号当前的菜单继续发布…</translation>
    </message>
    <message>
        <source>After a lost answer the account shows neither the menus before nor after that call: someone else changed them. %1 call(s) ran. Above is the new difference; publish again if it is right.</source>
        <translation>应答丢失后，账号的菜单既不是该调用之前的，也不是之后的：有其他人修改了菜单。已执行 %1 个调用。上方是新的差异；确认无误后请再次发布。</translation>
    </message>
    <message>
        <source>The account was read again %1 times after answers that left the outcome unknown; WeMenu stops here rather than guess. Compare again later.</source>
        <translation>在结果未知的应答之后已重新读取账号 %1 次；WeMenu 在此停止，不做猜测。请稍后重新比较。</translation>
    </message>
    <message>
        <source>Replace the default menu</source>
        <translation>替换默认菜单</translation>
    </message>
    <message>
        <source>Delete every menu of the account</source>
        <translation>删除账号的全部菜单</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Remove a live conditional menu</source>
        <translation>删除一个线上的个性化菜单</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation>技术细节(&amp;T)</translation>
    </message>
    <message>
        <source>The calls WeMenu will make, in this order:</source>
        <translation>WeMenu 将按以下顺序调用接口：</translation>
    </message>
    <message>
        <source>Reads the account again and makes the calls still missing, if the account is as the stop left it.</source>
        <translation>重新读取账号；如果账号仍是停止时的状态，就执行仍缺少的调用。</translation>
    </message>
    <message>
        <source>&amp;Export Review…</source>
        <translation>导出审阅单(&amp;E)…</translation>
    </message>
    <message>
        <source>Saves this review as a PDF, phones and changes with a line for a signature, to send before publishing.</source>
        <translation>把本次审阅保存为 PDF（手机预览、变化说明和签字栏），发布前可发给他人确认。</translation>
    </message>
    <message>
        <source>Review %1 %2.pdf</source>
        <translation>审阅单 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>导出审阅单</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Publish to %1</source>
        <translation>发布到 %1(&amp;P)</translation>
    </message>
    <message>
        <source>The account changed since the stop: above is the new difference. </source>
        <translation>停止之后账号又有了变化：上面是新的差异。</translation>
    </message>
    <message>
        <source>1 menu changes. Nothing runs until you click Publish.</source>
        <translation>1 个菜单有变化。点击“发布”之前不会执行任何调用。</translation>
    </message>
    <message>
        <source>%1 menus change. Nothing runs until you click Publish.</source>
        <translation>%1 个菜单有变化。点击“发布”之前不会执行任何调用。</translation>
    </message>
    <message>
        <source>What followers see now:</source>
        <translation>粉丝现在看到的菜单：</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>重试(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>PublishHistory</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation>无法创建历史记录文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>PublishReview</name>
    <message>
        <source>Same buttons and rule; only its place in the order changes.</source>
        <translation>按钮和匹配规则都不变，只是优先顺序变了。</translation>
    </message>
    <message>
        <source>WeChat cannot edit a conditional menu: WeMenu deletes it and adds it again. While it is added again, these followers see %1 for a moment.</source>
        <translation>微信不能直接修改个性化菜单：WeMenu 会先删除它，再重新添加。重新添加期间，这些粉丝会短暂看到%1。</translation>
    </message>
    <message>
        <source>After publishing, the account has no menu: followers see none.</source>
        <translation>发布后账号没有菜单：粉丝看不到任何菜单。</translation>
    </message>
    <message>
        <source>After publishing, these followers see %1.</source>
        <translation>发布后，这些粉丝会看到%1。</translation>
    </message>
    <message>
        <source>; the daily quota resets at 00:00 Beijing time</source>
        <translation>；每日调用次数上限在北京时间 00:00 重置</translation>
    </message>
    <message>
        <source>%1 see the new default menu</source>
        <translation>%1看到的是新的默认菜单</translation>
    </message>
    <message>
        <source>%1 still see the old default menu: it was not replaced</source>
        <translation>%1看到的仍是旧的默认菜单：它还没有被替换</translation>
    </message>
    <message>
        <source>%1 still see the old default menu: it was not deleted</source>
        <translation>%1看到的仍是旧的默认菜单：它还没有被删除</translation>
    </message>
    <message>
        <source>%1 see no menu, as planned</source>
        <translation>%1看不到菜单，与计划一致</translation>
    </message>
    <message>
        <source>%1 still see their old menu: it was not removed</source>
        <translation>%1看到的仍是原来的菜单：它还没有被删除</translation>
    </message>
    <message>
        <source>%1 see %2, as planned</source>
        <translation>%1看到的是%2，与计划一致</translation>
    </message>
    <message>
        <source>%1 see their new menu</source>
        <translation>%1看到的是新菜单</translation>
    </message>
    <message>
        <source>%1 still see their old menu: the new one was not published</source>
        <translation>%1看到的仍是原来的菜单：新菜单没有发布</translation>
    </message>
    <message>
        <source>%1 see %2: their menu was deleted and could not be added again</source>
        <translation>%1看到的是%2：他们的菜单已被删除，未能重新添加</translation>
    </message>
    <message>
        <source>%1 see %2: their menu was deleted and has not been added again yet</source>
        <translation>%1看到的是%2：他们的菜单已被删除，尚未重新添加</translation>
    </message>
    <message>
        <source>%1 see %2: their new menu could not be added</source>
        <translation>%1看到的是%2：新菜单未能添加</translation>
    </message>
    <message>
        <source>%1 see %2: their new menu has not been added yet</source>
        <translation>%1看到的是%2：新菜单尚未添加</translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Use Account</source>
        <translation>使用账号(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Pull Live Menus</source>
        <translation>拉取线上菜单(&amp;P)</translation>
    </message>
    <message>
        <source>Open the account&apos;s live menus as a new document</source>
        <translation>将账号的线上菜单作为新文档打开</translation>
    </message>
    <message>
        <source>Compare and P&amp;ublish…</source>
        <translation>对比并发布(&amp;U)…</translation>
    </message>
    <message>
        <source>Publish &amp;History…</source>
        <translation>发布历史(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>管理账号(&amp;M)…</translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation>尚未对比</translation>
    </message>
    <message>
        <source>the document matches the live menus</source>
        <translation>文档与线上菜单一致</translation>
    </message>
    <message>
        <source>the document differs from the live menus</source>
        <translation>文档与线上菜单不同</translation>
    </message>
    <message>
        <source>Account: %1 · %2</source>
        <translation>账号：%1 · %2</translation>
    </message>
    <message>
        <source>Pull Live Menus</source>
        <translation>拉取线上菜单</translation>
    </message>
    <message>
        <source>Live menus of %1</source>
        <translation>%1 的线上菜单</translation>
    </message>
    <message>
        <source>Publish History</source>
        <translation>发布历史</translation>
    </message>
    <message>
        <source>Menus before a publish</source>
        <translation>发布之前的菜单</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>清除最近打开的文件</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>an untitled menu</source>
        <translation>未命名菜单</translation>
    </message>
    <message>
        <source>WeMenu closed unexpectedly with unsaved changes to %1 (saved automatically at %2).

Restore them?</source>
        <translation>WeMenu 意外关闭时，%1 中有未保存的修改（已于 %2 自动保存）。

是否恢复？</translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>1 menu unchanged</source>
        <translation>1 个菜单未变</translation>
    </message>
    <message>
        <source>%1 menus unchanged</source>
        <translation>%1 个菜单未变</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Live now: no such menu</source>
        <translation>当前线上：没有此菜单</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>当前线上</translation>
    </message>
    <message>
        <source>After publishing: removed</source>
        <translation>发布后：已删除</translation>
    </message>
    <message>
        <source>After publishing</source>
        <translation>发布后</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1（删除）</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新增）</translation>
    </message>
    <message>
        <source>Review before publishing</source>
        <translation>发布前核对</translation>
    </message>
    <message>
        <source>Practice account: nothing reaches real followers.</source>
        <translation>练习账号：不会影响真实粉丝。</translation>
    </message>
    <message>
        <source>Real account: followers see these menus.</source>
        <translation>真实账号：粉丝会看到这些菜单。</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>没有任何改动。</translation>
    </message>
    <message>
        <source>Menus that change: %1</source>
        <translation>有改动的菜单：%1 个</translation>
    </message>
    <message>
        <source>Approved for publishing</source>
        <translation>同意发布</translation>
    </message>
    <message>
        <source>Name and signature</source>
        <translation>姓名及签字</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Review before publishing: %1</source>
        <translation>发布前核对：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation>无法写入 %1：无法开始生成 PDF。</translation>
    </message>
    <message>
        <source>Followers: %1</source>
        <translation>粉丝：%1</translation>
    </message>
    <message>
        <source>Marked: green added, red removed, amber changed.</source>
        <translation>标记：绿色为新增，红色为删除，橙色为修改。</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>改动内容</translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>The Sandbox state %1 cannot be read: %2</source>
        <translation>无法读取练习账号的状态文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule This Menu</source>
        <translation>定时发布此菜单</translation>
    </message>
    <message>
        <source>At the start WeMenu publishes this menu to the account. At the end it puts back the menus that were live just before the start, unless someone changed them meanwhile. The steps run while WeMenu is open, or from the system timer where there is one.</source>
        <translation>到开始时间时，WeMenu 把这份菜单发布到公众号；到结束时间时，恢复开始前线上的菜单（如果期间有人改动过线上菜单，则不恢复）。WeMenu 打开时会执行这些步骤；系统支持定时器时，也会由系统定时器执行。</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Put back the menus that were live before the start</source>
        <translation>恢复开始前线上的菜单</translation>
    </message>
    <message>
        <source>What the start changes, compared with the live menus now:</source>
        <translation>开始时会发生的变化（与当前线上菜单相比）：</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>定时发布(&amp;C)</translation>
    </message>
    <message>
        <source>Beijing time: %1</source>
        <translation>北京时间：%1</translation>
    </message>
    <message>
        <source>No end: the menu stays until someone publishes another.</source>
        <translation>不设结束：菜单一直保留，直到有人发布其他菜单。</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The start has passed: the menu is published as soon as you schedule it.</source>
        <translation>开始时间已过：设置后会立即发布菜单。</translation>
    </message>
    <message>
        <source>The start is less than five minutes away: there is little time to check the menu, and it goes live without asking again.</source>
        <translation>距开始不到五分钟：几乎没有时间检查菜单，到时会直接上线，不再询问。</translation>
    </message>
    <message>
        <source>The document has %1 error(s); fix them (see the Problems list) before scheduling it.</source>
        <translation>文档有 %1 个错误，请先修正（见“问题”列表）再定时发布。</translation>
    </message>
    <message>
        <source>Reading the live menus…</source>
        <translation>正在读取线上菜单…</translation>
    </message>
    <message>
        <source>The live menus could not be read, so the change is not shown: %1</source>
        <translation>无法读取线上菜单，因此无法显示变化：%1</translation>
    </message>
    <message>
        <source>The account shows this menu already; the start would change nothing unless someone changes the account before.</source>
        <translation>公众号当前已是这份菜单；除非开始前有人改动，否则开始时不会有任何变化。</translation>
    </message>
    <message>
        <source>1 menu changes at the start, if the account stays as it is now.</source>
        <translation>如果公众号保持现状，开始时有 1 个菜单会变化。</translation>
    </message>
    <message>
        <source>%1 menus change at the start, if the account stays as it is now.</source>
        <translation>如果公众号保持现状，开始时有 %1 个菜单会变化。</translation>
    </message>
    <message>
        <source>The start has passed: the menu goes live on %1 as soon as it is scheduled. Schedule it anyway?</source>
        <translation>开始时间已过：设置后菜单会立即在“%1”上线。仍要定时发布吗？</translation>
    </message>
    <message>
        <source>The start is less than five minutes away: the menu goes live on %1 at %2 without asking again. Schedule it anyway?</source>
        <translation>距开始不到五分钟：菜单将于 %2 在“%1”上线，到时不再询问。仍要定时发布吗？</translation>
    </message>
</context>
<context>
    <name>SeveralAccountsDialog</name>
    <message>
        <source>Publish to Several Accounts</source>
        <translation>发布到多个账号</translation>
    </message>
    <message>
        <source>Account &amp;group:</source>
        <translation>账号分组(&amp;G)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Publish to These Accounts</source>
        <translation>发布到这些账号(&amp;P)</translation>
    </message>
    <message>
        <source>Make a group of accounts in Manage Accounts first.</source>
        <translation>请先在“管理账号”中建立账号分组。</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>查看对比…</translation>
    </message>
    <message>
        <source>The full Compare and Publish review of this account</source>
        <translation>此账号完整的对比并发布</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Reads this account again and publishes what is still missing</source>
        <translation>重新读取此账号，只发布还缺少的部分</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>&amp;Publish to %1 Account(s)</source>
        <translation>发布到 %1 个账号(&amp;P)</translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation>%1 个已发布</translation>
    </message>
    <message>
        <source>%1 already up to date</source>
        <translation>%1 个已是最新</translation>
    </message>
    <message>
        <source>%1 ready to publish</source>
        <translation>%1 个可以发布</translation>
    </message>
    <message>
        <source>%1 stopped (Retry them)</source>
        <translation>%1 个已停止（可重试）</translation>
    </message>
    <message>
        <source>%1 not sent (see the row)</source>
        <translation>%1 个未发送（见该行）</translation>
    </message>
    <message>
        <source>%1 under way</source>
        <translation>%1 个进行中</translation>
    </message>
    <message>
        <source>%1 account(s): %2.</source>
        <translation>%1 个账号：%2。</translation>
    </message>
    <message>
        <source>Publishing is under way; the dialog closes once every account has finished.</source>
        <translation>正在发布；所有账号完成后才能关闭此窗口。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>SystemdUserScheduler</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot be removed.</source>
        <translation>%1：无法删除。</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation>无法启动 systemctl：%1</translation>
    </message>
    <message>
        <source>systemctl --user did not answer.</source>
        <translation>systemctl --user 没有响应。</translation>
    </message>
    <message>
        <source>systemctl --user %1 failed.</source>
        <translation>systemctl --user %1 失败。</translation>
    </message>
    <message>
        <source>No system timer: systemctl --user is not available here (%1). The campaign runs while WeMenu is open; to run it without WeMenu, add this line to your crontab (crontab -e):
%2</source>
        <translation>没有系统定时器：此处无法使用 systemctl --user（%1）。WeMenu 打开时活动照常运行；若要在不打开 WeMenu 时运行，请将这一行加入 crontab（crontab -e）：
%2</translation>
    </message>
    <message>
        <source>The system timer %1 runs the next step at %2.</source>
        <translation>系统定时器 %1 将在 %2 运行下一步。</translation>
    </message>
</context>
<context>
    <name>TargetConnection</name>
    <message>
        <source>there is no saved account named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存账号。</translation>
    </message>
</context>
<context>
    <name>TargetsFile</name>
    <message>
        <source>%1:%2: targets[%3]</source>
        <translation>%1:%2：targets[%3]</translation>
    </message>
    <message>
        <source>%1:%2: target &quot;%3&quot;</source>
        <translation>%1:%2：目标“%3”</translation>
    </message>
    <message>
        <source>%1:%2:%3: not JSON: %4</source>
        <translation>%1:%2:%3：不是 JSON：%4</translation>
    </message>
    <message>
        <source>%1:1: a targets file is an object with a &quot;targets&quot; array: {&quot;targets&quot;:[{&quot;name&quot;:...,&quot;account&quot;:...,&quot;vars&quot;:{...}}]}</source>
        <translation>%1:1：目标文件应是一个带 &quot;targets&quot; 数组的对象：{&quot;targets&quot;:[{&quot;name&quot;:...,&quot;account&quot;:...,&quot;vars&quot;:{...}}]}</translation>
    </message>
    <message>
        <source>%1:1: the &quot;targets&quot; array is empty.</source>
        <translation>%1:1：&quot;targets&quot; 数组是空的。</translation>
    </message>
    <message>
        <source>each target is an object.</source>
        <translation>每个目标都应是一个对象。</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (a target has %2).</source>
        <translation>未知字段 &quot;%1&quot;（目标可有的字段：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>missing field &quot;name&quot; (the name shown for this account).</source>
        <translation>缺少字段 &quot;name&quot;（这个账号显示的名称）。</translation>
    </message>
    <message>
        <source>another target has the same name.</source>
        <translation>另一个目标用了同样的名称。</translation>
    </message>
    <message>
        <source>give either &quot;account&quot; (a saved account) or &quot;api_base&quot; and &quot;appid&quot; with &quot;secret_env&quot; or &quot;token_env&quot;, not both.</source>
        <translation>请二选一：&quot;account&quot;（已保存的账号），或 &quot;api_base&quot; 和 &quot;appid&quot; 加 &quot;secret_env&quot; 或 &quot;token_env&quot;，不能同时给出。</translation>
    </message>
    <message>
        <source>missing field &quot;account&quot; (a saved account) or &quot;api_base&quot;.</source>
        <translation>缺少字段 &quot;account&quot;（已保存的账号）或 &quot;api_base&quot;。</translation>
    </message>
    <message>
        <source>missing field &quot;appid&quot;.</source>
        <translation>缺少字段 &quot;appid&quot;。</translation>
    </message>
    <message>
        <source>missing field &quot;secret_env&quot; (the environment variable holding the AppSecret) or &quot;token_env&quot; (one holding an access token).</source>
        <translation>缺少字段 &quot;secret_env&quot;（存放 AppSecret 的环境变量）或 &quot;token_env&quot;（存放 access token 的环境变量）。</translation>
    </message>
    <message>
        <source>give one of &quot;secret_env&quot;, &quot;token_env&quot; and &quot;token_service&quot;.</source>
        <translation>&quot;secret_env&quot;、&quot;token_env&quot; 和 &quot;token_service&quot; 只能给出一个。</translation>
    </message>
    <message>
        <source>&quot;token_endpoint&quot; is stable_token or token.</source>
        <translation>&quot;token_endpoint&quot; 只能是 stable_token 或 token。</translation>
    </message>
    <message>
        <source>&quot;vars&quot; must be an object of names and values.</source>
        <translation>&quot;vars&quot; 必须是由变量名和值组成的对象。</translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; must be a string.</source>
        <translation>变量 &quot;%1&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>%1: cannot read the targets file: %2</source>
        <translation>%1：无法读取目标文件：%2</translation>
    </message>
    <message>
        <source>%1: there is no saved account named &quot;%2&quot;.</source>
        <translation>%1：没有名为“%2”的已保存账号。</translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set.</source>
        <translation>%1：环境变量 %2 没有设置。</translation>
    </message>
</context>
<context>
    <name>TemplateController</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (group %2) has no value for ${%3}: its menu would show ${%3} as written. Set it for the account or the group in Manage Accounts.</source>
        <translation>%1（分组 %2）没有 ${%3} 的值：它的菜单会原样显示 ${%3}。请在“管理账号”中为该账号或分组设置。</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add Button</source>
        <translation>添加菜单</translation>
    </message>
    <message>
        <source>Add Sub-button</source>
        <translation>添加子菜单</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation>移动“%1”</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Change Match Rule</source>
        <translation>修改匹配规则</translation>
    </message>
    <message>
        <source>Change Menu Priority</source>
        <translation>调整菜单优先级</translation>
    </message>
    <message>
        <source>Delete Conditional Menu</source>
        <translation>删除个性化菜单</translation>
    </message>
    <message>
        <source>Paste Buttons</source>
        <translation>粘贴菜单</translation>
    </message>
    <message>
        <source>Remove Unused Action</source>
        <translation>删除未使用的菜单动作</translation>
    </message>
    <message>
        <source>Rename Conditional Menu</source>
        <translation>重命名个性化菜单</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>WeMenu User Guide</source>
        <translation>WeMenu 使用指南</translation>
    </message>
    <message>
        <source>&lt;h2&gt;WeMenu User Guide&lt;/h2&gt;&lt;p&gt;WeMenu edits the custom menu of a WeChat Official Account: the buttons at the bottom of the chat. Nothing reaches your account until you publish.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#menus&quot;&gt;Menus&lt;/a&gt; · &lt;a href=&quot;#limits&quot;&gt;Limits&lt;/a&gt; · &lt;a href=&quot;#phone&quot;&gt;Phone preview&lt;/a&gt; · &lt;a href=&quot;#problems&quot;&gt;Problems&lt;/a&gt; · &lt;a href=&quot;#follower&quot;&gt;Preview as a follower&lt;/a&gt; · &lt;a href=&quot;#publish&quot;&gt;Publishing and history&lt;/a&gt; · &lt;a href=&quot;#sandbox&quot;&gt;The Sandbox&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;WeMenu 使用指南&lt;/h2&gt;&lt;p&gt;WeMenu 用来编辑微信公众号的自定义菜单，也就是聊天界面底部的那些菜单。在你发布之前，任何改动都不会到达你的账号。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#menus&quot;&gt;菜单&lt;/a&gt; · &lt;a href=&quot;#limits&quot;&gt;字数限制&lt;/a&gt; · &lt;a href=&quot;#phone&quot;&gt;手机预览&lt;/a&gt; · &lt;a href=&quot;#problems&quot;&gt;问题&lt;/a&gt; · &lt;a href=&quot;#follower&quot;&gt;按粉丝身份预览&lt;/a&gt; · &lt;a href=&quot;#publish&quot;&gt;发布与历史&lt;/a&gt; · &lt;a href=&quot;#sandbox&quot;&gt;练习账号&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;menus&quot;&gt;&lt;/a&gt;The default menu and conditional menus&lt;/h3&gt;&lt;p&gt;Every follower sees the &lt;b&gt;default menu&lt;/b&gt;, unless a &lt;b&gt;conditional menu&lt;/b&gt; matches them. A conditional menu has a rule: a tag the follower carries, their phone (iOS, Android, other), or both. The Menus list shows them in the order WeChat tries them: the first whose rule matches wins; when none does, the default menu shows. Add a conditional menu from the Menus list; it starts as a copy of the default menu.&lt;/p&gt;&lt;p&gt;A menu has 1 to 3 buttons on its bar. A button either does something itself or opens a sub-menu of up to 5 buttons; a button with a sub-menu does nothing of its own.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;menus&quot;&gt;&lt;/a&gt;默认菜单与个性化菜单&lt;/h3&gt;&lt;p&gt;每位粉丝看到的都是&lt;b&gt;默认菜单&lt;/b&gt;，除非有&lt;b&gt;个性化菜单&lt;/b&gt;与他匹配。个性化菜单带有匹配规则：粉丝的某个标签、他的手机系统（iOS、Android、其他），或两者兼有。“菜单列表”按微信尝试的顺序列出它们：第一个规则匹配的菜单生效；都不匹配时，显示默认菜单。在“菜单列表”中添加个性化菜单，新菜单一开始是默认菜单的副本。&lt;/p&gt;&lt;p&gt;一个菜单的底栏有 1 到 3 个一级菜单。一级菜单要么自己执行一个动作，要么展开最多 5 个子菜单；展开子菜单的一级菜单自身没有动作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;limits&quot;&gt;&lt;/a&gt;Limits in characters&lt;/h3&gt;&lt;p&gt;The phone cuts long names: a button on the bar shows about 4 Chinese characters (8 letters or digits), one in a sub-menu about 8 Chinese characters (16 letters or digits); the rest becomes &quot;...&quot;. The counter under the name says how many more fit. WeChat itself refuses longer names only past a hard limit (it turns the counter red); its tooltip shows the exact size.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;limits&quot;&gt;&lt;/a&gt;字数限制&lt;/h3&gt;&lt;p&gt;手机会截断过长的名称：一级菜单约显示 4 个汉字（8 个字母或数字），子菜单约显示 8 个汉字（16 个字母或数字），其余部分显示为“...”。名称下方的计数会告诉你还能输入多少字。只有超过硬性上限时微信才会拒绝（计数会变红）；计数的提示中显示确切的大小。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;phone&quot;&gt;&lt;/a&gt;The phone preview&lt;/h3&gt;&lt;p&gt;The phone in the middle shows the menu chosen in the Menus list as a follower sees it, names cut as the phone cuts them. Click a button to select it, click a button with a sub-menu to open it, and drag buttons to reorder them. View &gt; Dark Preview shows the phone in dark mode; File &gt; Export Preview as PNG saves a picture of it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;phone&quot;&gt;&lt;/a&gt;手机预览&lt;/h3&gt;&lt;p&gt;中间的手机按粉丝看到的样子显示“菜单列表”中选中的菜单，名称的截断方式与手机一致。点击菜单可选中它，点击带子菜单的一级菜单可展开，拖动菜单可调整顺序。“视图 &gt; 深色预览”以深色模式显示手机；“文件 &gt; 导出预览图为 PNG”可保存预览图片。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;problems&quot;&gt;&lt;/a&gt;Problems&lt;/h3&gt;&lt;p&gt;The Problems list says what WeChat would refuse (errors, red) and what works but may surprise (warnings, yellow). Double-click a problem to go to the button and the field concerned. A menu with errors cannot be published; you can still save it and come back later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;problems&quot;&gt;&lt;/a&gt;问题&lt;/h3&gt;&lt;p&gt;“问题”列表会指出微信会拒绝的内容（错误，红色），以及能用但可能出乎意料的内容（警告，黄色）。双击某个问题即可跳到相关的菜单和字段。有错误的菜单不能发布，但仍可保存，稍后再改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;follower&quot;&gt;&lt;/a&gt;Preview as a follower&lt;/h3&gt;&lt;p&gt;Under the phone, tick &lt;b&gt;Preview as a follower&lt;/b&gt;, enter the follower&apos;s tags in the order they were given and choose the phone: the preview shows the menu that follower sees, and the line below says why. To ask WeChat itself, enter a follower&apos;s OpenID or WeChat ID and click &lt;b&gt;Ask WeChat&lt;/b&gt;; it answers for the menus published on the account, not for this document.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;follower&quot;&gt;&lt;/a&gt;按粉丝身份预览&lt;/h3&gt;&lt;p&gt;在手机下方勾选&lt;b&gt;按粉丝身份预览&lt;/b&gt;，按打标签的先后顺序填入粉丝的标签，再选择手机系统：预览会显示这位粉丝看到的菜单，下面一行说明原因。如要直接询问微信，填入粉丝的 OpenID 或微信号，然后点击&lt;b&gt;向微信查询&lt;/b&gt;；微信回答的是账号上已发布的菜单，而不是本文档。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;publish&quot;&gt;&lt;/a&gt;Publishing and history&lt;/h3&gt;&lt;p&gt;Choose the account under Account &gt; Use Account; the toolbar&apos;s Publish button names it. &lt;b&gt;Publish&lt;/b&gt; first reads the account&apos;s live menus and shows them beside yours, phone by phone; nothing changes until you confirm. WeMenu then sends only the changes needed. Followers see a new menu within about 5 minutes (unfollow and follow again to see it at once).&lt;/p&gt;&lt;p&gt;Before each publish WeMenu keeps the account&apos;s menus as they were: Account &gt; Publish History opens any of them as a new document, to look at or to publish back. Account &gt; Pull Live Menus opens what the account has now.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;publish&quot;&gt;&lt;/a&gt;发布与历史&lt;/h3&gt;&lt;p&gt;在“账号 &gt; 使用账号”中选择账号；工具栏上的发布按钮会显示它的名字。&lt;b&gt;发布&lt;/b&gt;时先读取账号的线上菜单，与你的菜单逐个手机并排对比；在你确认之前什么都不会改变。随后 WeMenu 只发送必要的改动。粉丝约 5 分钟内会看到新菜单（取消关注后重新关注可立即看到）。&lt;/p&gt;&lt;p&gt;每次发布前，WeMenu 都会保存账号原来的菜单：“账号 &gt; 发布历史”可把其中任何一份作为新文档打开，用来查看或重新发布回去。“账号 &gt; 拉取线上菜单”打开账号当前的菜单。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;sandbox&quot;&gt;&lt;/a&gt;The Sandbox practice account&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Sandbox&lt;/b&gt; is a practice account inside WeMenu, on this computer only, with a few tags and followers. Publish to it, pull from it, ask it what a follower sees: nothing leaves your computer. It is chosen on a first start; add your real account under Account &gt; Manage Accounts when you are ready.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;&lt;a name=&quot;sandbox&quot;&gt;&lt;/a&gt;练习账号&lt;/h3&gt;&lt;p&gt;&lt;b&gt;练习账号&lt;/b&gt;是 WeMenu 内置的练习用账号，只在本机上，带有一些标签和粉丝。可以向它发布、从它拉取、询问它某位粉丝看到什么：所有数据都不会离开你的电脑。首次启动时默认选中它；准备好后，在“账号 &gt; 管理账号”中添加你的真实账号。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Conditional menus need a default menu: WeChat adds them only to an account that has one.</source>
        <translation>个性化菜单需要默认菜单：微信只允许已有默认菜单的账号添加个性化菜单。</translation>
    </message>
    <message>
        <source>A menu needs at least one top-level button.</source>
        <translation>菜单至少需要一个一级菜单。</translation>
    </message>
    <message>
        <source>A menu has at most 3 top-level buttons; this is button %1.</source>
        <translation>每个菜单最多只能有 3 个一级菜单；这是第 %1 个。</translation>
    </message>
    <message>
        <source>&quot;sub_button&quot; must be an array of buttons, not %1.</source>
        <translation>&quot;sub_button&quot; 必须是子菜单数组，不能是%1。</translation>
    </message>
    <message>
        <source>A sub-button cannot have sub-buttons of its own: menus have two levels.</source>
        <translation>子菜单下不能再有子菜单：菜单只有两级。</translation>
    </message>
    <message>
        <source>A sub-menu has at most 5 buttons; this is button %1.</source>
        <translation>每个一级菜单下最多只能有 5 个子菜单；这是第 %1 个。</translation>
    </message>
    <message>
        <source>Every button needs a name.</source>
        <translation>每个菜单都必须填写名称。</translation>
    </message>
    <message>
        <source>The name is %1 bytes; a top-level name may have at most 16 bytes (a Chinese character takes 3).</source>
        <translation>名称为 %1 字节；一级菜单名称最多 16 字节（一个汉字占 3 字节）。</translation>
    </message>
    <message>
        <source>The name is %1 bytes; a sub-button name may have at most 60 bytes (a Chinese character takes 3).</source>
        <translation>名称为 %1 字节；子菜单名称最多 60 字节（一个汉字占 3 字节）。</translation>
    </message>
    <message>
        <source>The phone cuts this name and shows &quot;%1&quot;.</source>
        <translation>手机上名称会被截断，显示为“%1”。</translation>
    </message>
    <message>
        <source>Choose what the button does, or give it sub-buttons.</source>
        <translation>请选择菜单的动作类型，或为它添加子菜单。</translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation>请选择菜单的动作类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; buttons are made in the WeChat web console; the API cannot publish them. Choose another type.</source>
        <translation>“%1”类型的菜单只能在公众平台网页后台设置，接口无法发布。请选择其他类型。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type WeChat knows.</source>
        <translation>“%1”不是微信支持的菜单类型。</translation>
    </message>
    <message>
        <source>A Mini Program button needs the Mini Program&apos;s AppID.</source>
        <translation>跳转小程序的菜单需要填写小程序的 AppID。</translation>
    </message>
    <message>
        <source>A Mini Program button needs the page path to open.</source>
        <translation>跳转小程序的菜单需要填写要打开的页面路径。</translation>
    </message>
    <message>
        <source>The key is %1 bytes; at most 128 bytes are allowed.</source>
        <translation>key 长度为 %1 字节，最多允许 128 字节。</translation>
    </message>
    <message>
        <source>The link is %1 bytes; at most 1024 bytes are allowed.</source>
        <translation>链接长度为 %1 字节，最多允许 1024 字节。</translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation>链接必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>Write the Mini Program AppID in lowercase: &quot;%1&quot;.</source>
        <translation>小程序 AppID 请使用小写：“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation>“%1”必须是文本，不能是%2。</translation>
    </message>
    <message>
        <source>This live menu matches on &quot;%1&quot;, which WeChat no longer allows: it has expired, no follower sees it, and it cannot be published as it is. Remove the field.</source>
        <translation>线上的这个菜单按“%1”匹配，微信已不再允许：它已失效，没有粉丝能看到，也无法原样发布。请删除该字段。</translation>
    </message>
    <message>
        <source>Match rules may no longer use &quot;%1&quot; (a privacy field); WeChat rejects the menu. Match on a tag instead.</source>
        <translation>匹配规则不能再使用“%1”（隐私字段），微信会拒绝该菜单。请改用标签匹配。</translation>
    </message>
    <message>
        <source>The match rule is empty: choose a tag, a phone platform, or both.</source>
        <translation>匹配规则为空：请选择标签或手机系统，或两者都选。</translation>
    </message>
    <message>
        <source>The tag id must be a number, as WeChat lists it; &quot;%1&quot; is not.</source>
        <translation>标签 ID 必须是数字（即微信中显示的 ID）；“%1”不是数字。</translation>
    </message>
    <message>
        <source>The platform must be 1 (iOS), 2 (Android) or 3 (others); &quot;%1&quot; is not.</source>
        <translation>手机系统只能是 1（iOS）、2（Android）或 3（其他）；“%1”不是。</translation>
    </message>
    <message>
        <source>All conditional menus together may link to at most 3 domains; this link adds %1 to %2.</source>
        <translation>所有个性化菜单中的链接合计最多只能涉及 3 个域名；此链接在 %2 之外又增加了 %1。</translation>
    </message>
    <message>
        <source>No follower can ever see this menu: the newer %1 matches everyone this one matches, and newer menus are tried first.</source>
        <translation>没有粉丝会看到这个菜单：较新的 %1 能匹配到本菜单匹配的所有粉丝，而较新的菜单优先匹配。</translation>
    </message>
    <message>
        <source>This button opens a sub-menu, so its own action &quot;%1&quot; and its fields are not used.</source>
        <translation>此菜单会展开子菜单，因此它自己的动作“%1”及相关字段不会生效。</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs an event key (key).</source>
        <translation>“%1”类型的菜单需要填写事件 key。</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs a web page link (url).</source>
        <translation>“%1”类型的菜单需要填写网页链接（url）。</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs a media ID (media_id).</source>
        <translation>“%1”类型的菜单需要填写素材 ID（media_id）。</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs an article ID (article_id).</source>
        <translation>“%1”类型的菜单需要填写图文 ID（article_id）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; buttons do not use the %2; WeChat ignores it.</source>
        <translation>“%1”类型的菜单不使用%2，微信会忽略它。</translation>
    </message>
    <message>
        <source>The %1 holds an invisible control character (U+%2) that WeChat rejects.</source>
        <translation>%1中含有微信不接受的不可见控制字符（U+%2）。</translation>
    </message>
    <message>
        <source>The sub-menu is written as {&quot;list&quot;: [...]}, a form only get_current_selfmenu_info answers use; WeChat refuses a request holding it. Write &quot;sub_button&quot; as an array of buttons (WeMenu saves it that way).</source>
        <translation>子菜单写成了 {&quot;list&quot;: [...]}，这种写法只出现在 get_current_selfmenu_info 的应答里；含有它的请求会被微信拒绝。请把 &quot;sub_button&quot; 写成菜单数组（WeMenu 保存时就是这样写的）。</translation>
    </message>
    <message>
        <source>The default menu has no match rule: WeChat refuses it with &quot;matchrule&quot;. Remove the key, or add a conditional menu for the rule.</source>
        <translation>默认菜单没有匹配规则：带 &quot;matchrule&quot; 的默认菜单会被微信拒绝。请删除这个键，或为这条规则添加一个个性化菜单。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in this menu: WeChat refuses a request that holds it. Remove the key.</source>
        <translation>&quot;%1&quot; 不应出现在这个菜单里：含有它的请求会被微信拒绝。请删除这个键。</translation>
    </message>
    <message>
        <source>WeChat is retiring &quot;%1&quot; buttons: use &quot;%2&quot; with an article ID instead.</source>
        <translation>微信即将停止支持“%1”菜单：请改用“%2”，并填写图文 ID。</translation>
    </message>
    <message>
        <source>The %1 holds a broken character (half of an emoji or a rare character) that has no UTF-8 form; WeChat rejects it. Retype the text.</source>
        <translation>%1 里有一个残缺的字符（半个表情符号或生僻字），无法写成 UTF-8；微信会拒绝。请重新输入这段文字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a broken character (half of an emoji or a rare character) that has no UTF-8 form; WeChat rejects it.</source>
        <translation>&quot;%1&quot; 里有一个残缺的字符（半个表情符号或生僻字），无法写成 UTF-8；微信会拒绝。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in a button: WeChat refuses a request that holds it. Remove the key.</source>
        <translation>&quot;%1&quot; 不应出现在菜单按钮里：含有它的请求会被微信拒绝。请删除这个键。</translation>
    </message>
    <message>
        <source>WeChat does not read &quot;%1&quot;: sub-buttons go in &quot;sub_button&quot;. Rename the key.</source>
        <translation>微信不读取 &quot;%1&quot;：子菜单应写在 &quot;sub_button&quot; 里。请重命名这个键。</translation>
    </message>
    <message>
        <source>WeChat does not read &quot;%1&quot;, and this button already has its %2. Remove the key.</source>
        <translation>微信不读取 &quot;%1&quot;，而且这个菜单已经有%2。请删除这个键。</translation>
    </message>
    <message>
        <source>WeChat reads the %1 only from &quot;%2&quot;, so it finds none in &quot;%3&quot;. Rename the key.</source>
        <translation>微信只从 &quot;%2&quot; 读取%1，在 &quot;%3&quot; 里读不到。请重命名这个键。</translation>
    </message>
    <message>
        <source>WeChat does not read &quot;%1&quot;: the %2 goes in &quot;%3&quot;. Rename the key.</source>
        <translation>微信不读取 &quot;%1&quot;：%2应写在 &quot;%3&quot; 里。请重命名这个键。</translation>
    </message>
    <message>
        <source>This button opens a sub-menu, so its own action fields are not used.</source>
        <translation>此菜单已有子菜单，其自身的菜单动作设置不会生效。</translation>
    </message>
    <message>
        <source>The menu has no buttons yet, and WeChat accepts no menu without one. Add at least one button first: click + on the phone.</source>
        <translation>菜单里还没有任何菜单，微信不接受空的自定义菜单。请先至少添加一个菜单：点击手机预览上的 +。</translation>
    </message>
    <message>
        <source>A Mini Program AppID is &quot;wx&quot; and 16 characters 0-9 or a-f, e.g. wx286b93c14bbf93aa; check &quot;%1&quot; in the Mini Program&apos;s settings.</source>
        <translation>小程序 AppID 由“wx”加 16 个 0-9 或 a-f 字符组成，例如 wx286b93c14bbf93aa；请在小程序的设置中核对“%1”。</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>A menu uses a variable as ${name} in a button&apos;s name, link, key or other field, or in a tag of a conditional menu.</source>
        <translation>菜单中以 ${名称} 使用变量：可用在按钮的名称、链接、key 等字段，或个性化菜单的标签中。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to WeMenu</source>
        <translation>欢迎使用 WeMenu</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to WeMenu&lt;/h3&gt;&lt;p&gt;WeMenu builds the menu at the bottom of your Official Account&apos;s chat and shows it on a phone, as your followers will see it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 WeMenu&lt;/h3&gt;&lt;p&gt;WeMenu 用来制作公众号聊天界面底部的菜单，并在手机上按粉丝将看到的样子显示出来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A menu in five steps&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Add buttons&lt;/b&gt;: up to 3 on the bar, up to 5 in each one&apos;s sub-menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Name them&lt;/b&gt;: short names; the phone shows about 4 Chinese characters on the bar, 8 in a sub-menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Choose what each does&lt;/b&gt;: open a web page or a Mini Program, send a keyword to your server, and more.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check the phone&lt;/b&gt;: the preview shows the menu as followers see it; Problems lists what to fix.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Publish&lt;/b&gt;: try it on the Sandbox practice account first, then publish to your account.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;五步做好一个菜单&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;添加菜单&lt;/b&gt;：底栏最多 3 个一级菜单，每个最多 5 个子菜单。&lt;/li&gt;&lt;li&gt;&lt;b&gt;起名字&lt;/b&gt;：名字要短；手机上一级菜单约显示 4 个汉字，子菜单约 8 个。&lt;/li&gt;&lt;li&gt;&lt;b&gt;选择每个菜单的动作&lt;/b&gt;：跳转网页或小程序、向你的服务器推送关键词等。&lt;/li&gt;&lt;li&gt;&lt;b&gt;检查手机预览&lt;/b&gt;：预览按粉丝看到的样子显示菜单；“问题”列出需要修改的地方。&lt;/li&gt;&lt;li&gt;&lt;b&gt;发布&lt;/b&gt;：先在练习账号上试一试，再发布到你的账号。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <source>A coffee shop&apos;s menu, opened as a new untitled document</source>
        <translation>一家咖啡店的菜单，作为新的未命名文档打开</translation>
    </message>
    <message>
        <source>Start a &amp;New Menu</source>
        <translation>新建菜单(&amp;N)</translation>
    </message>
</context>
</TS>
