// Why this file is long: RequestStore is one class whose filing, listing and decisions share the
// row reading and the audit format; its decisions for four kinds each make and unmake a different
// thing through the other stores, and splitting them would spread one transaction over files.
#include "requeststore.h"

#include "affiliatestore.h"
#include "auditlog.h"
#include "core/timestamp.h"
#include "core/valuerules.h"
#include "database.h"
#include "partnerstore.h"
#include "programstore.h"
#include "syncrole.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace PartnerDesk {

namespace {

const QString columns = QStringLiteral(
    "r.id, r.kind, r.affiliate_id, a.code, a.name, r.program_id, p.name, r.applicant_name, r.applicant_email, "
    "r.website, r.promotion, r.order_id, r.order_date, r.amount_minor, r.currency, r.host, r.path, r.target_url, "
    "r.message, r.filed_at, r.state, r.decided_at, r.decided_by, r.decision_reason, r.approved_path "
    "FROM requests r LEFT JOIN affiliates a ON a.id = r.affiliate_id LEFT JOIN programs p ON p.id = r.program_id");

template<typename T>
Result<T> failed(const Status &status)
{
    return Result<T>::failure(status.error());
}

QString dbError(const QSqlQuery &query)
{
    return QCoreApplication::translate("RequestStore", "Database error: %1").arg(query.lastError().text());
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// A null QString binds as SQL NULL; the text columns are NOT NULL ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

std::optional<RequestKind> parseKind(const QString &kind)
{
    if (kind == u"signup")
        return RequestKind::Signup;
    if (kind == u"claim")
        return RequestKind::Claim;
    if (kind == u"vanity")
        return RequestKind::Vanity;
    return std::nullopt;
}

PartnerRequest readRow(const QSqlQuery &query)
{
    PartnerRequest r;
    r.id = query.value(0).toLongLong();
    r.kind = parseKind(query.value(1).toString()).value_or(RequestKind::Claim);
    r.affiliateId = query.value(2).toLongLong();
    r.affiliateCode = query.value(3).toString();
    r.affiliateName = query.value(4).toString();
    r.programId = query.value(5).toLongLong();
    r.programName = query.value(6).toString();
    r.applicantName = query.value(7).toString();
    r.applicantEmail = query.value(8).toString();
    r.website = query.value(9).toString();
    r.promotion = query.value(10).toString();
    r.orderId = query.value(11).toString();
    r.orderDate = query.value(12).toString();
    if (!query.value(13).isNull())
        r.amountMinor = query.value(13).toLongLong();
    r.currency = query.value(14).toString();
    r.host = query.value(15).toString();
    r.path = query.value(16).toString();
    r.targetUrl = query.value(17).toString();
    r.message = query.value(18).toString();
    r.filedAt = query.value(19).toString();
    r.state = RequestStore::parseState(query.value(20).toString()).value_or(RequestState::Waiting);
    r.decidedAt = query.value(21).toString();
    r.decidedBy = query.value(22).toString();
    r.decisionReason = query.value(23).toString();
    r.approvedPath = query.value(24).toString();
    return r;
}

QJsonObject toJson(const PartnerRequest &r)
{
    QJsonObject json{{QStringLiteral("kind"), RequestStore::kindName(r.kind)},
                     {QStringLiteral("state"), RequestStore::stateName(r.state)},
                     {QStringLiteral("partner"), r.affiliateCode},
                     {QStringLiteral("message"), r.message}};
    switch (r.kind) {
    case RequestKind::Signup:
        json.insert(QStringLiteral("name"), r.applicantName);
        json.insert(QStringLiteral("email"), r.applicantEmail);
        json.insert(QStringLiteral("website"), r.website);
        json.insert(QStringLiteral("program"), r.programName);
        break;
    case RequestKind::Claim:
        json.insert(QStringLiteral("order_id"), r.orderId);
        json.insert(QStringLiteral("order_date"), r.orderDate);
        if (r.amountMinor)
            json.insert(QStringLiteral("amount_minor"), *r.amountMinor);
        json.insert(QStringLiteral("currency"), r.currency);
        break;
    case RequestKind::Vanity:
        json.insert(QStringLiteral("host"), r.host);
        json.insert(QStringLiteral("path"), r.path);
        json.insert(QStringLiteral("target_url"), r.targetUrl);
        break;
    case RequestKind::PayoutEmail:
        json.insert(QStringLiteral("requested_email"), r.requestedEmail);
        break;
    }
    if (r.state != RequestState::Waiting) {
        json.insert(QStringLiteral("decided_at"), r.decidedAt);
        json.insert(QStringLiteral("decided_by"), r.decidedBy);
        json.insert(QStringLiteral("decision_reason"), r.decisionReason);
        if (!r.approvedPath.isEmpty())
            json.insert(QStringLiteral("approved_path"), r.approvedPath);
    }
    return json;
}

// A refusal of a field: sets `field` and words it as a sentence.
Status refuse(RequestStore::Field *field, RequestStore::Field which, const QString &problem)
{
    if (field)
        *field = which;
    return Status::failure(problem.endsWith(u'.') ? problem : problem + u'.');
}

Status checkRule(RequestStore::Field *field, RequestStore::Field which, const QString &name, const QString &value,
                 const TextRule &rule)
{
    if (QString problem = ValueRules::checkText(name, value, rule); !problem.isEmpty())
        return refuse(field, which, problem);
    return Done{};
}

const QRegularExpression &emailPattern()
{
    // The same rule as AffiliateStore::add.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern;
}

constexpr TextRule messageRule{0, RequestStore::maxMessage, TextLines::Multi};
constexpr TextRule claimMessageRule{1, RequestStore::maxMessage, TextLines::Multi, true};
constexpr TextRule promotionRule{0, RequestStore::maxPromotion, TextLines::Multi};

} // namespace

QString PartnerRequest::displayId() const
{
    return (kind == RequestKind::PayoutEmail ? QStringLiteral("E") : QStringLiteral("R")) + QString::number(id);
}

RequestStore::RequestStore(Database &database)
    : m_database(database)
    , m_db(database.connection())
{}

QString RequestStore::kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Signup:
        return QStringLiteral("signup");
    case RequestKind::Claim:
        return QStringLiteral("claim");
    case RequestKind::Vanity:
        return QStringLiteral("vanity");
    case RequestKind::PayoutEmail:
        break;
    }
    return QStringLiteral("payout_email");
}

