#include "unnestwriter.h"

#include "syncids.h"
#include "syncschema.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

UnnestWriter::UnnestWriter(CentralSession &session)
    : CentralWriter(session)
{}

Result<QStringList> UnnestWriter::centralTypes(const SyncTable &table)
{
    using R = Result<QStringList>;
    if (m_centralTypes.isEmpty()) {
        const auto found =
            m_session.exec(u"SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                           "JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'partnerdesk'::regnamespace "
                           "AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped"_s);
        if (!found)
            return R::failure(found.error());
        QHash<QString, QHash<QString, QString>> byTable;
        for (int r = 0; r < found->count(); ++r)
            byTable[found->text(r, 0)].insert(found->text(r, 1), found->text(r, 2));
        for (const SyncTable &synced : SyncSchema::tables()) {
            const QHash<QString, QString> &types = byTable[synced.central];
            QStringList list = {types.value(u"id"_s)};
            for (const QString &column : synced.pushedColumnNames())
                list.append(types.value(column));
            if (list.contains(QString()))
                continue; // not in the central schema: said below
            m_centralTypes.insert(synced.central, list);
        }
    }
    const auto it = m_centralTypes.constFind(table.central);
    if (it == m_centralTypes.constEnd())
        return R::failure(
            tr("The central database has no table %1 with the columns this desktop syncs.").arg(table.central));
    return *it;
}

Status UnnestWriter::insert(const SyncTable &table, QList<PushRow *> &rows, const std::function<void()> &whileCentral)
{
    const auto types = centralTypes(table);
    if (!types)
        return Status::failure(types.error());
    const QList<qsizetype> pushed = table.pushedColumns();
    const qsizetype columns = pushed.size() + 1;
    QList<QByteArray> arrays(columns);
    for (QByteArray &array : arrays) {
        array.reserve(rows.size() * 24);
        array += '{';
    }
    // An element of an array literal: NULL, or quoted with \ and \" escaped.
    auto append = [](QByteArray &array, const std::optional<QString> &value) {
        if (array.size() > 1)
            array += ',';
        if (!value) {
            array += "NULL";
            return;
        }
        array += '"';
        const QByteArray utf8 = value->toUtf8();
        for (const char c : utf8) {
            if (c == '"' || c == '\\')
                array += '\\';
            array += c;
        }
        array += '"';
    };
    for (const PushRow *row : std::as_const(rows)) {
        append(arrays[0], SyncIds::text(row->uid));
        for (qsizetype c = 1; c < columns; ++c)
            append(arrays[c], row->values.at(pushed.at(c - 1)));
    }
    PgParams params;
    params.reserve(columns);
    QStringList unnested;
    for (qsizetype c = 0; c < columns; ++c) {
        arrays[c] += '}';
        params.append(std::move(arrays[c]));
        unnested.append(u'$' + QString::number(c + 1) + u"::"_s + types->at(c) + u"[]"_s);
    }
    return insertReturning(u"INSERT INTO partnerdesk."_s + table.central + u" (id, "_s +
                               table.pushedColumnNames().join(u", "_s) + u") SELECT * FROM unnest("_s +
                               unnested.join(u", "_s) + u") ON CONFLICT (id) DO NOTHING RETURNING id::text, version"_s,
                           params, rows, whileCentral);
}

} // namespace PartnerDesk
