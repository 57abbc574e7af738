#include "copywriter.h"

#include "syncids.h"
#include "syncschema.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

CopyWriter::CopyWriter(CentralSession &session, PushTimings &timings)
    : CentralWriter(session)
    , m_timings(timings)
{}

Status CopyWriter::insert(const SyncTable &table, QList<PushRow *> &rows, const std::function<void()> &whileCentral)
{
    QElapsedTimer timer;
    timer.start();
    const QString columns = u"id, "_s + table.pushedColumnNames().join(u", "_s);
    const QList<qsizetype> pushed = table.pushedColumns();
    const QString temp = u"pd_push_"_s + table.central;
    // Made once per connection, emptied by each commit (ON COMMIT DROP made and removed a file per
    // batch).
    if (auto made =
            m_session.exec(u"CREATE TEMP TABLE IF NOT EXISTS "_s + temp + u" ON COMMIT DELETE ROWS AS SELECT "_s +
                           columns + u" FROM partnerdesk."_s + table.central + u" WITH NO DATA"_s);
        !made)
        return Status::failure(made.error());
    QByteArray data;
    data.reserve(rows.size() * 200);
    for (const PushRow *row : std::as_const(rows)) {
        data += SyncIds::text(row->uid).toLatin1();
        for (const qsizetype c : pushed) {
            const auto &value = row->values.at(c);
            data += '\t';
            CentralSession::appendCopyValue(data, value ? std::optional<QByteArray>(value->toUtf8()) : std::nullopt);
        }
        data += '\n';
    }
    if (Status copied = m_session.copyIn(u"COPY "_s + temp + u" ("_s + columns + u") FROM STDIN"_s, data); !copied)
        return copied;
    m_timings.copyIntoTemp += timer.elapsed();
    return insertReturning(u"INSERT INTO partnerdesk."_s + table.central + u" ("_s + columns + u") SELECT "_s +
                               columns + u" FROM "_s + temp +
                               u" ON CONFLICT (id) DO NOTHING RETURNING id::text, version"_s,
                           {}, rows, whileCentral);
}

} // namespace PartnerDesk
