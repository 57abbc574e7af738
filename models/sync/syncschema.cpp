#include "syncschema.h"

#include "syncids.h"

#include <algorithm>

namespace PartnerDesk {

namespace {

using Kind = SyncColumn::Kind;

SyncColumn plain(const char *name)
{
    return {QString::fromLatin1(name), Kind::Plain, {}, true};
}
SyncColumn flag(const char *name)
{
    return {QString::fromLatin1(name), Kind::Bool, {}, true};
}
SyncColumn money(const char *name)
{
    return {QString::fromLatin1(name), Kind::Money, {}, true};
}
SyncColumn stamp(const char *name, bool compared = true)
{
    return {QString::fromLatin1(name), Kind::Timestamp, {}, compared};
}
SyncColumn fk(const char *name, const char *table)
{
    return {QString::fromLatin1(name), Kind::ForeignKey, QString::fromLatin1(table), true};
}
// Written by the central database, read here, never sent (nor compared: the push's own rows get
// it only once they are there).
SyncColumn centralOnly(const char *name)
{
    SyncColumn column{QString::fromLatin1(name), Kind::Plain, {}, false};
    column.pushed = false;
    return column;
}

SyncTable make(const char *name, QList<SyncColumn> columns)
{
    SyncTable table;
    table.local = QString::fromLatin1(name);
    table.central = table.local;
    table.columns = std::move(columns);
    return table;
}

// What partnerdesk_partner is granted (resources/central/0001_schema.sql): `reads` the tables his
// policies show him, `inserts` the ones he may add rows to, `updates` the columns he may change.
void grant(SyncTable &table, bool inserts, bool deletes, const QStringList &updates)
{
    table.partnerReads = true;
    table.partnerInserts = inserts;
    table.partnerDeletes = deletes;
    for (SyncColumn &column : table.columns)
        column.partnerUpdates = updates.contains(column.name);
}

void grantPartner(QList<SyncTable> &tables)
{
    for (SyncTable &table : tables) {
        const QString &name = table.local;
        if (name == u"program_hosts" || name == u"coupons" || name == u"rewrites" || name == u"payout_lines") {
            grant(table, false, false, {});
        } else if (name == u"programs") {
            // Public, but for the fraud rules' switches and thresholds, which his desktop gets as
            // "off" (resources/central/0010_commission_rules.sql).
            grant(table, false, false, {});
            for (SyncColumn &column : table.columns) {
                if (column.name.startsWith(u"fraud_")) {
                    column.partnerReads = false;
                    column.partnerStandIn = QStringLiteral("'0'::text");
                }
            }
        } else if (name == u"transactions") {
            // Not the customer key (the store's customers' e-mail) nor a hold's rule and evidence
            // (they may name other partners): a held row's rule reads 'hidden' (0010).
            grant(table, false, false, {});
            for (SyncColumn &column : table.columns) {
                if (column.name == u"customer_key" || column.name == u"hold_evidence") {
                    column.partnerReads = false;
                } else if (column.name == u"hold_rule") {
                    column.partnerReads = false;
                    column.partnerStandIn = QStringLiteral("CASE WHEN hold = '' THEN ''::text ELSE 'hidden'::text END");
                }
            }
        } else if (name == u"partner_rates") {
            // His own rates, not which manager wrote them (0010).
            grant(table, false, false, {});
            for (SyncColumn &column : table.columns)
                column.partnerReads = column.name != u"created_by";
        } else if (name == u"program_tiers") {
            grant(table, false, false, {}); // the tiers of the programs he is an active member of
        } else if (name == u"orders") {
            // Not the codes, coupon, URLs (other partners') nor the customer's e-mail
            // (resources/central/0003_trust.sql).
            grant(table, false, false, {});
            static const QStringList hidden = {QStringLiteral("coupon_code"), QStringLiteral("affiliate_code"),
                                               QStringLiteral("landing_url"), QStringLiteral("referrer_url"),
                                               QStringLiteral("customer_email")};
            for (SyncColumn &column : table.columns)
                column.partnerReads = !hidden.contains(column.name);
        } else if (name == u"payouts") {
            // Not the file's path on the manager's machine nor the manager's user name.
            grant(table, false, false, {});
            for (SyncColumn &column : table.columns)
                column.partnerReads = column.name != u"file_path" && column.name != u"created_by";
        } else if (name == u"affiliates") {
            // His payout e-mail is a request a manager approves (email itself is not his to write);
            // how and in which language he is sent notices is his (0009_notices.sql).
            grant(table, false, false,
                  {QStringLiteral("name"), QStringLiteral("requested_email"), QStringLiteral("email_requested_at"),
                   QStringLiteral("notice_mode"), QStringLiteral("language")});
        } else if (name == u"memberships") {
            grant(table, true, false,
                  {QStringLiteral("active"), QStringLiteral("is_primary"), QStringLiteral("joined_at"),
                   QStringLiteral("left_at")});
        } else if (name == u"banners") {
            grant(table, true, true, {QStringLiteral("title"), QStringLiteral("active")});
        } else if (name == u"domains") {
            // He registers a website and asks for a check; its token and verification are the
            // central database's and a manager's (0005_domain_verification.sql).
            grant(table, true, false, {QStringLiteral("check_requested_at")});
            for (SyncColumn &column : table.columns)
                column.partnerInserts = column.name == u"affiliate_id" || column.name == u"domain" ||
                                        column.name == u"created_at" || column.name == u"check_requested_at";
        } else if (name == u"domain_checks") {
            grant(table, false, false, {}); // a manager's desktop records every check
        } else if (name == u"requests") {
            // He files claims and vanity requests for himself and reads his own, not which manager
            // decided; when it was filed, its state and the decision are the central database's
            // and a manager's, a sign-up's columns the store's (resources/central/0008_requests.sql).
            grant(table, true, false, {});
            static const QStringList inserted = {
                QStringLiteral("kind"),       QStringLiteral("affiliate_id"), QStringLiteral("program_id"),
                QStringLiteral("order_id"),   QStringLiteral("order_date"),   QStringLiteral("amount_minor"),
                QStringLiteral("currency"),   QStringLiteral("host"),         QStringLiteral("path"),
                QStringLiteral("target_url"), QStringLiteral("message")};
            for (SyncColumn &column : table.columns) {
                column.partnerInserts = inserted.contains(column.name);
                column.partnerReads = column.name != u"decided_by";
            }
        } else if (name == u"audit_log") {
            // Written, never read back: the rows of his own edits.
            table.partnerInserts = true;
        }
        // manual_assignments, visits: neither read nor written.
    }
}

QList<SyncTable> buildTables()
{
    QList<SyncTable> tables;
    SyncTable programs =
        make("programs",
             {plain("name"), plain("description"), plain("currency"), plain("link_rate_bp"), plain("coupon_rate_bp"),
              plain("coupon_discount_bp"), money("threshold_minor"), plain("cookie_days"), plain("hold_days"),
              flag("active"), stamp("created_at"), plain("notices"), stamp("notices_since"), plain("lifetime_days"),
              flag("fraud_own_domain"), flag("fraud_leaked_coupon"), plain("fraud_shared_customers"),
              plain("fraud_cancel_share_bp"), flag("fraud_no_visit")});
    programs.naturalKey = QStringLiteral("name");
    tables.append(programs);
    SyncTable hosts = make("program_hosts", {fk("program_id", "programs"), plain("host")});
    hosts.hostList = true;
    tables.append(hosts);
    SyncTable affiliates = make("affiliates", {plain("code"), plain("name"), plain("email"), plain("status"),
                                               stamp("created_at"), plain("requested_email"),
                                               stamp("email_requested_at"), plain("notice_mode"), plain("language")});
    affiliates.naturalKey = QStringLiteral("code");
    affiliates.naturalKeyUpper = true;
    tables.append(affiliates);
    tables.append(make("memberships", {fk("affiliate_id", "affiliates"), fk("program_id", "programs"), flag("active"),
                                       flag("is_primary"), stamp("joined_at"), stamp("left_at")}));
    tables.append(
        make("partner_rates", {fk("program_id", "programs"), fk("affiliate_id", "affiliates"), stamp("effective_from"),
                               plain("link_rate_bp"), money("link_amount_minor"), plain("coupon_rate_bp"),
                               money("coupon_amount_minor"), plain("created_by"), stamp("created_at")}));
    tables.append(make("program_tiers", {fk("program_id", "programs"), plain("min_orders"), plain("link_rate_bp"),
                                         plain("coupon_rate_bp"), stamp("created_at")}));
    SyncTable coupons = make("coupons", {plain("code"), fk("affiliate_id", "affiliates"), fk("program_id", "programs"),
                                         flag("active"), stamp("created_at")});
    coupons.naturalKey = QStringLiteral("code");
    coupons.naturalKeyUpper = true;
    tables.append(coupons);
    tables.append(
        make("banners", {fk("program_id", "programs"), fk("affiliate_id", "affiliates"), plain("title"),
                         plain("image_url"), plain("width"), plain("height"), flag("active"), stamp("created_at")}));
    tables.append(make("domains", {fk("affiliate_id", "affiliates"), plain("domain"), plain("token"), plain("method"),
                                   flag("verified"), stamp("verified_at"), stamp("checked_at"), stamp("created_at"),
                                   stamp("check_requested_at")}));
    SyncTable checks = make("domain_checks", {fk("domain_id", "domains"), plain("last_finding"), stamp("lapsing_since"),
                                              plain("failed_checks"), stamp("lapsed_at")});
    checks.localKey = QStringLiteral("domain_id");
    checks.naturalKey = QStringLiteral("domain_id");
    tables.append(checks);
    tables.append(make("rewrites", {fk("affiliate_id", "affiliates"), plain("host"), plain("path"), plain("target_url"),
                                    flag("active"), stamp("created_at"), plain("campaign")}));
    SyncTable orders =
        make("orders", {plain("order_id"), stamp("placed_at"), money("subtotal_minor"), plain("currency"),
                        plain("status"), plain("coupon_code"), plain("affiliate_code"), plain("landing_url"),
                        plain("referrer_url"), plain("customer_email"), stamp("updated_at", false)});
    orders.naturalKey = QStringLiteral("order_id");
    tables.append(orders);
    tables.append(make("payouts", {stamp("created_at"), plain("created_by"), plain("format"), plain("file_path"),
                                   plain("status"), stamp("paid_at")}));
    tables.append(make("payout_lines", {fk("payout_id", "payouts"), fk("affiliate_id", "affiliates"), plain("currency"),
                                        money("amount_minor"), plain("transactions")}));
    tables.append(make("transactions", {plain("order_id"),
                                        fk("affiliate_id", "affiliates"),
                                        fk("program_id", "programs"),
                                        plain("kind"),
                                        money("base_minor"),
                                        plain("rate_bp"),
                                        money("commission_minor"),
                                        plain("currency"),
                                        plain("status"),
                                        flag("self_referral"),
                                        flag("superseded"),
                                        fk("reverses_id", "transactions"),
                                        stamp("approve_at"),
                                        fk("payout_id", "payouts"),
                                        stamp("placed_at"),
                                        stamp("created_at", false),
                                        stamp("updated_at", false),
                                        plain("campaign"),
                                        plain("customer_key"),
                                        plain("rate_source"),
                                        plain("hold"),
                                        plain("hold_rule"),
                                        plain("hold_evidence")}));
    tables.append(
        make("manual_assignments", {plain("order_id"), fk("affiliate_id", "affiliates"), money("amount_minor"),
                                    plain("reason"), plain("assigned_by"), stamp("assigned_at"), flag("withdrawn")}));
    tables.append(
        make("visits", {stamp("visited_at"), plain("landing_url"), plain("referrer_url"), plain("affiliate_code"),
                        fk("affiliate_id", "affiliates"), fk("program_id", "programs"), plain("rule")}));
    tables.append(make("requests", {plain("kind"),
                                    fk("affiliate_id", "affiliates"),
                                    fk("program_id", "programs"),
                                    plain("applicant_name"),
                                    plain("applicant_email"),
                                    plain("website"),
                                    plain("promotion"),
                                    plain("order_id"),
                                    plain("order_date"),
                                    money("amount_minor"),
                                    plain("currency"),
                                    plain("host"),
                                    plain("path"),
                                    plain("target_url"),
                                    plain("message"),
                                    stamp("filed_at"),
                                    plain("state"),
                                    stamp("decided_at"),
                                    plain("decided_by"),
                                    plain("decision_reason"),
                                    plain("approved_path")}));
    SyncTable audit =
        make("audit_log", {stamp("at"), plain("actor"), plain("action"), plain("entity"), plain("entity_id"),
                           plain("before_json"), plain("after_json"), plain("reason"), centralOnly("changed_by")});
    audit.insertOnly = true;
    tables.append(audit);
    grantPartner(tables);
    // The same order as SyncIds::syncedTables(): parents first.
    const QStringList &order = SyncIds::syncedTables();
    std::sort(tables.begin(), tables.end(), [&order](const SyncTable &a, const SyncTable &b) {
        return order.indexOf(a.local) < order.indexOf(b.local);
    });
    return tables;
}

} // namespace

const SyncColumn *SyncTable::column(const QString &name) const
{
    for (const SyncColumn &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

bool SyncTable::partnerInsertsAll() const
{
    return std::all_of(columns.cbegin(), columns.cend(), [](const SyncColumn &c) { return c.partnerInserts; });
}

QStringList SyncTable::columnNames() const
{
    QStringList names;
    for (const SyncColumn &c : columns)
        names.append(c.name);
    return names;
}

QList<qsizetype> SyncTable::pushedColumns() const
{
    QList<qsizetype> indexes;
    indexes.reserve(columns.size());
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).pushed)
            indexes.append(i);
    }
    return indexes;
}

