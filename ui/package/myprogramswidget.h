#pragma once

#include "core/records.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace PartnerDesk {

class Database;

// Every active program, the ones the partner belongs to marked; he joins one after confirming.
class MyProgramsWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyProgramsWidget)

public:
    enum Column
    {
        Name,
        LinkRate,
        CouponRate,
        CustomerDiscount,
        Threshold,
        Membership,
        Count
    };

    explicit MyProgramsWidget(Database &database, QWidget *parent = nullptr);
    ~MyProgramsWidget() override;

    // The partner whose package is shown; none: nothing to show.
    void setPartner(const std::optional<Affiliate> &partner);

Q_SIGNALS:
    // The partner's books changed (he joined a program, a domain was verified).
    void changed();

private:
    // Re-reads the programs and the partner's memberships; keeps the selected program selected.
    void reload();
    void updateActions();
    void joinSelected();
    // The program of the selected row, if any.
    std::optional<Program> selectedProgram() const;
    bool isMember(qint64 programId) const;

    Database &m_database;
    std::optional<Affiliate> m_partner;
    QList<Program> m_programs;
    QList<PartnerDesk::Membership> m_memberships;
    QLabel *m_partnerHint = nullptr;
    QLabel *m_noMembership = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_joinButton = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace PartnerDesk
