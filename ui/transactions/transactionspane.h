#pragma once

#include "core/records.h"
#include "pane.h"
#include "store/transactionquery.h"

#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace PartnerDesk {

class TransactionFilterBar;
class TransactionTableModel;

// Every transaction, filtered and sorted in SQL through a windowed model, with the attribution
// explainer and the audit history of the selected order.
class TransactionsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransactionsPane)

public:
    TransactionsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    // Partner mode: only `partner`'s transactions, whatever the filter or a request says; no
    // explainer, audit history or other partners' rows of an order.
    TransactionsPane(Database &database, QUndoStack *undoStack, const std::optional<Affiliate> &partner,
                     QWidget *parent = nullptr);
    ~TransactionsPane() override;

    void reload() override;
    // {"affiliate": CODE}: that partner's transactions; {"order": ID}: that order, selected.
    // In partner mode another partner's code shows nothing new.
    void open(const QVariantMap &request) override;

    // Applies the bar's filter now rather than after the typing pause.
    void applyFilter();
    void clearFilters();
    // Writes the filtered transactions to `path` on a worker thread, behind a progress dialog;
    // false when it failed or was cancelled (nothing is written then).
    bool exportCsv(const QString &path);
    // The selected transaction, if any.
    std::optional<TransactionListRow> selectedTransaction() const;

private:
    void createActions();
    void createViews();
    void updateCount();
    void updateActions();
    void showDetails();
    void showContextMenu(const QPoint &position);
    void selectRow(int row);
    void selectOrder(const QString &orderId);
    void copyOrderId();
    void chooseExportFile();
    void restoreSettings();
    void saveSettings() const;

    TransactionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_countLabel = nullptr;
    TransactionFilterBar *m_filterBar = nullptr;
    QTimer *m_detailsTimer = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_explainAction = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_showPartnerAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_clearAction = nullptr;
    std::optional<Affiliate> m_partner;
    bool m_loaded = false;
    bool m_unknownPartner = false;
};

} // namespace PartnerDesk
