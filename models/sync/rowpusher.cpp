#include "rowpusher.h"

#include "centralrows.h"
#include "centralsession.h"
#include "store/syncrole.h"
#include "syncids.h"
#include "syncschema.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

using Outcome = PushRow::Outcome;

// "$3, $4, ..." from `first` on.
QStringList placeholders(qsizetype count, int first)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(u"$"_s + QString::number(first + i));
    return marks;
}

} // namespace

RowPusher::RowPusher(CentralSession &session, const SyncRole &role)
    : m_session(session)
    , m_role(role)
{}

Status RowPusher::push(PushRow &row, bool isolate)
{
    if (!m_role.isPartner() && !isolate)
        return pushOne(row);
    const QString what = row.isDelete ? tr("the deletion of a row of %1").arg(row.table->local)
                                      : tr("a row of %1").arg(row.table->local);
    if (m_role.isPartner() && !SyncSchema::partnerWrites(*row.table, row.isDelete)) {
        row.outcome = Outcome::Refused;
        row.refusal = tr("Not sent: %1 (%2); a partner may not change that.").arg(what, SyncIds::text(row.uid));
        return Done{};
    }
    if (auto savepoint = m_session.exec(u"SAVEPOINT pd_row"_s); !savepoint)
        return Status::failure(savepoint.error());
    // Foreign keys checked at once, so a refused row is known here and not at the commit.
    if (auto immediate = m_session.exec(u"SET CONSTRAINTS ALL IMMEDIATE"_s); !immediate)
        return Status::failure(immediate.error());
    const Status sent = pushOne(row);
    const QString state = m_session.lastState();
    if (!sent && (state == u"42501" || state.startsWith(u"22") || state.startsWith(u"23"))) {
        if (auto back = m_session.exec(u"ROLLBACK TO SAVEPOINT pd_row"_s); !back)
            return Status::failure(back.error());
        row.outcome = Outcome::Refused;
        row.refusal = tr("Refused by the central database: %1 (%2): %3")
                          .arg(what, SyncIds::text(row.uid), sent.error().section(u'\n', 0, 0));
        return Done{};
    }
    if (!sent)
        return sent;
    if (auto released = m_session.exec(u"RELEASE SAVEPOINT pd_row"_s); !released)
        return Status::failure(released.error());
    return Done{};
}

