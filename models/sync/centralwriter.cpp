#include "centralwriter.h"

#include "copywriter.h"
#include "syncids.h"
#include "unnestwriter.h"

#include <QHash>

namespace PartnerDesk {

std::unique_ptr<CentralWriter> CentralWriter::create(BulkInsert how, CentralSession &session, PushTimings &timings)
{
    if (how == BulkInsert::Unnest)
        return std::make_unique<UnnestWriter>(session);
    return std::make_unique<CopyWriter>(session, timings);
}

Status CentralWriter::insertReturning(const QString &insert, const PgParams &params, QList<PushRow *> &rows,
                                      const std::function<void()> &whileCentral)
{
    if (Status sent = m_session.send(insert, params); !sent)
        return sent;
    if (whileCentral)
        whileCentral();
    const auto inserted = m_session.receive();
    if (!inserted)
        return Status::failure(inserted.error());
    QHash<QUuid, PushRow *> byUid;
    byUid.reserve(rows.size());
    for (PushRow *row : rows)
        byUid.insert(row->uid, row);
    for (int r = 0; r < inserted->count(); ++r) {
        if (PushRow *row = byUid.value(QUuid(inserted->text(r, 0)))) {
            row->outcome = PushRow::Outcome::Versioned;
            row->version = inserted->number(r, 1);
        }
    }
    // The rest existed already: settled one by one by the push (RowPusher).
    return Done{};
}

} // namespace PartnerDesk
