#include "affiliatestore.h"

#include "auditlog.h"
#include "bannerstore.h"
#include "core/embeddedimage.h"
#include "core/hostname.h"
#include "core/linkbuilder.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "core/websiterules.h"
#include "database.h"
#include "domainstore.h"
#include "rewritestore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace PartnerDesk {

namespace {

QString dbError(const QSqlQuery &query)
{
    return AffiliateStore::tr("Database error: %1").arg(query.lastError().text());
}

bool isUniqueViolation(const QSqlQuery &query, const char *column)
{
    return query.lastError().text().contains(QStringLiteral("UNIQUE constraint failed: ") + QLatin1StringView(column));
}

Affiliate readAffiliate(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString()};
}

const QString affiliateColumns = QStringLiteral(
    "SELECT id, code, name, email, status, created_at, requested_email, email_requested_at FROM affiliates ");

QString now()
{
    return Timestamp::format(Timestamp::now());
}

} // namespace

AffiliateStore::AffiliateStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QString AffiliateStore::generateCode(int length)
{
    // No 0/o/1/l: codes get read aloud and typed from paper.
    static const QString alphabet = QStringLiteral("abcdefghijkmnpqrstuvwxyz23456789");
    QString code;
    code.reserve(length);
    for (int i = 0; i < length; ++i)
        code += alphabet.at(QRandomGenerator::system()->bounded(alphabet.size()));
    return code;
}

Result<Affiliate> AffiliateStore::add(const QString &name, const QString &email, const QString &code)
{
    Affiliate affiliate;
    affiliate.name = name.trimmed();
    affiliate.email = email.trimmed();
    affiliate.code = code.trimmed();
    affiliate.createdAt = now();
    if (affiliate.name.isEmpty())
        return Result<Affiliate>::failure(tr("The partner needs a name."));
    if (QString problem = ValueRules::checkText(tr("The partner's name"), affiliate.name, ValueRules::name);
        !problem.isEmpty())
        return Result<Affiliate>::failure(problem + u'.');
    if (QString problem = ValueRules::checkText(tr("The e-mail address"), affiliate.email, ValueRules::email);
        !problem.isEmpty())
        return Result<Affiliate>::failure(problem + u'.');
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!emailPattern.match(affiliate.email).hasMatch())
        return Result<Affiliate>::failure(tr("\"%1\" is not an e-mail address.").arg(affiliate.email));
    if (!affiliate.code.isEmpty()) {
        if (QString problem = ValueRules::checkText(tr("The affiliate code"), affiliate.code, ValueRules::code);
            !problem.isEmpty())
            return Result<Affiliate>::failure(problem + u'.');
    }
    const bool generated = affiliate.code.isEmpty();
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO affiliates (code, name, email, status, created_at) VALUES (?, ?, ?, ?, ?)"));
    for (int attempt = 0;; ++attempt) {
        if (generated)
            affiliate.code = generateCode();
        query.addBindValue(affiliate.code);
        query.addBindValue(affiliate.name);
        query.addBindValue(affiliate.email);
        query.addBindValue(affiliate.status);
        query.addBindValue(affiliate.createdAt);
        if (query.exec())
            break;
        if (!isUniqueViolation(query, "affiliates.code"))
            return Result<Affiliate>::failure(dbError(query));
        if (!generated || attempt > 5)
            return Result<Affiliate>::failure(tr("The affiliate code \"%1\" is taken.").arg(affiliate.code));
    }
    affiliate.id = query.lastInsertId().toLongLong();
    if (auto status = AuditLog(m_db).append(QStringLiteral("affiliate.add"), QStringLiteral("affiliate"),
                                            QString::number(affiliate.id), {},
                                            {{QStringLiteral("code"), affiliate.code},
                                             {QStringLiteral("name"), affiliate.name},
                                             {QStringLiteral("email"), affiliate.email}});
        !status)
        return Result<Affiliate>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<Affiliate>::failure(status.error());
    return affiliate;
}

