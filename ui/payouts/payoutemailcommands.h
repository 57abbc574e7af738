#pragma once

#include "bookcommand.h"
#include "store/emailrequeststore.h"

#include <functional>

namespace PartnerDesk {

class PartnersPane;

// The undoable edits of a partner's payout e-mail (EmailRequestStore): his request, a manager's
// approval or rejection. The first apply() makes the edit through the store and remembers the
// e-mail and request before and after; undo and redo move between the two with
// EmailRequestStore::restore, which refuses when something else changed them since (a sync).
class PayoutEmailCommand : public BookCommand
{
    Q_DISABLE_COPY_MOVE(PayoutEmailCommand)

public:
    using Edit = std::function<Status(EmailRequestStore &store, qint64 affiliateId)>;

protected:
    PayoutEmailCommand(Pane *pane, qint64 affiliateId, Edit edit, const QString &text);
    Status apply() override;
    Status revert() override;

    Pane *m_owner = nullptr;
    qint64 m_affiliateId = 0;

private:
    Edit m_edit;
    bool m_made = false;
    PayoutEmail m_before;
    PayoutEmail m_after;
};

// A manager approves or rejects the request of the partner shown in the Partners pane.
class DecideEmailRequestCommand final : public PayoutEmailCommand
{
public:
    DecideEmailRequestCommand(PartnersPane *pane, qint64 affiliateId, bool approve, const QString &reason,
                              const QString &text);

protected:
    void show() override;

private:
    PartnersPane *m_pane = nullptr;
};

// A partner asks for a new payout e-mail (partner mode, My Balance).
class RequestEmailCommand final : public PayoutEmailCommand
{
public:
    RequestEmailCommand(Pane *pane, qint64 affiliateId, const QString &email, const QString &text);

protected:
    void show() override;
};

} // namespace PartnerDesk
