#include "bannercommands.h"

#include "bannergallerywidget.h"

namespace PartnerDesk {

OwnBannerCommand::OwnBannerCommand(Pane *pane, BannerGalleryWidget *gallery, Database &database, const QString &text)
    : BookCommand(pane, text)
    , m_gallery(gallery)
    , m_database(database)
{}

void OwnBannerCommand::show()
{
    if (m_gallery)
        m_gallery->showBanner(m_shownId);
}

Status OwnBannerCommand::add()
{
    BannerStore store(m_database);
    if (m_row.banner.id == 0) {
        const Result<qint64> added = store.addOwn(m_row.banner);
        if (!added)
            return Status::failure(added.error());
        const std::optional<BannerStore::StoredBanner> stored = store.stored(*added);
        if (!stored)
            return Status::failure(BookCommand::tr("The banner was added but cannot be read back."));
        m_row = *stored;
    } else if (Status restored = store.restore(m_row); !restored) {
        return restored;
    }
    m_shownId = m_row.banner.id;
    return Done{};
}

Status OwnBannerCommand::remove()
{
    const Result<BannerStore::StoredBanner> removed =
        BannerStore(m_database).removeOwn(m_row.banner.affiliateId, m_row.banner.id);
    if (!removed)
        return Status::failure(removed.error());
    m_row = *removed;
    m_shownId = 0;
    return Done{};
}

AddOwnBannerCommand::AddOwnBannerCommand(Pane *pane, BannerGalleryWidget *gallery, Database &database,
                                         const Banner &banner, const QString &text)
    : OwnBannerCommand(pane, gallery, database, text)
{
    m_row.banner = banner;
    m_row.banner.id = 0;
}

RemoveOwnBannerCommand::RemoveOwnBannerCommand(Pane *pane, BannerGalleryWidget *gallery, Database &database,
                                               const Banner &banner, const QString &text)
    : OwnBannerCommand(pane, gallery, database, text)
{
    m_row.banner = banner;
}

} // namespace PartnerDesk
