#pragma once

#include "core/records.h"
#include "core/result.h"
#include "core/valuerules.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace PartnerDesk {

class Database;

// Banners as one partner sees them: the program's stock banners and his own, never another
// partner's own. A partner adds his own banner by an http(s) image URL or an embedded image
// (a data: URI, see EmbeddedImage) in a program he is an active member of, and removes only his
// own. Every change is one transaction with its audit row.
class BannerStore final
{
    Q_DECLARE_TR_FUNCTIONS(BannerStore)

public:
    // A banner row as stored, so a removal can be taken back exactly (same id, same created_at).
    struct StoredBanner
    {
        Banner banner;
        bool active = true;
        QString createdAt;
    };

    static constexpr int maxTitleLength = ValueRules::maxName;
    static constexpr int maxSide = ValueRules::maxBannerSide;

    explicit BannerStore(Database &database);

    // The active stock banners of the program, then the partner's own active ones, each by id.
    QList<Banner> bannersFor(qint64 programId, qint64 affiliateId) const;
    std::optional<StoredBanner> stored(qint64 bannerId) const;

    // Adds `banner` as its partner's own (banner.affiliateId must be set); returns the new id.
    Result<qint64> addOwn(const Banner &banner);
    // Removes one of the partner's own banners; a stock banner or another partner's is refused.
    // Returns the row as it was, for restore().
    Result<StoredBanner> removeOwn(qint64 affiliateId, qint64 bannerId);
    // Puts a removed own banner back exactly as it was (undo of removeOwn, redo of addOwn).
    Status restore(const StoredBanner &row);

    // The field a refusal is about, so a form can show the reason under it.
    enum class Field
    {
        None,
        Title,
        Size,
        Image
    };

    // Why `banner` cannot be a partner's own banner; "" when it can (title, size, image URL).
    // The one check of the "Add Your Banner" dialog and `banner add`; `field`, when given, is set
    // to the field the refusal is about.
    static QString validate(const Banner &banner, Field *field = nullptr);
    // An http(s) image URL as stored (fully encoded), or why `text` is none: what a partner types
    // in the dialog's image URL field and what `banner add --image` takes.
    static Result<QString> imageUrlOf(const QString &text);

private:
    Status requireMembership(qint64 affiliateId, qint64 programId) const;

    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
