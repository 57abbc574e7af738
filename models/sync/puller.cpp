#include "puller.h"

#include "applyscope.h"
#include "centralrows.h"
#include "centralsession.h"
#include "conflictstore.h"
#include "core/timestamp.h"
#include "pulledorders.h"
#include "rowapplier.h"
#include "store/database.h"
#include "store/ledgerstore.h"
#include "store/ledgerwriter.h"
#include "store/syncrole.h"
#include "store/syncstate.h"
#include "syncschema.h"

#include <QSqlError>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

Puller::Puller(Database &database, CentralSession &session, const SyncRole &role,
               std::function<Result<QString>()> centralId)
    : m_database(database)
    , m_session(session)
    , m_role(role)
    , m_centralId(std::move(centralId))
{}

Result<qint64> Puller::pull(SyncReport &report, const SyncProgress &progress)
{
    using R = Result<qint64>;
    const auto id = m_centralId();
    if (!id)
        return R::failure(id.error());
    const QString position = SyncState(m_database).position(*id).value_or(u"0"_s);
    // Rows whose last writer is one of our own pushes are here already.
    const QStringList ownWrites = SyncState(m_database).ownWrites(*id);
    const QByteArray ownXids = '{' + ownWrites.join(u',').toLatin1() + '}';

    if (Status settled = ConflictStore(m_database).forgetDeletedClashRows(); !settled)
        return R::failure(settled.error());

    // One local transaction for every row and the new position; one REPEATABLE READ snapshot
    // centrally, each changed table read by one COPY and applied a page at a time (memory stays at
    // a page whatever the central database holds).
    ApplyScope scope(m_database);
    if (!scope.isActive())
        return R::failure(scope.error());
    if (Status deferred = scope.deferForeignKeys(); !deferred)
        return R::failure(deferred.error());
    if (Status begun = m_session.begin(true); !begun)
        return R::failure(begun.error());
    auto failed = [this](const QString &error) {
        m_session.rollback();
        return R::failure(error);
    };
    const auto xmin = m_session.exec(u"SELECT pg_snapshot_xmin(pg_current_snapshot())::text"_s);
    if (!xmin)
        return failed(xmin.error());
    const QString newPosition = xmin->text(0, 0);

    RowApplier applier(m_database);
    applier.setBulkMinimum(m_bulkMinimum);
    ConflictStore conflicts(m_database);
    qint64 applied = 0;
    qint64 received = 0;
    const int pageSize = std::max(1, m_pageSize);
    // Which tables changed since the position: one statement, so a sync with nothing to do reads
    // nothing else.
    QList<const SyncTable *> readable;
    for (const SyncTable &table : SyncSchema::tables()) {
        if (!m_role.isPartner() || table.partnerReads)
            readable.append(&table); // a partner does not read audit_log, visits, manual_assignments
    }
    // The position and our own transactions also go into settings of the central transaction, for
    // the COPYs below (a COPY takes no bound values).
    QStringList probes = {u"set_config('partnerdesk.pull_from', $1::xid8::text, true)"_s,
                          u"set_config('partnerdesk.pull_own', $2::xid8[]::text, true)"_s};
    for (const SyncTable *table : std::as_const(readable))
        probes.append(u"(SELECT EXISTS (SELECT 1 FROM partnerdesk."_s + table->central +
                      u" WHERE changed_xid >= $1::xid8 AND changed_xid <> ALL ($2::xid8[])))::int"_s);
    const auto changed = m_session.exec(u"SELECT "_s + probes.join(u", "_s), {position.toLatin1(), ownXids});
    if (!changed)
        return failed(changed.error());
    QString error;
    bool cancelled = false;
    std::optional<CopyPage> page;
    // Applies the rows read so far; false on an error (in `error`) or a cancel.
    auto applyPage = [&](const SyncTable &table) -> bool {
        const auto outcomes = applier.applyCopyPage(*page);
        if (!outcomes) {
            error = outcomes.error();
            return false;
        }
        for (qsizetype i = 0; i < page->size(); ++i) {
            if (outcomes->at(i) == RowApplier::Outcome::Applied) {
                ++applied;
            } else if (outcomes->at(i) == RowApplier::Outcome::Conflict) {
                const CentralRow row = page->row(i);
                const auto localId = applier.localIdOf(table.local, row.uid);
                const QJsonObject local = localId ? applier.localJson(table, *localId) : QJsonObject();
                const auto kept = conflicts.record(table.local, row.uid, local, row.toJson(table), row.version);
                if (!kept) {
                    error = kept.error();
                    return false;
                }
                report.conflicts += *kept ? 1 : 0;
            }
        }
        received += page->size();
        page->clear();
        if (progress && !progress(tr("Receiving"), received)) {
            cancelled = true;
            return false;
        }
        return true;
    };
    for (qsizetype t = 0; t < readable.size(); ++t) {
        if (changed->text(0, int(2 + t)) != u"1")
            continue;
        const SyncTable &table = *readable.at(t);
        // The changed rows as one COPY, its rows applied a page at a time as they arrive: the server
        // reads the next rows while this desktop writes these (memory holds a page and what the
        // socket buffers, whatever the central database holds).
        page.emplace(table);
        page->reserve(pageSize);
        const Status copied = m_session.copyOut(
            u"COPY ("_s + centralRowSelect(table, m_role) +
                u" WHERE changed_xid >= current_setting('partnerdesk.pull_from')::xid8"
                " AND changed_xid <> ALL (current_setting('partnerdesk.pull_own')::xid8[])) TO STDOUT"_s,
            [&](const char *line, int size) {
                if (!page->append(line, size)) {
                    error = tr("The central database sent a row of %1 this desktop cannot read.").arg(table.central);
                    return false;
                }
                return page->size() < pageSize || applyPage(table);
            });
        if (cancelled) {
            m_session.rollback(); // and the scope rolls back what this pull applied
            report.cancelled = true;
            return 0;
        }
        if (!error.isEmpty())
            return failed(error);
        if (!copied)
            return failed(copied.error());
        if (!page->isEmpty() && !applyPage(table)) {
            if (cancelled) {
                m_session.rollback();
                report.cancelled = true;
                return 0;
            }
            return failed(error);
        }
        if (Status finished = applier.finishTable(); !finished)
            return failed(finished.error());
    }
    if (Status committed = m_session.commit(); !committed)
        return R::failure(committed.error());
    if (Status stored = scope.setPosition(*id, newPosition); !stored)
        return R::failure(stored.error());
    // Our transactions below the new position are behind it for good.
    QStringList stillAhead;
    for (const QString &xid : ownWrites) {
        if (xid.toULongLong() >= newPosition.toULongLong())
            stillAhead.append(xid);
    }
    if (stillAhead != ownWrites) {
        if (Status kept = SyncState(m_database).setOwnWrites(*id, stillAhead); !kept)
            return R::failure(kept.error());
    }
    if (Status committed = scope.commit(); !committed)
        return R::failure(committed.error());
    for (const QString &skip : applier.skipped())
        qWarning("sync: %s", qPrintable(skip));
    report.skipped += applier.skipped().size();
    report.skips += applier.skipped();
    m_pulledOrders = applier.newOrders() + applier.changedOrders();
    m_changedOrders = applier.changedOrders();
    m_attributedElsewhere = applier.transactionOrders();
    report.pulled += applied;
    return applied;
}