QString RequestStore::stateName(RequestState state)
{
    switch (state) {
    case RequestState::Waiting:
        return QStringLiteral("waiting");
    case RequestState::Approved:
        return QStringLiteral("approved");
    case RequestState::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

std::optional<RequestState> RequestStore::parseState(const QString &text)
{
    if (text == u"waiting")
        return RequestState::Waiting;
    if (text == u"approved")
        return RequestState::Approved;
    if (text == u"rejected")
        return RequestState::Rejected;
    return std::nullopt;
}

std::optional<PartnerRequest> RequestStore::byDisplayId(const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 id = trimmed.mid(1).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    const QChar prefix = trimmed.at(0).toUpper();
    if (prefix == u'E') {
        std::optional<PartnerRequest> r = request(RequestKind::PayoutEmail, id);
        return r && !r->requestedEmail.isEmpty() ? r : std::nullopt;
    }
    if (prefix != u'R')
        return std::nullopt;
    return request(RequestKind::Claim, id); // the row says its kind
}

bool RequestStore::isPartnerDesktop() const
{
    const std::optional<SyncRole> role = SyncRole::ofDatabase(m_database);
    return role && role->isPartner();
}

Status RequestStore::checkFiler(qint64 affiliateId, Field *field) const
{
    const std::optional<Affiliate> affiliate = AffiliateStore(m_database).byId(affiliateId);
    if (!affiliate)
        return refuse(field, Field::Partner, tr("The partner does not exist"));
    const std::optional<SyncRole> role = SyncRole::ofDatabase(m_database);
    if (role && role->isPartner() && affiliate->code.compare(role->partnerCode(), Qt::CaseInsensitive) != 0)
        return refuse(field, Field::Partner,
                      tr("This is %1's desktop; it files requests for %1 only").arg(role->partnerCode()));
    return Done{};
}

// ---- filing ----

Status RequestStore::checkClaim(qint64 affiliateId, const ClaimDraft &draft, Field *field) const
{
    if (field)
        *field = Field::None;
    if (auto status = checkFiler(affiliateId, field); !status)
        return status;
    const QString orderId = draft.orderId.trimmed();
    if (orderId.isEmpty())
        return refuse(field, Field::OrderId, tr("The order id is missing: give it as the customer gave it"));
    if (auto status = checkRule(field, Field::OrderId, tr("The order id"), orderId, ValueRules::orderId); !status)
        return status;
    const QString date = draft.orderDate.trimmed();
    if (!date.isEmpty()) {
        static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const std::optional<qint64> day = Timestamp::parseDate(date);
        if (!datePattern.match(date).hasMatch() || !day)
            return refuse(field, Field::OrderDate, tr("The order date \"%1\" is not a date like 2026-03-03").arg(date));
        if (*day > Timestamp::now())
            return refuse(field, Field::OrderDate, tr("The order date %1 is in the future").arg(date));
    }
    if (draft.amountMinor) {
        if (QString problem = ValueRules::checkNonNegativeAmount(tr("The amount"), *draft.amountMinor);
            !problem.isEmpty())
            return refuse(field, Field::Amount, problem);
    }
    if (draft.programId > 0 && !ProgramStore(m_database).byId(draft.programId))
        return refuse(field, Field::Program, tr("The program does not exist"));
    const QString message = draft.message.trimmed();
    if (message.isEmpty())
        return refuse(field, Field::Message,
                      tr("The reason is missing: say why the order is yours (e.g. the customer forgot your coupon)"));
    return checkRule(field, Field::Message, tr("The reason"), message, claimMessageRule);
}

Status RequestStore::checkVanity(qint64 affiliateId, const VanityDraft &draft, Field *field) const
{
    if (field)
        *field = Field::None;
    if (auto status = checkFiler(affiliateId, field); !status)
        return status;
    RewriteStore::Field rewriteField = RewriteStore::Field::None;
    const auto valid =
        RewriteStore(m_database).validate({affiliateId, draft.host, draft.path, draft.targetUrl}, 0, &rewriteField);
    if (!valid) {
        Field which = Field::None;
        switch (rewriteField) {
        case RewriteStore::Field::Partner:
            which = Field::Partner;
            break;
        case RewriteStore::Field::Host:
            which = Field::Host;
            break;
        case RewriteStore::Field::Path:
            which = Field::Path;
            break;
        case RewriteStore::Field::Target:
            which = Field::Target;
            break;
        case RewriteStore::Field::None:
            break;
        }
        return refuse(field, which, valid.error());
    }
    return checkRule(field, Field::Message, tr("The message"), draft.message.trimmed(), messageRule);
}

Status RequestStore::checkApplication(const ApplicationDraft &draft, Field *field) const
{
    if (field)
        *field = Field::None;
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return refuse(field, Field::Name, tr("The name is missing"));
    if (auto status = checkRule(field, Field::Name, tr("The name"), name, ValueRules::name); !status)
        return status;
    const QString email = draft.email.trimmed();
    if (email.isEmpty())
        return refuse(field, Field::Email, tr("The e-mail address is missing"));
    if (auto status = checkRule(field, Field::Email, tr("The e-mail address"), email, ValueRules::email); !status)
        return status;
    if (!emailPattern().match(email).hasMatch())
        return refuse(field, Field::Email, tr("The e-mail address \"%1\" is not an e-mail address").arg(email));
    if (auto status = checkRule(field, Field::Website, tr("The website"), draft.website.trimmed(), ValueRules::url);
        !status)
        return status;
    if (auto status =
            checkRule(field, Field::Promotion, tr("How he will promote"), draft.promotion.trimmed(), promotionRule);
        !status)
        return status;
    if (draft.programId <= 0)
        return refuse(field, Field::Program, tr("The program is missing"));
    const std::optional<Program> program = ProgramStore(m_database).byId(draft.programId);
    if (!program)
        return refuse(field, Field::Program, tr("The program does not exist"));
    if (!program->active)
        return refuse(field, Field::Program, tr("The program %1 is not active; nobody can join it").arg(program->name));
    if (!draft.filedAt.isEmpty()) {
        const std::optional<qint64> at = Timestamp::parse(draft.filedAt);
        if (!at)
            return refuse(field, Field::FiledAt, tr("The time \"%1\" is not an ISO 8601 time").arg(draft.filedAt));
        if (QString problem = ValueRules::checkTimestamp(tr("The time"), *at); !problem.isEmpty())
            return refuse(field, Field::FiledAt, problem);
    }
    return Done{};
}

Result<PartnerRequest> RequestStore::fileClaim(qint64 affiliateId, const ClaimDraft &draft, Field *field)
{
    if (auto status = checkClaim(affiliateId, draft, field); !status)
        return failed<PartnerRequest>(status);
    PartnerRequest row;
    row.kind = RequestKind::Claim;
    row.affiliateId = affiliateId;
    row.programId = draft.programId;
    row.orderId = draft.orderId.trimmed();
    row.orderDate = draft.orderDate.trimmed();
    row.amountMinor = draft.amountMinor;
    if (draft.amountMinor) {
        // An amount is in a program's currency: the one named, else his primary program's.
        std::optional<Program> program = ProgramStore(m_database).byId(draft.programId);
        if (!program) {
            for (const Membership &m : ProgramStore(m_database).membershipsOf(affiliateId)) {
                if (m.active && (!program || m.primary))
                    program = ProgramStore(m_database).byId(m.programId);
            }
        }
        if (!program)
            return failed<PartnerRequest>(
                refuse(field, Field::Program, tr("Name the program: an amount is in a program's currency")));
        row.currency = program->currency;
    }
    row.message = draft.message.trimmed();
    return insert(row, QStringLiteral("request.file"));
}

Result<PartnerRequest> RequestStore::fileVanity(qint64 affiliateId, const VanityDraft &draft, Field *field)
{
    if (auto status = checkVanity(affiliateId, draft, field); !status)
        return failed<PartnerRequest>(status);
    const auto valid = RewriteStore(m_database).validate({affiliateId, draft.host, draft.path, draft.targetUrl});
    PartnerRequest row;
    row.kind = RequestKind::Vanity;
    row.affiliateId = affiliateId;
    row.host = valid->host;
    row.path = valid->path;
    row.targetUrl = draft.targetUrl.trimmed();
    row.message = draft.message.trimmed();
    return insert(row, QStringLiteral("request.file"));
}

Result<PartnerRequest> RequestStore::fileApplication(const ApplicationDraft &draft, Field *field)
{
    if (isPartnerDesktop())
        return failed<PartnerRequest>(
            refuse(field, Field::None, tr("A sign-up is filed by the store's web form or a manager, not a partner")));
    if (auto status = checkApplication(draft, field); !status)
        return failed<PartnerRequest>(status);
    PartnerRequest row;
    row.kind = RequestKind::Signup;
    row.programId = draft.programId;
    row.applicantName = draft.name.trimmed();
    row.applicantEmail = draft.email.trimmed();
    row.website = draft.website.trimmed();
    row.promotion = draft.promotion.trimmed();
    if (!draft.filedAt.isEmpty())
        row.filedAt = Timestamp::format(*Timestamp::parse(draft.filedAt));
    return insert(row, QStringLiteral("request.file"));
}

Result<QList<PartnerRequest>> RequestStore::fileApplications(const QList<ApplicationDraft> &drafts)
{
    using Outcome = Result<QList<PartnerRequest>>;
    Transaction transaction(m_db);
    QList<PartnerRequest> filed;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        auto one = fileApplication(drafts.at(i));
        if (!one)
            return Outcome::failure(tr("Application %1: %2").arg(i + 1).arg(one.error()));
        filed.append(*one);
    }
    if (auto status = transaction.commit(); !status)
        return failed<QList<PartnerRequest>>(status);
    return filed;
}

Result<PartnerRequest> RequestStore::insert(const PartnerRequest &row, const QString &action)
{
    PartnerRequest stored = row;
    if (stored.filedAt.isEmpty())
        stored.filedAt = Timestamp::format(Timestamp::now());
    Transaction transaction(m_db);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO requests (kind, affiliate_id, program_id, applicant_name, applicant_email, website, promotion, "
        "order_id, order_date, amount_minor, currency, host, path, target_url, message, filed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(kindName(stored.kind)), orNull(stored.affiliateId), orNull(stored.programId),
          text(stored.applicantName), text(stored.applicantEmail), text(stored.website), text(stored.promotion),
          text(stored.orderId), text(stored.orderDate), stored.amountMinor ? QVariant(*stored.amountMinor) : QVariant(),
          text(stored.currency), text(stored.host), text(stored.path), text(stored.targetUrl), text(stored.message),
          QVariant(stored.filedAt)})
        query.addBindValue(value);
    if (!query.exec())
        return Result<PartnerRequest>::failure(dbError(query));
    const qint64 id = query.lastInsertId().toLongLong();
    const std::optional<PartnerRequest> written = request(stored.kind, id);
    if (!written)
        return Result<PartnerRequest>::failure(tr("The request was not written."));
    if (auto status = AuditLog(m_db).append(action, QStringLiteral("request"), QString::number(id), {},
                                            toJson(*written), written->message);
        !status)
        return failed<PartnerRequest>(status);
    if (auto status = transaction.commit(); !status)
        return failed<PartnerRequest>(status);
    return *written;
}

