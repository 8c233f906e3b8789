#include "buttonform.h"

#include "buttonactions.h"
#include "buttontypenames.h"
#include "focuschain.h"
#include "linkchecks.h"
#include "messagelabel.h"
#include "namecounter.h"

#include <buttontypes.h>
#include <issuelocation.h>
#include <menudocument.h>
#include <menutreemodel.h>

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace {

constexpr ButtonField kActionFields[] = {ButtonField::Key,     ButtonField::Url,
                                         ButtonField::AppId,   ButtonField::PagePath,
                                         ButtonField::MediaId, ButtonField::ArticleId};

QString fieldLabel(ButtonField field)
{
    switch (field) {
    case ButtonField::Name:
        return ButtonForm::tr("&Name:");
    case ButtonField::Type:
        return ButtonForm::tr("&Action:");
    case ButtonField::Key:
        return ButtonForm::tr("Event &key:");
    case ButtonField::Url:
        return ButtonForm::tr("Web page &link:");
    case ButtonField::AppId:
        return ButtonForm::tr("Mini Program &AppID:");
    case ButtonField::PagePath:
        return ButtonForm::tr("Mini Program &page:");
    case ButtonField::MediaId:
        return ButtonForm::tr("&Media ID:");
    case ButtonField::ArticleId:
        return ButtonForm::tr("A&rticle ID:");
    }
    return {};
}

QString fieldPlaceholder(ButtonField field)
{
    switch (field) {
    case ButtonField::Key:
        return ButtonForm::tr("Sent to your server when tapped, e.g. TODAY_MUSIC");
    case ButtonField::Url:
        return ButtonForm::tr("https://");
    case ButtonField::AppId:
        return ButtonForm::tr("wx followed by 16 characters, lowercase");
    case ButtonField::PagePath:
        return ButtonForm::tr("e.g. pages/index/index");
    case ButtonField::MediaId:
        return ButtonForm::tr("A permanent media ID from the material library");
    case ButtonField::ArticleId:
        return ButtonForm::tr("The ID of a published article");
    default:
        return {};
    }
}

/// Room for two lines of messages under a field: nothing moves when a message appears.
MessageLabel *issueLabel(const QString &objectName)
{
    auto *label = new MessageLabel(2);
    label->setObjectName(objectName);
    return label;
}

QString apiFieldToolTip(const QString &key)
{
    return ButtonForm::tr("API field: %1").arg(key);
}

} // namespace

ButtonForm::ButtonForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("buttonForm"));
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    auto *empty = new QLabel(tr("Select a button in the tree or on the phone to edit it."));
    empty->setObjectName(QStringLiteral("formPlaceholder"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);
    refresh();
}

QLineEdit *ButtonForm::edit(ButtonField field)
{
    buildFields();
    return m_edits.value(field);
}

QComboBox *ButtonForm::typeCombo()
{
    buildFields();
    return m_type;
}

QAction *ButtonForm::linkState()
{
    buildFields();
    return m_linkState;
}

