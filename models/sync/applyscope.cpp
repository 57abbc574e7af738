#include "applyscope.h"

#include "store/syncstate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

ApplyScope::ApplyScope(Database &database)
    : m_db(database.connection())
{
    m_transaction.emplace(m_db);
    if (!m_transaction->isActive()) {
        m_error = tr("Cannot start a transaction: %1").arg(m_db.lastError().text());
        return;
    }
    // The flag is a row that exists only inside this transaction: other connections never see it.
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("INSERT INTO sync_applying (flag) VALUES (1)"))) {
        m_error = tr("Cannot prepare to apply the pulled rows: %1").arg(query.lastError().text());
        m_transaction->rollback();
        return;
    }
    m_active = true;
}

ApplyScope::~ApplyScope()
{
    // m_transaction rolls back (the flag with it) unless commit() succeeded.
}

Status ApplyScope::deferForeignKeys()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
        return Status::failure(query.lastError().text());
    return Done{};
}

Status ApplyScope::setPosition(const QString &centralId, const QString &position)
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("The pulled rows are not being applied.") : m_error);
    return SyncState(m_db).setValue(SyncState::positionKey(centralId), position);
}

Status ApplyScope::commit()
{
    if (!m_active)
        return Status::failure(m_error.isEmpty() ? tr("The pulled rows are not being applied.") : m_error);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM sync_applying"))) {
        m_active = false;
        m_transaction->rollback();
        return Status::failure(tr("Cannot finish applying the pulled rows: %1").arg(query.lastError().text()));
    }
    m_active = false;
    return m_transaction->commit();
}

} // namespace PartnerDesk
