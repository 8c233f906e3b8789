#pragma once

#include <account.h>

#include <QFrame>

class QLabel;

/**
 * The account a publish goes to, large, at the top of the review: its name and its kind, the
 * practice account (the Sandbox, which reaches no follower) or a real one.
 */
class AccountBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AccountBanner(QWidget *parent = nullptr);

    void setAccount(const Account &account);
    /// The account's name ("accountName").
    QLabel *nameLabel() const { return m_name; }
    /// Its kind in words ("accountKind").
    QLabel *kindLabel() const { return m_kind; }

private:
    QLabel *m_name;
    QLabel *m_kind;
};
