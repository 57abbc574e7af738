#pragma once

#include "store/records.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace PartnerDesk {

class Database;

// A partner's tracked links and coupon codes: paste a store URL, get the tracked URL, copy it.
class LinkBuilderWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkBuilderWidget)

public:
    explicit LinkBuilderWidget(Database &database, QWidget *parent = nullptr);
    ~LinkBuilderWidget() override;

    // The partner whose package is shown; none: nothing to show.
    void setPartner(const std::optional<Affiliate> &partner);

private:
    Database &m_database;
    std::optional<Affiliate> m_partner;
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
