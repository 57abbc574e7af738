#pragma once

#include "core/records.h"
#include "pane.h"

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace PartnerDesk {

class RequestTableModel;
class TableProxyModel;

// Partner mode's My Requests: what he asked the store for (order claims, vanity links, payout
// e-mail changes), each with its state, and once decided the manager's reason or note. Claim an
// Order… and Request a Vanity Link… file new ones (ClaimDialog, VanityRequestDialog) through
// RequestStore for him alone; a request cannot be taken back once filed (the central database
// lets a partner insert his requests, never change them). Only his own rows are read.
class MyRequestsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyRequestsPane)

public:
    MyRequestsPane(Database &database, QUndoStack *undoStack, const Affiliate &partner, QWidget *parent = nullptr);
    ~MyRequestsPane() override;

    void reload() override;
    // {"file": "claim"} or {"file": "vanity"} opens that dialog; {"request": "R12"} selects his
    // request R12.
    void open(const QVariantMap &request) override;

    // Opens the dialog and files what he enters; true when a request was filed.
    bool fileClaim();
    bool requestVanity();

private:
    void showSelected();
    bool ensurePartner();

    Affiliate m_partner;
    RequestTableModel *m_model = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QLabel *m_noneLabel = nullptr;
    QPushButton *m_claimButton = nullptr;
    QPushButton *m_vanityButton = nullptr;
};

} // namespace PartnerDesk