// ---- reading ----

QList<PartnerRequest> RequestStore::payoutEmailRows(qint64 affiliateId) const
{
    QList<PartnerRequest> rows;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, code, name, email, requested_email, email_requested_at FROM affiliates "
                                 "WHERE requested_email <> '' AND (? = 0 OR id = ?)"));
    query.addBindValue(affiliateId);
    query.addBindValue(affiliateId);
    if (!query.exec())
        return rows;
    while (query.next()) {
        PartnerRequest r;
        r.kind = RequestKind::PayoutEmail;
        r.id = query.value(0).toLongLong();
        r.affiliateId = r.id;
        r.affiliateCode = query.value(1).toString();
        r.affiliateName = query.value(2).toString();
        r.affiliateEmail = query.value(3).toString();
        r.requestedEmail = query.value(4).toString();
        r.filedAt = query.value(5).toString();
        rows.append(r);
    }
    return rows;
}

void RequestStore::fillDuplicates(PartnerRequest &request) const
{
    if (request.kind != RequestKind::Signup || request.applicantEmail.isEmpty())
        return;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM requests WHERE kind = 'signup' AND id <> ? "
                                 "AND applicant_email = ? COLLATE NOCASE ORDER BY id"));
    query.addBindValue(request.id);
    query.addBindValue(request.applicantEmail);
    if (query.exec()) {
        while (query.next())
            request.duplicateSignups.append(query.value(0).toLongLong());
    }
    query.prepare(QStringLiteral("SELECT code FROM affiliates WHERE (email = ? COLLATE NOCASE) AND id IS NOT ? "
                                 "ORDER BY code"));
    query.addBindValue(request.applicantEmail);
    query.addBindValue(orNull(request.affiliateId));
    if (query.exec()) {
        while (query.next())
            request.duplicatePartners.append(query.value(0).toString());
    }
}

