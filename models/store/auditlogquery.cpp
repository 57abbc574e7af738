#include "auditlogquery.h"

#include "core/csvwriter.h"
#include "core/timestamp.h"
#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace PartnerDesk {

namespace {

// changed_by is the central login; a row whose sync_ids version is above 0 has been there.
const QString columns = QStringLiteral(
    "SELECT id, at, actor, action, entity, entity_id, before_json, after_json, reason, changed_by, "
    "coalesce((SELECT s.version FROM sync_ids s WHERE s.tbl = 'audit_log' AND s.local_id = audit_log.id), 0) > 0 "
    "FROM audit_log");

// The WHERE clause from fixed fragments for the fields that are set, and their values in order.
QString whereOf(const AuditFilter &filter, QVariantList *values)
{
    QStringList terms;
    auto add = [&](const char *term, const QVariant &value) {
        terms.append(QString::fromLatin1(term));
        values->append(value);
    };
    if (!filter.action.isEmpty())
        add("action = ?", filter.action);
    if (!filter.entity.isEmpty())
        add("entity = ?", filter.entity);
    if (!filter.entityId.trimmed().isEmpty())
        add("entity_id = ?", filter.entityId.trimmed());
    if (!filter.actor.isEmpty())
        add("actor = ?", filter.actor);
    if (filter.from)
        add("at >= ?", Timestamp::format(*filter.from));
    if (filter.to)
        add("at < ?", Timestamp::format(*filter.to));
    if (!filter.reasonText.trimmed().isEmpty()) {
        QString pattern = filter.reasonText.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        add("reason LIKE ? ESCAPE '\\'", QString(u'%' + pattern + u'%'));
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

AuditEntry readEntry(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString(), query.value(8).toString(),
            query.value(9).toString(),   query.value(10).toBool()};
}

} // namespace

AuditLogQuery::AuditLogQuery(Database &database)
    : m_db(database.connection())
{}

QList<AuditEntry> AuditLogQuery::entries(const AuditFilter &filter, qint64 beforeId, int limit) const
{
    QVariantList values;
    QString where = whereOf(filter, &values);
    if (beforeId > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE id < ?") : QStringLiteral(" AND id < ?");
        values.append(beforeId);
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(columns + where + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(limit);
    QList<AuditEntry> rows;
    if (!query.exec()) {
        qWarning("AuditLogQuery::entries: %s", qPrintable(query.lastError().text()));
        return rows;
    }
    while (query.next())
        rows.append(readEntry(query));
    return rows;
}

qint64 AuditLogQuery::count(const AuditFilter &filter) const
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + where);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QStringList AuditLogQuery::distinct(const QString &column) const
{
    QStringList values;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // `column` is one of three constants below, never user text.
    if (query.exec(QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY 1").arg(column))) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

QStringList AuditLogQuery::actions() const
{
    return distinct(QStringLiteral("action"));
}

QStringList AuditLogQuery::entities() const
{
    return distinct(QStringLiteral("entity"));
}

QStringList AuditLogQuery::actors() const
{
    return distinct(QStringLiteral("actor"));
}

QMap<QString, QString> AuditLogQuery::partnerLogins() const
{
    QMap<QString, QString> logins;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM sync_state WHERE key = 'partner_logins'")) || !query.next())
        return logins;
    const QJsonObject object = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        logins.insert(it.key(), it.value().toString());
    return logins;
}

Result<qint64> AuditLogQuery::writeCsv(const AuditFilter &filter, QTextStream &out, const Progress &progress) const
{
    const qint64 total = progress ? count(filter) : 0;
    QVariantList values;
    const QString where = whereOf(filter, &values);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(columns + where + QStringLiteral(" ORDER BY id DESC"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return Result<qint64>::failure(tr("Database error: %1").arg(query.lastError().text()));
    out << CsvWriter::line({QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                            QStringLiteral("entity"), QStringLiteral("entity_id"), QStringLiteral("before"),
                            QStringLiteral("after"), QStringLiteral("reason"), QStringLiteral("login")});
    qint64 written = 0;
    while (query.next()) {
        if (progress && written % 1024 == 0 && !progress(written, total))
            return Result<qint64>::failure(tr("Cancelled: the audit log was not exported."));
        const AuditEntry e = readEntry(query);
        out << CsvWriter::line({e.at, e.actor, e.action, e.entity, e.entityId, e.before, e.after, e.reason, e.login});
        ++written;
    }
    if (progress)
        progress(written, total);
    return written;
}

Result<qint64> AuditLogQuery::exportCsv(const AuditFilter &filter, const QString &path, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    const Result<qint64> written = writeCsv(filter, out, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return Result<qint64>::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace PartnerDesk