Status AffiliateStore::setStatus(qint64 affiliateId, const QString &status)
{
    if (status != u"pending" && status != u"approved" && status != u"suspended")
        return Status::failure(tr("\"%1\" is not a partner status.").arg(status));
    const std::optional<Affiliate> before = byId(affiliateId);
    if (!before)
        return Status::failure(tr("The partner no longer exists."));
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE affiliates SET status = ? WHERE id = ?"));
    query.addBindValue(status);
    query.addBindValue(affiliateId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto result = AuditLog(m_db).append(QStringLiteral("affiliate.status"), QStringLiteral("affiliate"),
                                            QString::number(affiliateId), {{QStringLiteral("status"), before->status}},
                                            {{QStringLiteral("status"), status}});
        !result)
        return result;
    return transaction.commit();
}

std::optional<Affiliate> AffiliateStore::byCode(const QString &code) const
{
    QSqlQuery query(m_db);
    query.prepare(affiliateColumns + QStringLiteral("WHERE code = ?"));
    query.addBindValue(code.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readAffiliate(query);
}

std::optional<Affiliate> AffiliateStore::byId(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(affiliateColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readAffiliate(query);
}

QList<Affiliate> AffiliateStore::list(const QString &search, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(
        affiliateColumns +
        QStringLiteral(
            "WHERE coalesce(?, '') = '' OR instr(lower(name), lower(?)) > 0 OR instr(lower(code), lower(?)) > 0 "
            "OR instr(lower(email), lower(?)) > 0 ORDER BY name COLLATE NOCASE, id LIMIT ?"));
    const QString s = search.trimmed();
    for (int i = 0; i < 4; ++i)
        query.addBindValue(s);
    query.addBindValue(limit);
    QList<Affiliate> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(readAffiliate(query));
    return result;
}

int AffiliateStore::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM affiliates")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Result<QString> AffiliateStore::createCoupon(qint64 affiliateId, qint64 programId, const QString &requested)
{
    QString code = requested.trimmed();
    for (const QChar c : std::as_const(code)) {
        if (c.isSpace())
            return Result<QString>::failure(tr("A coupon code cannot contain spaces."));
    }
    if (!code.isEmpty()) {
        if (QString problem = ValueRules::checkText(tr("The coupon code"), code, ValueRules::code); !problem.isEmpty())
            return Result<QString>::failure(problem + u'.');
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM memberships m JOIN programs p ON p.id = m.program_id "
                                 "WHERE m.affiliate_id = ? AND m.program_id = ? AND m.active = 1 AND p.active = 1"));
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec())
        return Result<QString>::failure(dbError(query));
    if (!query.next())
        return Result<QString>::failure(
            tr("You have no affiliate coupon code. Please join to a program to get coupon code"));
    const bool generated = code.isEmpty();
    Transaction transaction(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO coupons (code, affiliate_id, program_id, created_at) VALUES (?, ?, ?, ?)"));
    for (int attempt = 0;; ++attempt) {
        if (generated)
            code = generateCode(8).toUpper();
        query.addBindValue(code);
        query.addBindValue(affiliateId);
        query.addBindValue(programId);
        query.addBindValue(now());
        if (query.exec())
            break;
        if (!isUniqueViolation(query, "coupons.code"))
            return Result<QString>::failure(dbError(query));
        if (!generated || attempt > 5)
            return Result<QString>::failure(
                tr("The coupon code \"%1\" is taken (codes are unique regardless of case).").arg(code));
    }
    if (auto status = AuditLog(m_db).append(
            QStringLiteral("coupon.create"), QStringLiteral("affiliate"), QString::number(affiliateId), {},
            {{QStringLiteral("code"), code}, {QStringLiteral("program_id"), programId}});
        !status)
        return Result<QString>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<QString>::failure(status.error());
    return code;
}

Status AffiliateStore::setCouponActive(const QString &code, bool active)
{
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT affiliate_id, active FROM coupons WHERE code = ?"));
    query.addBindValue(code.trimmed());
    if (!query.exec())
        return Status::failure(dbError(query));
    if (!query.next())
        return Status::failure(tr("There is no coupon \"%1\".").arg(code.trimmed()));
    const qint64 affiliateId = query.value(0).toLongLong();
    const bool before = query.value(1).toInt() == 1;
    query.prepare(QStringLiteral("UPDATE coupons SET active = ? WHERE code = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(code.trimmed());
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto status = AuditLog(m_db).append(
            QStringLiteral("coupon.active"), QStringLiteral("affiliate"), QString::number(affiliateId),
            {{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("active"), before}},
            {{QStringLiteral("code"), code.trimmed()}, {QStringLiteral("active"), active}});
        !status)
        return status;
    return transaction.commit();
}

Result<QString> AffiliateStore::addDomain(qint64 affiliateId, const QString &domain)
{
    const QString pattern = HostName::normaliseDomainPattern(domain);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT host FROM program_hosts")))
        return Result<QString>::failure(dbError(query));
    QStringList storeHosts;
    while (query.next())
        storeHosts.append(query.value(0).toString());
    // The central database refuses the same (0005_domain_verification.sql).
    if (const QString refusal = WebsiteRules::refusal(domain, storeHosts); !refusal.isEmpty())
        return Result<QString>::failure(refusal);
    // "*." and a host of 253 characters would be one too many.
    if (QString problem = ValueRules::checkText(tr("The domain"), pattern, ValueRules::host); !problem.isEmpty())
        return Result<QString>::failure(problem + u'.');
    // On a partner's desktop this token is a placeholder: the central database issues his
    // (DomainRecord::sentToCentral says when it has arrived).
    const QString token = generateCode(32);
    Transaction transaction(m_db);
    query.prepare(QStringLiteral("INSERT INTO domains (affiliate_id, domain, token, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(affiliateId);
    query.addBindValue(pattern);
    query.addBindValue(token);
    query.addBindValue(now());
    if (!query.exec()) {
        if (isUniqueViolation(query, "domains.affiliate_id"))
            return Result<QString>::failure(tr("The partner has already registered %1.").arg(pattern));
        return Result<QString>::failure(dbError(query));
    }
    if (auto status = AuditLog(m_db).append(QStringLiteral("domain.add"), QStringLiteral("affiliate"),
                                            QString::number(affiliateId), {}, {{QStringLiteral("domain"), pattern}});
        !status)
        return Result<QString>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<QString>::failure(status.error());
    return token;
}

Status AffiliateStore::approveDomain(qint64 affiliateId, const QString &domain, const QString &reason)
{
    const QString pattern = HostName::normaliseDomainPattern(domain);
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("A manual approval needs a reason."));
    if (DomainStore(m_database).isPartnerDesktop())
        return Status::failure(tr("Only a manager approves a website manually."));
    if (QString problem = ValueRules::checkText(tr("The reason"), reason.trimmed(), ValueRules::reason);
        !problem.isEmpty())
        return Status::failure(problem + u'.');
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT host FROM program_hosts")))
        return Status::failure(dbError(query));
    QStringList storeHosts;
    while (query.next())
        storeHosts.append(query.value(0).toString());
    if (const QString refusal = WebsiteRules::refusal(pattern, storeHosts); !refusal.isEmpty())
        return Status::failure(refusal);
    query.prepare(QStringLiteral("SELECT a.code FROM domains d JOIN affiliates a ON a.id = d.affiliate_id "
                                 "WHERE d.domain = ? AND d.verified = 1 AND d.affiliate_id <> ?"));
    query.addBindValue(pattern);
    query.addBindValue(affiliateId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (query.next())
        return Status::failure(tr("%1 is already verified for partner %2; one verified domain belongs to one partner.")
                                   .arg(pattern, query.value(0).toString()));
    query.prepare(QStringLiteral("UPDATE domains SET verified = 1, method = 'manual', verified_at = ?, checked_at = ? "
                                 "WHERE affiliate_id = ? AND domain = ?"));
    const QString at = now();
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(affiliateId);
    query.addBindValue(pattern);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (query.numRowsAffected() == 0)
        return Status::failure(tr("The partner has not registered %1; add it first.").arg(domain.trimmed()));
    if (auto status = AuditLog(m_db).append(QStringLiteral("domain.approve"), QStringLiteral("affiliate"),
                                            QString::number(affiliateId), {{QStringLiteral("domain"), pattern}},
                                            {{QStringLiteral("domain"), pattern}, {QStringLiteral("verified"), true}},
                                            reason.trimmed());
        !status)
        return status;
    return transaction.commit();
}

Status AffiliateStore::recordVerification(qint64 affiliateId, const QString &domain, const QString &method,
                                          const QString &when)
{
    // One rule for every check, lapsing and recovery included: DomainStore's.
    const std::optional<qint64> at = Timestamp::parse(when);
    const Result<DomainCheckOutcome> recorded =
        DomainStore(m_database).recordCheck(affiliateId, domain, method, {}, at.value_or(Timestamp::now()));
    return recorded ? Status(Done{}) : Status::failure(recorded.error());
}

QList<DirectDomain> AffiliateStore::domains(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, affiliate_id, domain, token, coalesce(method, ''), verified, "
                                 "coalesce(verified_at, '') FROM domains WHERE affiliate_id = ? ORDER BY domain"));
    query.addBindValue(affiliateId);
    QList<DirectDomain> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toInt() == 1,
                       query.value(6).toString()});
    }
    return result;
}

