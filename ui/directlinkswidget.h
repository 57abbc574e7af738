#pragma once

#include "store/records.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace PartnerDesk {

class Database;

// The partner's websites for direct links: the token, the three ways to publish it, Verify now.
class DirectLinksWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectLinksWidget)

public:
    explicit DirectLinksWidget(Database &database, QWidget *parent = nullptr);
    ~DirectLinksWidget() override;

    // The partner whose package is shown; none: nothing to show.
    void setPartner(const std::optional<Affiliate> &partner);

Q_SIGNALS:
    // The partner's books changed (he joined a program, a domain was verified).
    void changed();

private:
    Database &m_database;
    std::optional<Affiliate> m_partner;
    QLabel *m_placeholder = nullptr;
};

} // namespace PartnerDesk
