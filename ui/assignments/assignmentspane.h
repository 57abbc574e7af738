#pragma once

#include "pane.h"
#include "store/assignmentstore.h"

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTableView;
class QTimer;

namespace PartnerDesk {

class AssignmentOrderModel;
class AuditLogModel;
struct AuditFilter;

// Manual assignments: the orders no rule credited (or, on request, every order) on top, assign
// one or many to a partner with a reason; the append-only audit log below, filtered and exported.
class AssignmentsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssignmentsPane)

public:
    AssignmentsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~AssignmentsPane() override;

    void reload() override;
    // {"order": id}: shows every order, searches that one and selects it.
    void open(const QVariantMap &request) override;

    QList<OrderToAssign> selectedOrders() const;
    void assignSelected();
    void explainSelected();
    void exportAuditLog();
    void exportAuditLogTo(const QString &path);

    // For AssignCommand: the store work on a worker thread behind a progress dialog; each tells
    // the user what went wrong and reloads the books when something was written.
    std::optional<QList<ReplacedAssignment>> assignInBackground(const AssignmentRequest &request);
    bool restoreAssignments(const QList<ReplacedAssignment> &replaced, const QString &reason);

private:
    void createActions();
    QWidget *createOrdersBox();
    QWidget *createAuditBox();
    void applyOrdersFilter();
    void applyAuditFilter();
    AuditFilter auditFilter() const;
    void refreshAuditChoices();
    void updateOrdersLabel();
    void updateAuditLabel();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void booksWritten();
    void restoreLayout();
    void saveLayout() const;

    AssignmentOrderModel *m_orders = nullptr;
    AuditLogModel *m_audit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QCheckBox *m_unattributedOnlyCheck = nullptr;
    QLabel *m_ordersLabel = nullptr;
    QTableView *m_ordersTable = nullptr;
    QPlainTextEdit *m_explainView = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QComboBox *m_actorCombo = nullptr;
    QLineEdit *m_entityIdEdit = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLabel *m_auditLabel = nullptr;
    QTableView *m_auditTable = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_ordersSplitter = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_auditTimer = nullptr;
    QAction *m_assignAction = nullptr;
    QAction *m_explainAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_findAction = nullptr;
};

} // namespace PartnerDesk
