#pragma once

#include "store/records.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace PartnerDesk {

class Database;

// A partner's banners with previews, each with the HTML snippet he publishes and Copy HTML.
class BannerGalleryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerGalleryWidget)

public:
    explicit BannerGalleryWidget(Database &database, QWidget *parent = nullptr);
    ~BannerGalleryWidget() override;

    // The partner whose package is shown; none: nothing to show.
    void setPartner(const std::optional<Affiliate> &partner);

private:
    Database &m_database;
    std::optional<Affiliate> m_partner;
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
