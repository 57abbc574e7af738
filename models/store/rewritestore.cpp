#include "rewritestore.h"

#include "affiliatestore.h"
#include "auditlog.h"
#include "core/hostname.h"
#include "core/linkbuilder.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return RewriteStore::tr("Database error: %1").arg(query.lastError().text());
}

// Characters a vanity path segment may hold: nginx's `location =` and a mod_rewrite pattern match
// them literally, browsers send them unencoded, and attribution compares them as they are.
bool isPathCharacter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_' ||
           c == u'.' || c == u'~';
}

// A value quoted in a message, on one line whatever it holds (the CLI prints one line per error).
QString quoted(const QString &value)
{
    return ValueRules::fitted(value, ValueRules::url);
}

QString pathError(const QString &path, const QString &reason)
{
    return RewriteStore::tr("The path \"%1\" is not a valid vanity path: %2").arg(quoted(path), reason);
}

QJsonObject toJson(const Rewrite &rewrite)
{
    QJsonObject json{{QStringLiteral("affiliate"), rewrite.affiliateCode},
                     {QStringLiteral("host"), rewrite.host},
                     {QStringLiteral("path"), rewrite.path},
                     {QStringLiteral("target"), rewrite.targetUrl}};
    if (!rewrite.campaign.isEmpty())
        json.insert(QStringLiteral("campaign"), rewrite.campaign);
    return json;
}

// A null QString binds as SQL NULL; rewrites.campaign is NOT NULL ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

const QString rowColumns =
    QStringLiteral("SELECT r.id, r.affiliate_id, a.code, r.host, r.path, r.target_url, a.name, r.active, r.created_at, "
                   "r.campaign FROM rewrites r JOIN affiliates a ON a.id = r.affiliate_id ");

RewriteRow readRow(const QSqlQuery &query)
{
    RewriteRow row;
    row.rewrite = {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                   query.value(3).toString(),   query.value(4).toString(),   query.value(5).toString()};
    row.affiliateName = query.value(6).toString();
    row.active = query.value(7).toInt() == 1;
    row.createdAt = query.value(8).toString();
    row.rewrite.campaign = query.value(9).toString();
    return row;
}

// The rewrite (other than `exceptId`) that already answers `host` + `path`, counting the www.
// twin and the trailing-slash twin, as "host/path of partner CODE"; empty when there is none.
Result<QString> clash(QSqlDatabase &db, const QString &host, const QString &path, qint64 exceptId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT r.host, r.path, a.code FROM rewrites r JOIN affiliates a "
                                 "ON a.id = r.affiliate_id WHERE r.id <> ? AND r.host IN (?, ?) AND r.path IN (?, ?) "
                                 "LIMIT 1"));
    query.addBindValue(exceptId);
    query.addBindValue(host);
    query.addBindValue(QString(QStringLiteral("www.") + host));
    query.addBindValue(path);
    query.addBindValue(QString(path + u'/'));
    if (!query.exec())
        return Result<QString>::failure(dbError(query));
    if (!query.next())
        return QString();
    return RewriteStore::tr("%1%2 is already a rewrite of partner %3 (with or without \"www.\" and the trailing "
                            "slash it is the same address).")
        .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
}

// The id of a new rewrite. SQLite hands out max(id) + 1, which reuses the id of the newest rewrite
// once it is deleted; an undo that restores the deleted one by its id would then overwrite its
// successor. So a new rewrite also skips every id the audit log saw deleted.
Result<qint64> nextId(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM rewrites), 0), "
                                   "coalesce((SELECT max(CAST(entity_id AS INTEGER)) FROM audit_log "
                                   "WHERE entity = 'rewrite' AND action = 'rewrite.delete'), 0)) + 1")) ||
        !query.next())
        return Result<qint64>::failure(dbError(query));
    return query.value(0).toLongLong();
}

} // namespace

RewriteStore::RewriteStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

