#pragma once

#include "pane.h"
#include "payoutbatchpanel.h"
#include "store/payoutstore.h"

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace PartnerDesk {

class PayoutBalanceModel;
class TableProxyModel;

// Balances against each program's payout threshold (progress bars, due rows highlighted), the
// dry-run preview of the next payout batch and its creation and export, past batches with their
// lines, exporting one again, and "mark paid" for exactly one batch.
class PayoutsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutsPane)

public:
    PayoutsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PayoutsPane() override;

    void reload() override;
    // {"affiliate": CODE} selects his balance rows.
    void open(const QVariantMap &request) override;

    void previewBatch();
    PayoutBatchPanel *batches() const { return m_batchPanel; }
    bool isLoading() const;

private:
    void createActions();
    void createViews();
    QWidget *createBalancesBox();
    void restoreLayout();
    void saveLayout() const;

    void balancesLoaded();
    void showBalanceCount();
    void selectPartner(const QString &affiliateCode);
    QString selectedAffiliateCode() const;
    void updateActions();
    void showBalanceMenu(const QPoint &position);

    void createBatch(const PayoutPreview &preview, QString format);
    QString chooseFile(const QString &caption, const QString &suggestedPath, QString *format);

    PayoutBalanceModel *m_balances = nullptr;
    TableProxyModel *m_balancesProxy = nullptr;
    PayoutBatchPanel *m_batchPanel = nullptr;

    QTableView *m_balancesTable = nullptr;
    QLabel *m_balancesLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_splitter = nullptr;

    QAction *m_previewAction = nullptr;
    QAction *m_showTransactionsAction = nullptr;
    QAction *m_showPartnerAction = nullptr;
    QAction *m_findAction = nullptr;

    QString m_pendingAffiliate; // an open() request waiting for the balances to load
    int m_notifiedDuePartners = -1;
    bool m_quietReload = false; // after the pane's own batch or payment, its message stands
};

} // namespace PartnerDesk
