#pragma once

#include "core/records.h"

#include <QImage>
#include <QStringList>
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace PartnerDesk {

class CouponListModel;
class Database;
class ReasonLabel;

// A partner's tracked links and coupon codes: paste a store URL, get the tracked URL live, copy
// it; see his coupon code per program with the customer's discount and his rate, and copy it.
class LinkBuilderWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkBuilderWidget)

public:
    explicit LinkBuilderWidget(Database &database, QWidget *parent = nullptr);
    ~LinkBuilderWidget() override;

    // The partner whose package is shown; none: nothing to show. Re-reads the store either way.
    void setPartner(const std::optional<Affiliate> &partner);

    // Puts `url` in the store URL field, as if pasted.
    void setStoreUrl(const QString &url);

    // The QR code of the tracked URL as a PNG file (8 pixels a module, with its quiet zone).
    bool saveQrImageTo(const QString &path);

private:
    void updateLink();
    void updateQrCode(const QString &trackedUrl);
    void copyQrImage();
    void saveQrImage();
    void copyLink();
    void copyCoupon();
    void updateCouponActions();
    void showCopied(const QString &what);

    Database &m_database;
    std::optional<Affiliate> m_partner;
    QStringList m_storeHosts;

    QLabel *m_partnerHint = nullptr;
    QGroupBox *m_linkBox = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLineEdit *m_trackedEdit = nullptr;
    QPushButton *m_copyLinkButton = nullptr;
    QLabel *m_hostsLabel = nullptr;
    ReasonLabel *m_errorLabel = nullptr;
    QLabel *m_qrLabel = nullptr;
    QPushButton *m_copyQrButton = nullptr;
    QPushButton *m_saveQrButton = nullptr;
    QImage m_qrImage; // the QR code of the tracked URL as saved and copied; null when there is none
    QGroupBox *m_couponBox = nullptr;
    QLabel *m_noCouponLabel = nullptr;
    CouponListModel *m_coupons = nullptr;
    QTableView *m_couponsTable = nullptr;
    QPushButton *m_copyCouponButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
};

} // namespace PartnerDesk