QList<PartnerRequest> RequestStore::list(std::optional<RequestState> state, qint64 affiliateId) const
{
    QList<PartnerRequest> rows;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns +
                  QStringLiteral(" WHERE (? = '' OR r.state = ?) AND (? = 0 OR r.affiliate_id = ?)"));
    const QString wanted = state ? stateName(*state) : QStringLiteral("");
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    query.addBindValue(affiliateId);
    query.addBindValue(affiliateId);
    if (query.exec()) {
        while (query.next())
            rows.append(readRow(query));
    }
    if (!state || *state == RequestState::Waiting)
        rows.append(payoutEmailRows(affiliateId));
    for (PartnerRequest &r : rows)
        fillDuplicates(r);
    std::stable_sort(rows.begin(), rows.end(), [](const PartnerRequest &a, const PartnerRequest &b) {
        if (a.filedAt != b.filedAt)
            return a.filedAt > b.filedAt;
        return a.id > b.id;
    });
    return rows;
}

int RequestStore::waitingCount() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM requests WHERE state = 'waiting') + "
                                   "(SELECT count(*) FROM affiliates WHERE requested_email <> '')")) ||
        !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<PartnerRequest> RequestStore::request(RequestKind kind, qint64 id) const
{
    if (kind == RequestKind::PayoutEmail) {
        const std::optional<Affiliate> affiliate = AffiliateStore(m_database).byId(id);
        if (!affiliate)
            return std::nullopt;
        PartnerRequest r;
        r.kind = kind;
        r.id = id;
        r.affiliateId = id;
        r.affiliateCode = affiliate->code;
        r.affiliateName = affiliate->name;
        r.affiliateEmail = affiliate->email;
        r.requestedEmail = affiliate->requestedEmail;
        r.filedAt = affiliate->emailRequestedAt;
        return r;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE r.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    PartnerRequest r = readRow(query);
    fillDuplicates(r);
    return r;
}

// ---- decisions ----

Status RequestStore::decide(const PartnerRequest &request, RequestState state, const QString &decidedAt,
                            const QString &reason, const QString &approvedPath, qint64 affiliateId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE requests SET state = ?, decided_at = ?, decided_by = ?, decision_reason = ?, "
                                 "approved_path = ?, affiliate_id = coalesce(?, affiliate_id) "
                                 "WHERE id = ? AND state = 'waiting'"));
    query.addBindValue(stateName(state));
    query.addBindValue(decidedAt);
    query.addBindValue(Database::currentActor());
    query.addBindValue(text(reason));
    query.addBindValue(text(approvedPath));
    query.addBindValue(orNull(affiliateId));
    query.addBindValue(request.id);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Request %1 was decided meanwhile; nothing was changed.").arg(request.displayId()));
    const std::optional<PartnerRequest> after = this->request(request.kind, request.id);
    return AuditLog(m_db).append(state == RequestState::Approved ? QStringLiteral("request.approve")
                                                                 : QStringLiteral("request.reject"),
                                 QStringLiteral("request"), QString::number(request.id), toJson(request),
                                 after ? toJson(*after) : QJsonObject(), reason);
}

