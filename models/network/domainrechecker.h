#pragma once

#include "store/domainstore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QTimer;

namespace PartnerDesk {

class Database;
class DomainVerifier;
struct DomainVerification;

// One domain's re-check as the rechecker recorded it.
struct DomainRecheckResult
{
    DomainRecord domain; // as stored after the check
    DomainCheckOutcome outcome = DomainCheckOutcome::NotVerified;
    QString error; // the store refused the outcome (nothing recorded)
};

// What a run did.
struct DomainRecheckSummary
{
    int checked = 0;       // checks recorded
    int stillVerified = 0; // verified after the check (recovered and newly verified included)
    int lapsing = 0;       // verified but failing, within the grace period
    int lapsed = 0;        // lapsed by this run
    int notVerified = 0;   // unverified domains whose check found nothing
    int failed = 0;        // outcomes the store refused
    bool cancelled = false;
};

// Re-checks domains with DomainVerifier (DESIGN.md, "re-checked on a schedule"; the rule is
// DomainStore's): every due domain, or the ones a manager chose, at most two at a time, recording
// each outcome as it arrives. Network work is asynchronous on the thread the rechecker lives in;
// each record is one small transaction on `database`.
class DomainRechecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DomainRechecker)

public:
    static constexpr int defaultParallel = 2;

    explicit DomainRechecker(Database &database, QObject *parent = nullptr);
    ~DomainRechecker() override;

    void setPolicy(const DomainCheckPolicy &policy) { m_policy = policy; }
    const DomainCheckPolicy &policy() const { return m_policy; }
    // "Now" in seconds since the epoch (default Timestamp::now); tests drive a clock of their own.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Called on every verifier before it starts (tests point it at servers on loopback).
    void setVerifierSetup(std::function<void(DomainVerifier &)> setup) { m_verifierSetup = std::move(setup); }
    void setMaxParallel(int parallel) { m_maxParallel = qMax(1, parallel); }

    // Re-checks every due domain; false (nothing started) when a run is going on. A run with
    // nothing to check finishes at once (from the event loop) with an empty summary.
    bool startDue();
    // Re-checks the given domains (ids), due or not: "Re-check Now" on a selection.
    bool start(const QList<qint64> &domainIds);
    // Stops the run: checks in flight are abandoned and not recorded; finished() reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

    // Keeps re-checking on schedule: a timer fires when the next domain falls due (re-read after
    // every run, and at least hourly so a suspended machine catches up), never sooner than
    // `firstDelay` from now. stopSchedule() disarms it.
    void schedule(std::chrono::milliseconds firstDelay = std::chrono::minutes(1));
    void stopSchedule();
    bool isScheduled() const;
    // Milliseconds until the armed timer fires (-1 when not armed), for tests and the status bar.
    int scheduledInMs() const;

Q_SIGNALS:
    void started(int total);
    void progress(int done, int total);
    void domainChecked(const PartnerDesk::DomainRecheckResult &result);
    // A verified domain's first failed re-check, and one that lapsed.
    void domainLapsing(const PartnerDesk::DomainRecord &domain);
    void domainLapsed(const PartnerDesk::DomainRecord &domain);
    void cancelled();
    void finished(const PartnerDesk::DomainRecheckSummary &summary);

private:
    bool run(const QList<DomainRecord> &domains);
    void startNext();
    void checked(DomainVerifier *verifier, const DomainRecord &domain, const DomainVerification &result);
    void finish();
    void armTimer(std::chrono::milliseconds floor);
    qint64 now() const;

    Database &m_database;
    DomainCheckPolicy m_policy;
    std::function<qint64()> m_clock;
    std::function<void(DomainVerifier &)> m_verifierSetup;
    int m_maxParallel = defaultParallel;

    QList<DomainRecord> m_queue;
    QList<QPointer<DomainVerifier>> m_inFlight;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    DomainRecheckSummary m_summary;

    QTimer *m_timer = nullptr;
    bool m_scheduled = false;
};

} // namespace PartnerDesk
