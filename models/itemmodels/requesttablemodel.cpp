#include "requesttablemodel.h"

#include "core/money.h"

namespace PartnerDesk {

namespace {

// The first line of a free text, for a table cell.
QString firstLine(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).trimmed();
    return line.size() < text.trimmed().size() ? line + QStringLiteral(" …") : line;
}

} // namespace

RequestTableModel::RequestTableModel(Database &database, QObject *parent)
    : RecordTableModel<PartnerRequest>(Count, parent)
    , m_database(database)
{}

QVariant RequestTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Partner:
        return tr("Partner");
    case Asked:
        return tr("Asked for");
    case Why:
        return tr("Why");
    case Filed:
        return tr("Filed");
    case State:
        return tr("State");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}

void RequestTableModel::setFilter(std::optional<RequestState> state, qint64 affiliateId)
{
    m_state = state;
    m_affiliateId = affiliateId;
    reload();
}

void RequestTableModel::reload()
{
    setRecords(RequestStore(m_database).list(m_state, m_affiliateId));
}

int RequestTableModel::rowOf(RequestKind kind, qint64 id) const
{
    return rowWhere([kind, id](const PartnerRequest &request) { return request.kind == kind && request.id == id; });
}

QString RequestTableModel::kindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Signup:
        return tr("Sign-up");
    case RequestKind::Claim:
        return tr("Order claim");
    case RequestKind::Vanity:
        return tr("Vanity link");
    case RequestKind::PayoutEmail:
        return tr("Payout e-mail");
    }
    return {};
}

QString RequestTableModel::stateName(RequestState state)
{
    switch (state) {
    case RequestState::Waiting:
        return tr("Waiting");
    case RequestState::Approved:
        return tr("Approved");
    case RequestState::Rejected:
        return tr("Rejected");
    }
    return {};
}

QString RequestTableModel::askedText(const PartnerRequest &request)
{
    switch (request.kind) {
    case RequestKind::Signup:
        return request.programName.isEmpty() ? tr("To join") : tr("To join %1").arg(request.programName);
    case RequestKind::Claim: {
        QString text = request.orderDate.isEmpty() ? tr("Order %1").arg(request.orderId)
                                                   : tr("Order %1 of %2").arg(request.orderId, request.orderDate);
        if (request.amountMinor)
            text = tr("%1, %2").arg(text, Money(*request.amountMinor, request.currency).toDisplayString());
        return text;
    }
    case RequestKind::Vanity: {
        const QString path = request.approvedPath.isEmpty() ? request.path : request.approvedPath;
        return tr("%1%2 → %3").arg(request.host, path, request.targetUrl);
    }
    case RequestKind::PayoutEmail:
        return tr("Payouts to %1").arg(request.requestedEmail);
    }
    return {};
}

QString RequestTableModel::whoText(const PartnerRequest &request)
{
    if (request.kind == RequestKind::Signup && request.affiliateId == 0)
        return tr("%1 <%2>").arg(request.applicantName, request.applicantEmail);
    return tr("%1 (%2)").arg(request.affiliateName, request.affiliateCode);
}

QVariant RequestTableModel::display(const PartnerRequest &request, int column) const
{
    switch (column) {
    case Kind:
        return kindName(request.kind);
    case Partner:
        return whoText(request);
    case Asked:
        return askedText(request);
    case Why:
        return firstLine(request.kind == RequestKind::Signup ? request.promotion : request.message);
    case Filed:
        return request.filedAt.left(10);
    case State:
        return stateName(request.state);
    case Decision:
        return firstLine(request.decisionReason);
    default:
        return {};
    }
}

QVariant RequestTableModel::sortValue(const PartnerRequest &request, int column) const
{
    if (column == Filed)
        return request.filedAt;
    return display(request, column);
}

QVariant RequestTableModel::toolTip(const PartnerRequest &request, int column) const
{
    switch (column) {
    case Kind:
        return request.displayId();
    case Why:
        return request.kind == RequestKind::Signup ? request.promotion : request.message;
    case Filed:
        return request.filedAt;
    case State:
        return request.decidedAt.isEmpty() ? QVariant() : tr("Decided %1").arg(request.decidedAt);
    case Decision:
        return request.decisionReason;
    default:
        return {};
    }
}

QVariant RequestTableModel::attention(const PartnerRequest &request, int column) const
{
    if (column == State && request.state == RequestState::Rejected)
        return 1;
    if (column == Partner && (!request.duplicateSignups.isEmpty() || !request.duplicatePartners.isEmpty()))
        return 1; // a sign-up whose e-mail is known already
    return {};
}

} // namespace PartnerDesk
