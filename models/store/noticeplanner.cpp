#include "noticeplanner.h"

#include "core/linkbuilder.h"
#include "core/noticetemplates.h"
#include "core/timestamp.h"
#include "database.h"
#include "noticequeue.h"
#include "payoutstore.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace PartnerDesk {

namespace {

// A partner's mode in a program: his own unless "", else the program's (SQL of `a` and `p`).
const char *const effectiveMode = "COALESCE(NULLIF(a.notice_mode, ''), p.notices)";

qint64 seconds(const QVariant &iso)
{
    return Timestamp::parse(iso.toString()).value_or(0);
}

struct DigestLine
{
    QString createdAt;
    QString orderId;
    QString text;
    qint64 commissionMinor = 0;
    QString currency;
};

struct Digest
{
    QString affiliateKey;
    QString name;
    QString email;
    QString language;
    qint64 day = 0;
    bool complete = true; // every transaction of the day has its sync id
    QList<DigestLine> lines;
};

} // namespace

NoticePlanner::NoticePlanner(Database &books, NoticeQueue &queue, Options options)
    : m_books(books)
    , m_db(books.connection())
    , m_queue(queue)
    , m_options(options)
{}

NoticePlanner::NoticePlanner(Database &books, NoticeQueue &queue)
    : NoticePlanner(books, queue, Options{})
{}

QString NoticePlanner::rowKey(const QVariant &uid, qint64 id) const
{
    if (!uid.isNull() && !uid.toString().isEmpty())
        return uid.toString();
    return m_options.requireSyncIds ? QString() : QStringLiteral("local:%1").arg(id);
}

Result<NoticePlan> NoticePlanner::plan(qint64 now)
{
    // A partner's desktop holds only his own rows, and telling partners is the store's business.
    QSqlQuery role(m_db);
    role.prepare(QStringLiteral("SELECT 1 FROM sync_state WHERE key = 'desktop_role' AND value LIKE 'partner:%'"));
    if (role.exec() && role.next())
        return Result<NoticePlan>::failure(tr("Notices to partners are sent from a manager's desktop; this is a "
                                              "partner's desktop."));
    NoticePlan plan;
    for (auto step : {&NoticePlanner::planTransactions, &NoticePlanner::planThresholds, &NoticePlanner::planRequests}) {
        if (const Status done = (this->*step)(now, plan); !done)
            return Result<NoticePlan>::failure(done.error());
    }
    return plan;
}

Result<bool> NoticePlanner::add(const QString &key, const QString &kind, const QString &recipient,
                                const QString &language, const QString &templateName,
                                const QHash<QString, QString> &values, qint64 now)
{
    const Result<RenderedNotice> text = NoticeTemplates::render(templateName, language, values);
    if (!text)
        return Result<bool>::failure(text.error());
    Notice notice;
    notice.key = key;
    notice.kind = kind;
    notice.recipient = recipient;
    notice.language = language;
    notice.subject = text->subject;
    notice.body = text->body;
    return m_queue.enqueue(notice, now);
}

