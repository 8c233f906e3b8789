#include "matchruleeditor.h"

#include "elidedlabel.h"
#include "focuschain.h"

#include <menudocument.h>

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

MatchRuleEditor::MatchRuleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("matchRuleEditor"));
    setVisible(false);
}

QLineEdit *MatchRuleEditor::nameEdit()
{
    build();
    return m_name;
}

QComboBox *MatchRuleEditor::tagCombo()
{
    build();
    return m_tag;
}

QComboBox *MatchRuleEditor::platformCombo()
{
    build();
    return m_platform;
}

QPushButton *MatchRuleEditor::removePrivacyButton()
{
    build();
    return m_removePrivacy;
}

QLabel *MatchRuleEditor::issues()
{
    build();
    return m_issues;
}

void MatchRuleEditor::build()
{
    if (m_name)
        return;
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("menuNameEdit"));
    m_name->setAccessibleName(tr("Name of this conditional menu"));
    m_name->setPlaceholderText(tr("for example: VIP members"));
    m_name->setToolTip(tr("A name for you and your colleagues. It is kept in the file and never "
                          "sent to WeChat."));
    form->addRow(tr("&Name:"), m_name);
    m_tag = new QComboBox;
    m_tag->setObjectName(QStringLiteral("tagCombo"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    // Long tag names never widen the column: the box takes the width it is given.
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(8);
    m_tag->setAccessibleName(tr("Followers with this tag"));
    m_tag->lineEdit()->setPlaceholderText(tr("any tag; pick a name or type a tag id"));
    m_platform = new QComboBox;
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->setAccessibleName(tr("On this phone"));
    m_platform->addItem(tr("Any phone"), QString());
    m_platform->addItem(tr("iOS"), QStringLiteral("1"));
    m_platform->addItem(tr("Android"), QStringLiteral("2"));
    m_platform->addItem(tr("Other phones"), QStringLiteral("3"));
    form->addRow(tr("Followers with &tag:"), m_tag);
    form->addRow(tr("On &phone:"), m_platform);
    m_privacy = new ElidedLabel(2);
    m_removePrivacy = new QPushButton(tr("&Remove Privacy Fields"));
    m_removePrivacy->setObjectName(QStringLiteral("removePrivacyButton"));
    form->addRow(m_privacy);
    form->addRow(m_removePrivacy);
    // One line kept for the rule's problems, empty or not: a message moves nothing.
    m_issues = new ElidedLabel(1);
    m_issues->setObjectName(QStringLiteral("matchRuleIssues"));
    form->addRow(m_issues);

    connect(m_tag, &QComboBox::activated, this, &MatchRuleEditor::applyTag);
    connect(m_tag->lineEdit(), &QLineEdit::editingFinished, this, &MatchRuleEditor::applyTag);
    connect(m_platform, &QComboBox::activated, this, &MatchRuleEditor::applyPlatform);
    connect(m_name, &QLineEdit::editingFinished, this, &MatchRuleEditor::applyName);
    connect(m_removePrivacy, &QPushButton::clicked, this, [this] {
        if (!m_document || m_menu < 0)
            return;
        MatchRule rule = m_document->data().conditionalMenus.at(m_menu).matchRule;
        rule.privacy = QJsonObject();
        m_document->setMatchRule(m_menu, rule);
    });
    placeInFocusChain(this, {m_name, m_tag, m_platform, m_removePrivacy});
    fillTags();
}

void MatchRuleEditor::setDocument(MenuDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_menu = -1;
    m_shownMenu = -1;
    if (document)
        connect(document, &MenuDocument::changed, this, &MatchRuleEditor::refresh);
    refresh();
}

void MatchRuleEditor::setMenu(int menuIndex)
{
    m_menu = menuIndex;
    refresh();
    if (m_menu >= 0 && !m_haveTags)
        emit tagsWanted();
}

void MatchRuleEditor::setTags(const QList<QPair<QString, QString>> &tags)
{
    m_haveTags = true;
    m_tags = tags;
    if (m_tag)
        fillTags();
    refresh();
}

void MatchRuleEditor::fillTags()
{
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    for (const auto &[id, name] : std::as_const(m_tags))
        m_tag->addItem(tr("%1 (%2)").arg(name, id), id);
}

void MatchRuleEditor::refresh()
{
    const bool shown =
        m_document && m_menu >= 0 && m_menu < m_document->data().conditionalMenus.size();
    if (!shown) {
        setVisible(false);
        return;
    }
    build();
    setVisible(true);
    m_refreshing = true;
    const Menu &menu = m_document->data().conditionalMenus.at(m_menu);
    // What is being typed stays while other edits land; another menu shows its own name.
    if (m_name->text() != menu.name && (!m_name->hasFocus() || m_shownMenu != m_menu))
        m_name->setText(menu.name);
    m_shownMenu = m_menu;
    const MatchRule &rule = menu.matchRule;
    const QString tag = rule.tagId.trimmed();
    const int item = m_tag->findData(tag);
    if (item >= 0) {
        m_tag->setCurrentIndex(item);
    } else {
        m_tag->setCurrentIndex(-1);
        m_tag->setEditText(tag);
    }
    const int platform = m_platform->findData(rule.clientPlatformType.trimmed());
    m_platform->setCurrentIndex(platform >= 0 ? platform : 0);
    const QStringList privacy = rule.privacyFieldsInUse();
    m_privacy->setVisible(!privacy.isEmpty());
    m_removePrivacy->setVisible(!privacy.isEmpty());
    m_privacy->setText(tr("This rule also matches on %1. WeChat no longer accepts these privacy "
                          "fields (errcode 65320): the menu has expired and cannot be published "
                          "until they are removed.")
                           .arg(privacy.join(QStringLiteral(", "))));
    m_privacy->setToolTip(m_privacy->text());
    QStringList lines;
    const QString prefix = QStringLiteral("conditionalmenu[%1].matchrule").arg(m_menu);
    const QString menuPrefix = QStringLiteral("conditionalmenu[%1]").arg(m_menu);
    for (const Issue &issue : m_document->issues()) {
        if (issue.path.startsWith(prefix) || issue.path == menuPrefix)
            lines.append(issue.message);
    }
    m_issues->setText(lines.join(QLatin1Char('\n')));
    m_issues->setToolTip(m_issues->text());
    m_refreshing = false;
}

void MatchRuleEditor::applyTag()
{
    if (m_refreshing || !m_document || m_menu < 0 || !m_tag) // no fields before a rule is shown
        return;
    const QString text = m_tag->currentText().trimmed();
    QString id = text;
    const int item = m_tag->findText(text);
    if (item >= 0)
        id = m_tag->itemData(item).toString();
    MatchRule rule = m_document->data().conditionalMenus.at(m_menu).matchRule;
    rule.tagId = id;
    m_document->setMatchRule(m_menu, rule);
}

void MatchRuleEditor::applyName()
{
    if (m_refreshing || !m_document || m_menu < 0 ||
        m_menu >= m_document->data().conditionalMenus.size()) {
        return;
    }
    m_document->setMenuName(m_menu, m_name->text().trimmed());
}

void MatchRuleEditor::applyPlatform()
{
    if (m_refreshing || !m_document || m_menu < 0)
        return;
    MatchRule rule = m_document->data().conditionalMenus.at(m_menu).matchRule;
    rule.clientPlatformType = m_platform->currentData().toString();
    m_document->setMatchRule(m_menu, rule);
}
