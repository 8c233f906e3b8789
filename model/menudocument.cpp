#include "menudocument.h"

#include "linktargets.h"

#include "commands/addbutton.h"
#include "commands/addmenu.h"
#include "commands/changebuttonfield.h"
#include "commands/changematchrule.h"
#include "commands/fixkey.h"
#include "commands/movebutton.h"
#include "commands/movemenu.h"
#include "commands/removeaction.h"
#include "commands/removebutton.h"
#include "commands/removemenu.h"
#include "commands/renamemenu.h"
#include "commands/replacedocument.h"
#include "issuelocation.h"
#include "validator.h"

#include <QCoreApplication>
#include <QUndoStack>

MenuDocument::MenuDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

MenuDocument::MenuDocument(const DocumentData &data, Shape shape, QObject *parent)
    : MenuDocument(parent)
{
    m_data = data;
    m_shape = shape;
}

MenuDocument::~MenuDocument() = default;

bool MenuDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void MenuDocument::setFileName(const QString &fileName)
{
    if (m_fileName == fileName)
        return;
    m_fileName = fileName;
    emit fileNameChanged(fileName);
}

void MenuDocument::markSaved(const QString &fileName)
{
    setFileName(fileName);
    if (m_shape != Shape::Document) {
        m_shape = Shape::Document;
        afterChange();
    }
    m_undoStack->setClean();
}

const IssueList &MenuDocument::issues() const
{
    if (!m_issuesValid) {
        m_issues = m_validation.issues(m_data, m_shape);
        if (Validator::awaitsFirstButton(m_data)) {
            // A new menu waits for its first button; export and publish still refuse it.
            m_issues.removeIf([](const Issue &issue) {
                return issue.rule == QLatin1String("menu.count") &&
                       issue.path == QLatin1String("menu.button");
            });
        }
        if (!m_linkIssues.isEmpty()) {
            for (const LinkTarget &target : LinkTargets::of(m_data)) {
                const auto it = m_linkIssues.constFind(target.url);
                if (it == m_linkIssues.constEnd())
                    continue;
                Issue issue = it.value();
                issue.path = target.path;
                m_issues.append(issue);
            }
        }
        m_issues.append(m_variableIssues);
        m_issuesValid = true;
    }
    return m_issues;
}

void MenuDocument::setLinkIssues(const QHash<QString, Issue> &byUrl)
{
    if (byUrl == m_linkIssues)
        return;
    m_linkIssues = byUrl;
    m_issuesValid = false;
    emit issuesChanged();
}

void MenuDocument::setVariableIssues(const IssueList &issues)
{
    if (issues == m_variableIssues)
        return;
    m_variableIssues = issues;
    m_issuesValid = false;
    emit issuesChanged();
}

bool MenuDocument::isValidPath(const ButtonPath &path) const
{
    if (path.row < 0 || path.menu < -1 || path.menu >= m_data.conditionalMenus.size())
        return false;
    const QList<Button> &top = m_data.menu(path.menu).buttons;
    if (path.isTopLevel())
        return path.row >= 0 && path.row < top.size();
    return path.parent < top.size() && path.row < top.at(path.parent).subButtons.size();
}

const Button &MenuDocument::button(const ButtonPath &path) const
{
    Q_ASSERT(isValidPath(path));
    const Menu &menu = m_data.menu(path.menu);
    if (path.isTopLevel())
        return menu.buttons.at(path.row);
    return menu.buttons.at(path.parent).subButtons.at(path.row);
}

int MenuDocument::buttonCount(int menu, int parent) const
{
    if (menu < -1 || menu >= m_data.conditionalMenus.size())
        return 0;
    const QList<Button> &top = m_data.menu(menu).buttons;
    if (parent < 0)
        return int(top.size());
    return parent < top.size() ? int(top.at(parent).subButtons.size()) : 0;
}

QList<Button> &MenuDocument::siblings(int menu, int parent)
{
    Menu &m = m_data.menu(menu);
    return parent < 0 ? m.buttons : m.buttons[parent].subButtons;
}

void MenuDocument::afterChange()
{
    m_issuesValid = false;
    emit changed();
    emit issuesChanged();
}

bool MenuDocument::canInsertAt(const ButtonPath &at) const
{
    if (at.menu < -1 || at.menu >= m_data.conditionalMenus.size() || at.row < 0)
        return false;
    if (!at.isTopLevel() && !isValidPath({at.menu, -1, at.parent}))
        return false;
    return at.row <= buttonCount(at.menu, at.parent);
}