Status NoticePlanner::planTransactions(qint64 now, NoticePlan &plan)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT t.id, (SELECT uid FROM sync_ids WHERE tbl = 'transactions' AND local_id = t.id), "
                       "t.order_id, t.base_minor, t.commission_minor, t.currency, t.status, t.placed_at, t.created_at, "
                       "a.id, (SELECT uid FROM sync_ids WHERE tbl = 'affiliates' AND local_id = a.id), a.name, "
                       "a.email, a.language, p.name, %1 "
                       "FROM transactions t JOIN programs p ON p.id = t.program_id "
                       "JOIN affiliates a ON a.id = t.affiliate_id "
                       "WHERE p.notices <> 'off' AND t.created_at >= p.notices_since AND t.created_at >= ? "
                       "AND t.superseded = 0 AND a.email <> '' AND a.status <> 'suspended' "
                       "AND %1 IN ('each', 'digest') ORDER BY t.created_at, t.id")
            .arg(QLatin1StringView(effectiveMode)));
    query.addBindValue(Timestamp::format(now - m_options.lookbackSeconds));
    if (!query.exec())
        return Status::failure(
            tr("The transactions to tell partners about could not be read: %1").arg(query.lastError().text()));
    const qint64 today = now - now % Timestamp::secondsPerDay;
    QMap<QString, Digest> digests; // by affiliate id and day, in order
    while (query.next()) {
        const QString language = query.value(13).toString();
        const QString currency = query.value(5).toString();
        QHash<QString, QString> values{
            {QStringLiteral("name"), query.value(11).toString()},
            {QStringLiteral("program"), query.value(14).toString()},
            {QStringLiteral("order_id"), query.value(2).toString()},
            {QStringLiteral("placed_at"), NoticeTemplates::date(seconds(query.value(7)), language)},
            {QStringLiteral("base"), NoticeTemplates::money(query.value(3).toLongLong(), currency, language)},
            {QStringLiteral("commission"), NoticeTemplates::money(query.value(4).toLongLong(), currency, language)},
            {QStringLiteral("status"),
             NoticeTemplates::word(language, QStringLiteral("status.") + query.value(6).toString())}};
        const QString transactionKey = rowKey(query.value(1), query.value(0).toLongLong());
        if (query.value(15).toString() == u"each") {
            if (transactionKey.isEmpty()) {
                ++plan.waiting;
                continue;
            }
            const Result<bool> added =
                add(QStringLiteral("transaction:") + transactionKey, QStringLiteral("transaction"),
                    query.value(12).toString(), language, QStringLiteral("transaction"), values, now);
            if (!added)
                return Status::failure(added.error());
            plan.transactions += *added ? 1 : 0;
            continue;
        }
        const qint64 created = seconds(query.value(8));
        const qint64 day = created - created % Timestamp::secondsPerDay;
        if (day >= today)
            continue; // the day has not ended
        Digest &digest =
            digests[QStringLiteral("%1/%2").arg(query.value(9).toLongLong(), 20, 10, QLatin1Char('0')).arg(day)];
        if (digest.lines.isEmpty()) {
            digest.affiliateKey = rowKey(query.value(10), query.value(9).toLongLong());
            digest.name = query.value(11).toString();
            digest.email = query.value(12).toString();
            digest.language = language;
            digest.day = day;
        }
        digest.complete = digest.complete && !transactionKey.isEmpty();
        const Result<QString> line = NoticeTemplates::part(QStringLiteral("digest-line"), language, values);
        if (!line)
            return Status::failure(line.error());
        digest.lines.append(
            {query.value(8).toString(), query.value(2).toString(), *line, query.value(4).toLongLong(), currency});
    }
    for (const Digest &digest : std::as_const(digests)) {
        if (!digest.complete || digest.affiliateKey.isEmpty()) {
            ++plan.waiting;
            continue;
        }
        QStringList lines;
        QMap<QString, qint64> totals;
        for (const DigestLine &line : digest.lines) {
            lines.append(line.text);
            totals[line.currency] += line.commissionMinor;
        }
        QStringList totalTexts;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            totalTexts.append(NoticeTemplates::money(it.value(), it.key(), digest.language));
        const QString dayText = NoticeTemplates::date(digest.day, digest.language);
        const Result<bool> added =
            add(QStringLiteral("digest:%1:%2").arg(digest.affiliateKey, Timestamp::format(digest.day).left(10)),
                QStringLiteral("digest"), digest.email, digest.language, QStringLiteral("digest"),
                {{QStringLiteral("name"), digest.name},
                 {QStringLiteral("date"), dayText},
                 {QStringLiteral("lines"), lines.join(u'\n')},
                 {QStringLiteral("count"), NoticeTemplates::locale(digest.language).toString(lines.size())},
                 {QStringLiteral("totals"), totalTexts.join(QStringLiteral(", "))}},
                now);
        if (!added)
            return Status::failure(added.error());
        plan.digests += *added ? 1 : 0;
    }
    return Done{};
}

