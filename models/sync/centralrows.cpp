#include "centralrows.h"

#include "store/syncrole.h"
#include "syncschema.h"

using namespace Qt::StringLiterals;

namespace PartnerDesk {

QString centralRowSelect(const SyncTable &table, const SyncRole &role)
{
    QStringList expressions = {u"id::text"_s, u"version"_s, u"deleted::int"_s};
    for (const SyncColumn &column : table.columns)
        expressions.append(SyncSchema::centralExpression(column, role.isPartner()));
    return u"SELECT "_s + expressions.join(u", "_s) + u" FROM partnerdesk."_s + table.central;
}

CentralRow centralRowAt(const SyncTable &table, const PgRows &rows, int r)
{
    CentralRow row{QUuid(rows.text(r, 0)), rows.number(r, 1), rows.text(r, 2) == u"1", {}};
    row.values.reserve(table.columns.size());
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        row.values.append(rows.value(r, int(3 + i)));
    return row;
}

} // namespace PartnerDesk
