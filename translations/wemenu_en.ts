<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Account</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountBanner</name>
    <message>
        <source>Practice account: no follower sees what you publish here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real account: its followers see what you publish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPublishJob</name>
    <message>
        <source>No value for %1: set it for the account or its group in Manage Accounts. Nothing is sent to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in for this account, the menu breaks a rule: %1 Nothing is sent to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the live menus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already shows this menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: %1 call(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and verified: %1 call(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the live menus since the comparison, so nothing more was published here. Retry compares again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call ran, but the account does not show the menu. Retry compares again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 call(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at call %1 of %2: %3 %4 call(s) before it ran; none after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 button(s) changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menu change(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountQueries</name>
    <message>
        <source>WeChat does not know this follower. Check the OpenID or WeChat ID: it must be someone who follows this account (an OpenID belongs to one account only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no menu on WeChat yet, so its followers see none. Publish the menu first, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account cannot have conditional menus (it may be unverified), so WeChat cannot say which one a follower sees. Every follower sees the default menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional menus are switched off for this account on WeChat&apos;s side. Switch them on in the Official Account platform, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat could not say which menu this follower sees: it refused the account&apos;s menus. Pull the live menus to check them, publish again, then ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>%1
The secret is kept only until WeMenu closes; enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wx followed by 16 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AppID and AppSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company token service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token I paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use /cgi-bin/token instead of stable_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recommended: each new ordinary token stops your company server&apos;s token about 5 minutes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AppID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get a Token Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the settings by asking for a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Sandbox: a practice account on this computer, with a few tags and followers. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s AppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works: WeChat handed out a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret again: the stored one belongs to the previous AppID or kind of credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name (other than &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Gro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variables of this account (they win over its group&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts of the group (one menu, filled in for each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ariables of the group (for each of its accounts that does not set its own):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In group %1, which sets no variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In group %1, which sets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group, tick its accounts and set the variables they share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a group called &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved group %1 (%n account(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed group %1; its accounts stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AffectedFollowers</name>
    <message>
        <source>Every follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every follower no conditional menu picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (1 follower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 followers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers no conditional menu picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the menu &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the menu for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiRequests</name>
    <message>
        <source>the server&apos;s answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not secure: only https is allowed, and plain http only to this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiTransport</name>
    <message>
        <source>The server&apos;s answer is larger than %1 MB, far more than any menu; WeMenu stopped reading it. Check the account&apos;s API address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ButtonActions</name>
    <message>
        <source>Add &amp;Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Sub-button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a top-level button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a top-level button first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a button to the sub-menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no menu button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ButtonForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program &amp;AppID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rticle ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to your server when tapped, e.g. TODAY_MUSIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wx followed by 16 characters, lowercase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pages/index/index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A permanent media ID from the material library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID of a published article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a button in the tree or on the phone to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the button does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens its sub-menu. Remove the sub-buttons to give it an action of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API type: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ButtonTypeNames</name>
    <message>
        <source>Send a click event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Mini Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a code and wait for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo or choose from the album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the WeChat album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an image, voice or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a published article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a published article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in the web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web page link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program AppID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mini Program page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>&quot;%1&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;account.name&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;account.api_base&quot; is missing or not a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;state&quot; is not one of scheduled, started, ended, restore skipped, missed, failed, cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;snapshot&quot; is missing for a started campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>putting the menus back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;put_back&quot; must be an object, beside &quot;running&quot;: &quot;start&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignController</name>
    <message>
        <source>Sc&amp;hedule This Menu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this menu at a set time, and put the previous menus back at another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled menus, their state and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu has %1 error(s); fix them (see the Problems list) before scheduling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled in the editor: %1 goes live on %2 at %3 and the menus before it come back at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled in the editor: %1 goes live on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: the start has passed, so %1 goes live on %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1 goes live on %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign step is running right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled in the editor before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 will not go live on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is live on %2. If you cancel the campaign, it stays live: the menus from before the start are not put back at %3. Cancel the campaign?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end was cancelled in the editor: the campaign menu stays live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 stays live on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This campaign has no step left to cancel (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignNotes</name>
    <message>
        <source>Untitled menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign step failed: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign started: %1 is live on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign ended: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign missed: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Due steps are already being run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another run of due campaign steps holds %1; this one leaves them to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 was missed: its start (%2) and end (%3) both passed before it could run, so neither step ran and the account was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the %2 step did not run: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the %2 step could not read the account: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed; the next run tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the interrupted start had published the document; it is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the start was interrupted and the account has changed since in another way; WeMenu changes nothing. Check the account and publish the menus you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start was interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 started: the account already showed its menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 started: its menus are published (%2 call(s)) and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live menus changed while publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account does not show the document after publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the start failed before changing anything: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next run tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has failed; the account keeps its menus. Fix the cause and add the campaign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the start stopped part-way (%2) and the account could not be put back: %3. Open the publish history of the account and publish the menus from before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has changed in another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the start stopped part-way (%2); the menus from before it are back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has failed; fix the cause and add the campaign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: restore skipped: the live menus are no longer the ones the campaign published (someone changed them since the start), so nothing was restored and their change stays live. The menus from before the campaign are kept in its file and in the publish history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 ended: the menus from before it are back (%2 call(s)) and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live menus changed while restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account does not show the restored menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the end failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next run resumes the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has failed. Open the publish history of the account and publish the menus from before the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: restore skipped: the end had stopped part-way, and the live menus have changed since in another way (someone published meanwhile), so nothing was changed and their change stays live. The menus from before the campaign are kept in its file and in the publish history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers now see part of the campaign&apos;s menus and part of the menus from before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers still see the campaign&apos;s menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first run after %1 Beijing time resumes the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first run after %1 Beijing time tries the end again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the menus from before the start were still to be put back, but the live menus have changed since in another way (someone published meanwhile), so nothing was changed and their change stays live. The menus from before the campaign are kept in its file and in the publish history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the live menus changed while putting them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account does not show the menus from before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1: the start stopped part-way (%2), and putting the menus from before it back stopped too: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first run after %1 Beijing time resumes putting them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next run resumes putting them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign has failed. Open the publish history of the account and publish the menus from before the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSessions</name>
    <message>
        <source>there is no saved account named &quot;%1&quot; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account %1 at %2 needs WEMENU_APP_SECRET (or WEMENU_ACCESS_TOKEN) in the environment of &quot;wemenu campaign run-due&quot;; the secret is never stored with a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not a campaign file (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a campaign file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignTime</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Beijing %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Start: %1
End: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus that go live at a set time and step back by themselves. The steps run while WeMenu is open, or from the system timer where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet. Open a menu and choose Account › Schedule This Menu…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follower&apos;s tag ids, in the order applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follower&apos;s phone: ios, android or other.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) (read as %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with FILE imported into a new, untitled menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wemenu [FILE] [--import FILE]

Starts the editor, opening FILE, or with an import as unsaved changes.
Run &quot;wemenu --help&quot; for the other commands.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu: expected at most one FILE.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tags takes tag ids (numbers) separated by commas, such as 2,5; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client is ios, android or other, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sub-menu of top-level button K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render in dark mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per logical pixel.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o OUT.png is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale takes a number from 0.25 to 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open takes the 0-based index of a top-level button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the body writes text as a \u escape; WeChat rejects a request body holding any. Save it as plain UTF-8 (WeMenu writes it that way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s address, e.g. https://api.weixin.qq.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s AppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stable_token (default) or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company token service that answers {&quot;access_token&quot;,...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for each call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base URL is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-endpoint is stable_token or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appid ID is required with WEMENU_APP_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credentials: set WEMENU_ACCESS_TOKEN, or WEMENU_APP_SECRET with --appid, or give --token-service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the document to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read get_current_selfmenu_info (menus made in the web console) instead of menu/get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pull: this menu was made in the web console; buttons of its console-only types cannot be published as they are.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish these %1 call(s)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s); nothing was published.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already shows this document; nothing to publish.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: confirm with --yes, or run it in a terminal.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and verified. Phones show the new menu within about 5 minutes, or at once after unfollowing and following again.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live menus changed since they were read; nothing was published. Run push again to see the new plan.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call ran, but the account does not show the document. %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at call %1 of %2 (%3): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s menus before this push are saved in %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no saved account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a %2 file, not a whole menu document; open it in the editor and save it as a document to publish it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was lost, but the account shows the call took effect; going on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the answer was lost and the account shows the call did not take effect; planning again from the account.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a lost answer the account shows neither the state before nor after that call: someone else changed it. %1 call(s) ran. Run push again to see the new plan.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was read again %1 times after answers that left the outcome unknown; WeMenu stops here rather than guess.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu %1: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: --account NAME (a saved account; its secret from the keychain), or
WEMENU_ACCESS_TOKEN (used as it is), or WEMENU_APP_SECRET with --appid (through
stable_token), or --token-service.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wemenu pull [-o FILE] [--selfmenu] (--account NAME | --api-base URL --appid ID)
       [--token-endpoint stable_token|token] [--token-service URL] [--timeout S]

Reads the live menus of the account and prints them as a WeMenu document. A menu
made in the web console is read through get_current_selfmenu_info.
%1
Exit codes: 0 done, 1 refused by the server, 2 bad arguments or file, 64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus in %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus in %1 (was %2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old version is not a menu WeMenu can read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version is not a menu WeMenu can read: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to the menus.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus in %1:
  Unmerged: resolve the conflict first.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected OLD and NEW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a menu/create request body, not a WeMenu document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a menu/addconditional request body, not a WeMenu document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a menu/get answer (it carries menuids), not a WeMenu document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a get_current_selfmenu_info answer, not a WeMenu document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a WeMenu document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; fmt rewrites only WeMenu documents, so it was left as it is. Open it in WeMenu (File &gt; Import…) and save it as a document.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the document would not read back the same in the canonical form, so it was left as it is.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the files that are not canonical.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file(s) not in the canonical form; &quot;wemenu fmt FILE...&quot; rewrites them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print annotations for a CI system.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes github or gitlab, and not together with --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a sign-off PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the PDF names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is for a practice account.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account-name and --practice go with --pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf goes with OLD and NEW only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also ask every link whether it answers (warnings only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds each link may take to answer (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link-timeout needs a number of seconds above 0 and at most 600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--link-timeout goes with --check-links.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is a %2 file, not a whole menu document; open it in the editor and save it as a document to schedule it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s); no campaign was added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to publish FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to restore the menus from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start T is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start &quot;%1&quot; is not an ISO 8601 time such as 2030-11-11T00:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--end &quot;%1&quot; is not an ISO 8601 time such as 2030-11-12T00:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (%1) is not after the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu campaign add: there is no saved account named &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--appid ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the account: --account NAME, or --api-base URL --appid ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu campaign add: the end (%1) has passed already; no campaign was added.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled: publish %2 at %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, restore at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start has passed already: the campaign starts at the next &quot;wemenu campaign run-due&quot; (or when the editor is open).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not stored with the campaign: it runs only where &quot;wemenu campaign run-due&quot; finds WEMENU_APP_SECRET (or WEMENU_ACCESS_TOKEN) in its environment.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the end without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one campaign ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled: nothing was published.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has started. Drop its end, so the campaign&apos;s menus stay live and the menus from before are not restored?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cancelled: confirm with --yes, or run it in a terminal.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end was cancelled: the campaign&apos;s menus stay live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its end is cancelled; its menus stay live.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu campaign cancel: campaign %1 is %2: there is no step left to cancel.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to take as now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-due takes no FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now &quot;%1&quot; is not an ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign step is due.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu campaign: expected add, list, cancel or run-due.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu campaign: unknown action &quot;%1&quot;; expected add, list, cancel or run-due.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another tool&apos;s hook and %2 exists too; WeMenu changes neither. Merge them by hand (or remove %2), then run &quot;wemenu init-repo&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the existing hook to %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pre-commit: WeMenu is neither at %1 nor on PATH; install it or run &quot;wemenu init-repo&quot; again. The commit is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pre-commit: git could not list the staged files; the commit is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its staged version cannot be read from the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pre-commit: a staged menu breaks WeChat&apos;s menu rules or cannot be read (above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pre-commit: not in the canonical form; run &quot;wemenu fmt FILE&quot;, then &quot;git add FILE&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pre-commit: the commit is refused. Fix the menus above, or commit with --no-verify to skip this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu init-repo: git is not installed (not found on PATH).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu init-repo: %1 is not in a git work tree; run &quot;git init&quot; there first, or name a folder of a repository.%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up menus in git in %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  .gitattributes: added %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  .gitattributes: %1 (already there)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git config %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git does not say where the hooks go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pre-commit hook: installed %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pre-commit hook: updated %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pre-commit hook: %1 (already there)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pre-commit hook: installed %1; the hook that was there is now %2 and runs first
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. git diff shows menus in words; git menulog and git menushow do the same for git log -p and git show.
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the plan as Markdown to PLAN.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu push: %1; nothing was published.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: wemenu pull --targets TARGETS.json -o DIR [--jobs N]

Reads the live menus of every account of TARGETS.json (see wemenu push
--help) and writes one document per account in DIR, named after the
target (&quot;Shop A.json&quot;).

Exit codes: 0 done, 1 an account refused, 2 bad arguments or file,
64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts read at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--targets needs -o DIR, the folder for the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu pull: cannot make the folder %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not written: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done, 1 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done, %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown variable ${%2} in %3; give it in the &quot;vars&quot; of this target.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 breaks rule %3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: variable ${%2} (&quot;%3&quot;) breaks rule %4 at %5: %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish %1 call(s) to %2 account(s)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped at menu/get: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped: the live menus changed since they were read (%2 call(s) ran); run push again to see the new plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: every call ran, but the account does not show the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the answer was lost, but the account shows the call took effect; going on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: the answer was lost and the account shows the call did not take effect; planning again from the account.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the account&apos;s menus before this push are saved in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts and their variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plans and stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts published at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu push: nothing was sent to any account.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to publish
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 call(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start the editor, opening FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check each FILE against WeChat&apos;s menu rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the menu that follower sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw the phone preview of that menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the account&apos;s live menus as a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish FILE to the account, after showing
the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changed from OLD to NEW, in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rewrite WeMenu documents in the form Save
writes (--check: only list the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a git repository for menus: diffs in
words, a pre-commit hook that checks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish FILE at T, restore at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeMenu: an editor for the custom menus of WeChat Official Accounts.

Usage:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT is --account NAME (a saved account), or --api-base URL --appid ID with
WEMENU_APP_SECRET or WEMENU_ACCESS_TOKEN set, or --token-service URL.

validate exits 0 with no errors (warnings allowed), 1 with errors, 2 when a FILE
is unreadable or not a menu document; diff exits 0 same, 1 different, 2 unreadable.
Usage errors exit 64.
Run &quot;wemenu COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a single menu. Where should it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing the default menu or adding a conditional menu changes this document; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Default Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as New Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <source>Menu files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WeMenu document; it opened as a new, untitled menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Menu As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1; Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Create Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Addconditional Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes could not be backed up in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 as Default Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 as Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as a new, untitled menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved changes could not be read back.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu could not be saved; the file on disk is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported; nothing was changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPolicy</name>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat did not answer in time. Nothing is known about the result of this call; check the live menu before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(errcode %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the access token, also after getting a new one. Another program may be renewing this account&apos;s token; check the account settings. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not know this AppID. Check it in the account settings. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AppSecret is wrong or was reset. Enter the current one in the account settings. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat only accepts calls from whitelisted IP addresses, and this computer&apos;s address %1 is not on the list. Add it in the Official Account platform under Settings and Development &gt; Basic Configuration &gt; IP whitelist, or use a token service of your company. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily quota of this call is used up; it resets at midnight, Beijing time. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls in one minute. Wait a minute and try again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account may not change its menu through the API (it may be unverified, or the permission was not granted). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A match rule uses a privacy field (sex, country, province, city, language), which WeChat no longer allows. Match on a tag instead. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the call. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errmsg: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after 1 try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 tries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the server answered, so whether the call took effect is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1); it still had it %2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat is busy; it still said so %1. Try again in a few minutes. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat refused the access token that was given, and a given token cannot be renewed by WeMenu. Get a new access token from where this one came from, or let WeMenu get its own: use the AppSecret or a token service (on the command line WEMENU_APP_SECRET or --token-service instead of WEMENU_ACCESS_TOKEN). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1 times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowerBar</name>
    <message>
        <source>Preview &amp;as a follower with tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2,100 (in the order applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ndroid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID or WeChat ID of a follower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s server says which menu this follower sees (trymatch).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowerController</name>
    <message>
        <source>Asking the account&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat shows %1 a menu that is not in this document: publish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It agrees with the preview for the tags and phone above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The preview for the tags and phone above predicts another menu: this follower&apos;s tags or phone differ from those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat shows %1 this menu: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowerExplanation</name>
    <message>
        <source>&quot;%1&quot; did not match: tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; did not match: phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the default menu: no conditional menu matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last tag applied (%1) counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitStatus</name>
    <message>
        <source>committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in a git repository and has no changes since the last commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in git yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in a git repository but was never added (git add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored by git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is in a git repository, which ignores it (.gitignore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has changes that are not committed to git yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GivenTokenProvider</name>
    <message>
        <source>the given access token was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPublishing</name>
    <message>
        <source>Publish to &amp;Several Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish this menu, filled in per account, to every account of a group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Publish History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing published from WeMenu to this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menus the account had before each publish, newest first, and what that publish changed. Open one to look at it, or restore it: you review the change before anything is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the publish of %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this publish changed was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publish changed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more (see the tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares these menus with the live ones and shows the change before anything is published.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssueFix</name>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the unused action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesPanel</name>
    <message>
        <source>Problems in the menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: WeChat will accept this menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s). Double-click one to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Rule: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkChecker</name>
    <message>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it redirects more than %1 times (a redirect loop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it redirects from https to an insecure http page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinkChecks</name>
    <message>
        <source>Checking the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: the link leads to this computer or your own network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) of this menu lead nowhere:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Followers who tap these buttons will not see the page. Compare and publish anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every link before Compare and Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a Link on Your Network?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link of this menu leads to %1, which is this computer or a computer on your own network. Should WeMenu ask it whether the page answers?

Followers&apos; phones cannot reach such an address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkIssues</name>
    <message>
        <source>The page answers %1: followers who tap this button see an error page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page does not answer (%1): followers who tap this button see nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s secure connection cannot be trusted (%1): phones warn followers or refuse the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Create Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Preview as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WeMenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About WeMenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;WeMenu %1&lt;/h3&gt;&lt;p&gt;An editor for the custom menus of WeChat Official Accounts.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (GNU LGPL version 3) and QtKeychain (BSD 3-clause licence). WeChat is a trademark of Tencent; WeMenu is not made by Tencent.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account to publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this document with the live menus of %1, then publish it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — WeMenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-level buttons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-buttons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchRuleEditor</name>
    <message>
        <source>Followers with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any tag; pick a name or type a tag id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers with &amp;tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On &amp;phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Privacy Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rule also matches on %1. WeChat no longer accepts these privacy fields (errcode 65320): the menu has expired and cannot be published until they are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this conditional menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: VIP members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for you and your colleagues. It is kept in the file and never sent to WeChat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No secret is stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuChanges</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1 in the menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place %1 under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 set to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 cleared (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: menu added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: menu removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved from place %2 to place %3 in priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tag changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: phone type changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 moved from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuDocument</name>
    <message>
        <source>A button with sub-buttons cannot go into a sub-menu: menus have two levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A button cannot go into its own sub-menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu has at most 3 top-level buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-menu has at most 5 buttons.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuFile</name>
    <message>
        <source>The file is %1 MB; menu documents larger than %2 MB are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file starts with a byte order mark (BOM). Save it as UTF-8 without a BOM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: the text is not valid UTF-8 (byte 0x%3). WeChat accepts only UTF-8 (errcode 65318); save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: this is not valid JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a JSON array, not a menu: expected an object with a &quot;button&quot;, &quot;menu&quot;, &quot;conditionalmenu&quot; or &quot;selfmenu_info&quot; key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a pipe, a device or a socket), so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuJsonReader</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an error reply from WeChat (errcode %1: %2), not a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This JSON is not a menu: expected a &quot;button&quot;, &quot;menu&quot;, &quot;conditionalmenu&quot; or &quot;selfmenu_info&quot; key at the top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this menu has no &quot;button&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this conditional menu has no &quot;matchrule&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of buttons, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a button object, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a reply from WeChat (errcode 0: %1), not a menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This get_current_selfmenu_info answer holds no menu (is_menu_open: %1): the account has no custom menu, so there is nothing to check or open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuLabel</name>
    <message>
        <source>Default menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired (privacy fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuListModel</name>
    <message>
        <source>Shown to every follower no conditional menu matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditionalmenu[%1]: tried before the menus below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuReviewCard</name>
    <message>
        <source>Who is affected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the account yet: this menu is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: this menu is no longer on the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuTreeView</name>
    <message>
        <source>Menu buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenusPanel</name>
    <message>
        <source>Menus in priority order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers get the first menu whose rule matches them. Drag to change the order; publishing a new order deletes and adds again the conditional menus that moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Men&amp;u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Add&amp;conditional Body…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate, delete or export the menu chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the order of menus works</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameCounter</name>
    <message>
        <source>Too long for WeChat to accept: shorten the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone shows only the first %n Chinese characters (or %1 letters): &quot;%2&quot;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The phone shows the whole name; no room for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more Chinese character</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more Chinese characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 more Chinese character and 1 letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more Chinese characters and 1 letter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 bytes: WeChat accepts a name of at most %2 bytes (a Chinese character takes 3, a letter 1). A Chinese character shows twice as wide as a letter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneAccountDirectory</name>
    <message>
        <source>This account is changed in Manage Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePreview</name>
    <message>
        <source>Phone preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the menu looks on a follower&apos;s phone. Click a button to select it; drag it to move it; click + to add one; right-click for the button&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-button. &quot;%1&quot; then opens a sub-menu, and its own action is removed (Undo brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePreviewPainter</name>
    <message>
        <source>Welcome! Tap the menu below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No menu buttons yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click + below to add the first button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a button</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>### Publishing %1 to %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already shows this document; nothing to publish.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>**Plan** (%n call(s), in this order):

</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>
**Changes** from the live menus:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- No change to the buttons; only the order of the calls above.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time WeMenu starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check links in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortly after you type a link, and before Compare and Publish, WeMenu asks whether the page answers. Links to this computer or your own network are asked only after you agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off here by the environment (WEMENU_LINK_CHECKS=off).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewForBox</name>
    <message>
        <source>The phone shows the menu filled in with this account&apos;s variables (Manage Accounts); the buttons and the form keep the ${…} as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previe&amp;w for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu as written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>counts against the daily quota of %1 (2000 a day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops before the next call; the call under way finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Previous Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the live menus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has %1 error(s); fix them (see the Problems list) before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account already shows this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published and verified: the account now shows this document. Phones pick up the new menu within about 5 minutes, or at once after unfollowing and following the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the live menus since the comparison, so nothing was published. Above is the new difference; publish again if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every call ran, but the account does not show the document. Compare again to see what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 call(s). The account shows a mix of old and new; finish the publish or restore the previous menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was published. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at call %1 of %2 (%3): %4
%5 call(s) before it ran; none after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing… Click Stop to end after the call under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the account again and lists only the calls still missing; Publish makes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans the way back to the menus the account had before this publish; Publish makes the calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 was lost, but the account shows the call took effect. Publishing goes on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to %1 was lost and the account shows the call did not take effect. Publishing goes on from the account as it is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a lost answer the account shows neither the menus before nor after that call: someone else changed them. %1 call(s) ran. Above is the new difference; publish again if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was read again %1 times after answers that left the outcome unknown; WeMenu stops here rather than guess. Compare again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the default menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every menu of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a live conditional menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls WeMenu will make, in this order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the account again and makes the calls still missing, if the account is as the stop left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves this review as a PDF, phones and changes with a line for a signature, to send before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account changed since the stop: above is the new difference. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 menu changes. Nothing runs until you click Publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menus change. Nothing runs until you click Publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What followers see now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishHistory</name>
    <message>
        <source>Cannot create the history folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishReview</name>
    <message>
        <source>Same buttons and rule; only its place in the order changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat cannot edit a conditional menu: WeMenu deletes it and adds it again. While it is added again, these followers see %1 for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After publishing, the account has no menu: followers see none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After publishing, these followers see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the daily quota resets at 00:00 Beijing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see the new default menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still see the old default menu: it was not replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still see the old default menu: it was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see no menu, as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still see their old menu: it was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see %2, as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see their new menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still see their old menu: the new one was not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see %2: their menu was deleted and could not be added again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see %2: their menu was deleted and has not been added again yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see %2: their new menu could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 see %2: their new menu has not been added yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishingActions</name>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull Live Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the account&apos;s live menus as a new document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare and P&amp;ublish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not compared yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document matches the live menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document differs from the live menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull Live Menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live menus of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus before a publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>an untitled menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeMenu closed unexpectedly with unsaved changes to %1 (saved automatically at %2).

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewList</name>
    <message>
        <source>1 menu unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menus unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Live now: no such menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After publishing: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice account: nothing reaches real followers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real account: followers see these menus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus that change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before publishing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked: green added, red removed, amber changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxHost</name>
    <message>
        <source>The Sandbox state %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule This Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the start WeMenu publishes this menu to the account. At the end it puts back the menus that were live just before the start, unless someone changed them meanwhile. The steps run while WeMenu is open, or from the system timer where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the menus that were live before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the start changes, compared with the live menus now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beijing time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end: the menu stays until someone publishes another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start has passed: the menu is published as soon as you schedule it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is less than five minutes away: there is little time to check the menu, and it goes live without asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has %1 error(s); fix them (see the Problems list) before scheduling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the live menus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live menus could not be read, so the change is not shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account shows this menu already; the start would change nothing unless someone changes the account before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 menu changes at the start, if the account stays as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 menus change at the start, if the account stays as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start has passed: the menu goes live on %1 as soon as it is scheduled. Schedule it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start is less than five minutes away: the menu goes live on %1 at %2 without asking again. Schedule it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeveralAccountsDialog</name>
    <message>
        <source>Publish to Several Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to These Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a group of accounts in Manage Accounts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full Compare and Publish review of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads this account again and publishes what is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to %1 Account(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped (Retry them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent (see the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account(s): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing is under way; the dialog closes once every account has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemdUserScheduler</name>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl --user did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemctl --user %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system timer: systemctl --user is not available here (%1). The campaign runs while WeMenu is open; to run it without WeMenu, add this line to your crontab (crontab -e):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system timer %1 runs the next step at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetConnection</name>
    <message>
        <source>there is no saved account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsFile</name>
    <message>
        <source>%1:%2: targets[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: target &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3: not JSON: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: a targets file is an object with a &quot;targets&quot; array: {&quot;targets&quot;:[{&quot;name&quot;:...,&quot;account&quot;:...,&quot;vars&quot;:{...}}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: the &quot;targets&quot; array is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each target is an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (a target has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;name&quot; (the name shown for this account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another target has the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either &quot;account&quot; (a saved account) or &quot;api_base&quot; and &quot;appid&quot; with &quot;secret_env&quot; or &quot;token_env&quot;, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;account&quot; (a saved account) or &quot;api_base&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;appid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field &quot;secret_env&quot; (the environment variable holding the AppSecret) or &quot;token_env&quot; (one holding an access token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one of &quot;secret_env&quot;, &quot;token_env&quot; and &quot;token_service&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;token_endpoint&quot; is stable_token or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;vars&quot; must be an object of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the targets file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no saved account named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the environment variable %2 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateController</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group %2) has no value for ${%3}: its menu would show ${%3} as written. Set it for the account or the group in Manage Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Add Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sub-button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Match Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Menu Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Unused Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Conditional Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>WeMenu User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;WeMenu User Guide&lt;/h2&gt;&lt;p&gt;WeMenu edits the custom menu of a WeChat Official Account: the buttons at the bottom of the chat. Nothing reaches your account until you publish.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;#menus&quot;&gt;Menus&lt;/a&gt; · &lt;a href=&quot;#limits&quot;&gt;Limits&lt;/a&gt; · &lt;a href=&quot;#phone&quot;&gt;Phone preview&lt;/a&gt; · &lt;a href=&quot;#problems&quot;&gt;Problems&lt;/a&gt; · &lt;a href=&quot;#follower&quot;&gt;Preview as a follower&lt;/a&gt; · &lt;a href=&quot;#publish&quot;&gt;Publishing and history&lt;/a&gt; · &lt;a href=&quot;#sandbox&quot;&gt;The Sandbox&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;menus&quot;&gt;&lt;/a&gt;The default menu and conditional menus&lt;/h3&gt;&lt;p&gt;Every follower sees the &lt;b&gt;default menu&lt;/b&gt;, unless a &lt;b&gt;conditional menu&lt;/b&gt; matches them. A conditional menu has a rule: a tag the follower carries, their phone (iOS, Android, other), or both. The Menus list shows them in the order WeChat tries them: the first whose rule matches wins; when none does, the default menu shows. Add a conditional menu from the Menus list; it starts as a copy of the default menu.&lt;/p&gt;&lt;p&gt;A menu has 1 to 3 buttons on its bar. A button either does something itself or opens a sub-menu of up to 5 buttons; a button with a sub-menu does nothing of its own.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;limits&quot;&gt;&lt;/a&gt;Limits in characters&lt;/h3&gt;&lt;p&gt;The phone cuts long names: a button on the bar shows about 4 Chinese characters (8 letters or digits), one in a sub-menu about 8 Chinese characters (16 letters or digits); the rest becomes &quot;...&quot;. The counter under the name says how many more fit. WeChat itself refuses longer names only past a hard limit (it turns the counter red); its tooltip shows the exact size.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;phone&quot;&gt;&lt;/a&gt;The phone preview&lt;/h3&gt;&lt;p&gt;The phone in the middle shows the menu chosen in the Menus list as a follower sees it, names cut as the phone cuts them. Click a button to select it, click a button with a sub-menu to open it, and drag buttons to reorder them. View &gt; Dark Preview shows the phone in dark mode; File &gt; Export Preview as PNG saves a picture of it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;problems&quot;&gt;&lt;/a&gt;Problems&lt;/h3&gt;&lt;p&gt;The Problems list says what WeChat would refuse (errors, red) and what works but may surprise (warnings, yellow). Double-click a problem to go to the button and the field concerned. A menu with errors cannot be published; you can still save it and come back later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;follower&quot;&gt;&lt;/a&gt;Preview as a follower&lt;/h3&gt;&lt;p&gt;Under the phone, tick &lt;b&gt;Preview as a follower&lt;/b&gt;, enter the follower&apos;s tags in the order they were given and choose the phone: the preview shows the menu that follower sees, and the line below says why. To ask WeChat itself, enter a follower&apos;s OpenID or WeChat ID and click &lt;b&gt;Ask WeChat&lt;/b&gt;; it answers for the menus published on the account, not for this document.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;publish&quot;&gt;&lt;/a&gt;Publishing and history&lt;/h3&gt;&lt;p&gt;Choose the account under Account &gt; Use Account; the toolbar&apos;s Publish button names it. &lt;b&gt;Publish&lt;/b&gt; first reads the account&apos;s live menus and shows them beside yours, phone by phone; nothing changes until you confirm. WeMenu then sends only the changes needed. Followers see a new menu within about 5 minutes (unfollow and follow again to see it at once).&lt;/p&gt;&lt;p&gt;Before each publish WeMenu keeps the account&apos;s menus as they were: Account &gt; Publish History opens any of them as a new document, to look at or to publish back. Account &gt; Pull Live Menus opens what the account has now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;&lt;a name=&quot;sandbox&quot;&gt;&lt;/a&gt;The Sandbox practice account&lt;/h3&gt;&lt;p&gt;The &lt;b&gt;Sandbox&lt;/b&gt; is a practice account inside WeMenu, on this computer only, with a few tags and followers. Publish to it, pull from it, ask it what a follower sees: nothing leaves your computer. It is chosen on a first start; add your real account under Account &gt; Manage Accounts when you are ready.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional menus need a default menu: WeChat adds them only to an account that has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu needs at least one top-level button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu has at most 3 top-level buttons; this is button %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sub_button&quot; must be an array of buttons, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-button cannot have sub-buttons of its own: menus have two levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-menu has at most 5 buttons; this is button %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every button needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 bytes; a top-level name may have at most 16 bytes (a Chinese character takes 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is %1 bytes; a sub-button name may have at most 60 bytes (a Chinese character takes 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone cuts this name and shows &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the button does, or give it sub-buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the button does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; buttons are made in the WeChat web console; the API cannot publish them. Choose another type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a button type WeChat knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mini Program button needs the Mini Program&apos;s AppID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mini Program button needs the page path to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1 bytes; at most 128 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is %1 bytes; at most 1024 bytes are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the Mini Program AppID in lowercase: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This live menu matches on &quot;%1&quot;, which WeChat no longer allows: it has expired, no follower sees it, and it cannot be published as it is. Remove the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match rules may no longer use &quot;%1&quot; (a privacy field); WeChat rejects the menu. Match on a tag instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The match rule is empty: choose a tag, a phone platform, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag id must be a number, as WeChat lists it; &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform must be 1 (iOS), 2 (Android) or 3 (others); &quot;%1&quot; is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conditional menus together may link to at most 3 domains; this link adds %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follower can ever see this menu: the newer %1 matches everyone this one matches, and newer menus are tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button opens a sub-menu, so its own action &quot;%1&quot; and its fields are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs an event key (key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs a web page link (url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs a media ID (media_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs an article ID (article_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; buttons do not use the %2; WeChat ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds an invisible control character (U+%2) that WeChat rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-menu is written as {&quot;list&quot;: [...]}, a form only get_current_selfmenu_info answers use; WeChat refuses a request holding it. Write &quot;sub_button&quot; as an array of buttons (WeMenu saves it that way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default menu has no match rule: WeChat refuses it with &quot;matchrule&quot;. Remove the key, or add a conditional menu for the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in this menu: WeChat refuses a request that holds it. Remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat is retiring &quot;%1&quot; buttons: use &quot;%2&quot; with an article ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 holds a broken character (half of an emoji or a rare character) that has no UTF-8 form; WeChat rejects it. Retype the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a broken character (half of an emoji or a rare character) that has no UTF-8 form; WeChat rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not belong in a button: WeChat refuses a request that holds it. Remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not read &quot;%1&quot;: sub-buttons go in &quot;sub_button&quot;. Rename the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not read &quot;%1&quot;, and this button already has its %2. Remove the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat reads the %1 only from &quot;%2&quot;, so it finds none in &quot;%3&quot;. Rename the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat does not read &quot;%1&quot;: the %2 goes in &quot;%3&quot;. Rename the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This button opens a sub-menu, so its own action fields are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu has no buttons yet, and WeChat accepts no menu without one. Add at least one button first: click + on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Mini Program AppID is &quot;wx&quot; and 16 characters 0-9 or a-f, e.g. wx286b93c14bbf93aa; check &quot;%1&quot; in the Mini Program&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A menu uses a variable as ${name} in a button&apos;s name, link, key or other field, or in a tag of a conditional menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to WeMenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to WeMenu&lt;/h3&gt;&lt;p&gt;WeMenu builds the menu at the bottom of your Official Account&apos;s chat and shows it on a phone, as your followers will see it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;A menu in five steps&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Add buttons&lt;/b&gt;: up to 3 on the bar, up to 5 in each one&apos;s sub-menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Name them&lt;/b&gt;: short names; the phone shows about 4 Chinese characters on the bar, 8 in a sub-menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Choose what each does&lt;/b&gt;: open a web page or a Mini Program, send a keyword to your server, and more.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Check the phone&lt;/b&gt;: the preview shows the menu as followers see it; Problems lists what to fix.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Publish&lt;/b&gt;: try it on the Sandbox practice account first, then publish to your account.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coffee shop&apos;s menu, opened as a new untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;New Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