QStringList AffiliateStore::storeHostsOf(qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT DISTINCT h.host FROM program_hosts h JOIN memberships m "
                                 "ON m.program_id = h.program_id JOIN programs p ON p.id = m.program_id "
                                 "WHERE m.affiliate_id = ? AND m.active = 1 AND p.active = 1 ORDER BY h.host"));
    query.addBindValue(affiliateId);
    QStringList hosts;
    if (query.exec()) {
        while (query.next())
            hosts.append(query.value(0).toString());
    }
    return hosts;
}

Result<qint64> AffiliateStore::addRewrite(qint64 affiliateId, const QString &host, const QString &path,
                                          const QString &targetUrl)
{
    const Result<RewriteRow> row = RewriteStore(m_database).add({affiliateId, host, path, targetUrl});
    return row ? Result<qint64>(row->rewrite.id) : Result<qint64>::failure(row.error());
}

QList<Rewrite> AffiliateStore::rewrites() const
{
    QSqlQuery query(m_db);
    QList<Rewrite> result;
    if (!query.exec(QStringLiteral("SELECT r.id, r.affiliate_id, a.code, r.host, r.path, r.target_url FROM rewrites r "
                                   "JOIN affiliates a ON a.id = r.affiliate_id WHERE r.active = 1 "
                                   "ORDER BY r.host, r.path")))
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return result;
}

