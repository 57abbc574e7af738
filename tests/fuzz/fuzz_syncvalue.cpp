// The sync's decoding of a pulled central value (SyncValue::toLocal, which RowApplier applies to
// every value of every pulled row): a value it accepts is of its column's kind (an amount an integer
// within the value rules' ceiling, a boolean 0 or 1, a timestamp in 1970..9999 in the one ISO form,
// a foreign key a uid), it goes back to the same central text (toCentral, what a push sends), it
// decodes again to itself, and a real SQLite column of the local type keeps it as that type. A
// CentralRow goes through its JSON form (conflicts and quarantine keep rows so) unchanged.
// Input: values split at 0xFF; the first byte of each picks NULL for 0xFE.

#include "core/timestamp.h"
#include "core/valuerules.h"
#include "fuzzsupport.h"
#include "sync/rowapplier.h"
#include "sync/syncschema.h"
#include "sync/syncvalue.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace PartnerDesk;
using FuzzSupport::text;
using namespace Qt::StringLiterals;
using Kind = SyncColumn::Kind;

namespace {

QSqlDatabase &scratch()
{
    static QSqlDatabase db = [] {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fuzz_syncvalue"_s);
        d.setDatabaseName(u":memory:"_s);
        FUZZ_CHECK(d.open(), "no in-memory SQLite: %s", text(d.lastError().text()).constData());
        QSqlQuery query(d);
        FUZZ_CHECK(query.exec(u"CREATE TABLE v (plain TEXT, flag INTEGER, amount INTEGER, at TEXT, ref INTEGER)"_s),
                   "%s", text(query.lastError().text()).constData());
        return d;
    }();
    return db;
}

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::Plain:
        return "plain";
    case Kind::Bool:
        return "bool";
    case Kind::Money:
        return "money";
    case Kind::Timestamp:
        return "timestamp";
    case Kind::ForeignKey:
        return "foreign key";
    }
    return "?";
}

// Stores the decoded value in a column of the local type and reads back its SQLite type and value.
void checkStored(Kind kind, const QVariant &local)
{
    static const char *const columns[] = {"plain", "flag", "amount", "at", "ref"};
    const QString column = QString::fromLatin1(columns[int(kind)]);
    QSqlQuery query(scratch());
    query.exec(u"DELETE FROM v"_s);
    query.prepare(u"INSERT INTO v ("_s + column + u") VALUES (?)"_s);
    query.addBindValue(kind == Kind::ForeignKey && !local.isNull() ? QVariant(qint64(7)) : local);
    FUZZ_CHECK(query.exec(), "cannot store a %s value: %s", kindName(kind), text(query.lastError().text()).constData());
    FUZZ_CHECK(query.exec(u"SELECT typeof("_s + column + u"), "_s + column + u" FROM v"_s) && query.next(),
               "cannot read back: %s", text(query.lastError().text()).constData());
    const QString type = query.value(0).toString();
    const QString want = local.isNull()                                                          ? u"null"_s
                         : kind == Kind::Bool || kind == Kind::Money || kind == Kind::ForeignKey ? u"integer"_s
                                                                                                 : u"text"_s;
    FUZZ_CHECK(type == want, "a %s value \"%s\" is stored as %s, not %s", kindName(kind),
               text(local.toString()).constData(), text(type).constData(), text(want).constData());
    if (kind != Kind::ForeignKey && !local.isNull())
        FUZZ_CHECK(query.value(1).toString() == local.toString(), "a %s value \"%s\" reads back as \"%s\"",
                   kindName(kind), text(local.toString()).constData(), text(query.value(1).toString()).constData());
}

void checkValue(Kind kind, const std::optional<QString> &value)
{
    const SyncColumn column{u"column"_s, kind, kind == Kind::ForeignKey ? u"affiliates"_s : QString()};
    const Result<QVariant> local = SyncValue::toLocal(column, value);
    if (!local) {
        FUZZ_CHECK(value && !local.error().isEmpty(), "a %s value refused without a reason", kindName(kind));
        return;
    }
    if (!value) {
        FUZZ_CHECK(local->isNull(), "NULL %s decodes to a value", kindName(kind));
        checkStored(kind, *local);
        return;
    }
    const QString &in = *value;
    const QString central = SyncValue::toCentral(column, *local);
    switch (kind) {
    case Kind::Plain:
        FUZZ_CHECK(central == in, "plain \"%s\" came back as \"%s\"", text(in).constData(), text(central).constData());
        break;
    case Kind::Bool:
        FUZZ_CHECK((local->toInt() == 0 || local->toInt() == 1) && central == in, "bool \"%s\" -> %s",
                   text(in).constData(), text(central).constData());
        break;
    case Kind::Money: {
        bool ok = false;
        const qint64 minor = local->toLongLong(&ok);
        FUZZ_CHECK(ok && std::abs(minor) <= ValueRules::maxAmountMinor && central == in, "amount \"%s\" -> %lld (%s)",
                   text(in).constData(), minor, text(central).constData());
        break;
    }
    case Kind::Timestamp: {
        const std::optional<qint64> seconds = Timestamp::parse(central);
        FUZZ_CHECK(seconds && *seconds >= ValueRules::minTimestamp && *seconds <= ValueRules::maxTimestamp &&
                       Timestamp::format(*seconds) == central && Timestamp::parse(in) == seconds,
                   "timestamp \"%s\" -> \"%s\"", text(in).constData(), text(central).constData());
        break;
    }
    case Kind::ForeignKey:
        FUZZ_CHECK(local->typeId() == QMetaType::QUuid && !local->toUuid().isNull() && central == in.toLower(),
                   "uid \"%s\" -> \"%s\"", text(in).constData(), text(central).constData());
        break;
    }
    const Result<QVariant> again = SyncValue::toLocal(column, central);
    FUZZ_CHECK(again && *again == *local, "a %s value \"%s\" does not decode again from \"%s\"", kindName(kind),
               text(in).constData(), text(central).constData());
    checkStored(kind, *local);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    return FuzzSupport::initialize(argc, argv);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzSupport::split(data, size, 1);
    QList<std::optional<QString>> values;
    for (const QByteArray &part : parts)
        values.append(part.startsWith('\xFE') ? std::nullopt : std::optional<QString>(QString::fromUtf8(part)));
    for (const std::optional<QString> &value : std::as_const(values)) {
        for (const Kind kind : {Kind::Plain, Kind::Bool, Kind::Money, Kind::Timestamp, Kind::ForeignKey})
            checkValue(kind, value);
    }

    // A row of orders through the JSON form conflicts keep.
    const SyncTable *orders = SyncSchema::table(u"orders"_s);
    FUZZ_CHECK(orders, "no orders table in the sync schema");
    CentralRow row{
        QUuid::createUuidV5(QUuid(), QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))),
        7,
        false,
        {}};
    for (qsizetype i = 0; i < orders->columns.size(); ++i)
        row.values.append(values.value(i));
    const CentralRow back = CentralRow::fromJson(*orders, row.uid, row.version, row.toJson(*orders));
    FUZZ_CHECK(back.values == row.values, "an orders row changes through its JSON form");
    return 0;
}
