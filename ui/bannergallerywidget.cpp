#include "bannergallerywidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

BannerGalleryWidget::BannerGalleryWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("BannerGalleryWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

BannerGalleryWidget::~BannerGalleryWidget() = default;

void BannerGalleryWidget::setPartner(const std::optional<Affiliate> &partner)
{
    m_partner = partner;
}

} // namespace PartnerDesk
