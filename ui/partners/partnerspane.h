#pragma once

#include "core/records.h"
#include "pane.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace PartnerDesk {

class BookCommand;
class PartnerDetailView;
class PartnerListModel;

// Partners: a searchable list (paged in SQL) and, for the selected partner, his memberships and
// primary program, status, coupons, direct-link domains, rewrites and balance per currency.
// Every edit is an undoable command (partnercommands.h).
class PartnersPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnersPane)

public:
    PartnersPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~PartnersPane() override;

    void reload() override;
    // {"affiliate": CODE} selects that partner, widening the search when he is not listed.
    void open(const QVariantMap &request) override;

    std::optional<Affiliate> selectedPartner() const;
    // Selects a listed partner, loading pages until he is; false when the filter hides him.
    bool selectPartner(qint64 affiliateId);

    // For the commands: show one partner again after an edit (his row, his details) ...
    void showPartner(qint64 affiliateId);
    // ... or read the whole list again and select him when he is in it.
    void reloadPartners(qint64 affiliateId);

    void addPartner();
    void setStatus(const QString &status);
    void joinProgram();
    void leaveProgram();
    void makePrimary();
    void createCoupon();
    // Set Rate…: the partner's own rates in one of his programs from a date (RateStore).
    void setRate();
    void approveDomain();
    // The selected partner's payout e-mail request: approve it, or reject it with a reason.
    void approveEmail();
    void rejectEmail();
    void showTransactions();

private:
    void createActions();
    void createViews();
    void applyFilter();
    void updateCount();
    void updateActions();
    void showSelected();
    void showContextMenu(QTableView *table, const QList<QAction *> &actions, const QPoint &position);
    void restoreLayout();
    void saveLayout() const;
    bool pushCommand(BookCommand *command, const QString &title, const QString &message);

    PartnerListModel *m_partners = nullptr;
    PartnerDetailView *m_detail = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QTableView *m_partnersTable = nullptr;
    QLabel *m_countLabel = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_suspendAction = nullptr;
    QAction *m_reactivateAction = nullptr;
    QAction *m_joinAction = nullptr;
    QAction *m_leaveAction = nullptr;
    QAction *m_primaryAction = nullptr;
    QAction *m_couponAction = nullptr;
    QAction *m_rateAction = nullptr;
    QAction *m_approveDomainAction = nullptr;
    QAction *m_approveEmailAction = nullptr;
    QAction *m_rejectEmailAction = nullptr;
    QAction *m_transactionsAction = nullptr;
};

} // namespace PartnerDesk