void ButtonForm::buildFields()
{
    if (m_type)
        return;
    // In a scroll area: a long message never squeezes the rows, it scrolls.
    auto *page = new QWidget;
    m_form = new QGridLayout(page);
    m_form->setColumnStretch(1, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);

    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setAccessibleName(tr("Button name"));
    name->setToolTip(apiFieldToolTip(QStringLiteral("name")));
    m_edits.insert(ButtonField::Name, name);
    addRow(fieldLabel(ButtonField::Name), name);
    connect(name, &QLineEdit::textEdited, this,
            [this](const QString &text) { edited(ButtonField::Name, text); });

    m_nameCounter = new MessageLabel(2);
    m_nameCounter->setObjectName(QStringLiteral("nameCounter"));
    addRow(QString(), m_nameCounter);
    MessageLabel *nameIssue = issueLabel(QStringLiteral("nameIssue"));
    m_issueLabels.insert(QStringLiteral("name"), nameIssue);
    m_fieldIssues.insert(name, nameIssue);
    addRow(QString(), nameIssue);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    m_type->setAccessibleName(tr("What the button does"));
    for (const QString &type : ButtonTypes::apiTypes()) {
        m_type->addItem(ButtonTypeNames::label(type), type);
        m_type->setItemData(m_type->count() - 1, tr("API type: %1").arg(type), Qt::ToolTipRole);
    }
    addRow(fieldLabel(ButtonField::Type), m_type);
    connect(m_type, &QComboBox::activated, this, &ButtonForm::typeChosen);
    m_subMenuNote = new QLabel(tr("Opens its sub-menu. Remove the sub-buttons to give it an "
                                  "action of its own."));
    m_subMenuNote->setObjectName(QStringLiteral("subMenuNote"));
    m_subMenuNote->setWordWrap(true);
    addRow(QString(), m_subMenuNote);
    MessageLabel *typeIssue = issueLabel(QStringLiteral("typeIssue"));
    m_issueLabels.insert(QStringLiteral("type"), typeIssue);
    m_fieldIssues.insert(m_type, typeIssue);
    addRow(QString(), typeIssue);

    for (const ButtonField field : kActionFields) {
        const QString key = buttonFieldKey(field);
        auto *edit = new QLineEdit;
        edit->setObjectName(key + QStringLiteral("Edit"));
        edit->setPlaceholderText(fieldPlaceholder(field));
        edit->setAccessibleName(
            QString(fieldLabel(field)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        edit->setToolTip(apiFieldToolTip(key));
        m_edits.insert(field, edit);
        addRow(fieldLabel(field), edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { edited(field, text); });
        MessageLabel *issue = issueLabel(key + QStringLiteral("Issue"));
        m_issueLabels.insert(key, issue);
        m_fieldIssues.insert(edit, issue);
        addRow(QString(), issue);
    }

    // The link's state sits inside its field: nothing moves when it changes.
    m_linkState = m_edits.value(ButtonField::Url)->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_linkState->setObjectName(QStringLiteral("linkState"));
    m_linkState->setVisible(false);

    // Issues of the button itself come last: when one appears, no field below it moves.
    m_rowIssue = issueLabel(QStringLiteral("buttonIssue"));
    m_issueLabels.insert(QString(), m_rowIssue);
    addRow(QString(), m_rowIssue, true);
    // A key the form has no field for ("appId", a stray "matchrule") is fixed in one click.
    m_fixButton = new QPushButton;
    m_fixButton->setObjectName(QStringLiteral("buttonIssueFix"));
    m_fixButton->setVisible(false);
    addRow(QString(), m_fixButton, true);
    m_form->setAlignment(m_fixButton, Qt::AlignLeft);
    connect(m_fixButton, &QPushButton::clicked, this, &ButtonForm::applyFix);

    for (QLineEdit *edit : std::as_const(m_edits)) {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::editingFinished, this, &ButtonForm::endEditSession);
        edit->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(edit, &QWidget::customContextMenuRequested, this,
                [this, edit](const QPoint &at) { showContextMenu(edit, at); });
    }
    m_form->setRowStretch(m_form->rowCount(), 1); // the rows stay at the top
    QList<QWidget *> tabOrder = {scroll, name, m_type};
    for (const ButtonField field : kActionFields)
        tabOrder.append(m_edits.value(field));
    tabOrder.append(m_fixButton);
    placeInFocusChain(this, tabOrder);
}

void ButtonForm::setModel(MenuTreeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_index = QPersistentModelIndex();
    if (model) {
        const auto changed = [this] { refresh(); };
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::rowsMoved, this, changed);
        connect(model, &QAbstractItemModel::modelReset, this, changed);
    }
    refresh();
}

void ButtonForm::setCurrentIndex(const QModelIndex &index)
{
    if (QPersistentModelIndex(index) != m_index)
        endEditSession();
    m_index = index.isValid() && index.model() == m_model ? QPersistentModelIndex(index)
                                                          : QPersistentModelIndex();
    refresh();
}

void ButtonForm::focusField(const QString &key)
{
    buildFields();
    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        if (buttonFieldKey(it.key()) == key && it.value()->isVisibleTo(this)) {
            it.value()->setFocus(Qt::OtherFocusReason);
            it.value()->selectAll();
            return;
        }
    }
    if (key == QLatin1String("type") && m_type->isEnabled())
        m_type->setFocus(Qt::OtherFocusReason);
    else
        m_edits.value(ButtonField::Name)->setFocus(Qt::OtherFocusReason);
}

void ButtonForm::edited(ButtonField field, const QString &text)
{
    if (m_refreshing || !m_model || !m_index.isValid())
        return;
    m_model->setData(m_index, text, MenuTreeModel::roleForField(field));
}

void ButtonForm::typeChosen(int comboIndex)
{
    if (m_refreshing || !m_model || !m_index.isValid() || comboIndex < 0)
        return;
    const QString type = m_type->itemData(comboIndex).toString();
    const QString key = m_index.data(MenuTreeModel::roleForField(ButtonField::Key)).toString();
    // The key a fresh button got goes with the action that needs it, in the same step: it
    // would be an unused key, and a warning, for a web page.
    const bool dropKey =
        ButtonActions::isFreshKey(key) && !ButtonTypes::usedFields(type).contains(ButtonField::Key);
    QUndoStack *stack = m_model->document()->undoStack();
    if (dropKey)
        stack->beginMacro(QCoreApplication::translate("Undo", "Change %1")
                              .arg(ButtonTypeNames::fieldName(ButtonField::Type)));
    const QPersistentModelIndex index = m_index;
    m_model->setData(index, type, MenuTreeModel::TypeRole);
    if (dropKey) {
        m_model->setData(index, QString(), MenuTreeModel::roleForField(ButtonField::Key));
        stack->endMacro();
    }
}