Result<qint64> Puller::attributePulledOrders()
{
    using R = Result<qint64>;
    const QStringList &orderIds = m_pulledOrders;
    if (orderIds.isEmpty())
        return qint64(0);
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return R::failure(tr("Cannot start a transaction: %1").arg(db.lastError().text()));
    const AttributionSnapshot snapshot = LedgerStore(m_database).loadSnapshot();
    LedgerWriter writer(m_database, snapshot, 0, Timestamp::now());
    if (!writer.prepareError().isEmpty())
        return R::failure(writer.prepareError());
    PulledOrders orders(m_database);
    const QSet<QString> changed(m_changedOrders.cbegin(), m_changedOrders.cend());
    qint64 attributed = 0;
    for (const QString &orderId : orderIds) {
        const auto found = orders.find(orderId);
        if (!found)
            return R::failure(found.error());
        if (!*found)
            continue;
        const PulledOrders::Pulled &pulled = **found;
        // An order attributed elsewhere arrived with its transactions: settled there already.
        if (m_attributedElsewhere.contains(orderId) || (pulled.hasTransaction && !changed.contains(orderId)))
            continue;
        // One order that cannot be settled (its data breaks a rule) does not stop the sync.
        const auto settled = orders.underSavepoint([&]() -> Status {
            const auto outcome = writer.reattribute(pulled.order);
            return outcome ? Status(Done{}) : Status::failure(outcome.error());
        });
        if (!settled)
            return R::failure(settled.error());
        if (*settled)
            ++attributed;
        else
            qWarning("sync: cannot attribute order %s: %s", qPrintable(orderId), qPrintable(settled->error()));
    }
    if (const Result<int> recounted = writer.finish(); !recounted)
        return R::failure(recounted.error());
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.error());
    return attributed;
}

} // namespace PartnerDesk
