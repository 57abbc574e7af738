#include "bannerstore.h"

#include "auditlog.h"
#include "core/embeddedimage.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace PartnerDesk {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, program_id, coalesce(affiliate_id, 0), title, image_url, width, height, active, created_at "
    "FROM banners ");

BannerStore::StoredBanner readRow(const QSqlQuery &query)
{
    return {Banner{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                   query.value(3).toString(), query.value(4).toString(), query.value(5).toInt(),
                   query.value(6).toInt()},
            query.value(7).toInt() != 0, query.value(8).toString()};
}

QString dbError(const QSqlQuery &query)
{
    return BannerStore::tr("Database error: %1").arg(query.lastError().text());
}

// What the audit log keeps of a banner: an embedded image is described, not copied.
QJsonObject auditValues(const Banner &banner)
{
    return {{QStringLiteral("program_id"), banner.programId},
            {QStringLiteral("affiliate_id"), banner.affiliateId},
            {QStringLiteral("title"), banner.title},
            {QStringLiteral("image"), EmbeddedImage::summary(banner.imageUrl)},
            {QStringLiteral("width"), banner.width},
            {QStringLiteral("height"), banner.height}};
}

} // namespace

BannerStore::BannerStore(Database &database)
    : m_db(database.connection())
{}

QList<Banner> BannerStore::bannersFor(qint64 programId, qint64 affiliateId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns + QStringLiteral("WHERE program_id = ? AND active = 1 "
                                                 "AND (affiliate_id IS NULL OR affiliate_id = ?) "
                                                 "ORDER BY affiliate_id IS NOT NULL, id"));
    query.addBindValue(programId);
    query.addBindValue(affiliateId);
    QList<Banner> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(readRow(query).banner);
    return result;
}

std::optional<BannerStore::StoredBanner> BannerStore::stored(qint64 bannerId) const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(bannerId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readRow(query);
}

QString BannerStore::validate(const Banner &banner, Field *field)
{
    const auto refuse = [field](Field where, const QString &problem) {
        if (field)
            *field = where;
        return problem;
    };
    if (field)
        *field = Field::None;
    const QString title = banner.title.trimmed();
    if (title.isEmpty())
        return refuse(Field::Title, tr("The banner needs a title."));
    if (QString problem = ValueRules::checkText(tr("The banner's title"), title, ValueRules::name); !problem.isEmpty())
        return refuse(Field::Title, problem + u'.');
    if (banner.width <= 0 || banner.height <= 0 || banner.width > maxSide || banner.height > maxSide)
        return refuse(Field::Size, tr("Width and height must be between 1 and %L1 pixels.").arg(maxSide));
    if (EmbeddedImage::isDataUri(banner.imageUrl)) {
        if (!EmbeddedImage::decode(banner.imageUrl))
            return refuse(Field::Image, tr("The embedded image is not a PNG, JPEG, GIF or WebP image of at most %1 KB.")
                                            .arg(EmbeddedImage::maxBytes / 1024));
        if (QString problem = ValueRules::checkImageUrl(tr("The embedded image"), banner.imageUrl); !problem.isEmpty())
            return refuse(Field::Image, problem + u'.');
        return {};
    }
    if (const Result<QString> image = imageUrlOf(banner.imageUrl); !image)
        return refuse(Field::Image, image.error());
    return {};
}

