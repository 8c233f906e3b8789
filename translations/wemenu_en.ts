<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeMenu: an editor for the custom menus of WeChat Official Accounts.

Usage:
  wemenu [FILE]                        start the editor, opening FILE
  wemenu validate FILE [--json]        check FILE against WeChat&apos;s menu rules
  wemenu match FILE [--tags 2,5] [--client ios|android|other]
                                       print the menu that follower sees
  wemenu --help | --version

validate exits 0 with no errors (warnings allowed), 1 with errors, 2 when FILE
is unreadable or not a menu document. Usage errors exit 64.
Run &quot;wemenu COMMAND --help&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu: the editor is not part of this build yet.

%1</source>
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
        <source>wemenu match: expected exactly one FILE.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu match: --tags takes tag ids (numbers) separated by commas, such as 2,5; &quot;%1&quot; is not one.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu match: --client is ios, android or other, not &quot;%1&quot;.

%2</source>
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
        <source>Usage: wemenu validate FILE [--json]

Checks FILE against WeChat&apos;s menu rules. FILE may be a WeMenu document, a menu/create
or menu/addconditional request body, a menu/get response or a
get_current_selfmenu_info response.

Options:
  --json   print {&quot;file&quot;,&quot;shape&quot;,&quot;errors&quot;,&quot;warnings&quot;,&quot;issues&quot;:[...]}

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 FILE unreadable or not a menu,
64 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wemenu validate: expected exactly one FILE.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s) (read as %4)
</source>
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
        <source>This button opens a sub-menu, so its own type &quot;%1&quot; and its fields are not used.</source>
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
        <source>A &quot;%1&quot; button needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs a link (url).</source>
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
        <source>A &quot;%1&quot; button needs a media_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;%1&quot; button needs an article_id.</source>
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
        <source>&quot;%1&quot; buttons do not use %2; WeChat ignores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds an invisible control character (U+%2) that WeChat rejects.</source>
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
</context>
</TS>