Status NoticePlanner::planThresholds(qint64 now, NoticePlan &plan)
{
    const Result<QList<BalanceRow>> balances = PayoutStore(m_books).readBalances();
    if (!balances)
        return Status::failure(balances.error());
    for (const BalanceRow &row : *balances) {
        if (!row.due() || row.email.isEmpty())
            continue;
        // Told when a program of his in that currency sends notices and he has not switched them off.
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT a.name, a.language, (SELECT uid FROM sync_ids WHERE tbl = 'affiliates' AND "
                           "local_id = a.id), (SELECT count(*) FROM payout_lines WHERE affiliate_id = a.id AND "
                           "currency = ?) FROM affiliates a WHERE a.id = ? AND a.status <> 'suspended' AND EXISTS ("
                           "SELECT 1 FROM memberships m JOIN programs p ON p.id = m.program_id WHERE m.affiliate_id = "
                           "a.id AND m.active = 1 AND p.currency = ? AND p.notices <> 'off' AND %1 <> 'off')")
                .arg(QLatin1StringView(effectiveMode)));
        query.addBindValue(row.currency);
        query.addBindValue(row.affiliateId);
        query.addBindValue(row.currency);
        if (!query.exec())
            return Status::failure(
                tr("The partners to tell about their threshold could not be read: %1").arg(query.lastError().text()));
        if (!query.next())
            continue;
        const QString affiliateKey = rowKey(query.value(2), row.affiliateId);
        if (affiliateKey.isEmpty()) {
            ++plan.waiting;
            continue;
        }
        const QString language = query.value(1).toString();
        const Result<bool> added =
            add(QStringLiteral("threshold:%1:%2:%3").arg(affiliateKey, row.currency, query.value(3).toString()),
                QStringLiteral("threshold"), row.email, language, QStringLiteral("threshold"),
                {{QStringLiteral("name"), query.value(0).toString()},
                 {QStringLiteral("balance"), NoticeTemplates::money(row.balanceMinor, row.currency, language)},
                 {QStringLiteral("threshold"), NoticeTemplates::money(*row.thresholdMinor, row.currency, language)},
                 {QStringLiteral("payout_email"), row.email}},
                now);
        if (!added)
            return Status::failure(added.error());
        plan.thresholds += *added ? 1 : 0;
    }
    return Done{};
}

