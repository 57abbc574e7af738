#pragma once

#include "centralwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace PartnerDesk {

// Many new rows of one table in one statement: each column as one array parameter (text form),
// `INSERT ... SELECT FROM unnest(...) ON CONFLICT (id) DO NOTHING`. It writes each row once, but
// the array input and unnest cost the server about 10 % more CPU than CopyWriter's COPY + INSERT
// (docs/PERFORMANCE.md, "Sync engine"): kept for sync_bench's `unnest` comparison
// (SyncEngine::setBulkInsert).
class UnnestWriter final : public CentralWriter
{
    // In SyncEngine's context: the strings came from there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    explicit UnnestWriter(CentralSession &session);

    Status insert(const SyncTable &table, QList<PushRow *> &rows, const std::function<void()> &whileCentral) override;

private:
    // The central types of `table`'s pushed columns, `id` first then SyncTable::pushedColumns: read
    // from the catalog once per writer (one statement for every table).
    Result<QStringList> centralTypes(const SyncTable &table);

    QHash<QString, QStringList> m_centralTypes; // per central table: its columns' types, by name
};

} // namespace PartnerDesk