Result<Decision> RequestStore::approve(RequestKind kind, qint64 id, const Approval &approval)
{
    if (isPartnerDesktop())
        return Result<Decision>::failure(tr("Only a manager decides a request; this is a partner's desktop."));
    if (auto status =
            checkRule(nullptr, Field::Reason, tr("The note"), approval.reason.trimmed(), ValueRules::optionalReason);
        !status)
        return failed<Decision>(status);
    if (kind == RequestKind::PayoutEmail) {
        const std::optional<PayoutEmail> before = EmailRequestStore(m_database).of(id);
        if (!before)
            return Result<Decision>::failure(tr("The partner no longer exists."));
        if (auto status = EmailRequestStore(m_database).approve(id, approval.reason.trimmed()); !status)
            return failed<Decision>(status);
        Decision decision;
        decision.kind = kind;
        decision.id = id;
        decision.payoutBefore = before;
        decision.payoutAfter = EmailRequestStore(m_database).of(id);
        return decision;
    }
    const std::optional<PartnerRequest> request = this->request(kind, id);
    if (!request)
        return Result<Decision>::failure(tr("There is no request R%1.").arg(id));
    if (request->state != RequestState::Waiting)
        return Result<Decision>::failure(
            tr("Request %1 was %2 already.").arg(request->displayId(), stateName(request->state)));
    if (!approval.path.isEmpty() && request->kind != RequestKind::Vanity)
        return Result<Decision>::failure(tr("Only a vanity request is approved with a different path."));
    switch (request->kind) {
    case RequestKind::Claim:
        return approveClaim(*request, approval);
    case RequestKind::Vanity:
        return approveVanity(*request, approval);
    case RequestKind::Signup:
        return approveSignup(*request, approval);
    case RequestKind::PayoutEmail:
        break;
    }
    return Result<Decision>::failure(tr("There is no request R%1.").arg(id));
}

