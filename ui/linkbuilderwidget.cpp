#include "linkbuilderwidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

LinkBuilderWidget::LinkBuilderWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("LinkBuilderWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

LinkBuilderWidget::~LinkBuilderWidget() = default;

void LinkBuilderWidget::setPartner(const std::optional<Affiliate> &partner)
{
    m_partner = partner;
}

} // namespace PartnerDesk
