#include "oneaccountdirectory.h"

#include <accountsession.h>

#include <QTimer>

OneAccountDirectory::OneAccountDirectory(AccountSession *session, QObject *parent)
    : AccountDirectory(parent)
    , m_session(session)
    , m_account(session->account())
{
    m_list.put(m_account);
    m_list.setSelected(m_account.name);
}

void OneAccountDirectory::save(const Account &, const QString &,
                               std::function<void(const QString &)> done)
{
    QTimer::singleShot(0, this,
                       [done] { done(tr("This account is changed in Manage Accounts.")); });
}

void OneAccountDirectory::remove(const QString &, Callback done)
{
    QTimer::singleShot(0, this,
                       [done] { done(tr("This account is changed in Manage Accounts.")); });
}

void OneAccountDirectory::openSession(SessionCallback done)
{
    if (!m_session) {
        QTimer::singleShot(0, this, [done] { done(nullptr, tr("The account was closed.")); });
        return;
    }
    if (m_session->client()) {
        QTimer::singleShot(0, this, [this, done] { done(m_session, {}); });
        return;
    }
    m_session->open([self = QPointer<OneAccountDirectory>(this), done](const QString &error) {
        if (!self)
            return;
        done(error.isEmpty() ? self->m_session.data() : nullptr, error);
    });
}
