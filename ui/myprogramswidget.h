#pragma once

#include "store/records.h"

#include <QWidget>
#include <optional>

class QLabel;

namespace PartnerDesk {

class Database;

// Every program, the ones the partner belongs to marked; he joins one after confirming.
class MyProgramsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyProgramsWidget)

public:
    explicit MyProgramsWidget(Database &database, QWidget *parent = nullptr);
    ~MyProgramsWidget() override;

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
