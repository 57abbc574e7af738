#pragma once

#include "bookcommand.h"
#include "store/bannerstore.h"

#include <QPointer>

namespace PartnerDesk {

class BannerGalleryWidget;
class Database;

// The undoable edits of a partner's own banners in the Banners tab. Both keep the whole row, so
// an undone removal (or a redone add) puts back the very banner: same id, image and created_at.
class OwnBannerCommand : public BookCommand
{
    Q_DISABLE_COPY_MOVE(OwnBannerCommand)

protected:
    OwnBannerCommand(Pane *pane, BannerGalleryWidget *gallery, Database &database, const QString &text);
    void show() override;

    Status add();
    Status remove();

    QPointer<BannerGalleryWidget> m_gallery;
    Database &m_database;
    BannerStore::StoredBanner m_row; // id 0 until the banner was first stored
    qint64 m_shownId = 0;            // the banner to select after an undo or redo (0: none)
};

// Adds the banner; undo removes it, redo puts the same row back.
class AddOwnBannerCommand final : public OwnBannerCommand
{
public:
    AddOwnBannerCommand(Pane *pane, BannerGalleryWidget *gallery, Database &database, const Banner &banner,
                        const QString &text);
    qint64 bannerId() const { return m_row.banner.id; }

protected:
    Status apply() override { return add(); }
    Status revert() override { return remove(); }
};

// Removes one of the partner's own banners; undo puts it back exactly.
class RemoveOwnBannerCommand final : public OwnBannerCommand
{
public:
    RemoveOwnBannerCommand(Pane *pane, BannerGalleryWidget *gallery, Database &database, const Banner &banner,
                           const QString &text);

protected:
    Status apply() override { return remove(); }
    Status revert() override { return add(); }
};

} // namespace PartnerDesk
