// "Preview as a follower", the account's tags and the server's trymatch, for the main window.

#include "mainwindow.h"

#include "followerexplanation.h"
#include "publishingactions.h"

#include <followerbar.h>
#include <matcher.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menulistmodel.h>
#include <menuspanel.h>

void MainWindow::previewAsFollower()
{
    if (!m_followerBar->isActive()) {
        m_followerBar->setExplanation({});
        return;
    }
    const QStringList tags = m_followerBar->tags();
    const ClientPlatform platform = m_followerBar->platform();
    showMenu(Matcher::match(m_document->data(), tags, platform));
    m_followerBar->setExplanation(
        FollowerExplanation::text(m_document->data(), *m_menusPanel->model(), tags, platform));
}

void MainWindow::fetchTags()
{
    if (!m_publishing)
        return;
    m_publishing->fetchTags([this](const QList<QPair<QString, QString>> &tags) {
        m_tagNames.clear();
        for (const auto &[id, name] : tags)
            m_tagNames.insert(id, name);
        m_ruleEditor->setTags(tags);
        m_menusPanel->model()->setTagNames(m_tagNames);
        if (m_followerBar->isActive())
            previewAsFollower(); // the reason, now with tag names
    });
}

void MainWindow::askServer(const QString &userId)
{
    if (!m_publishing)
        return;
    m_followerBar->setExplanation(tr("Asking the account's server…"));
    m_publishing->tryMatch(
        userId, [this, userId](const QList<Button> &buttons, const QString &error) {
            if (!error.isEmpty()) {
                m_followerBar->setExplanation(error);
                return;
            }
            const DocumentData &content = m_document->data();
            int found = -2;
            for (int i = -1; i < content.conditionalMenus.size() && found == -2; ++i) {
                if ((i >= 0 || content.hasDefaultMenu) && content.menu(i).buttons == buttons)
                    found = i;
            }
            if (found == -2) {
                m_followerBar->setExplanation(
                    tr("WeChat shows %1 a menu that is not in this document: publish it first.")
                        .arg(userId));
                return;
            }
            // Against the local prediction for the follower in the "Preview as" bar.
            QString agreement;
            if (m_followerBar->isActive()) {
                const int predicted =
                    Matcher::match(content, m_followerBar->tags(), m_followerBar->platform());
                agreement = predicted == found
                                ? tr(" It agrees with the preview for the tags and phone above.")
                                : tr(" The preview for the tags and phone above predicts another "
                                     "menu: this follower's tags or phone differ from those.");
            }
            showMenu(found);
            m_followerBar->setExplanation(
                tr("WeChat shows %1 this menu: %2.")
                    .arg(userId, found < 0 ? tr("the default menu")
                                           : m_menusPanel->model()->ruleLabel(found)) +
                agreement);
        });
}