Status NoticePlanner::planRequests(qint64 now, NoticePlan &plan)
{
    // The requests table comes with the partner requests (resources/migrations/0016_requests.sql).
    QSqlQuery exists(m_db);
    if (!exists.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'requests'")))
        return Status::failure(exists.lastError().text());
    if (!exists.next())
        return Done{};
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT r.id, (SELECT uid FROM sync_ids WHERE tbl = 'requests' AND local_id = r.id), r.kind, "
                      "r.state, r.affiliate_id, r.program_id, r.applicant_name, r.applicant_email, r.order_id, r.host, "
                      "CASE WHEN r.approved_path <> '' THEN r.approved_path ELSE r.path END, r.filed_at, "
                      "r.decision_reason, a.name, a.email, a.language, a.code, pr.name, pr.threshold_minor, "
                      "pr.currency "
                      "FROM requests r LEFT JOIN affiliates a ON a.id = r.affiliate_id "
                      "LEFT JOIN programs pr ON pr.id = r.program_id "
                      "WHERE r.state <> 'waiting' AND r.decided_at >= ? AND EXISTS ("
                      "SELECT 1 FROM programs p WHERE p.notices <> 'off' AND r.decided_at >= p.notices_since "
                      "AND %1 <> 'off' AND (p.id = r.program_id OR (r.program_id IS NULL AND p.id IN ("
                      "SELECT program_id FROM memberships WHERE affiliate_id = r.affiliate_id AND active = 1)))) "
                      "ORDER BY r.decided_at, r.id")
                      .arg(QLatin1StringView(effectiveMode)));
    query.addBindValue(Timestamp::format(now - m_options.lookbackSeconds));
    if (!query.exec())
        return Status::failure(tr("The decided requests could not be read: %1").arg(query.lastError().text()));
    while (query.next()) {
        const QString requestKey = rowKey(query.value(1), query.value(0).toLongLong());
        if (requestKey.isEmpty()) {
            ++plan.waiting;
            continue;
        }
        const QString kind = query.value(2).toString();
        const bool approved = query.value(3).toString() == u"approved";
        const bool partner = !query.value(4).isNull();
        const QString language = partner ? query.value(15).toString() : QStringLiteral("en");
        const QString recipient = partner ? query.value(14).toString() : query.value(7).toString();
        if (recipient.isEmpty())
            continue;
        const QString program = query.value(17).toString();
        QHash<QString, QString> values{
            {QStringLiteral("name"), partner ? query.value(13).toString() : query.value(6).toString()},
            {QStringLiteral("program"), program},
            {QStringLiteral("filed_at"), NoticeTemplates::date(seconds(query.value(11)), language)}};
        Result<bool> added = false;
        if (kind == u"signup" && approved) {
            const qint64 affiliateId = query.value(4).toLongLong();
            const qint64 programId = query.value(5).toLongLong();
            const QString code = query.value(16).toString();
            QSqlQuery extra(m_db);
            extra.prepare(QStringLiteral("SELECT (SELECT code FROM coupons WHERE affiliate_id = ? AND program_id = ? "
                                         "AND active = 1 ORDER BY id LIMIT 1), (SELECT group_concat(host, ' ') FROM "
                                         "(SELECT host FROM program_hosts WHERE program_id = ? ORDER BY host))"));
            extra.addBindValue(affiliateId);
            extra.addBindValue(programId);
            extra.addBindValue(programId);
            if (!extra.exec() || !extra.next())
                return Status::failure(
                    tr("The welcome of %1 could not be read: %2").arg(code, extra.lastError().text()));
            const QStringList hosts = extra.value(1).toString().split(u' ', Qt::SkipEmptyParts);
            const TrackedLink link =
                hosts.isEmpty() ? TrackedLink{}
                                : LinkBuilder::build(QStringLiteral("https://%1/").arg(hosts.first()), code, hosts);
            values.insert(QStringLiteral("code"), code);
            values.insert(QStringLiteral("link"), link.isValid() ? link.url : QStringLiteral("-"));
            values.insert(QStringLiteral("coupon"),
                          extra.value(0).isNull() ? QStringLiteral("-") : extra.value(0).toString());
            values.insert(QStringLiteral("threshold"),
                          NoticeTemplates::money(query.value(18).toLongLong(), query.value(19).toString(), language));
            added = add(QStringLiteral("welcome:") + requestKey, QStringLiteral("welcome"), recipient, language,
                        QStringLiteral("welcome"), values, now);
            if (added)
                plan.welcomes += *added ? 1 : 0;
        } else {
            const Result<QString> request =
                NoticeTemplates::fill(NoticeTemplates::word(language, QStringLiteral("request.") + kind),
                                      {{QStringLiteral("order_id"), query.value(8).toString()},
                                       {QStringLiteral("host"), query.value(9).toString()},
                                       {QStringLiteral("path"), query.value(10).toString()},
                                       {QStringLiteral("program"), program}});
            if (!request)
                return Status::failure(request.error());
            const QString reason = query.value(12).toString().trimmed();
            values.insert(QStringLiteral("request"), *request);
            values.insert(QStringLiteral("reason"), reason);
            const Result<QString> note =
                reason.isEmpty() ? Result<QString>(QString())
                                 : NoticeTemplates::fill(NoticeTemplates::word(language, QStringLiteral("note")),
                                                         {{QStringLiteral("reason"), reason}});
            values.insert(QStringLiteral("note"), note ? (note->isEmpty() ? QString() : u'\n' + *note) : QString());
            added =
                add(QStringLiteral("decision:") + requestKey, QStringLiteral("decision"), recipient, language,
                    approved ? QStringLiteral("decision-approved") : QStringLiteral("decision-rejected"), values, now);
            if (added)
                plan.decisions += *added ? 1 : 0;
        }
        if (!added)
            return Status::failure(added.error());
    }
    return Done{};
}

} // namespace PartnerDesk