Result<Decision> RequestStore::approveClaim(const PartnerRequest &request, const Approval &approval)
{
    const std::optional<OrderToAssign> order = AssignmentStore(m_database).order(request.orderId);
    if (!order)
        return Result<Decision>::failure(
            tr("Order %1 is not in the books yet: import it or reject the claim.").arg(request.orderId));
    if (request.amountMinor && !request.currency.isEmpty() && request.currency != order->currency)
        return Result<Decision>::failure(tr("The claim's amount is in %1, order %2 is in %3: reject the claim or "
                                            "assign the order in the Assignments pane.")
                                             .arg(request.currency, request.orderId, order->currency));
    Decision decision;
    decision.kind = RequestKind::Claim;
    decision.id = request.id;
    decision.decidedAt = Timestamp::format(Timestamp::now());
    Transaction transaction(m_db);
    AssignmentRequest assignment;
    assignment.orderIds = {request.orderId};
    assignment.affiliateId = request.affiliateId;
    assignment.reason = tr("Claim %1: %2").arg(request.displayId(), request.message);
    assignment.amountMinor = request.amountMinor;
    auto replaced = AssignmentStore(m_database).assign(assignment);
    if (!replaced)
        return failed<Decision>(Status::failure(replaced.error()));
    decision.replaced = *replaced;
    if (auto status =
            decide(request, RequestState::Approved, decision.decidedAt, approval.reason.trimmed(), QString(), 0);
        !status)
        return failed<Decision>(status);
    if (auto status = transaction.commit(); !status)
        return failed<Decision>(status);
    return decision;
}

