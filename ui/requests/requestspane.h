#pragma once

#include "pane.h"
#include "store/requeststore.h"

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace PartnerDesk {

class RequestTableModel;
class TableProxyModel;

// The manager's one queue of what partners (and would-be partners) ask for: sign-ups, order
// claims, vanity links and payout e-mail changes (RequestStore). A table filtered by state
// (Waiting first), and beside it everything the selected request says; beside a claim the order's
// attribution explainer and its current partner, or that it is not in the books; beside a sign-up
// the partners and sign-ups with the same e-mail. Approve, Approve with changes… and Reject… are
// undoable commands (DecideRequestCommand); the store makes the real thing and audits it.
class RequestsPane final : public Pane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsPane)

public:
    RequestsPane(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~RequestsPane() override;

    void reload() override;
    // {"state": "waiting"|"approved"|"rejected"|"all"} filters; {"request": "R12"} (the CLI's id)
    // selects that request.
    void open(const QVariantMap &request) override;

    std::optional<PartnerRequest> selectedRequest() const;
    // Selects the request, showing every state when the filter hides it.
    void showRequest(RequestKind kind, qint64 id);
    // The detail panel's HTML for `request`, as shown.
    QString detailHtml(const PartnerRequest &request) const;

    void approve();
    void approveWithChanges();
    void reject();

private:
    void createActions();
    void filterChanged();
    void showSelected();
    void updateActions();
    bool pushCommand(class BookCommand *command, const QString &title, const QString &message);
    QString claimHtml(const PartnerRequest &request) const;
    QString signupHtml(const PartnerRequest &request) const;
    // The status bar's sentence once `request` was approved.
    QString approvedText(const PartnerRequest &request) const;

    RequestTableModel *m_model = nullptr;
    TableProxyModel *m_proxy = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_approveAction = nullptr;
    QAction *m_approveChangesAction = nullptr;
    QAction *m_rejectAction = nullptr;
};

} // namespace PartnerDesk
