#pragma once

#include "assignmentstore.h"
#include "core/records.h"
#include "core/result.h"
#include "core/valuerules.h"
#include "emailrequeststore.h"
#include "rewritestore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace PartnerDesk {

class Database;

// What a partner (or a would-be partner) asks for (docs/REQUESTS.md). Sign-ups, claims and vanity
// requests are rows of `requests`; a payout e-mail change is the affiliate's requested_email
// (EmailRequestStore), shown in the same queue.
enum class RequestKind
{
    Signup,
    Claim,
    Vanity,
    PayoutEmail
};
enum class RequestState
{
    Waiting,
    Approved,
    Rejected
};

// One row of the queue.
struct PartnerRequest
{
    qint64 id = 0; // requests.id; for PayoutEmail the affiliate's id
    RequestKind kind = RequestKind::Claim;
    RequestState state = RequestState::Waiting;
    qint64 affiliateId = 0; // 0: a sign-up nobody was made for yet
    QString affiliateCode, affiliateName;
    qint64 programId = 0;
    QString programName;
    QString applicantName, applicantEmail, website, promotion; // signup
    QString orderId, orderDate;                                // claim
    std::optional<qint64> amountMinor;                         // claim, in `currency`
    QString currency;
    QString host, path, targetUrl; // vanity
    QString requestedEmail;        // payout e-mail: what he asked for (affiliateEmail: what it is)
    QString affiliateEmail;
    QString message, filedAt, decidedAt, decidedBy, decisionReason, approvedPath;
    // A sign-up's duplicates: the other sign-ups with the same e-mail (trimmed, any case) and the
    // codes of the partners who have it as their e-mail.
    QList<qint64> duplicateSignups;
    QStringList duplicatePartners;

    // "R12" for a requests row, "E34" for a payout e-mail change (what the CLI prints and takes).
    QString displayId() const;
};

struct ClaimDraft
{
    QString orderId, orderDate; // the order id as the customer gave it; the date YYYY-MM-DD or ""
    std::optional<qint64> amountMinor;
    QString message; // his reason, required
    qint64 programId = 0;
};
struct VanityDraft
{
    QString host, path, targetUrl, message;
};
struct ApplicationDraft
{
    QString name, email, website, promotion;
    qint64 programId = 0;
    QString filedAt; // ISO 8601 UTC; "" = now
};

// How a manager approves (RequestStore::Approval).
struct RequestApproval
{
    QString path;            // vanity: approved with a different path
    QString reason;          // an optional note to the partner
    bool grantLogin = false; // signup: the CLI or GUI grants a central login afterwards
};

// What a decision made and what it replaced: everything undo() needs to take it back.
struct Decision
{
    RequestKind kind = RequestKind::Claim;
    qint64 id = 0;
    RequestState state = RequestState::Approved;
    QString decidedAt;                       // the decision's own time, so undo can tell it is still the one in force
    QList<ReplacedAssignment> replaced;      // claim
    std::optional<RewriteRow> rewrite;       // vanity
    std::optional<PayoutEmail> payoutBefore; // payout e-mail
    std::optional<PayoutEmail> payoutAfter;
    std::optional<Affiliate> partner; // signup: the partner it made
    QString couponCode;               // signup: his first coupon
};

// The one API of the requests queue for the CLI and the GUI. Filing checks every value (each
// refusal a sentence naming the field); a decision writes the request row and the thing it makes
// (a manual assignment, a rewrite, a partner, the payout e-mail) in one local transaction, audited
// (entity "request"), and is refused on a partner's desktop. Nothing here looks an order up for a
// partner: a claim says nothing about the order until a manager decides (docs/SECURITY.md).
class RequestStore final
{
    Q_DECLARE_TR_FUNCTIONS(RequestStore)

public:
    static constexpr int maxMessage = ValueRules::maxRequestText;
    static constexpr int maxPromotion = ValueRules::maxRequestText;

    // The field a refusal is about, so a form can show it under that field.
    enum class Field
    {
        None,
        Partner,
        Program,
        OrderId,
        OrderDate,
        Amount,
        Message,
        Host,
        Path,
        Target,
        Name,
        Email,
        Website,
        Promotion,
        FiledAt,
        Reason
    };

    explicit RequestStore(Database &database);

    // What fileClaim/fileVanity/fileApplication would refuse, without writing (a form's inline
    // check); `field` says which field. The same checks the filing runs.
    Status checkClaim(qint64 affiliateId, const ClaimDraft &draft, Field *field = nullptr) const;
    Status checkVanity(qint64 affiliateId, const VanityDraft &draft, Field *field = nullptr) const;
    Status checkApplication(const ApplicationDraft &draft, Field *field = nullptr) const;

    Result<PartnerRequest> fileClaim(qint64 affiliateId, const ClaimDraft &draft, Field *field = nullptr);
    Result<PartnerRequest> fileVanity(qint64 affiliateId, const VanityDraft &draft, Field *field = nullptr);
    Result<PartnerRequest> fileApplication(const ApplicationDraft &draft, Field *field = nullptr);
    // Many applications in one transaction, all or nothing (applications import): the first
    // refusal names the draft's index.
    Result<QList<PartnerRequest>> fileApplications(const QList<ApplicationDraft> &drafts);

    // Newest first; with payout e-mail changes (waiting ones: a decided change is in the audit log).
    // `affiliateId` > 0: that partner's only.
    QList<PartnerRequest> list(std::optional<RequestState> state = {}, qint64 affiliateId = 0) const;
    int waitingCount() const;
    // For PayoutEmail `id` is the partner's; for the other kinds the row says its kind.
    std::optional<PartnerRequest> request(RequestKind kind, qint64 id) const;
    // The request "R12" / "E34" (PartnerRequest::displayId) names; nullopt when there is none
    // (an E id: when no payout e-mail change of that partner waits).
    std::optional<PartnerRequest> byDisplayId(const QString &text) const;

    using Approval = RequestApproval;
    Result<Decision> approve(RequestKind kind, qint64 id, const Approval &approval = {});
    Result<Decision> reject(RequestKind kind, qint64 id, const QString &reason);
    // Back to waiting and the made thing undone; refused, saying what, when something changed since.
    Status undo(const Decision &decision);

    static QString kindName(RequestKind kind);    // signup, claim, vanity, payout_email
    static QString stateName(RequestState state); // waiting, approved, rejected
    static std::optional<RequestState> parseState(const QString &text);

private:
    Result<PartnerRequest> insert(const PartnerRequest &row, const QString &action);
    Result<Decision> approveClaim(const PartnerRequest &request, const Approval &approval);
    Result<Decision> approveVanity(const PartnerRequest &request, const Approval &approval);
    Result<Decision> approveSignup(const PartnerRequest &request, const Approval &approval);
    // The request row from waiting to `state`, audited; `affiliateId` > 0 sets it (a sign-up's partner).
    Status decide(const PartnerRequest &request, RequestState state, const QString &decidedAt, const QString &reason,
                  const QString &approvedPath, qint64 affiliateId);
    Status backToWaiting(const Decision &decision);
    Status undoSignup(const Decision &decision, const QString &why);
    bool isPartnerDesktop() const;
    // A partner's desktop files for its own partner only.
    Status checkFiler(qint64 affiliateId, Field *field) const;
    QList<PartnerRequest> payoutEmailRows(qint64 affiliateId) const;
    void fillDuplicates(PartnerRequest &request) const;

    Database &m_database;
    QSqlDatabase &m_db;
};

} // namespace PartnerDesk