Result<QString> BannerStore::imageUrlOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl image(trimmed, QUrl::StrictMode);
    const QString scheme = image.scheme().toLower();
    // Quoted as typed, but on one line whatever it holds (the CLI prints one line per error).
    const QString quoted = ValueRules::fitted(text, ValueRules::url);
    if (std::any_of(trimmed.cbegin(), trimmed.cend(),
                    [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
        return Result<QString>::failure(
            tr("\"%1\" is not an http(s) image URL: it contains a space or a control character (percent-encode a "
               "space).")
                .arg(quoted));
    if (trimmed.isEmpty() || !image.isValid() || (scheme != u"https" && scheme != u"http") || image.host().isEmpty())
        return Result<QString>::failure(tr("\"%1\" is not an http(s) image URL.").arg(quoted));
    // What is stored: the URL fully encoded, which may be longer than what was typed.
    const QString encoded = image.toString(QUrl::FullyEncoded);
    if (QString problem = ValueRules::checkImageUrl(tr("The image URL"), encoded); !problem.isEmpty())
        return Result<QString>::failure(problem + u'.');
    return encoded;
}

Status BannerStore::requireMembership(qint64 affiliateId, qint64 programId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM memberships m JOIN programs p ON p.id = m.program_id "
                                 "WHERE m.affiliate_id = ? AND m.program_id = ? AND m.active = 1 AND p.active = 1"));
    query.addBindValue(affiliateId);
    query.addBindValue(programId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (!query.next())
        return Status::failure(tr("Only an active member of a program can add his own banner to it: join the "
                                  "program first."));
    return Done{};
}

Result<qint64> BannerStore::addOwn(const Banner &banner)
{
    if (banner.affiliateId <= 0)
        return Result<qint64>::failure(tr("An own banner needs its partner."));
    if (const QString problem = validate(banner); !problem.isEmpty())
        return Result<qint64>::failure(problem);
    Transaction transaction(m_db);
    if (auto member = requireMembership(banner.affiliateId, banner.programId); !member)
        return Result<qint64>::failure(member.error());
    Banner added = banner;
    added.title = banner.title.trimmed();
    if (!EmbeddedImage::isDataUri(banner.imageUrl))
        added.imageUrl = *imageUrlOf(banner.imageUrl); // validate() said it is one
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO banners (program_id, affiliate_id, title, image_url, width, height, "
                                 "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(added.programId);
    query.addBindValue(added.affiliateId);
    query.addBindValue(added.title);
    query.addBindValue(added.imageUrl);
    query.addBindValue(added.width);
    query.addBindValue(added.height);
    query.addBindValue(Timestamp::format(Timestamp::now()));
    if (!query.exec())
        return Result<qint64>::failure(dbError(query));
    added.id = query.lastInsertId().toLongLong();
    if (auto status = AuditLog(m_db).append(QStringLiteral("banner.add"), QStringLiteral("banner"),
                                            QString::number(added.id), {}, auditValues(added));
        !status)
        return Result<qint64>::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return Result<qint64>::failure(status.error());
    return added.id;
}

Result<BannerStore::StoredBanner> BannerStore::removeOwn(qint64 affiliateId, qint64 bannerId)
{
    using R = Result<StoredBanner>;
    Transaction transaction(m_db);
    const std::optional<StoredBanner> row = stored(bannerId);
    if (!row)
        return R::failure(tr("Banner %1 no longer exists.").arg(bannerId));
    if (row->banner.affiliateId == 0)
        return R::failure(tr("\"%1\" is a stock banner of the program; only a partner's own banner can be removed.")
                              .arg(row->banner.title));
    if (row->banner.affiliateId != affiliateId)
        return R::failure(tr("\"%1\" is another partner's banner.").arg(row->banner.title));
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM banners WHERE id = ? AND affiliate_id = ?"));
    query.addBindValue(bannerId);
    query.addBindValue(affiliateId);
    if (!query.exec())
        return R::failure(dbError(query));
    if (query.numRowsAffected() != 1)
        return R::failure(tr("Banner %1 no longer exists.").arg(bannerId));
    if (auto status = AuditLog(m_db).append(QStringLiteral("banner.remove"), QStringLiteral("banner"),
                                            QString::number(bannerId), auditValues(row->banner), {});
        !status)
        return R::failure(status.error());
    if (auto status = transaction.commit(); !status)
        return R::failure(status.error());
    return *row;
}

Status BannerStore::restore(const StoredBanner &row)
{
    const Banner &banner = row.banner;
    if (banner.id <= 0 || banner.affiliateId <= 0)
        return Status::failure(tr("Only a partner's own banner can be put back."));
    if (const QString problem = validate(banner); !problem.isEmpty())
        return Status::failure(problem);
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO banners (id, program_id, affiliate_id, title, image_url, width, height, "
                                 "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(banner.id);
    query.addBindValue(banner.programId);
    query.addBindValue(banner.affiliateId);
    query.addBindValue(banner.title);
    query.addBindValue(banner.imageUrl);
    query.addBindValue(banner.width);
    query.addBindValue(banner.height);
    query.addBindValue(row.active ? 1 : 0);
    query.addBindValue(row.createdAt);
    if (!query.exec()) {
        const QString error = query.lastError().text();
        if (error.contains(QStringLiteral("UNIQUE")))
            return Status::failure(tr("Banner %1 cannot be put back: its id is taken.").arg(banner.id));
        if (error.contains(QStringLiteral("FOREIGN KEY")))
            return Status::failure(tr("The program or partner of \"%1\" no longer exists.").arg(banner.title));
        return Status::failure(dbError(query));
    }
    if (auto status = AuditLog(m_db).append(QStringLiteral("banner.restore"), QStringLiteral("banner"),
                                            QString::number(banner.id), {}, auditValues(banner));
        !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