QString MenuDocument::refusalToPlace(int menu, int parent, const Button &button,
                                     const ButtonPath *moving, int adding) const
{
    if (parent >= 0 && button.hasSubButtons())
        return tr("A button with sub-buttons cannot go into a sub-menu: menus have two levels.");
    if (moving && moving->menu == menu && moving->parent == parent)
        return {}; // a reorder among siblings never changes a count
    if (moving && moving->menu == menu && moving->isTopLevel() && moving->row == parent)
        return tr("A button cannot go into its own sub-menu.");
    const int count = buttonCount(menu, parent);
    if (parent < 0 && count + adding > kMaxTopLevel)
        return tr("A menu has at most 3 top-level buttons.");
    if (parent >= 0 && count + adding > kMaxSubButtons)
        return tr("A sub-menu has at most 5 buttons.");
    return {};
}

bool MenuDocument::addButton(const ButtonPath &at, const Button &button)
{
    if (!canInsertAt(at))
        return false;
    m_undoStack->push(new AddButton(this, at, button));
    return true;
}

bool MenuDocument::pasteButtons(const ButtonPath &at, const QList<Button> &buttons)
{
    if (buttons.isEmpty() || !canInsertAt(at))
        return false;
    if (buttons.size() == 1)
        return addButton(at, buttons.first());
    // One step whose parts are the insertions: redo runs them in order, undo in reverse.
    auto *paste = new QUndoCommand(QCoreApplication::translate("Undo", "Paste Buttons"));
    ButtonPath next = at;
    for (const Button &button : buttons) {
        new AddButton(this, next, button, paste);
        ++next.row;
    }
    m_undoStack->push(paste);
    return true;
}

bool MenuDocument::removeButton(const ButtonPath &path)
{
    if (!isValidPath(path))
        return false;
    m_undoStack->push(new RemoveButton(this, path));
    return true;
}

bool MenuDocument::moveButton(const ButtonPath &from, const ButtonPath &to)
{
    if (from == to || from.menu != to.menu || !isValidPath(from))
        return false;
    // `to` counts rows once the button is out: check it against the list without it.
    const int parentAfter = to.parent;
    int parentCount = int(m_data.menu(from.menu).buttons.size());
    if (from.isTopLevel())
        --parentCount;
    if (!to.isTopLevel() && (parentAfter < 0 || parentAfter >= parentCount))
        return false;
    int count = 0;
    if (to.isTopLevel()) {
        count = parentCount;
    } else {
        const int parentBefore =
            from.isTopLevel() && parentAfter >= from.row ? parentAfter + 1 : parentAfter;
        count = buttonCount(from.menu, parentBefore);
        if (from.parent == parentBefore)
            --count;
    }
    if (to.row < 0 || to.row > count)
        return false;
    m_undoStack->push(new MoveButton(this, from, to));
    return true;
}

bool MenuDocument::setButtonField(const ButtonPath &path, ButtonField field, const QString &value)
{
    if (!isValidPath(path))
        return false;
    if (button(path).field(field) == value && !button(path).extras.contains(buttonFieldKey(field)))
        return false;
    if (m_undoStack->index() != m_editSessionIndex)
        endEditSession(); // something else happened since: an undo, a redo, another command
    m_undoStack->push(new ChangeButtonField(this, path, field, value));
    m_editSessionIndex = m_undoStack->index();
    return true;
}

void MenuDocument::endEditSession()
{
    ++m_editSession;
    m_editSessionIndex = -1;
}

void MenuDocument::replaceData(const DocumentData &data, const QString &actionText)
{
    replaceData(data, m_shape, actionText);
}

void MenuDocument::replaceData(const DocumentData &data, Shape shape, const QString &actionText)
{
    m_undoStack->push(new ReplaceDocument(this, data, shape, actionText));
}

void MenuDocument::insertButtonNow(const ButtonPath &at, const Button &button)
{
    emit buttonAboutToBeInserted(at.menu, at.parent, at.row);
    siblings(at.menu, at.parent).insert(at.row, button);
    emit buttonInserted(at.menu, at.parent, at.row);
    afterChange();
}

Button MenuDocument::takeButtonNow(const ButtonPath &path)
{
    emit buttonAboutToBeRemoved(path.menu, path.parent, path.row);
    Button button = siblings(path.menu, path.parent).takeAt(path.row);
    emit buttonRemoved(path.menu, path.parent, path.row);
    afterChange();
    return button;
}

void MenuDocument::moveButtonNow(const ButtonPath &from, const ButtonPath &to)
{
    Q_ASSERT(from.menu == to.menu);
    // Rows before the move, as beginMoveRows counts them.
    int destParent = to.parent;
    if (from.isTopLevel() && to.parent >= from.row)
        destParent = to.parent + 1;
    int destRow = to.row;
    if (destParent == from.parent && to.row >= from.row)
        destRow = to.row + 1;

    emit buttonAboutToBeMoved(from.menu, from.parent, from.row, destParent, destRow);
    Button button = siblings(from.menu, from.parent).takeAt(from.row);
    siblings(to.menu, to.parent).insert(to.row, button);
    emit buttonMoved(from.menu, from.parent, from.row, destParent, destRow);
    afterChange();
}

