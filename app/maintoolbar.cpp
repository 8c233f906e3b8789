#include "maintoolbar.h"

#include "actionicons.h"
#include "editorstyle.h"
#include "publishingactions.h"

#include <accountdirectory.h>
#include <shortcutsdialog.h>

#include <QAction>
#include <QLinearGradient>
#include <QMainWindow>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

MainToolBar::MainToolBar(QMainWindow *window, PublishingActions *publishing)
    : QToolBar(tr("Toolbar"), window)
    , m_publishing(publishing)
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    ActionIcons::apply(window);

    const QList<QStringList> groups = {
        {QStringLiteral("actionNew"), QStringLiteral("actionOpen"), QStringLiteral("actionSave")},
        {QStringLiteral("actionUndo"), QStringLiteral("actionRedo")},
        {QStringLiteral("actionAddButton"), QStringLiteral("actionAddSubButton"),
         QStringLiteral("actionDelete")}};
    for (const QStringList &group : groups) {
        if (!actions().isEmpty())
            addSeparator();
        for (const QString &name : group) {
            auto *action = window->findChild<QAction *>(name);
            if (!action)
                continue;
            addAction(action);
            showShortcutInToolTip(action);
            connect(action, &QAction::changed, this,
                    [this, action] { showShortcutInToolTip(action); });
        }
    }

    // Publishing stands apart, at the far end, with its words beside the icon.
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(spacer);
    m_publish = new QAction(this);
    m_publish->setObjectName(QStringLiteral("actionPublishToAccount"));
    m_publish->setIcon(
        ActionIcons::icon(QStringLiteral("document-send"), QStringLiteral("publish")));
    m_publishButton = new QToolButton;
    m_publishButton->setObjectName(QStringLiteral("publishButton"));
    m_publishButton->setDefaultAction(m_publish);
    m_publishButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont bold = m_publishButton->font();
    bold.setBold(true);
    m_publishButton->setFont(bold);
    addWidget(m_publishButton);

    if (m_publishing) {
        connect(m_publish, &QAction::triggered, m_publishing->publishAction(), &QAction::trigger);
        AccountDirectory *accounts = m_publishing->accounts();
        connect(accounts, &AccountDirectory::currentChanged, this, &MainToolBar::updatePublishText);
        connect(accounts, &AccountDirectory::listChanged, this, &MainToolBar::updatePublishText);
        connect(m_publishing->publishAction(), &QAction::enabledChanged, m_publish,
                &QAction::setEnabled);
    } else {
        m_publish->setEnabled(false);
    }
    updatePublishText();
}

void MainToolBar::showShortcutInToolTip(QAction *action)
{
    const QKeySequence shortcut = action->shortcut();
    if (shortcut.isEmpty())
        return;
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    QString tip = action->toolTip();
    if (tip.contains(keys))
        return;
    const QString name = ShortcutsDialog::actionName(action);
    if (tip.remove(QLatin1Char('&')) == action->text().remove(QLatin1Char('&')) || tip.isEmpty())
        tip = name; // no tooltip of its own: its plain name
    action->setToolTip(tr("%1 (%2)").arg(tip, keys));
}

void MainToolBar::updatePublishText()
{
    AccountDirectory *accounts = m_publishing ? m_publishing->accounts() : nullptr;
    if (!accounts || accounts->current().name.isEmpty()) {
        m_publish->setText(tr("Publish…"));
        m_publish->setToolTip(accounts ? tr("Choose an account to publish to")
                                       : tr("No account to publish to"));
        return;
    }
    const Account &account = accounts->current();
    const QString name = account.displayName();
    // The text names the account, so that nobody publishes to the live account by mistake.
    m_publish->setText(tr("Publish to %1…").arg(name));
    const QKeySequence shortcut = m_publishing->publishAction()->shortcut();
    m_publish->setToolTip(
        tr("Compare this document with the live menus of %1, then publish it (%2)")
            .arg(name, shortcut.toString(QKeySequence::NativeText)));
}

void MainToolBar::paintEvent(QPaintEvent *event)
{
    // Not when some buttons did not fit: the bar then draws its extension as Qt does.
    const auto *extension = findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    if (EditorStyle::drawnName(style()) != QLatin1String("fusion") ||
        orientation() != Qt::Horizontal || isWindow() || (extension && extension->isVisible())) {
        QToolBar::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect r = rect();
    const QColor window = palette().window().color();
    QLinearGradient gradient(r.topLeft(), r.bottomLeft());
    gradient.setColorAt(0, window.lighter(104));
    gradient.setColorAt(1, window);
    painter.fillRect(r, gradient);
    // Fusion's light and dark edge shades: light above, and a light line under a dark one
    // below, where the tool bar meets the window's panels.
    const QColor light(255, 255, 255, 90);
    const QColor dark(0, 0, 0, 60);
    painter.fillRect(QRect(r.left(), r.top(), r.width(), 1), light);
    painter.fillRect(QRect(r.left(), r.bottom() - 1, r.width(), 1), dark);
    painter.fillRect(QRect(r.left(), r.bottom(), r.width(), 1), light);
}
