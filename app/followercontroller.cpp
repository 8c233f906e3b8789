#include "followercontroller.h"

#include "followerexplanation.h"
#include "publishingactions.h"

#include <followerbar.h>
#include <matcher.h>
#include <matchruleeditor.h>
#include <menudocument.h>
#include <menulistmodel.h>
#include <menuspanel.h>
#include <tagnames.h>

#include <QLabel>

FollowerController::FollowerController(FollowerBar *bar, MenusPanel *menus,
                                       MatchRuleEditor *ruleEditor, PublishingActions *publishing,
                                       QObject *parent)
    : QObject(parent)
    , m_bar(bar)
    , m_menus(menus)
    , m_ruleEditor(ruleEditor)
    , m_publishing(publishing)
{
    connect(m_bar, &FollowerBar::followerChanged, this, &FollowerController::previewAsFollower);
    connect(m_bar, &FollowerBar::tryMatchRequested, this, &FollowerController::askServer);
    connect(m_ruleEditor, &MatchRuleEditor::tagsWanted, this, &FollowerController::fetchTags);
}

void FollowerController::setDocument(const MenuDocument *document)
{
    m_document = document;
    if (!m_tagNames.isEmpty())
        m_menus->model()->setTagNames(m_tagNames);
}

void FollowerController::previewAsFollower()
{
    if (!m_bar->isActive()) {
        explain({});
        return;
    }
    const QStringList tags = m_bar->tags();
    const ClientPlatform platform = m_bar->platform();
    emit menuWanted(Matcher::match(m_document->data(), tags, platform));
    explain(FollowerExplanation::text(m_document->data(), *m_menus->model(), tags, platform));
}

void FollowerController::explain(const QString &text, const QString &technical)
{
    m_bar->setExplanation(text);
    m_bar->explanation()->setToolTip(technical);
}

void FollowerController::refresh()
{
    if (m_bar->isActive())
        previewAsFollower();
}

void FollowerController::fetchTags()
{
    if (!m_publishing)
        return;
    m_publishing->fetchTags([this](const QList<QPair<QString, QString>> &tags) {
        m_tagNames = TagNames::byId(tags);
        m_ruleEditor->setTags(tags);
        m_menus->model()->setTagNames(m_tagNames);
        refresh(); // the reason, now with tag names
    });
}

void FollowerController::askServer(const QString &userId)
{
    if (!m_publishing)
        return;
    explain(tr("Asking the account's server…"));
    m_publishing->tryMatch(userId, [this, userId](const QList<Button> &buttons,
                                                  const QString &error, const QString &technical) {
        if (!error.isEmpty()) {
            // The words on the line; the errcode and errmsg in its tooltip.
            explain(error,
                    technical.isEmpty() ? QString() : tr("Technical details:\n%1").arg(technical));
            return;
        }
        const DocumentData &content = m_document->data();
        const std::optional<int> found = Matcher::menuWithButtons(content, buttons);
        if (!found) {
            explain(tr("WeChat shows %1 a menu that is not in this document: publish it first.")
                        .arg(userId));
            return;
        }
        // Against the local prediction for the follower in the "Preview as" bar.
        QString agreement;
        if (m_bar->isActive()) {
            const int predicted = Matcher::match(content, m_bar->tags(), m_bar->platform());
            agreement = predicted == *found
                            ? tr(" It agrees with the preview for the tags and phone above.")
                            : tr(" The preview for the tags and phone above predicts another "
                                 "menu: this follower's tags or phone differ from those.");
        }
        emit menuWanted(*found);
        explain(
            tr("WeChat shows %1 this menu: %2.").arg(userId, m_menus->model()->menuLabel(*found)) +
            agreement);
    });
}
