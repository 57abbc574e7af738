#include "directlinkswidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

DirectLinksWidget::DirectLinksWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("DirectLinksWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

DirectLinksWidget::~DirectLinksWidget() = default;

void DirectLinksWidget::setPartner(const std::optional<Affiliate> &partner)
{
    m_partner = partner;
}

} // namespace PartnerDesk