void MenuDocument::setButtonFieldNow(const ButtonPath &path, ButtonField field,
                                     const QString &value)
{
    siblings(path.menu, path.parent)[path.row].setField(field, value);
    emit buttonChanged(path, field);
    afterChange();
}

void MenuDocument::setButtonExtraNow(const ButtonPath &path, const QString &key,
                                     const QJsonValue &value)
{
    Button &button = siblings(path.menu, path.parent)[path.row];
    if (value.isUndefined())
        button.extras.remove(key);
    else
        button.extras.insert(key, value);
    afterChange();
}

void MenuDocument::setMenuExtraNow(int index, const QString &key, const QJsonValue &value)
{
    Menu &menu = m_data.menu(index);
    if (value.isUndefined())
        menu.extras.remove(key);
    else
        menu.extras.insert(key, value);
    afterChange();
}

bool MenuDocument::applyFix(const Issue &issue)
{
    const IssueFix &fix = issue.fix;
    const IssueLocation location = IssueLocation::parse(issue.path);
    if (fix.isNone() || !location.valid)
        return false;
    if (fix.kind == IssueFix::Kind::RemoveAction) {
        if (!location.hasButton() || !isValidPath(location.button))
            return false;
        const Button &parent = button(location.button);
        if (!parent.hasSubButtons() || !parent.hasAction())
            return false;
        m_undoStack->push(new RemoveAction(this, location.button));
        return true;
    }
    if (location.hasButton()) {
        if (!isValidPath(location.button) || !button(location.button).extras.contains(fix.key))
            return false;
        m_undoStack->push(new FixKey(this, location.button, true, fix));
        return true;
    }
    const int menu = location.button.menu;
    if (fix.kind != IssueFix::Kind::RemoveKey || menu >= m_data.conditionalMenus.size() ||
        (menu < 0 && !m_data.hasDefaultMenu) || !m_data.menu(menu).extras.contains(fix.key)) {
        return false;
    }
    m_undoStack->push(new FixKey(this, location.button, false, fix));
    return true;
}

void MenuDocument::setHasDefaultMenuNow(bool has)
{
    if (m_data.hasDefaultMenu == has)
        return;
    m_data.hasDefaultMenu = has;
    afterChange();
}

bool MenuDocument::addMenu(int index, const Menu &menu, const QString &actionText)
{
    if (index < 0 || index > m_data.conditionalMenus.size())
        return false;
    m_undoStack->push(new AddMenu(this, index, menu, actionText));
    return true;
}

bool MenuDocument::removeMenu(int index)
{
    if (index < 0 || index >= m_data.conditionalMenus.size())
        return false;
    m_undoStack->push(new RemoveMenu(this, index));
    return true;
}

bool MenuDocument::moveMenu(int from, int to)
{
    const int count = int(m_data.conditionalMenus.size());
    if (from == to || from < 0 || to < 0 || from >= count || to >= count)
        return false;
    m_undoStack->push(new MoveMenu(this, from, to));
    return true;
}

bool MenuDocument::setMatchRule(int index, const MatchRule &rule)
{
    if (index < 0 || index >= m_data.conditionalMenus.size() ||
        m_data.conditionalMenus.at(index).matchRule == rule) {
        return false;
    }
    m_undoStack->push(new ChangeMatchRule(this, index, rule));
    return true;
}

bool MenuDocument::setMenuName(int index, const QString &name)
{
    if (index < 0 || index >= m_data.conditionalMenus.size() ||
        m_data.conditionalMenus.at(index).name == name) {
        return false;
    }
    m_undoStack->push(new RenameMenu(this, index, name));
    return true;
}

void MenuDocument::insertMenuNow(int index, const Menu &menu)
{
    emit menusAboutToChange();
    m_data.conditionalMenus.insert(index, menu);
    emit menusChanged(-1, index);
    afterChange();
}

Menu MenuDocument::takeMenuNow(int index)
{
    emit menusAboutToChange();
    Menu menu = m_data.conditionalMenus.takeAt(index);
    emit menusChanged(index, -1);
    afterChange();
    return menu;
}

void MenuDocument::moveMenuNow(int from, int to)
{
    emit menusAboutToChange();
    m_data.conditionalMenus.move(from, to);
    emit menusChanged(from, to);
    afterChange();
}

void MenuDocument::setMatchRuleNow(int index, const MatchRule &rule)
{
    m_data.conditionalMenus[index].matchRule = rule;
    emit matchRuleChanged(index);
    afterChange();
}

void MenuDocument::setMenuNameNow(int index, const QString &name)
{
    m_data.conditionalMenus[index].name = name;
    emit menuNameChanged(index);
    afterChange();
}

void MenuDocument::setDataNow(const DocumentData &data, Shape shape)
{
    emit aboutToReset();
    m_data = data;
    m_shape = shape;
    emit reset();
    afterChange();
}