Result<QString> RewriteStore::normalisePath(const QString &input)
{
    const QString path = input.trimmed();
    if (path.isEmpty())
        return Result<QString>::failure(pathError(path, tr("enter one, e.g. /partner/jane.")));
    if (path.size() > maxPathLength)
        return Result<QString>::failure(pathError(path, tr("it is longer than %1 characters.").arg(maxPathLength)));
    for (const QChar c : path) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Result<QString>::failure(pathError(path, tr("it contains a space or a control character.")));
    }
    if (path.contains(u'?'))
        return Result<QString>::failure(
            pathError(path, tr("a query (\"?\") cannot be part of it; put parameters into the target URL.")));
    if (path.contains(u'#'))
        return Result<QString>::failure(
            pathError(path, tr("a fragment (\"#\") cannot be part of it; put it into the target URL.")));
    if (!path.startsWith(u'/'))
        return Result<QString>::failure(pathError(path, tr("it must start with \"/\".")));
    // "/a/" and "/a" are one path; only one trailing slash goes, so "/a//" is still refused below.
    QString normalised = path;
    if (normalised.size() > 1 && normalised.endsWith(u'/'))
        normalised.chop(1);
    if (normalised == u"/")
        return Result<QString>::failure(
            pathError(path, tr("\"/\" is the store's home page; add a segment, e.g. /partner/jane.")));
    const QStringList segments = normalised.mid(1).split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty())
            return Result<QString>::failure(pathError(path, tr("it contains an empty segment (\"//\").")));
        // Browsers and servers resolve them before the store sees the path.
        if (segment == u"." || segment == u"..")
            return Result<QString>::failure(
                pathError(path, tr("\".\" and \"..\" segments are resolved by browsers before the store sees "
                                   "the path.")));
        for (const QChar c : segment) {
            if (!isPathCharacter(c))
                return Result<QString>::failure(
                    pathError(path, tr("\"%1\" cannot be used; between the slashes use letters, digits, '-', '_', "
                                       "'.' and '~'.")
                                        .arg(c)));
        }
    }
    return normalised;
}

namespace {

// The normalised host when it is one of `storeHosts` or a subdomain of one.
Result<QString> storeHostOf(const QString &input, const QStringList &storeHosts)
{
    const QString host = input.trimmed();
    if (host.isEmpty())
        return Result<QString>::failure(RewriteStore::tr("Enter the store host, e.g. %1.").arg(storeHosts.first()));
    const QString normalised = HostName::normalise(host);
    if (normalised.isEmpty())
        return Result<QString>::failure(
            RewriteStore::tr("The host \"%1\" is not a valid host name.").arg(quoted(host)));
    for (const QString &storeHost : storeHosts) {
        if (HostName::isOnStoreHost(normalised, storeHost))
            return normalised;
    }
    return Result<QString>::failure(RewriteStore::tr("The host %1 is not a store host of the partner's programs (%2).")
                                        .arg(quoted(host), storeHosts.join(QStringLiteral(", "))));
}

// The partner's tracked URL for `input`, when it is a store URL that no vanity path answers.
Result<QString> trackedTargetOf(QSqlDatabase &db, const QString &input, const Rewrite &rewrite,
                                const QStringList &storeHosts)
{
    const QString target = input.trimmed();
    if (target.isEmpty())
        return Result<QString>::failure(
            RewriteStore::tr("The target must be a store URL: enter the store page the vanity path forwards to."));
    if (target.size() > RewriteStore::maxTargetLength)
        return Result<QString>::failure(RewriteStore::tr("The target must be a store URL of at most %1 characters.")
                                            .arg(RewriteStore::maxTargetLength));
    const TrackedLink link = LinkBuilder::build(target, rewrite.affiliateCode, storeHosts, rewrite.campaign);
    if (!link.isValid())
        return Result<QString>::failure(RewriteStore::tr("The target must be a store URL: %1").arg(link.error));
    // What is stored is the tracked URL: the partner's code is added, and it may have been encoded.
    if (QString problem = ValueRules::checkText(RewriteStore::tr("The tracked target URL"), link.url, ValueRules::url);
        !problem.isEmpty())
        return Result<QString>::failure(problem + u'.');
    // A target on a vanity path would answer with a 302 again: to itself (a loop, whatever the
    // query) or to another partner's link.
    const QUrl tracked(link.url);
    const QString targetHost = HostName::normalise(tracked.host(QUrl::FullyDecoded));
    QString targetPath = tracked.path(QUrl::FullyEncoded);
    if (targetPath.size() > 1 && targetPath.endsWith(u'/'))
        targetPath.chop(1);
    if (targetHost == rewrite.host && targetPath == rewrite.path)
        return Result<QString>::failure(RewriteStore::tr(
            "The target is the vanity path itself; the redirect would loop. Choose another store page."));
    const Result<QString> chained = clash(db, targetHost, targetPath, rewrite.id);
    if (!chained)
        return chained;
    if (!chained->isEmpty())
        return Result<QString>::failure(
            RewriteStore::tr("The target %1%2 is itself a vanity path; forward to the store page it leads to instead.")
                .arg(targetHost, targetPath));
    return link.url;
}

} // namespace

