#include "domainrechecker.h"

#include "core/timestamp.h"
#include "domainverifier.h"

#include <QTimer>

namespace PartnerDesk {

namespace {

// The schedule looks again at least this often (new verifications, a machine waking from sleep)
// and, after a run, not sooner than this: a domain whose outcome could not be recorded stays due.
constexpr std::chrono::milliseconds longestWait = std::chrono::hours(1);
constexpr std::chrono::milliseconds pauseAfterRun = std::chrono::minutes(5);

QString findingsText(const DomainVerification &result)
{
    QStringList lines;
    for (const DomainVerification::Finding &finding : result.findings)
        lines.append(finding.text);
    return lines.join(u'\n');
}

} // namespace

DomainRechecker::DomainRechecker(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_running)
            armTimer(pauseAfterRun);
        else
            startDue();
    });
}

DomainRechecker::~DomainRechecker()
{
    for (const QPointer<DomainVerifier> &verifier : std::as_const(m_inFlight)) {
        if (verifier)
            verifier->disconnect(this);
    }
}

qint64 DomainRechecker::now() const
{
    return m_clock ? m_clock() : Timestamp::now();
}

bool DomainRechecker::startDue()
{
    if (m_running)
        return false;
    return run(DomainStore(m_database).due(now(), m_policy));
}

bool DomainRechecker::start(const QList<qint64> &domainIds)
{
    if (m_running)
        return false;
    const DomainStore store(m_database);
    QList<DomainRecord> domains;
    for (const qint64 id : domainIds) {
        if (std::optional<DomainRecord> domain = store.byId(id))
            domains.append(*domain);
    }
    return run(domains);
}

bool DomainRechecker::run(const QList<DomainRecord> &domains)
{
    m_running = true;
    m_summary = {};
    m_queue = domains;
    m_total = static_cast<int>(domains.size());
    m_done = 0;
    Q_EMIT started(m_total);
    if (m_queue.isEmpty()) {
        // Reported from the event loop, like a run that had work: callers connect after start().
        QTimer::singleShot(0, this, [this] {
            if (m_running && m_inFlight.isEmpty() && m_queue.isEmpty())
                finish();
        });
        return true;
    }
    startNext();
    return true;
}

void DomainRechecker::startNext()
{
    while (m_inFlight.size() < m_maxParallel && !m_queue.isEmpty()) {
        const DomainRecord domain = m_queue.takeFirst();
        auto *verifier = new DomainVerifier(this);
        if (m_verifierSetup)
            m_verifierSetup(*verifier);
        connect(verifier, &DomainVerifier::finished, this,
                [this, verifier, domain](const DomainVerification &result) { checked(verifier, domain, result); });
        m_inFlight.append(verifier);
        verifier->start(domain.domain, domain.token);
    }
}

void DomainRechecker::checked(DomainVerifier *verifier, const DomainRecord &domain, const DomainVerification &result)
{
    m_inFlight.removeAll(verifier);
    verifier->disconnect(this);
    verifier->deleteLater();

    DomainStore store(m_database);
    const Result<DomainCheckOutcome> outcome =
        store.recordCheck(domain.affiliateId, domain.domain, DomainVerification::methodName(result.method),
                          findingsText(result), now(), m_policy);
    DomainRecheckResult report;
    report.domain = store.byId(domain.id).value_or(domain);
    if (!outcome) {
        report.error = outcome.error();
        ++m_summary.failed;
    } else {
        report.outcome = *outcome;
        ++m_summary.checked;
        switch (*outcome) {
        case DomainCheckOutcome::Verified:
        case DomainCheckOutcome::StillVerified:
        case DomainCheckOutcome::Recovered:
            ++m_summary.stillVerified;
            break;
        case DomainCheckOutcome::Lapsing:
        case DomainCheckOutcome::StillLapsing:
            ++m_summary.lapsing;
            break;
        case DomainCheckOutcome::Lapsed:
            ++m_summary.lapsed;
            break;
        case DomainCheckOutcome::NotVerified:
            ++m_summary.notVerified;
            break;
        }
    }
    ++m_done;
    Q_EMIT domainChecked(report);
    if (outcome && *outcome == DomainCheckOutcome::Lapsing)
        Q_EMIT domainLapsing(report.domain);
    if (outcome && *outcome == DomainCheckOutcome::Lapsed)
        Q_EMIT domainLapsed(report.domain);
    // A slot above may have cancelled the run.
    if (!m_running)
        return;
    Q_EMIT progress(m_done, m_total);
    if (m_queue.isEmpty() && m_inFlight.isEmpty())
        finish();
    else
        startNext();
}

void DomainRechecker::cancel()
{
    if (!m_running)
        return;
    m_queue.clear();
    const QList<QPointer<DomainVerifier>> inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<DomainVerifier> &verifier : inFlight) {
        if (!verifier)
            continue;
        verifier->disconnect(this);
        verifier->deleteLater(); // its destructor aborts the request in flight
    }
    m_summary.cancelled = true;
    Q_EMIT cancelled();
    finish();
}

void DomainRechecker::finish()
{
    m_running = false;
    if (m_scheduled)
        armTimer(pauseAfterRun);
    Q_EMIT finished(m_summary);
}

void DomainRechecker::schedule(std::chrono::milliseconds firstDelay)
{
    m_scheduled = true;
    armTimer(firstDelay);
}

void DomainRechecker::stopSchedule()
{
    m_scheduled = false;
    m_timer->stop();
}

bool DomainRechecker::isScheduled() const
{
    return m_scheduled && m_timer->isActive();
}

int DomainRechecker::scheduledInMs() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void DomainRechecker::armTimer(std::chrono::milliseconds floor)
{
    std::chrono::milliseconds wait = longestWait;
    if (const std::optional<qint64> next = DomainStore(m_database).nextDueAt(m_policy))
        wait = std::chrono::seconds(qMax<qint64>(0, *next - now()));
    m_timer->start(std::clamp(wait, floor, qMax(floor, longestWait)));
}

} // namespace PartnerDesk
