#include "buttonform.h"

#include "buttontypenames.h"

#include <buttontypes.h>
#include <displaywidth.h>
#include <issuelocation.h>
#include <menudocument.h>
#include <menulimits.h>
#include <menutreemodel.h>

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <menutreemodel.h>

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

QLabel *issueLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setVisible(false);
    return label;
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

    auto *name = new QLineEdit;
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setAccessibleName(tr("Button name"));
    name->setClearButtonEnabled(true);
    m_edits.insert(ButtonField::Name, name);
    addRow(fieldLabel(ButtonField::Name), name);
    connect(name, &QLineEdit::textEdited, this,
            [this](const QString &text) { edited(ButtonField::Name, text); });

    auto *counters = new QWidget;
    auto *countersLayout = new QVBoxLayout(counters);
    countersLayout->setContentsMargins(0, 0, 0, 0);
    m_nameBytes = new QLabel;
    m_nameBytes->setObjectName(QStringLiteral("nameBytes"));
    m_nameCut = new QLabel;
    m_nameCut->setObjectName(QStringLiteral("nameCut"));
    m_nameCut->setTextFormat(Qt::PlainText);
    m_nameCut->setWordWrap(true);
    countersLayout->addWidget(m_nameBytes);
    countersLayout->addWidget(m_nameCut);
    addRow(QString(), counters);
    QLabel *nameIssue = issueLabel(QStringLiteral("nameIssue"));
    m_issueLabels.insert(QStringLiteral("name"), nameIssue);
    addRow(QString(), nameIssue);

    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_type->setMinimumContentsLength(16);
    m_type->setAccessibleName(tr("What the button does"));
    for (const QString &type : ButtonTypes::apiTypes()) {
        // The API's name of the type is technical detail: in the item's tooltip.
        m_type->addItem(ButtonTypeNames::label(type), type);
        m_type->setItemData(m_type->count() - 1, type, Qt::ToolTipRole);
    }
    addRow(fieldLabel(ButtonField::Type), m_type);
    connect(m_type, &QComboBox::activated, this, &ButtonForm::typeChosen);
    m_subMenuNote = new QLabel(tr("Opens its sub-menu. Remove the sub-buttons to give it an "
                                  "action of its own."));
    m_subMenuNote->setObjectName(QStringLiteral("subMenuNote"));
    m_subMenuNote->setWordWrap(true);
    addRow(QString(), m_subMenuNote);
    QLabel *typeIssue = issueLabel(QStringLiteral("typeIssue"));
    m_issueLabels.insert(QStringLiteral("type"), typeIssue);
    addRow(QString(), typeIssue);

    for (const ButtonField field : kActionFields) {
        const QString key = buttonFieldKey(field);
        auto *edit = new QLineEdit;
        edit->setObjectName(key + QStringLiteral("Edit"));
        edit->setPlaceholderText(fieldPlaceholder(field));
        edit->setAccessibleName(
            QString(fieldLabel(field)).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        m_edits.insert(field, edit);
        addRow(fieldLabel(field), edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, field](const QString &text) { edited(field, text); });
        QLabel *issue = issueLabel(key + QStringLiteral("Issue"));
        m_issueLabels.insert(key, issue);
        addRow(QString(), issue);
    }
    m_form->setRowStretch(m_form->rowCount(), 1); // the rows stay at the top
    setTabOrder(name, m_type);
    QWidget *previous = m_type;
    for (const ButtonField field : kActionFields) {
        setTabOrder(previous, m_edits.value(field));
        previous = m_edits.value(field);
    }
    refresh();
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
    m_index = index.isValid() && index.model() == m_model ? QPersistentModelIndex(index)
                                                          : QPersistentModelIndex();
    refresh();
}

void ButtonForm::focusField(const QString &key)
{
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
    m_model->setData(m_index, m_type->itemData(comboIndex), MenuTreeModel::TypeRole);
}

void ButtonForm::refresh()
{
    if (!m_model || !m_index.isValid()) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_refreshing = true;
    m_stack->setCurrentIndex(1);
    const bool topLevel = !m_index.parent().isValid();
    const bool opensSubMenu = m_model->rowCount(m_index) > 0;

    for (auto it = m_edits.constBegin(); it != m_edits.constEnd(); ++it) {
        const QString value = m_index.data(MenuTreeModel::roleForField(it.key())).toString();
        if (it.value()->text() != value)
            it.value()->setText(value);
    }

    const QString name = m_index.data(MenuTreeModel::NameRole).toString();
    const int bytes = m_index.data(MenuTreeModel::NameBytesRole).toInt();
    const int maxBytes =
        topLevel ? MenuLimits::kMaxTopLevelNameBytes : MenuLimits::kMaxSubNameBytes;
    m_nameBytes->setText(tr("%1/%2 bytes").arg(bytes).arg(maxBytes));
    m_nameBytes->setStyleSheet(bytes > maxBytes ? QStringLiteral("color: #c62828;") : QString());
    const QString shown = m_index.data(MenuTreeModel::DisplayTitleRole).toString();
    m_nameCut->setText(shown != name ? tr("The phone shows: %1").arg(shown) : QString());
    m_nameCut->setVisible(shown != name);

    const QString type = m_index.data(MenuTreeModel::TypeRole).toString();
    int comboIndex = m_type->findData(type);
    if (comboIndex < 0 && !type.isEmpty()) {
        // A type the API cannot publish (made in the web console) or one WeChat does not know.
        m_type->addItem(ButtonTypeNames::labelWithApiName(type), type);
        comboIndex = m_type->count() - 1;
    }
    m_type->setCurrentIndex(comboIndex);
    setRowShown(m_type, !opensSubMenu);
    setRowShown(m_subMenuNote, opensSubMenu && topLevel);

    const QList<ButtonField> used = ButtonTypes::usedFields(type);
    for (const ButtonField field : kActionFields) {
        QLineEdit *edit = m_edits.value(field);
        const bool show = !opensSubMenu && (used.contains(field) || !edit->text().isEmpty());
        setRowShown(edit, show);
    }
    showIssues(m_index.data(MenuTreeModel::IssuesRole).value<IssueList>());
    m_refreshing = false;
}

void ButtonForm::showIssues(const IssueList &issues)
{
    QHash<QString, IssueList> byField;
    for (const Issue &issue : issues) {
        QString field = IssueLocation::parse(issue.path).field;
        if (!m_issueLabels.contains(field))
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

void ButtonForm::setIssue(QLabel *label, const IssueList &issues)
{
    QStringList lines;
    bool error = false;
    for (const Issue &issue : issues) {
        lines.append(issue.message);
        error = error || issue.isError();
    }
    label->setText(lines.join(QLatin1Char('\n')));
    label->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                               : QStringLiteral("color: #a15c00;"));
    label->setProperty("severity", issues.isEmpty() ? QString()
                                   : error          ? QStringLiteral("error")
                                                    : QStringLiteral("warning"));
    // The row stays in the layout; only the label shows or hides.
    label->setVisible(!issues.isEmpty());
    setRowShown(label, !issues.isEmpty());
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
}
