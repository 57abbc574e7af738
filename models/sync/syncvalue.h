#pragma once

#include "core/result.h"
#include "syncschema.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <optional>

namespace PartnerDesk {

// A pulled central value (SyncSchema::centralExpression's text form) as the local table takes it.
// The central database is outside input like any file (issue #12): a value that is not what its
// column's kind allows is refused with the reason, never written in a form that breaks the books
// (an amount as text or beyond the value rules' ceiling, a year outside 1970..9999, a boolean 7).
class SyncValue final
{
    Q_DECLARE_TR_FUNCTIONS(SyncValue)

public:
    // NULL stays NULL. Plain: the text as it is. Bool: "0"/"1" as 0/1. Money: a plain integer
    // within ±ValueRules::maxAmountMinor as qint64. Timestamp: ISO 8601 within the value rules'
    // range, as Timestamp::format() writes it. ForeignKey: the referenced row's uid as a QUuid
    // (the caller maps it to a local id).
    static Result<QVariant> toLocal(const SyncColumn &column, const std::optional<QString> &text);
    // The central text form of a local value (what a push sends and a conflict shows).
    static QString toCentral(const SyncColumn &column, const QVariant &local);
};

} // namespace PartnerDesk
