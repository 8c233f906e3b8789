#pragma once

#include <matchrule.h>

#include <QStringList>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * "Preview as": a follower's tags (in the order applied) and phone, for the preview to show
 * the menu that follower sees, with the reason in words; and the server's own answer for a
 * real follower (trymatch).
 */
class FollowerBar : public QWidget
{
    Q_OBJECT

public:
    explicit FollowerBar(QWidget *parent = nullptr);

    bool isActive() const;
    void setActive(bool active);
    QStringList tags() const;
    ClientPlatform platform() const;
    void setFollower(const QStringList &tags, ClientPlatform platform);
    /// The line that says why the preview shows what it shows.
    void setExplanation(const QString &text);
    QLabel *explanation() const { return m_explanation; }
    QLineEdit *userEdit() const { return m_user; }

signals:
    void followerChanged();
    /// Ask the account's server which menu this follower (OpenID or WeChat ID) sees.
    void tryMatchRequested(const QString &userId);

private:
    QCheckBox *m_active;
    QLineEdit *m_tags;
    QButtonGroup *m_platform;
    QLabel *m_explanation;
    QLineEdit *m_user;
    QPushButton *m_ask;
};
