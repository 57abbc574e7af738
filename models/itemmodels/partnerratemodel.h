#pragma once

#include "core/records.h"
#include "recordtablemodel.h"

#include <QHash>

namespace PartnerDesk {

class Database;

// A partner's own rates with their history (RateStore::history), by program then date: from when,
// the link part and the coupon part (a percentage, a flat amount in the program's currency, or
// "program's / tier" when the row sets none), who set it.
class PartnerRateModel final : public RecordTableModel<PartnerRate>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerRateModel)

public:
    enum Column
    {
        Program,
        From,
        Link,
        Coupon,
        SetBy,
        Count
    };
    Q_ENUM(Column)

    explicit PartnerRateModel(Database &database, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setAffiliateId(qint64 affiliateId);
    void reload();

    // "25 %", "5.00 EUR per order", or "program's or tier's" for a part the row does not set.
    static QString partText(std::optional<int> rateBp, std::optional<qint64> amountMinor, const QString &currency);

protected:
    QVariant display(const PartnerRate &rate, int column) const override;
    QVariant sortValue(const PartnerRate &rate, int column) const override;
    qint64 id(const PartnerRate &rate) const override { return rate.id; }
    bool isActive(const PartnerRate &) const override { return true; }

private:
    Database &m_database;
    qint64 m_affiliateId = 0;
    QHash<qint64, PartnerDesk::Program> m_programs;
};

} // namespace PartnerDesk