Result<Decision> RequestStore::approveVanity(const PartnerRequest &request, const Approval &approval)
{
    const QString path = approval.path.trimmed().isEmpty() ? request.path : approval.path.trimmed();
    Decision decision;
    decision.kind = RequestKind::Vanity;
    decision.id = request.id;
    decision.decidedAt = Timestamp::format(Timestamp::now());
    Transaction transaction(m_db);
    auto rewrite = RewriteStore(m_database).add({request.affiliateId, request.host, path, request.targetUrl});
    if (!rewrite)
        return Result<Decision>::failure(rewrite.error());
    decision.rewrite = *rewrite;
    const QString approvedPath = rewrite->rewrite.path == request.path ? QString() : rewrite->rewrite.path;
    if (auto status =
            decide(request, RequestState::Approved, decision.decidedAt, approval.reason.trimmed(), approvedPath, 0);
        !status)
        return failed<Decision>(status);
    if (auto status = transaction.commit(); !status)
        return failed<Decision>(status);
    return decision;
}

Result<Decision> RequestStore::approveSignup(const PartnerRequest &request, const Approval &approval)
{
    Decision decision;
    decision.kind = RequestKind::Signup;
    decision.id = request.id;
    decision.decidedAt = Timestamp::format(Timestamp::now());
    Transaction transaction(m_db);
    auto partner = AffiliateStore(m_database).add(request.applicantName, request.applicantEmail);
    if (!partner)
        return Result<Decision>::failure(partner.error());
    decision.partner = *partner;
    if (auto status = ProgramStore(m_database).join(partner->id, request.programId); !status)
        return failed<Decision>(status);
    auto coupon = AffiliateStore(m_database).createCoupon(partner->id, request.programId);
    if (!coupon)
        return Result<Decision>::failure(coupon.error());
    decision.couponCode = *coupon;
    if (auto status = decide(request, RequestState::Approved, decision.decidedAt, approval.reason.trimmed(), QString(),
                             partner->id);
        !status)
        return failed<Decision>(status);
    if (auto status = transaction.commit(); !status)
        return failed<Decision>(status);
    return decision;
}