Status RowPusher::pushOne(PushRow &row)
{
    const SyncTable &table = *row.table;
    const QByteArray uid = SyncIds::text(row.sentUid.isNull() ? row.uid : row.sentUid).toLatin1();
    auto param = [](const std::optional<QString> &value) {
        return value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt;
    };

    if (table.hostList) {
        // The program's host list: every host present, the others tombstoned.
        qint64 written = 0;
        for (const QString &host : std::as_const(row.hosts)) {
            const QByteArray hostUid = SyncIds::text(SyncIds::hostUid(row.uid, host)).toLatin1();
            const auto done = m_session.exec(
                u"INSERT INTO partnerdesk.program_hosts (id, program_id, host) VALUES ($1, $2, $3) "
                "ON CONFLICT (id) DO UPDATE SET deleted = false WHERE program_hosts.deleted RETURNING 1"_s,
                {hostUid, uid, host.toUtf8()});
            if (!done)
                return Status::failure(done.error());
            written += done->count();
        }
        QJsonArray hosts;
        for (const QString &host : std::as_const(row.hosts))
            hosts.append(host);
        const auto done = m_session.exec(
            u"UPDATE partnerdesk.program_hosts SET deleted = true WHERE program_id = $1 "
            "AND NOT deleted AND host <> ALL (SELECT jsonb_array_elements_text($2::jsonb)) RETURNING 1"_s,
            {uid, QJsonDocument(hosts).toJson(QJsonDocument::Compact)});
        if (!done)
            return Status::failure(done.error());
        written += done->count();
        // Counted as sent only when a host row changed (the list is a set: sending it again is a no-op).
        row.outcome = written > 0 ? Outcome::Versioned : Outcome::Adopted;
        return Done{};
    }

    if (row.isDelete) {
        if (table.insertOnly) {
            row.outcome = Outcome::Skipped;
            return Done{};
        }
        if (row.baseVersion > 0) {
            const auto done =
                m_session.exec(u"UPDATE partnerdesk."_s + table.central +
                                   u" SET deleted = true WHERE id = $1 AND version = $2 RETURNING version"_s,
                               {uid, QByteArray::number(row.baseVersion)});
            if (!done)
                return Status::failure(done.error());
            if (done->count() == 1) {
                row.outcome = Outcome::Versioned;
                row.version = done->number(0, 0);
                return Done{};
            }
        }
        return settleExisting(row);
    }

    // The columns the central database writes itself (SyncColumn::pushed) are not sent.
    const QList<qsizetype> pushed = table.pushedColumns();
    const QString sentNames = table.pushedColumnNames().join(u", "_s);
    PgParams params;
    params.reserve(pushed.size() + 2);
    params.append(uid);
    if (row.baseVersion == 0 && m_role.isPartner() && !table.partnerInsertsAll()) {
        // Only the columns he may give; the central database decides the others (a website's
        // token, its verification) and the row is read back, so his file holds what he publishes.
        QStringList names;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (table.columns.at(i).partnerInserts) {
                names.append(table.columns.at(i).name);
                params.append(param(row.values.at(i)));
            }
        }
        const auto done = m_session.exec(
            u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s + names.join(u", "_s) + u") VALUES ("_s +
                placeholders(names.size() + 1, 1).join(u", "_s) + u") ON CONFLICT (id) DO NOTHING RETURNING version"_s,
            params);
        if (!done)
            return Status::failure(done.error());
        if (done->count() == 0)
            return settleExisting(row);
        // Under the id the central database derived from the one sent (row.uid: pushRows()).
        const auto found =
            m_session.exec(centralRowSelect(table, m_role) + u" WHERE id = $1"_s, {SyncIds::text(row.uid).toLatin1()});
        if (!found)
            return Status::failure(found.error());
        row.outcome = Outcome::Versioned;
        row.version = done->number(0, 0);
        if (found->count() == 1) {
            row.central = centralRowAt(table, *found, 0);
            row.takeCentral = true;
        }
        return Done{};
    }
    if (row.baseVersion == 0) {
        for (const qsizetype c : pushed)
            params.append(param(row.values.at(c)));
        if (table.insertOnly && m_role.isPartner()) {
            // A partner may add audit rows but not read them back (no RETURNING, no ON CONFLICT):
            // one that is there already is ours from a push whose local commit was lost.
            if (auto savepoint = m_session.exec(u"SAVEPOINT pd_audit"_s); !savepoint)
                return Status::failure(savepoint.error());
            const auto done =
                m_session.exec(u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s + sentNames +
                                   u") VALUES ("_s + placeholders(pushed.size() + 1, 1).join(u", "_s) + u")"_s,
                               params);
            if (!done && m_session.lastState() != u"23505")
                return Status::failure(done.error());
            if (auto settled =
                    m_session.exec(done ? u"RELEASE SAVEPOINT pd_audit"_s : u"ROLLBACK TO SAVEPOINT pd_audit"_s);
                !settled)
                return Status::failure(settled.error());
            row.outcome = done ? Outcome::Versioned : Outcome::Adopted;
            row.version = 1;
            return Done{};
        }
        const auto done = m_session.exec(u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s + sentNames +
                                             u") VALUES ("_s + placeholders(pushed.size() + 1, 1).join(u", "_s) +
                                             u") ON CONFLICT (id) DO NOTHING RETURNING version"_s,
                                         params);
        if (!done)
            return Status::failure(done.error());
        if (done->count() == 1) {
            row.outcome = Outcome::Versioned;
            row.version = done->number(0, 0);
            return Done{};
        }
        return settleExisting(row);
    }
    if (table.insertOnly) {
        row.outcome = Outcome::Skipped; // sent before: it never changes
        return Done{};
    }
    params.append(QByteArray::number(row.baseVersion));
    for (const qsizetype c : pushed)
        params.append(param(row.values.at(c)));
    QStringList sets;
    QStringList kept; // a partner's: the columns he may not change must be as they are centrally
    const QStringList marks = placeholders(pushed.size(), 3);
    for (qsizetype i = 0; i < pushed.size(); ++i) {
        const SyncColumn &column = table.columns.at(pushed.at(i));
        if (!m_role.isPartner() || column.partnerUpdates)
            sets.append(column.name + u" = "_s + marks.at(i));
        else
            kept.append(u" AND "_s + column.name + u" IS NOT DISTINCT FROM "_s + marks.at(i));
    }
    if (!m_role.isPartner() || table.partnerDeletes)
        sets.append(u"deleted = false"_s);
    const auto done =
        m_session.exec(u"UPDATE partnerdesk."_s + table.central + u" SET "_s + sets.join(u", "_s) +
                           u" WHERE id = $1 AND version = $2"_s + kept.join(QString()) + u" RETURNING version"_s,
                       params);
    if (!done)
        return Status::failure(done.error());
    if (done->count() == 1) {
        row.outcome = Outcome::Versioned;
        row.version = done->number(0, 0);
        return Done{};
    }
    return settleExisting(row);
}

// The central row was not the one our change is based on: ours already (adopt its version), or
// someone else's newer row (a conflict; nothing is overwritten).
Status RowPusher::settleExisting(PushRow &row)
{
    const SyncTable &table = *row.table;
    const auto found =
        m_session.exec(centralRowSelect(table, m_role) + u" WHERE id = $1"_s, {SyncIds::text(row.uid).toLatin1()});
    if (!found)
        return Status::failure(found.error());
    if (found->count() == 0) {
        if (m_role.isPartner()) {
            // Not there for him, yet its id is taken (or it was never his to change or delete): a
            // row he may not see, another partner's.
            row.outcome = Outcome::Refused;
            row.refusal = tr("Refused by the central database: a row of %1 (%2) that is not this partner's.")
                              .arg(table.local, SyncIds::text(row.uid));
            return Done{};
        }
        if (row.isDelete) {
            row.outcome = Outcome::Skipped; // never reached the central database
            return Done{};
        }
        // Our base version names a row the central database does not have (a restored server):
        // send it as new.
        row.baseVersion = 0;
        return pushOne(row);
    }
    row.central = centralRowAt(table, *found, 0);
    bool equal = row.central.deleted == row.isDelete;
    // A partner's new row is his when what he gave is there (the central database decided the rest).
    const bool partnerInsert = m_role.isPartner() && row.baseVersion == 0;
    if (equal && !row.isDelete) {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const SyncColumn &column = table.columns.at(i);
            if (column.compared && (!partnerInsert || column.partnerInserts) &&
                row.central.values.value(i) != row.values.value(i)) {
                equal = false;
                break;
            }
        }
    }
    if (equal || table.insertOnly) {
        row.outcome = Outcome::Adopted;
        row.version = row.central.version;
    } else {
        row.outcome = Outcome::Conflict;
    }
    return Done{};
}

} // namespace PartnerDesk
