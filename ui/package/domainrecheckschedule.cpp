#include "domainrecheckschedule.h"

#include "network/domainrechecker.h"
#include "notifier.h"

#include <QLocale>
#include <QSettings>

namespace PartnerDesk {

std::unique_ptr<DomainRecheckSchedule> DomainRecheckSchedule::create(Database &database, Notifier *notifier)
{
    if (!QSettings().value(QStringLiteral("DirectLinks/recheckEnabled"), true).toBool())
        return nullptr;
    return std::unique_ptr<DomainRecheckSchedule>(new DomainRecheckSchedule(database, notifier));
}

DomainRecheckSchedule::DomainRecheckSchedule(Database &database, Notifier *notifier)
    : m_rechecker(std::make_unique<DomainRechecker>(database))
    , m_notifier(notifier)
{
    DomainRechecker *rechecker = m_rechecker.get();
    rechecker->setPolicy(DomainCheckPolicy::fromSettings());
    connect(rechecker, &DomainRechecker::domainChecked, this, [this](const DomainRecheckResult &result) {
        if (result.error.isEmpty() && result.outcome != DomainCheckOutcome::StillVerified &&
            result.outcome != DomainCheckOutcome::StillLapsing && result.outcome != DomainCheckOutcome::NotVerified)
            m_changed = true;
    });
    connect(rechecker, &DomainRechecker::domainLapsing, this, [this](const DomainRecord &domain) {
        m_lapses.append(tr("%1 of %2 is lapsing").arg(domain.domain, domain.affiliateName));
    });
    connect(rechecker, &DomainRechecker::domainLapsed, this, [this](const DomainRecord &domain) {
        m_lapses.append(tr("%1 of %2 lapsed").arg(domain.domain, domain.affiliateName));
    });
    connect(rechecker, &DomainRechecker::finished, this, [this](const DomainRecheckSummary &) {
        if (std::exchange(m_changed, false))
            Q_EMIT booksChanged();
        if (m_lapses.isEmpty())
            return;
        QStringList shown = m_lapses.mid(0, 3);
        if (m_lapses.size() > 3)
            shown.append(tr("%1 more").arg(QLocale().toString(m_lapses.size() - 3)));
        m_lapses.clear();
        if (m_notifier)
            m_notifier->notify(tr("Direct-link websites"),
                               tr("The verification token is missing: %1.").arg(shown.join(QStringLiteral("; "))),
                               QStringLiteral("links"));
    });
    rechecker->schedule(std::chrono::minutes(1));
}

DomainRecheckSchedule::~DomainRecheckSchedule() = default;

void DomainRecheckSchedule::lookAgainNow()
{
    if (m_rechecker->isScheduled() && !m_rechecker->isRunning())
        m_rechecker->schedule(std::chrono::milliseconds(0));
}

} // namespace PartnerDesk