Result<Rewrite> RewriteStore::validate(const RewriteDraft &draft, qint64 editedId, Field *field) const
{
    const auto refuse = [field](Field where, const QString &error) {
        if (field)
            *field = where;
        return Result<Rewrite>::failure(error);
    };
    if (field)
        *field = Field::None;
    if (draft.affiliateId <= 0)
        return refuse(Field::Partner, tr("Choose the partner the vanity path credits."));
    AffiliateStore affiliates(m_database);
    const std::optional<Affiliate> affiliate = affiliates.byId(draft.affiliateId);
    if (!affiliate)
        return refuse(Field::Partner, tr("The partner no longer exists."));
    const QStringList storeHosts = affiliates.storeHostsOf(affiliate->id);
    if (storeHosts.isEmpty())
        return refuse(
            Field::Partner,
            tr("The partner %1 is not an active member of any program, so he has no store host.").arg(affiliate->code));

    Rewrite rewrite;
    rewrite.id = editedId;
    rewrite.affiliateId = affiliate->id;
    rewrite.affiliateCode = affiliate->code;
    const Result<QString> host = storeHostOf(draft.host, storeHosts);
    if (!host)
        return refuse(Field::Host, host.error());
    rewrite.host = *host;
    if (QString problem = ValueRules::checkText(tr("The host"), rewrite.host, ValueRules::host); !problem.isEmpty())
        return refuse(Field::Host, problem + u'.');
    const Result<QString> path = normalisePath(draft.path);
    if (!path)
        return refuse(Field::Path, path.error());
    rewrite.path = *path;
    const Result<QString> taken = clash(m_db, rewrite.host, rewrite.path, editedId);
    if (!taken)
        return refuse(Field::None, taken.error());
    if (!taken->isEmpty())
        return refuse(Field::Path, *taken);
    rewrite.campaign = draft.campaign.trimmed();
    if (QString problem = ValueRules::checkText(tr("The campaign"), rewrite.campaign, ValueRules::campaign);
        !problem.isEmpty())
        return refuse(Field::Target, problem + u'.');
    const Result<QString> target = trackedTargetOf(m_db, draft.targetUrl, rewrite, storeHosts);
    if (!target)
        return refuse(Field::Target, target.error());
    rewrite.targetUrl = *target;
    return rewrite;
}

Result<RewriteRow> RewriteStore::add(const RewriteDraft &draft)
{
    return write(0, draft);
}

Result<RewriteRow> RewriteStore::update(qint64 id, const RewriteDraft &draft)
{
    if (id <= 0)
        return Result<RewriteRow>::failure(tr("The rewrite no longer exists."));
    return write(id, draft);
}