Result<Decision> RequestStore::reject(RequestKind kind, qint64 id, const QString &reason)
{
    if (isPartnerDesktop())
        return Result<Decision>::failure(tr("Only a manager decides a request; this is a partner's desktop."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Result<Decision>::failure(tr("Say why the request is rejected; the partner reads the reason."));
    if (auto status = checkRule(nullptr, Field::Reason, tr("The reason"), why, ValueRules::reason); !status)
        return failed<Decision>(status);
    Decision decision;
    decision.kind = kind;
    decision.id = id;
    decision.state = RequestState::Rejected;
    if (kind == RequestKind::PayoutEmail) {
        decision.payoutBefore = EmailRequestStore(m_database).of(id);
        if (!decision.payoutBefore)
            return Result<Decision>::failure(tr("The partner no longer exists."));
        if (auto status = EmailRequestStore(m_database).reject(id, why); !status)
            return failed<Decision>(status);
        decision.payoutAfter = EmailRequestStore(m_database).of(id);
        return decision;
    }
    const std::optional<PartnerRequest> request = this->request(kind, id);
    if (!request)
        return Result<Decision>::failure(tr("There is no request R%1.").arg(id));
    if (request->state != RequestState::Waiting)
        return Result<Decision>::failure(
            tr("Request %1 was %2 already.").arg(request->displayId(), stateName(request->state)));
    decision.kind = request->kind;
    decision.decidedAt = Timestamp::format(Timestamp::now());
    Transaction transaction(m_db);
    if (auto status = decide(*request, RequestState::Rejected, decision.decidedAt, why, QString(), 0); !status)
        return failed<Decision>(status);
    if (auto status = transaction.commit(); !status)
        return failed<Decision>(status);
    return decision;
}

// ---- undo ----

Status RequestStore::backToWaiting(const Decision &decision)
{
    const std::optional<PartnerRequest> before = request(decision.kind, decision.id);
    if (!before)
        return Status::failure(tr("Request R%1 no longer exists.").arg(decision.id));
    QSqlQuery query(m_db);
    // A sign-up's partner is gone again (undoSignup): the request names nobody.
    query.prepare(QStringLiteral(
        "UPDATE requests SET state = 'waiting', decided_at = NULL, decided_by = '', decision_reason = '', "
        "approved_path = '', affiliate_id = CASE WHEN kind = 'signup' THEN NULL ELSE affiliate_id END "
        "WHERE id = ? AND state = ? AND decided_at = ?"));
    query.addBindValue(decision.id);
    query.addBindValue(stateName(decision.state));
    query.addBindValue(decision.decidedAt);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (query.numRowsAffected() != 1)
        return Status::failure(tr("Request R%1 was decided again meanwhile (now %2); nothing was changed.")
                                   .arg(decision.id)
                                   .arg(stateName(before->state)));
    const std::optional<PartnerRequest> after = request(decision.kind, decision.id);
    return AuditLog(m_db).append(QStringLiteral("request.undo"), QStringLiteral("request"),
                                 QString::number(decision.id), toJson(*before), after ? toJson(*after) : QJsonObject(),
                                 tr("Undo of the decision"));
}

Status RequestStore::undoSignup(const Decision &decision, const QString &why)
{
    const qint64 partnerId = decision.partner->id;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM coupons WHERE affiliate_id = ? AND code = ?"));
    query.addBindValue(partnerId);
    query.addBindValue(decision.couponCode);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto status =
            AuditLog(m_db).append(QStringLiteral("coupon.remove"), QStringLiteral("affiliate"),
                                  QString::number(partnerId), {{QStringLiteral("code"), decision.couponCode}}, {}, why);
        !status)
        return status;
    query.prepare(QStringLiteral("DELETE FROM memberships WHERE affiliate_id = ?"));
    query.addBindValue(partnerId);
    if (!query.exec())
        return Status::failure(dbError(query));
    if (auto status = AuditLog(m_db).append(QStringLiteral("membership.remove"), QStringLiteral("affiliate"),
                                            QString::number(partnerId), {}, {}, why);
        !status)
        return status;
    // Anything else of his since (a transaction, a rewrite, another coupon) keeps him: the
    // database refuses and PartnerStore says so.
    return PartnerStore(m_database).remove(partnerId, why);
}

Status RequestStore::undo(const Decision &decision)
{
    if (isPartnerDesktop())
        return Status::failure(tr("Only a manager decides a request; this is a partner's desktop."));
    const QString why =
        tr("Undo of the decision on request %1")
            .arg((decision.kind == RequestKind::PayoutEmail ? QStringLiteral("E") : QStringLiteral("R")) +
                 QString::number(decision.id));
    if (decision.kind == RequestKind::PayoutEmail) {
        if (!decision.payoutBefore || !decision.payoutAfter)
            return Status::failure(tr("Nothing to undo."));
        return EmailRequestStore(m_database).restore(decision.id, *decision.payoutAfter, *decision.payoutBefore, why);
    }
    Transaction transaction(m_db);
    if (decision.state == RequestState::Approved) {
        switch (decision.kind) {
        case RequestKind::Claim:
            if (auto status = AssignmentStore(m_database).restore(decision.replaced, why); !status)
                return status;
            break;
        case RequestKind::Vanity: {
            if (!decision.rewrite)
                return Status::failure(tr("Nothing to undo."));
            const std::optional<RewriteRow> now = RewriteStore(m_database).byId(decision.rewrite->rewrite.id);
            if (now && (now->rewrite.host != decision.rewrite->rewrite.host ||
                        now->rewrite.path != decision.rewrite->rewrite.path ||
                        now->rewrite.targetUrl != decision.rewrite->rewrite.targetUrl ||
                        now->rewrite.affiliateId != decision.rewrite->rewrite.affiliateId))
                return Status::failure(tr("The vanity link %1%2 was edited since; undo that edit first.")
                                           .arg(decision.rewrite->rewrite.host, decision.rewrite->rewrite.path));
            if (now) {
                if (auto removed = RewriteStore(m_database).remove(now->rewrite.id); !removed)
                    return Status::failure(removed.error());
            }
            break;
        }
        case RequestKind::Signup:
            // The request first: it names the partner about to go.
            if (auto status = backToWaiting(decision); !status)
                return status;
            if (!decision.partner)
                return Status::failure(tr("Nothing to undo."));
            if (auto status = undoSignup(decision, why); !status)
                return status;
            return transaction.commit();
        case RequestKind::PayoutEmail:
            break;
        }
    }
    if (auto status = backToWaiting(decision); !status)
        return status;
    return transaction.commit();
}

} // namespace PartnerDesk
