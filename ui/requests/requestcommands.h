#pragma once

#include "bookcommand.h"
#include "store/requeststore.h"

namespace PartnerDesk {

class RequestsPane;

// A manager's decision on a partner request on the undo stack: Approve (with changes: a vanity
// link's other path, a note) or Reject with a reason, through RequestStore, which makes the real
// thing (the assignment, the rewrite, the partner, the payout e-mail) in the same transaction and
// audits it. Undo is RequestStore::undo of the decision: the request waits again and what the
// approval made is taken back, or the undo is refused with the store's reason when something
// changed meanwhile (a sync). Redo decides again, the same way.
class DecideRequestCommand final : public BookCommand
{
    Q_DISABLE_COPY_MOVE(DecideRequestCommand)

public:
    enum class Verdict
    {
        Approve,
        Reject
    };

    DecideRequestCommand(RequestsPane *pane, const PartnerRequest &request, Verdict verdict,
                         const RequestStore::Approval &approval, const QString &reason);

    static QString describe(const PartnerRequest &request, Verdict verdict);

protected:
    Status apply() override;
    Status revert() override;
    void show() override;

private:
    RequestsPane *m_pane = nullptr;
    RequestKind m_kind;
    qint64 m_id = 0;
    Verdict m_verdict;
    RequestStore::Approval m_approval;
    QString m_reason;
    std::optional<Decision> m_decision;
};

} // namespace PartnerDesk
