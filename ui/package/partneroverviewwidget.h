#pragma once

#include "core/records.h"
#include "pane.h"

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace PartnerDesk {

// Partner mode's first page: what a partner opens the window for. His tracked link and his coupon
// with a Copy button each, this month's orders and commission, his approved balance against the
// payout threshold, his latest transactions and his orders per campaign; his Partner Package, transactions and balance
// one click away. Everything is read for him alone (his id), from the store classes.
class PartnerOverviewWidget final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerOverviewWidget)

public:
    static constexpr int latestShown = 8;

    PartnerOverviewWidget(Database &database, QUndoStack *undoStack, const Affiliate &partner,
                          QWidget *parent = nullptr);
    ~PartnerOverviewWidget() override;

    void reload() override;

    // The tracked link and the coupon shown (empty when he has none), for the Copy buttons and tests.
    QString trackedLink() const;
    QString couponCode() const;

private:
    QGroupBox *createLinkBox();
    QGroupBox *createMonthBox();
    QGroupBox *createBalanceBox();
    QGroupBox *createLatestBox();
    QGroupBox *createCampaignBox();
    void showLinkAndCoupon();
    void showMonth();
    void showBalances();
    void showLatest();
    // His orders and commission per campaign (acc_campaign) over the last 12 months (ReportStore).
    void showCampaigns();
    void copy(const QString &text, const QString &what);

    Affiliate m_partner;
    QLabel *m_heading = nullptr;
    QLineEdit *m_linkEdit = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QLabel *m_linkHint = nullptr;
    QLineEdit *m_couponEdit = nullptr;
    QPushButton *m_copyCouponButton = nullptr;
    QLabel *m_couponHint = nullptr;
    QGroupBox *m_monthBox = nullptr;
    QLabel *m_monthLabel = nullptr;
    QWidget *m_balances = nullptr;
    QVBoxLayout *m_balanceLayout = nullptr;
    QTableWidget *m_latest = nullptr;
    QLabel *m_latestNone = nullptr;
    QTableWidget *m_campaigns = nullptr;
    QLabel *m_campaignsNone = nullptr;
};

} // namespace PartnerDesk