QStringList SyncTable::pushedColumnNames() const
{
    QStringList names;
    for (const SyncColumn &c : columns) {
        if (c.pushed)
            names.append(c.name);
    }
    return names;
}

const QList<SyncTable> &SyncSchema::tables()
{
    static const QList<SyncTable> all = buildTables();
    return all;
}

const SyncTable *SyncSchema::table(const QString &name)
{
    for (const SyncTable &t : tables()) {
        if (t.local == name)
            return &t;
    }
    return nullptr;
}

QString SyncSchema::centralExpression(const SyncColumn &column)
{
    switch (column.kind) {
    case Kind::Bool:
        return column.name + QStringLiteral("::int");
    case Kind::Timestamp:
        return QStringLiteral("partnerdesk.iso_utc(") + column.name + u')';
    case Kind::ForeignKey:
        return column.name + QStringLiteral("::text");
    case Kind::Plain:
    case Kind::Money:
        break;
    }
    return column.name + QStringLiteral("::text");
}

QString SyncSchema::centralExpression(const SyncColumn &column, bool partner)
{
    if (partner && !column.partnerReads)
        return column.partnerStandIn.isEmpty() ? QStringLiteral("''::text") : column.partnerStandIn;
    return centralExpression(column);
}

bool SyncSchema::partnerWrites(const SyncTable &table, bool isDelete)
{
    if (isDelete)
        return table.partnerDeletes;
    if (table.partnerInserts)
        return true;
    return std::any_of(table.columns.cbegin(), table.columns.cend(),
                       [](const SyncColumn &column) { return column.partnerUpdates; });
}

} // namespace PartnerDesk