void ButtonForm::refresh()
{
    if (!m_model || !m_index.isValid()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    buildFields();
    m_refreshing = true;
    m_stack->setCurrentIndex(1);
    const bool topLevel = !m_index.parent().isValid();
    const bool opensSubMenu = m_model->rowCount(m_index) > 0;

    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const QString value = m_index.data(MenuTreeModel::roleForField(it.key())).toString();
        if (it.value()->text() != value)
            it.value()->setText(value);
    }

    showCounter(m_index.data(MenuTreeModel::NameRole).toString(), topLevel);

    const QString type = m_index.data(MenuTreeModel::TypeRole).toString();
    int comboIndex = m_type->findData(type);
    if (comboIndex < 0 && !type.isEmpty()) {
        // A type the API cannot publish (made in the web console) or one WeChat does not know.
        m_type->addItem(ButtonTypeNames::label(type), type);
        comboIndex = m_type->count() - 1;
        m_type->setItemData(comboIndex, tr("API type: %1").arg(type), Qt::ToolTipRole);
    }
    m_type->setCurrentIndex(comboIndex);
    m_type->setToolTip(m_type->itemData(comboIndex, Qt::ToolTipRole).toString());
    setRowShown(m_type, !opensSubMenu);
    setRowShown(m_subMenuNote, opensSubMenu && topLevel);

    const QList<ButtonField> used = ButtonTypes::usedFields(type);
    for (const ButtonField field : kActionFields) {
        QLineEdit *edit = m_edits.value(field);
        const bool show = !opensSubMenu && (used.contains(field) || !edit->text().isEmpty());
        setRowShown(edit, show);
    }
    showIssues(m_index.data(MenuTreeModel::IssuesRole).value<IssueList>());
    showLinkState();
    m_refreshing = false;
}

void ButtonForm::setLinkChecks(LinkChecks *checks)
{
    if (m_linkChecks)
        disconnect(m_linkChecks, nullptr, this, nullptr);
    m_linkChecks = checks;
    if (checks)
        connect(checks, &LinkChecks::statesChanged, this, &ButtonForm::showLinkState);
    showLinkState();
}

void ButtonForm::showLinkState()
{
    if (!m_linkState)
        return; // no button shown yet
    QLineEdit *url = m_edits.value(ButtonField::Url);
    const LinkChecks::State state = m_linkChecks && url->isVisibleTo(this)
                                        ? m_linkChecks->state(url->text())
                                        : LinkChecks::State::None;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    QString name;
    switch (state) {
    case LinkChecks::State::None:
        break;
    case LinkChecks::State::Checking:
        icon = QStyle::SP_BrowserReload;
        name = QStringLiteral("checking");
        break;
    case LinkChecks::State::Fine:
        icon = QStyle::SP_DialogApplyButton;
        name = QStringLiteral("fine");
        break;
    case LinkChecks::State::Problem:
        icon = QStyle::SP_MessageBoxWarning;
        name = QStringLiteral("problem");
        break;
    case LinkChecks::State::NotAsked:
        icon = QStyle::SP_MessageBoxInformation;
        name = QStringLiteral("not-asked");
        break;
    }
    m_linkState->setProperty("state", name);
    m_linkState->setVisible(!name.isEmpty());
    if (name.isEmpty())
        return;
    m_linkState->setIcon(style()->standardIcon(icon));
    const QString words = m_linkChecks->message(url->text());
    m_linkState->setText(words);
    m_linkState->setToolTip(words);
}

void ButtonForm::showCounter(const QString &name, bool topLevel)
{
    const NameCounter counter(name, topLevel);
    m_nameCounter->setMessage(counter.text(), counter.toolTip());
    const NameCounter::Level level = counter.level();
    // Red only where WeChat refuses the name; a name the phone cuts is a note.
    m_nameCounter->setStyleSheet(
        level == NameCounter::Level::TooLong ? QStringLiteral("color: #c62828;")
        : level == NameCounter::Level::Cut   ? QStringLiteral("color: #a15c00;")
                                             : QString());
    m_nameCounter->setProperty("severity",
                               level == NameCounter::Level::TooLong ? QStringLiteral("error")
                               : level == NameCounter::Level::Cut   ? QStringLiteral("warning")
                                                                    : QString());
}

