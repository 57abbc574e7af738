#include "myprogramswidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace PartnerDesk {

MyProgramsWidget::MyProgramsWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("MyProgramsWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
}

MyProgramsWidget::~MyProgramsWidget() = default;

void MyProgramsWidget::setPartner(const std::optional<Affiliate> &partner)
{
    m_partner = partner;
}

} // namespace PartnerDesk
