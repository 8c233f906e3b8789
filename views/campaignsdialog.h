#pragma once

#include <campaign.h>

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <functional>

class CampaignStore;
class MessageLabel;
class QPushButton;
class QTreeWidget;

/**
 * Every campaign on this computer, by start time: a thumbnail of the menu it publishes, its
 * state in words, its start and end in the computer's time and in Beijing time side by side,
 * and the account. A file that cannot be read is listed with what is wrong. Cancel asks for a
 * campaign that has not ended (cancelRequested); whoever cancels it calls reload().
 */
class CampaignsDialog : public QDialog
{
    Q_OBJECT

public:
    /// The list's columns.
    enum Column { MenuColumn, StateColumn, LocalTimeColumn, BeijingTimeColumn, AccountColumn };
    /// Item data role of the list: the campaign's id (empty for an unreadable file).
    static constexpr int IdRole = Qt::UserRole;

    /// `store` is not owned and outlives the dialog.
    explicit CampaignsDialog(CampaignStore *store, QWidget *parent = nullptr);

    /// The clock (UTC), which tells a missed campaign; the system clock by default.
    void setClock(std::function<QDateTime()> now);
    /// Reads the store again and lists it.
    void reload();

    /// The campaigns ("campaignList").
    QTreeWidget *list() const { return m_list; }
    /// What the chosen campaign did last and what to do ("campaignDetails").
    MessageLabel *details() const { return m_details; }
    /// Cancel Campaign ("cancelCampaignButton"): enabled for a campaign with a step left.
    QPushButton *cancelButton() const { return m_cancel; }
    /// The campaigns as last read.
    const QList<Campaign> &campaigns() const { return m_campaigns; }
    /// The state the list shows (a scheduled campaign whose end has passed is missed).
    Campaign::State shownState(const Campaign &campaign) const;

signals:
    /// Cancel `campaign` (scheduled: forget its steps; started: drop its end).
    void cancelRequested(const Campaign &campaign);

private:
    const Campaign *currentCampaign() const;
    void updateSelection();

    CampaignStore *m_store;
    std::function<QDateTime()> m_now;
    QList<Campaign> m_campaigns;
    QTreeWidget *m_list;
    MessageLabel *m_details;
    QPushButton *m_cancel;
};
