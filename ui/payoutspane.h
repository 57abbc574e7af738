#pragma once

#include "pane.h"
#include "store/payoutstore.h"

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace PartnerDesk {

class BalanceListModel;
class PayoutBatchListModel;
class PayoutLineModel;
class TableProxyModel;

// Balances against each program's payout threshold (progress bars, due rows highlighted), the
// dry-run preview of the next payout batch and its creation and export, past batches with their
// lines, exporting one again, and "mark paid" for exactly one batch.
class PayoutsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutsPane)

public:
    // Asks where to write a batch file: caption, suggested path, and the format ("paypal" | "csv"),
    // which the chooser may change. An empty path cancels. The default is a QFileDialog; tests
    // replace it.
    using PathChooser = std::function<QString(const QString &caption, const QString &suggestedPath, QString *format)>;

    PayoutsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PayoutsPane() override;

    void reload() override;
    // {"affiliate": CODE} selects his balance rows.
    void open(const QVariantMap &request) override;

    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }

    void previewBatch();
    void exportBatchAgain();
    void markBatchPaid();

    // 0 when no batch is selected.
    qint64 selectedBatchId() const;
    void selectBatch(qint64 batchId);
    bool isLoading() const;

private:
    QAction *createAction(const QString &text, const QString &objectName, const QString &iconName);
    void createActions();
    void createViews();
    QWidget *createBalancesBox();
    QWidget *createBatchesBox();
    void restoreLayout();
    void saveLayout() const;

    void balancesLoaded();
    void showBalanceCount();
    void selectPartner(const QString &affiliateCode);
    QString selectedAffiliateCode() const;
    void showBatchLines();
    void updateActions();
    void showBalanceMenu(const QPoint &position);
    void showBatchMenu(const QPoint &position);

    void createBatch(const PayoutPreview &preview, QString format);
    QString suggestedPath(const QString &fileName) const;
    QString chooseFile(const QString &caption, const QString &suggestedPath, QString *format);

    BalanceListModel *m_balances = nullptr;
    TableProxyModel *m_balancesProxy = nullptr;
    PayoutBatchListModel *m_batches = nullptr;
    TableProxyModel *m_batchesProxy = nullptr;
    PayoutLineModel *m_batchLines = nullptr;

    QTableView *m_balancesTable = nullptr;
    QTableView *m_batchesTable = nullptr;
    QTableView *m_linesTable = nullptr;
    QLabel *m_balancesLabel = nullptr;
    QLabel *m_linesLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_dueOnly = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_batchSplitter = nullptr;

    QAction *m_previewAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_markPaidAction = nullptr;
    QAction *m_showTransactionsAction = nullptr;
    QAction *m_showPartnerAction = nullptr;
    QAction *m_findAction = nullptr;

    PathChooser m_choosePath;
    QString m_pendingAffiliate; // an open() request waiting for the balances to load
    int m_notifiedDuePartners = -1;
    bool m_quietReload = false; // after the pane's own batch or payment, its message stands
};

} // namespace PartnerDesk
