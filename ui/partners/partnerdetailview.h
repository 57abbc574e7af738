#pragma once

#include "core/records.h"

#include <QWidget>
#include <optional>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace PartnerDesk {

class BalanceListModel;
class CouponListModel;
class Database;
class DomainListModel;
class PartnerMembershipModel;
class PartnerRateModel;
class RewriteListModel;

// What the Partners pane shows about the selected partner: who he is, and in tabs his
// memberships, coupons, direct-link domains, rewrites, balance per currency and his own rates
// with their history.
class PartnerDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerDetailView)

public:
    explicit PartnerDetailView(Database &database, QWidget *parent = nullptr);

    // None clears the view.
    void setPartner(const std::optional<Affiliate> &partner);
    const std::optional<Affiliate> &partner() const { return m_partner; }
    void reload();

    PartnerMembershipModel *memberships() const { return m_memberships; }
    CouponListModel *coupons() const { return m_coupons; }
    DomainListModel *domains() const { return m_domains; }
    QTableView *membershipsTable() const { return m_membershipsTable; }
    QTableView *couponsTable() const { return m_couponsTable; }
    QTableView *domainsTable() const { return m_domainsTable; }
    QTableView *ratesTable() const { return m_ratesTable; }
    PartnerRateModel *rates() const { return m_rates; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *transactionsButton() const { return m_transactionsButton; }
    // Shown while the partner's payout e-mail request waits for a manager.
    QWidget *emailRequestBar() const { return m_requestBar; }
    QPushButton *approveEmailButton() const { return m_approveEmailButton; }
    QPushButton *rejectEmailButton() const { return m_rejectEmailButton; }

    // The row of the source model selected in a table, -1 when none.
    static int selectedRow(const QTableView *table);
    static void selectRow(QTableView *table, int sourceRow);

private:
    QTableView *addTable(const QString &objectName, QAbstractItemModel *model, const QString &title);
    void showHeader();

    std::optional<Affiliate> m_partner;
    PartnerMembershipModel *m_memberships = nullptr;
    CouponListModel *m_coupons = nullptr;
    DomainListModel *m_domains = nullptr;
    RewriteListModel *m_rewrites = nullptr;
    BalanceListModel *m_balances = nullptr;
    PartnerRateModel *m_rates = nullptr;
    QLabel *m_headerLabel = nullptr;
    QPushButton *m_transactionsButton = nullptr;
    QWidget *m_requestBar = nullptr;
    QLabel *m_requestLabel = nullptr;
    QPushButton *m_approveEmailButton = nullptr;
    QPushButton *m_rejectEmailButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_membershipsTable = nullptr;
    QTableView *m_couponsTable = nullptr;
    QTableView *m_domainsTable = nullptr;
    QTableView *m_ratesTable = nullptr;
};

} // namespace PartnerDesk
