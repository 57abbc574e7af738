#include "databaseopener.h"

#include "affiliatestore.h"
#include "database.h"
#include "syncrole.h"

#include <QDir>
#include <QFileInfo>

namespace PartnerDesk {

DatabaseOpener::DatabaseOpener() = default;
DatabaseOpener::~DatabaseOpener() = default;

bool DatabaseOpener::needsMigration(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    const int version = Database::schemaVersionOf(path);
    return version >= 0 && version < Database::latestSchemaVersion();
}

Status DatabaseOpener::migrate(const QString &path, const Database::MigrationProgress &progress)
{
    Database database;
    return database.open(path, progress); // open() migrates
}

Status DatabaseOpener::open(const QString &path, const QString &partnerCode)
{
    m_database.reset();
    m_partner.reset();
    m_partnerDesktop = false;
    auto database = std::make_unique<Database>();
    if (const Status status = database->open(path); !status)
        return status;
    const QString where = QDir::toNativeSeparators(database->path());
    const std::optional<SyncRole> owner = SyncRole::ofDatabase(*database);
    const bool partnerDesktop = owner && owner->isPartner();
    if (partnerDesktop && !partnerCode.isEmpty() && partnerCode.compare(owner->partnerCode(), Qt::CaseInsensitive) != 0)
        return Status::failure(tr("%1 is the desktop of partner %2; it does not open as partner %3.")
                                   .arg(where, owner->partnerCode(), partnerCode));
    const QString code = partnerDesktop ? owner->partnerCode() : partnerCode;
    std::optional<Affiliate> partner;
    if (!code.isEmpty()) {
        partner = AffiliateStore(*database).byCode(code);
        if (!partner && partnerDesktop) {
            // His first sync has not brought his partner row yet: his (empty) view until it does.
            partner = Affiliate{};
            partner->code = code;
            partner->name = code;
        }
        if (!partner)
            return Status::failure(tr("No partner has the code %1 in %2.").arg(code, where));
    }
    m_database = std::move(database);
    m_partner = std::move(partner);
    m_partnerDesktop = partnerDesktop;
    return Done{};
}

void DatabaseOpener::approveDueCommission(qint64 now)
{
    m_approved = 0;
    m_newlyDue.clear();
    m_approvalError.clear();
    if (!m_database || m_partnerDesktop)
        return;
    Approvals approvals = approveDueCommission(*m_database, now);
    m_approved = approvals.approved;
    m_newlyDue = std::move(approvals.newlyDue);
    m_approvalError = std::move(approvals.error);
}

DatabaseOpener::Approvals DatabaseOpener::approveDueCommission(Database &database, qint64 now)
{
    Approvals approvals;
    LedgerStore ledger(database);
    if (!ledger.hasApprovalsDue(now))
        return approvals;
    const QList<BalanceRow> dueBefore = ledger.payoutsDue();
    const Result<int> approved = ledger.refreshApprovals(now);
    if (!approved) {
        approvals.error = approved.error();
        return approvals;
    }
    approvals.approved = *approved;
    approvals.newlyDue = LedgerStore::newlyDue(dueBefore, ledger.payoutsDue());
    return approvals;
}

bool DatabaseOpener::shouldReopenAsPartner(Database &database, const std::optional<Affiliate> &shown)
{
    const std::optional<SyncRole> owner = SyncRole::ofDatabase(database);
    if (!owner || !owner->isPartner())
        return false;
    if (shown && shown->id != 0 && shown->code == owner->partnerCode())
        return false; // already his view, with his partner row
    // Not here yet: the next sync that brings his partner row opens his view.
    return AffiliateStore(database).byCode(owner->partnerCode()).has_value();
}

} // namespace PartnerDesk
