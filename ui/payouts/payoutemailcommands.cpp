#include "payoutemailcommands.h"

#include "pane.h"
#include "partnerspane.h"

namespace PartnerDesk {

PayoutEmailCommand::PayoutEmailCommand(Pane *pane, qint64 affiliateId, Edit edit, const QString &text)
    : BookCommand(pane, text)
    , m_owner(pane)
    , m_affiliateId(affiliateId)
    , m_edit(std::move(edit))
{}

Status PayoutEmailCommand::apply()
{
    EmailRequestStore store(m_owner->database());
    if (m_made)
        return store.restore(m_affiliateId, m_before, m_after, BookCommand::tr("Redo: %1").arg(text()));
    const std::optional<PayoutEmail> before = store.of(m_affiliateId);
    if (!before)
        return Status::failure(BookCommand::tr("The partner no longer exists."));
    if (Status made = m_edit(store, m_affiliateId); !made)
        return made;
    m_before = *before;
    m_after = store.of(m_affiliateId).value_or(PayoutEmail{});
    m_made = true;
    return Done{};
}

Status PayoutEmailCommand::revert()
{
    return EmailRequestStore(m_owner->database())
        .restore(m_affiliateId, m_after, m_before, BookCommand::tr("Undo: %1").arg(text()));
}

DecideEmailRequestCommand::DecideEmailRequestCommand(PartnersPane *pane, qint64 affiliateId, bool approve,
                                                     const QString &reason, const QString &text)
    : PayoutEmailCommand(
          pane, affiliateId,
          [approve, reason](EmailRequestStore &store, qint64 id) {
              return approve ? store.approve(id, reason) : store.reject(id, reason);
          },
          text)
    , m_pane(pane)
{}

void DecideEmailRequestCommand::show()
{
    m_pane->showPartner(m_affiliateId);
}

RequestEmailCommand::RequestEmailCommand(Pane *pane, qint64 affiliateId, const QString &email, const QString &text)
    : PayoutEmailCommand(
          pane, affiliateId, [email](EmailRequestStore &store, qint64 id) { return store.request(id, email); }, text)
{}

void RequestEmailCommand::show()
{
    m_owner->reload();
}

} // namespace PartnerDesk
