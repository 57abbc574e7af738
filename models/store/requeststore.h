#pragma once

// STUB of engineer A's RequestStore API (design.md §1), only so the GUI compiles before branch
// `requests` is merged. It is replaced by A's header on merge; nothing here is implemented.

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace PartnerDesk {

class Database;

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

struct PartnerRequest
{
    qint64 id = 0;
    RequestKind kind = RequestKind::Claim;
    RequestState state = RequestState::Waiting;
    qint64 affiliateId = 0;
    QString affiliateCode, affiliateName;
    qint64 programId = 0;
    QString programName;
    QString applicantName, applicantEmail, website, promotion;
    QString orderId, orderDate;
    std::optional<qint64> amountMinor;
    QString currency;
    QString host, path, targetUrl;
    QString requestedEmail;
    QString message, filedAt, decidedAt, decidedBy, decisionReason, approvedPath;
    QList<qint64> duplicateSignups;
};

struct ClaimDraft
{
    QString orderId, orderDate;
    std::optional<qint64> amountMinor;
    QString message;
    qint64 programId = 0;
};
struct VanityDraft
{
    QString host, path, targetUrl, message;
};

struct Decision
{
    PartnerRequest before;
};

class RequestStore final
{
    Q_DECLARE_TR_FUNCTIONS(RequestStore)

public:
    enum class Field
    {
        None,
        OrderId,
        OrderDate,
        Amount,
        Message,
        Host,
        Path,
        Target,
        Program
    };
    struct Approval
    {
        QString path;
        QString reason;
        bool grantLogin = false;
    };

    explicit RequestStore(Database &database);

    Result<PartnerRequest> fileClaim(qint64 affiliateId, const ClaimDraft &draft);
    Result<PartnerRequest> fileVanity(qint64 affiliateId, const VanityDraft &draft);
    QList<PartnerRequest> list(std::optional<RequestState> state = {}, qint64 affiliateId = 0) const;
    int waitingCount() const;
    std::optional<PartnerRequest> request(RequestKind kind, qint64 id) const;
    Result<Decision> approve(RequestKind kind, qint64 id, const Approval &approval);
    Result<Decision> reject(RequestKind kind, qint64 id, const QString &reason);
    Status undo(const Decision &decision);

private:
    Database &m_database;
};

} // namespace PartnerDesk
