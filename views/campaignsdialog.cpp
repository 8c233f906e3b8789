#include "campaignsdialog.h"

#include "campaigntime.h"
#include "historydialog.h"
#include "messagelabel.h"

#include <campaignstore.h>

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

/// "Start: …\nEnd: …", each time as `format` gives it.
QString startAndEnd(const Campaign &campaign, QString (*format)(const QDateTime &))
{
    return CampaignsDialog::tr("Start: %1\nEnd: %2")
        .arg(format(campaign.start),
             campaign.end.isValid() ? format(campaign.end) : CampaignsDialog::tr("none"));
}

} // namespace

CampaignsDialog::CampaignsDialog(CampaignStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("campaignsDialog"));
    setWindowTitle(tr("Campaigns"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Menus that go live at a set time and step back by themselves. The steps run while "
           "WeMenu is open, or from the system timer where there is one."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("campaignList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setHeaderLabels(
        {tr("Menu"), tr("State"), tr("Your time"), tr("Beijing time"), tr("Account")});
    m_list->setIconSize(HistoryDialog::thumbnail({}, {}).deviceIndependentSize().toSize());
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_details = new MessageLabel(2);
    m_details->setObjectName(QStringLiteral("campaignDetails"));
    layout->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_cancel = buttons->addButton(tr("&Cancel Campaign…"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelCampaignButton"));
    m_cancel->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const Campaign *campaign = currentCampaign())
            emit cancelRequested(*campaign);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CampaignsDialog::updateSelection);
    resize(900, 520); // fits a 1280 x 720 screen
    reload();
}

void CampaignsDialog::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    reload();
}

Campaign::State CampaignsDialog::shownState(const Campaign &campaign) const
{
    if (campaign.state == Campaign::State::Scheduled && campaign.isMissed(m_now()))
        return Campaign::State::Missed;
    return campaign.state;
}

void CampaignsDialog::reload()
{
    const QString chosen = m_list->currentItem()
                               ? m_list->currentItem()->data(MenuColumn, IdRole).toString()
                               : QString();
    m_list->clear();
    QList<CampaignStore::Problem> problems;
    m_campaigns = m_store ? m_store->load(&problems) : QList<Campaign>();
    for (const Campaign &campaign : std::as_const(m_campaigns)) {
        const QString accountName = campaign.account.displayName();
        auto *item = new QTreeWidgetItem(m_list);
        const QString menuName = campaign.sourceFile.isEmpty()
                                     ? tr("Untitled menu")
                                     : QFileInfo(campaign.sourceFile).completeBaseName();
        item->setText(MenuColumn, menuName);
        item->setIcon(MenuColumn, QIcon(HistoryDialog::thumbnail(campaign.document, accountName)));
        item->setToolTip(MenuColumn, campaign.sourceFile);
        item->setData(MenuColumn, IdRole, campaign.id);
        item->setText(StateColumn, campaign.putBackPending
                                       ? campaign.statusText()
                                       : Campaign::stateText(shownState(campaign)));
        item->setToolTip(StateColumn, campaign.failure);
        item->setText(LocalTimeColumn, startAndEnd(campaign, &CampaignTime::local));
        item->setText(BeijingTimeColumn, startAndEnd(campaign, &CampaignTime::beijingText));
        item->setText(AccountColumn, accountName);
        if (campaign.id == chosen)
            m_list->setCurrentItem(item);
    }
    for (const CampaignStore::Problem &problem : std::as_const(problems)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(MenuColumn, QFileInfo(problem.file).fileName());
        item->setText(StateColumn, tr("cannot be read"));
        item->setToolTip(StateColumn, problem.message);
        item->setData(StateColumn, Qt::UserRole + 1, problem.message);
    }
    if (m_list->topLevelItemCount() == 0) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(MenuColumn, tr("No campaigns yet. Open a menu and choose Account › "
                                     "Schedule This Menu…"));
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::NoItemFlags);
    } else if (!m_list->currentItem()) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    for (int column = MenuColumn; column < AccountColumn; ++column)
        m_list->resizeColumnToContents(column);
    updateSelection();
}

const Campaign *CampaignsDialog::currentCampaign() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString id = item ? item->data(MenuColumn, IdRole).toString() : QString();
    for (const Campaign &campaign : m_campaigns) {
        if (!id.isEmpty() && campaign.id == id)
            return &campaign;
    }
    return nullptr;
}

void CampaignsDialog::updateSelection()
{
    const Campaign *campaign = currentCampaign();
    if (!campaign) {
        const QTreeWidgetItem *item = m_list->currentItem();
        m_details->setMessage(item ? item->data(StateColumn, Qt::UserRole + 1).toString()
                                   : QString());
        m_cancel->setEnabled(false);
        return;
    }
    const Campaign::State state = shownState(*campaign);
    QString text = campaign->failure;
    if (text.isEmpty() && !campaign->log.isEmpty())
        text = campaign->log.constLast().message;
    m_details->setMessage(text);
    m_cancel->setEnabled(state == Campaign::State::Scheduled ||
                         (state == Campaign::State::Started && campaign->end.isValid()));
}