Result<qint64> AffiliateStore::addBanner(const Banner &banner)
{
    // The same check and words as the "Add Your Banner" dialog (issue #12: the app never accepts
    // what the CLI refuses, and the other way round).
    // A banner added here names its image by URL, as the dialog's image URL field does; only the
    // dialog's image file is embedded.
    const Result<QString> image = BannerStore::imageUrlOf(banner.imageUrl);
    if (EmbeddedImage::isDataUri(banner.imageUrl))
        return Result<qint64>::failure(image.error());
    if (const QString problem = BannerStore::validate(banner); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    const QString title = banner.title.trimmed();
    const QString imageUrl = *image; // validate() checked it
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(banner.programId);
    query.addBindValue(banner.affiliateId ? QVariant(banner.affiliateId) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(title);
    query.addBindValue(imageUrl);
    query.addBindValue(banner.width);
    query.addBindValue(banner.height);
    query.addBindValue(now());
    if (!query.exec()) {
        if (query.lastError().text().contains(QStringLiteral("FOREIGN KEY")))
            return Result<qint64>::failure(tr("The program or partner no longer exists."));
        return Result<qint64>::failure(dbError(query));
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("banner.add"), QStringLiteral("banner"), QString::number(id), {},
                                  {{QStringLiteral("title"), title}, {QStringLiteral("image"), banner.imageUrl}});
        !status)
        return Result<qint64>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    return id;
}

std::optional<Banner> AffiliateStore::banner(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, program_id, coalesce(affiliate_id, 0), title, image_url, width, height "
                                 "FROM banners WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Banner{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                  query.value(3).toString(),   query.value(4).toString(),   query.value(5).toInt(),
                  query.value(6).toInt()};
}

QList<Banner> AffiliateStore::banners(qint64 programId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, program_id, coalesce(affiliate_id, 0), title, image_url, width, height "
                       "FROM banners WHERE program_id = ? AND affiliate_id IS NULL AND active = 1 ORDER BY id"));
    query.addBindValue(programId);
    QList<Banner> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toInt(),
                       query.value(6).toInt()});
    }
    return result;
}

} // namespace PartnerDesk