Result<RewriteRow> RewriteStore::write(qint64 id, const RewriteDraft &draft)
{
    Transaction transaction(m_db);
    std::optional<RewriteRow> before;
    if (id > 0) {
        before = byId(id);
        if (!before)
            return Result<RewriteRow>::failure(tr("The rewrite no longer exists."));
    }
    const Result<Rewrite> valid = validate(draft, id);
    if (!valid)
        return Result<RewriteRow>::failure(valid.error());
    QSqlQuery query(m_db);
    qint64 stored = id;
    if (id > 0) {
        query.prepare(
            QStringLiteral("UPDATE rewrites SET affiliate_id = ?, host = ?, path = ?, target_url = ?, campaign = ? "
                           "WHERE id = ?"));
    } else {
        const Result<qint64> next = nextId(m_db);
        if (!next)
            return Result<RewriteRow>::failure(next.error());
        stored = *next;
        query.prepare(QStringLiteral("INSERT INTO rewrites (affiliate_id, host, path, target_url, campaign, id, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(valid->affiliateId);
    query.addBindValue(valid->host);
    query.addBindValue(valid->path);
    query.addBindValue(valid->targetUrl);
    query.addBindValue(text(valid->campaign));
    query.addBindValue(stored);
    if (id == 0)
        query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return Result<RewriteRow>::failure(dbError(query));
    if (auto status = AuditLog(m_db).append(id > 0 ? QStringLiteral("rewrite.update") : QStringLiteral("rewrite.add"),
                                            QStringLiteral("rewrite"), QString::number(stored),
                                            before ? toJson(before->rewrite) : QJsonObject(), toJson(*valid));
        !status)
        return Result<RewriteRow>::failure(status.error());
    std::optional<RewriteRow> row = byId(stored);
    if (!row)
        return Result<RewriteRow>::failure(tr("The rewrite no longer exists."));
    if (auto status = transaction.commit(); !status)
        return Result<RewriteRow>::failure(status.error());
    return *row;
}

Result<RewriteRow> RewriteStore::remove(qint64 id)
{
    Transaction transaction(m_db);
    const std::optional<RewriteRow> row = byId(id);
    if (!row)
        return Result<RewriteRow>::failure(tr("The rewrite no longer exists."));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM rewrites WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Result<RewriteRow>::failure(dbError(query));
    if (auto status = AuditLog(m_db).append(QStringLiteral("rewrite.delete"), QStringLiteral("rewrite"),
                                            QString::number(id), toJson(row->rewrite), {});
        !status)
        return Result<RewriteRow>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<RewriteRow>::failure(status.error());
    return *row;
}

Status RewriteStore::restore(const RewriteRow &row)
{
    const Rewrite &rewrite = row.rewrite;
    Transaction transaction(m_db);
    const std::optional<RewriteRow> current = byId(rewrite.id);
    if (!AffiliateStore(m_database).byId(rewrite.affiliateId))
        return Status::failure(tr("The partner %1 no longer exists.").arg(rewrite.affiliateCode));
    const Result<QString> taken = clash(m_db, rewrite.host, rewrite.path, rewrite.id);
    if (!taken)
        return Status::failure(taken.error());
    if (!taken->isEmpty())
        return Status::failure(*taken);
    QSqlQuery query(m_db);
    if (current) {
        query.prepare(QStringLiteral("UPDATE rewrites SET affiliate_id = ?, host = ?, path = ?, target_url = ?, "
                                     "campaign = ?, active = ?, created_at = ? WHERE id = ?"));
    } else {
        query.prepare(QStringLiteral("INSERT INTO rewrites (affiliate_id, host, path, target_url, campaign, active, "
                                     "created_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    query.addBindValue(rewrite.affiliateId);
    query.addBindValue(rewrite.host);
    query.addBindValue(rewrite.path);
    query.addBindValue(rewrite.targetUrl);
    query.addBindValue(text(rewrite.campaign));
    query.addBindValue(row.active ? 1 : 0);
    query.addBindValue(row.createdAt);
    query.addBindValue(rewrite.id);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto status = AuditLog(m_db).append(QStringLiteral("rewrite.restore"), QStringLiteral("rewrite"),
                                            QString::number(rewrite.id),
                                            current ? toJson(current->rewrite) : QJsonObject(), toJson(rewrite));
        !status)
        return status;
    return transaction.commit();
}

std::optional<RewriteRow> RewriteStore::byId(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(rowColumns + QStringLiteral("WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRow(query);
}

namespace {

// instr, not LIKE: a search for "%" or "_" matches literally.
const QString searchCondition = QStringLiteral(
    "WHERE coalesce(?, '') = '' OR instr(lower(r.host), lower(?)) > 0 OR instr(lower(r.path), lower(?)) > 0 "
    "OR instr(lower(r.target_url), lower(?)) > 0 OR instr(lower(a.code), lower(?)) > 0 "
    "OR instr(lower(a.name), lower(?)) > 0 ");

void bindSearch(QSqlQuery &query, const QString &search)
{
    for (int i = 0; i < 6; ++i)
        query.addBindValue(search);
}

} // namespace

QList<RewriteRow> RewriteStore::list(const QString &search, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(rowColumns + searchCondition + QStringLiteral("ORDER BY r.host, r.path, r.id LIMIT ?"));
    bindSearch(query, search.trimmed());
    query.addBindValue(limit);
    QList<RewriteRow> rows;
    if (!query.exec())
        return rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

int RewriteStore::count(const QString &search) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM rewrites r JOIN affiliates a ON a.id = r.affiliate_id ") +
                  searchCondition);
    bindSearch(query, search.trimmed());
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace PartnerDesk
