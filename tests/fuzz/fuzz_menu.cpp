// libFuzzer target: arbitrary bytes through everything that handles a menu document.
//
// The bytes are read as a menu file (any shape). A document that reads is then validated,
// imported, matched for a few followers, compared and planned against a second document,
// and written and read back. Besides crashes and sanitizer reports, the invariants below
// abort the run when they break. Nothing touches the network or the disk.

#include <documentimport.h>
#include <jsonpositions.h>
#include <matcher.h>
#include <menuchanges.h>
#include <menufile.h>
#include <menujsonreader.h>
#include <menujsonwriter.h>
#include <publishplanner.h>
#include <validator.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool holds, const char *invariant)
{
    if (!holds) {
        std::fprintf(stderr, "fuzz_menu: invariant broken: %s\n", invariant);
        std::abort();
    }
}

QByteArray rawBytes(const uint8_t *data, size_t size)
{
    // No copy: reading past the end of libFuzzer's buffer is caught by AddressSanitizer.
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The same document with its conditional menus and top-level buttons in reverse order.
DocumentData reversed(DocumentData data)
{
    std::reverse(data.conditionalMenus.begin(), data.conditionalMenus.end());
    std::reverse(data.defaultMenu.buttons.begin(), data.defaultMenu.buttons.end());
    return data;
}

/// The document as menu/get shows an account: every conditional menu has its own menuid.
DocumentData asLive(DocumentData data)
{
    for (qsizetype i = 0; i < data.conditionalMenus.size(); ++i)
        data.conditionalMenus[i].menuId = QStringLiteral("live-%1").arg(i);
    return data;
}

void checkMatcher(const DocumentData &data, const QStringList &tags)
{
    for (const ClientPlatform platform :
         {ClientPlatform::Ios, ClientPlatform::Android, ClientPlatform::Other}) {
        const int index = Matcher::match(data, tags, platform);
        const QList<Matcher::Attempt> attempts = Matcher::trace(data, tags, platform);
        require(index >= -1 && index < data.conditionalMenus.size(), "match() is in range");
        // trace() tries the newest menu (index 0) first and stops at the one match() picks.
        for (qsizetype i = 0; i < attempts.size(); ++i) {
            require(attempts.at(i).menu == i, "trace() goes newest first");
            const bool last = i == attempts.size() - 1;
            require((attempts.at(i).verdict == Matcher::Verdict::Matched) == (last && index >= 0),
                    "trace() ends at the menu match() picks");
        }
        if (index < 0)
            require(attempts.size() == data.conditionalMenus.size(), "no match tries all menus");
        else
            require(attempts.last().menu == index, "trace() and match() agree");
    }
}

/// Runs `steps` on `live` as the API would and checks that the account ends as `wanted`.
void checkPlan(const DocumentData &live, const DocumentData &wanted)
{
    const QList<PublishStep> steps = PublishPlanner::plan(live, wanted);
    DocumentData account = live;
    int lastRank = 0;
    for (const PublishStep &step : steps) {
        (void)step.line();
        (void)step.quota();
        int rank = 0;
        switch (step.kind) {
        case PublishStep::Kind::Create:
            account.hasDefaultMenu = true;
            account.defaultMenu.buttons = wanted.defaultMenu.buttons;
            break;
        case PublishStep::Kind::Delete:
            require(steps.size() == 1, "menu/delete runs alone");
            account = DocumentData();
            account.hasDefaultMenu = false;
            break;
        case PublishStep::Kind::DelConditional: {
            rank = 1;
            const auto it =
                std::find_if(account.conditionalMenus.begin(), account.conditionalMenus.end(),
                             [&step](const Menu &menu) { return menu.menuId == step.menuId; });
            require(it != account.conditionalMenus.end(), "delconditional names a live menu");
            account.conditionalMenus.erase(it);
            break;
        }
        case PublishStep::Kind::AddConditional:
            rank = 2;
            require(step.wantedIndex >= 0 && step.wantedIndex < wanted.conditionalMenus.size(),
                    "addconditional names a wanted menu");
            // The added menu becomes the newest: index 0.
            account.conditionalMenus.prepend(wanted.conditionalMenus.at(step.wantedIndex));
            break;
        }
        require(rank >= lastRank, "create, then delconditional, then addconditional");
        lastRank = rank;
    }

    const QList<Button> accountButtons =
        account.hasDefaultMenu ? account.defaultMenu.buttons : QList<Button>();
    if (PublishPlanner::isEmptyDocument(wanted)) {
        require(accountButtons.isEmpty() && account.conditionalMenus.isEmpty(),
                "an empty document empties the account");
        return;
    }
    require(accountButtons == wanted.defaultMenu.buttons, "the plan sets the default menu");
    require(account.conditionalMenus.size() == wanted.conditionalMenus.size(),
            "the plan leaves as many conditional menus as wanted");
    for (qsizetype i = 0; i < wanted.conditionalMenus.size(); ++i) {
        require(account.conditionalMenus.at(i).sameContent(wanted.conditionalMenus.at(i)),
                "the plan leaves the wanted conditional menus in order");
    }
}

void checkChanges(const DocumentData &live, const DocumentData &wanted)
{
    require(MenuChanges::compare(wanted, wanted).isEmpty(),
            "a document differs in nothing from itself");
    const QList<MenuChange> changes = MenuChanges::compare(live, wanted);
    const QList<MenuChange> reverse = MenuChanges::compare(wanted, live);
    auto count = [](const QList<MenuChange> &list, MenuChange::Kind kind) {
        return std::count_if(list.cbegin(), list.cend(),
                             [kind](const MenuChange &change) { return change.kind == kind; });
    };
    require(count(changes, MenuChange::Kind::ButtonAdded) ==
                    count(reverse, MenuChange::Kind::ButtonRemoved) &&
                count(changes, MenuChange::Kind::MenuAdded) ==
                    count(reverse, MenuChange::Kind::MenuRemoved),
            "what one way adds the other way removes");
    for (const MenuChange &change : changes)
        require(!MenuChanges::describe(change, live, wanted).isEmpty(), "every change has words");
    for (int i = 0; i < wanted.conditionalMenus.size(); ++i)
        require(!MenuLabel::conditional(wanted, i).isEmpty(), "every menu has a label");
}

DocumentData withoutMenuIds(DocumentData data)
{
    data.defaultMenu.menuId.clear();
    for (Menu &menu : data.conditionalMenus)
        menu.menuId.clear();
    return data;
}

/// Writes `data` as a document and reads it back; the result must read.
DocumentData rewrite(const DocumentData &data)
{
    const QByteArray written = MenuJsonWriter::document(data);
    require(MenuFile::firstInvalidUtf8(written) < 0, "a written document is valid UTF-8");
    const ReadResult back = MenuFile::readBytes(written);
    require(back.ok, "a written document reads back");
    require(back.shape == Shape::Document || back.shape == Shape::MenuGet,
            "a written document reads back as a document");
    return back.data;
}

void checkWriters(const DocumentData &data)
{
    const DocumentData once = rewrite(data);
    require(once == withoutMenuIds(data), "a written document reads back equal (menuids aside)");
    require(rewrite(once) == once, "a rewritten document reads back equal");
    (void)Validator::validate(once);

    // Request bodies and single buttons: read back, for crashes only.
    (void)MenuFile::readBytes(MenuJsonWriter::createBody(data.defaultMenu));
    for (const Menu &menu : data.conditionalMenus)
        (void)MenuFile::readBytes(MenuJsonWriter::conditionalBody(menu));
    for (const Button &button : data.defaultMenu.buttons) {
        const QJsonDocument json = QJsonDocument::fromJson(MenuJsonWriter::button(button));
        QList<Button> buttons;
        require(MenuJsonReader::readButtonArray(QJsonArray{json.object()}, &buttons, nullptr),
                "a written button reads back");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = rawBytes(data, size);

    // A clipboard or drag payload: an array of buttons.
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    if (json.isArray()) {
        QList<Button> buttons;
        ReadError error;
        if (!MenuJsonReader::readButtonArray(json.array(), &buttons, &error))
            require(!error.message.isEmpty(), "a refused button array says why");
    }

    const ReadResult read = MenuFile::readBytes(bytes);
    if (!read.ok) {
        require(!read.error.message.isEmpty(), "a refused file says why");
        return 0;
    }
    require(read.shape != Shape::Unknown, "a document that reads has a shape");
    const DocumentData &document = read.data;

    // Every issue has a place in the bytes (line and column 1 or more), and the canonical form
    // (`wemenu fmt`, Save) is reached in one step.
    IssueList issues = Validator::readIssues(read) + Validator::validate(document, read.shape);
    QStringList paths;
    for (const Issue &issue : std::as_const(issues))
        paths.append(issue.path);
    const JsonPositions positions = JsonPositions::scan(bytes, read.shape, paths);
    for (const QString &path : std::as_const(paths)) {
        const JsonPositions::Position at = positions.locate(path);
        require(at.line >= 1 && at.column >= 1, "an issue has a line and a column");
    }
    if (read.shape == Shape::Document) {
        const QByteArray canonical = MenuJsonWriter::document(document);
        require(MenuJsonWriter::document(MenuFile::readBytes(canonical).data) == canonical,
                "the canonical form is reached in one step");
    }
    (void)Validator::validate(document);
    const DocumentData imported = importIntoDocument(DocumentData(), read.shape, document);
    (void)Validator::validate(imported, shapeAfterImport(Shape::Document, read.shape));

    // Followers: none, the tag of each conditional menu, and a tag taken from the input.
    const QString inputTag = QString::number(size > 0 ? data[0] : 0);
    checkMatcher(document, {});
    checkMatcher(document, {inputTag});
    for (const Menu &menu : document.conditionalMenus)
        checkMatcher(document, {inputTag, menu.matchRule.tagId});

    // A second document: the one in the second half of the bytes, if any, or this one reversed.
    const ReadResult half = MenuFile::readBytes(rawBytes(data + size / 2, size - size / 2));
    const DocumentData other = half.ok ? half.data : reversed(document);
    checkChanges(document, other);
    checkChanges(other, document);
    checkPlan(asLive(document), other);
    checkPlan(asLive(other), document);
    checkPlan(asLive(document), document);
    checkPlan(asLive(imported), document);

    checkWriters(document);
    return 0;
}
