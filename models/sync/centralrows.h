#pragma once

#include "centralsession.h"
#include "rowapplier.h"

#include <QString>

namespace PartnerDesk {

class SyncRole;
struct SyncTable;

// The SELECT of `table`'s central rows in the desktop's text form: id, version, deleted, then
// SyncTable::columns as `role` may read them (SyncSchema::centralExpression). The caller adds the
// WHERE.
QString centralRowSelect(const SyncTable &table, const SyncRole &role);
// Row `r` of what centralRowSelect() (or a SELECT with the same first columns) read.
CentralRow centralRowAt(const SyncTable &table, const PgRows &rows, int r);

} // namespace PartnerDesk