void ButtonForm::showIssues(const IssueList &issues)
{
    QHash<QString, IssueList> byField;
    for (const Issue &issue : issues) {
        // The counter under the name already says how the phone cuts it.
        if (issue.rule == QLatin1String("name.display-cut"))
            continue;
        QString field = IssueLocation::parse(issue.path).field;
        // An issue of a field the form does not show goes to the button's own line.
        const MessageLabel *label = m_issueLabels.value(field);
        if (!label || label->isHidden())
            field.clear();
        byField[field].append(issue);
    }
    for (auto it = m_issueLabels.constBegin(); it != m_issueLabels.constEnd(); ++it)
        setIssue(it.value(), byField.value(it.key()));

    m_fix = Issue();
    for (const Issue &issue : byField.value(QString())) {
        if (!issue.fix.isNone()) {
            m_fix = issue;
            break;
        }
    }
    m_fixButton->setText(m_fix.fix.text());
    m_fixButton->setToolTip(m_fix.message);
    m_fixButton->setVisible(!m_fix.fix.isNone());
}

void ButtonForm::applyFix()
{
    if (m_model && m_model->document())
        m_model->document()->applyFix(m_fix);
}

void ButtonForm::setIssue(MessageLabel *label, const IssueList &issues)
{
    QStringList lines;
    bool error = false;
    for (const Issue &issue : issues) {
        lines.append(issue.message);
        error = error || issue.isError();
    }
    label->setMessage(lines.join(QLatin1Char('\n')));
    label->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                               : QStringLiteral("color: #a15c00;"));
    label->setProperty("severity", issues.isEmpty() ? QString()
                                   : error          ? QStringLiteral("error")
                                                    : QStringLiteral("warning"));
    // The label keeps its room, empty or not; it shows and hides with its field only.
}

void ButtonForm::addRow(const QString &label, QWidget *field, bool span)
{
    // A grid rather than a QFormLayout: in Qt 6.4 a form row next to a word-wrapped label
    // can be squeezed to no height at all.
    const int row = m_form->rowCount();
    if (span) {
        m_form->addWidget(field, row, 0, 1, 2);
        return;
    }
    if (!label.isEmpty()) {
        auto *text = new QLabel(label);
        text->setBuddy(field);
        m_form->addWidget(text, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        m_labels.insert(field, text);
    }
    m_form->addWidget(field, row, 1);
}

void ButtonForm::setRowShown(QWidget *field, bool shown)
{
    field->setVisible(shown);
    if (QLabel *label = m_labels.value(field))
        label->setVisible(shown);
    if (MessageLabel *issue = m_fieldIssues.value(field))
        issue->setVisible(shown);
}

bool ButtonForm::undoKey(QKeyEvent *event, bool act)
{
    const QKeyCombination keys = event->keyCombination();
    const bool undo = event->matches(QKeySequence::Undo) ||
                      keys == QKeyCombination(Qt::ControlModifier, Qt::Key_Z);
    const bool redo = event->matches(QKeySequence::Redo) ||
                      keys == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
                      keys == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
    if (!undo && !redo)
        return false;
    if (act && m_model && m_model->document()) {
        // One history: the document's. A line edit's own undo would change the text behind the
        // document's back and lose the steps that could be redone.
        endEditSession();
        QUndoStack *stack = m_model->document()->undoStack();
        if (undo)
            stack->undo();
        else
            stack->redo();
    }
    return true;
}

bool ButtonForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool press = event->type() == QEvent::KeyPress;
        if (undoKey(key, press)) {
            // Taking the shortcut from the window's actions too: the key press comes here,
            // whether or not there is something to undo.
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ButtonForm::showContextMenu(QLineEdit *edit, const QPoint &at)
{
    std::unique_ptr<QMenu> menu(edit->createStandardContextMenu());
    QUndoStack *stack = m_model && m_model->document() ? m_model->document()->undoStack() : nullptr;
    // Undo and Redo in the menu are the document's too, like the keys.
    for (QAction *action : menu->actions()) {
        const bool undo = action->objectName() == QLatin1String("edit-undo");
        if (!undo && action->objectName() != QLatin1String("edit-redo"))
            continue;
        disconnect(action, &QAction::triggered, nullptr, nullptr);
        action->setEnabled(stack && (undo ? stack->canUndo() : stack->canRedo()));
        if (stack) {
            connect(action, &QAction::triggered, stack, [this, stack, undo] {
                endEditSession();
                if (undo)
                    stack->undo();
                else
                    stack->redo();
            });
        }
    }
    menu->exec(edit->mapToGlobal(at));
}

void ButtonForm::endEditSession()
{
    if (m_model && m_model->document())
        m_model->document()->endEditSession();
}
