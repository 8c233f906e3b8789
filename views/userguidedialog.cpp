#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("WeMenu User Guide"));
    auto *layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("userGuideText"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false); // every link stays inside the guide
    m_browser->setHtml(html());
    layout->addWidget(m_browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString UserGuideDialog::html()
{
    const QStringList sections = {
        tr("<h2>WeMenu User Guide</h2>"
           "<p>WeMenu edits the custom menu of a WeChat Official Account: the buttons at the "
           "bottom of the chat. Nothing reaches your account until you publish.</p>"
           "<p><a href=\"#menus\">Menus</a> · <a href=\"#limits\">Limits</a> · "
           "<a href=\"#phone\">Phone preview</a> · <a href=\"#problems\">Problems</a> · "
           "<a href=\"#follower\">Preview as a follower</a> · "
           "<a href=\"#publish\">Publishing and history</a> · "
           "<a href=\"#sandbox\">The Sandbox</a></p>"),
        tr("<h3><a name=\"menus\"></a>The default menu and conditional menus</h3>"
           "<p>Every follower sees the <b>default menu</b>, unless a <b>conditional menu</b> "
           "matches them. A conditional menu has a rule: a tag the follower carries, their "
           "phone (iOS, Android, other), or both. The Menus list shows them in the order "
           "WeChat tries them: the first whose rule matches wins; when none does, the default "
           "menu shows. Add a conditional menu from the Menus list; it starts as a copy of the "
           "default menu.</p>"
           "<p>A menu has 1 to 3 buttons on its bar. A button either does something itself or "
           "opens a sub-menu of up to 5 buttons; a button with a sub-menu does nothing of its "
           "own.</p>"),
        tr("<h3><a name=\"limits\"></a>Limits in characters</h3>"
           "<p>The phone cuts long names: a button on the bar shows about 4 Chinese characters "
           "(8 letters or digits), one in a sub-menu about 8 Chinese characters (16 letters or "
           "digits); the rest becomes \"...\". The counter under the name says how many more "
           "fit. WeChat itself refuses longer names only past a hard limit (it turns the "
           "counter red); its tooltip shows the exact size.</p>"),
        tr("<h3><a name=\"phone\"></a>The phone preview</h3>"
           "<p>The phone in the middle shows the menu chosen in the Menus list as a follower "
           "sees it, names cut as the phone cuts them. Click a button to select it, click a "
           "button with a sub-menu to open it, and drag buttons to reorder them. View > Dark "
           "Preview shows the phone in dark mode; File > Export Preview as PNG saves a "
           "picture of it.</p>"),
        tr("<h3><a name=\"problems\"></a>Problems</h3>"
           "<p>The Problems list says what WeChat would refuse (errors, red) and what works "
           "but may surprise (warnings, yellow). Double-click a problem to go to the button "
           "and the field concerned. A menu with errors cannot be published; you can still "
           "save it and come back later.</p>"),
        tr("<h3><a name=\"follower\"></a>Preview as a follower</h3>"
           "<p>Under the phone, tick <b>Preview as a follower</b>, enter the follower's tags "
           "in the order they were given and choose the phone: the preview shows the menu "
           "that follower sees, and the line below says why. To ask WeChat itself, enter a "
           "follower's OpenID or WeChat ID and click <b>Ask WeChat</b>; it answers for the "
           "menus published on the account, not for this document.</p>"),
        tr("<h3><a name=\"publish\"></a>Publishing and history</h3>"
           "<p>Choose the account under Account > Use Account; the toolbar's Publish button "
           "names it. <b>Publish</b> first reads the account's live menus and shows them "
           "beside yours, phone by phone; nothing changes until you confirm. WeMenu then "
           "sends only the changes needed. Followers see a new menu within about 5 minutes "
           "(unfollow and follow again to see it at once).</p>"
           "<p>Before each publish WeMenu keeps the account's menus as they were: Account > "
           "Publish History opens any of them as a new document, to look at or to publish "
           "back. Account > Pull Live Menus opens what the account has now.</p>"),
        tr("<h3><a name=\"sandbox\"></a>The Sandbox practice account</h3>"
           "<p>The <b>Sandbox</b> is a practice account inside WeMenu, on this computer only, "
           "with a few tags and followers. Publish to it, pull from it, ask it what a "
           "follower sees: nothing leaves your computer. It is chosen on a first start; add "
           "your real account under Account > Manage Accounts when you are ready.</p>"),
    };
    return sections.join(QString());
}
