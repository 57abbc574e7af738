#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <optional>

namespace PartnerDesk {

class Database;

// Who a sync logs in as (docs/SYNC.md, "Partner desktops"): a manager, or one partner (a LOGIN
// role mapped to him in partnerdesk.partner_logins). A local database is the desktop of whoever
// synced it first: it keeps that in sync_state ("desktop_role": "manager" or "partner:CODE") and
// refuses to sync under anyone else, since its rows would leak to, or mix with, another's.
class SyncRole final
{
    Q_DECLARE_TR_FUNCTIONS(SyncRole)

public:
    SyncRole() = default; // a manager
    static SyncRole partner(const QString &code);

    bool isPartner() const { return !m_partnerCode.isEmpty(); }
    // The partner's code (upper case as the central database keeps it); "" for a manager.
    const QString &partnerCode() const { return m_partnerCode; }
    // The session's login as the central database names it (current_user); detectSyncRole() fills it.
    const QString &login() const { return m_login; }
    // Whose desktop: the same partner (or manager), whatever the login.
    bool operator==(const SyncRole &other) const { return m_partnerCode == other.m_partnerCode; }
    // What detectSyncRole() read of partnerdesk.partner_logins: login -> partner code (a manager reads
    // every mapping, a partner only his own).
    const QMap<QString, QString> &partnerLogins() const { return m_partnerLogins; }

    // The role of a login as the central database describes it (detectSyncRole() in
    // sync/syncroledetect.h asks it): his partner code ("" for a manager), the login, and the
    // partner logins it may read.
    static SyncRole read(const QString &partnerCode, const QString &login, const QMap<QString, QString> &partnerLogins);
    // The role `database` was first synced as; nullopt when it never was (or was before the role
    // was recorded: see claim()).
    static std::optional<SyncRole> ofDatabase(Database &database);
    // Before a sync as `role`: fails, with a message for the user, when `database` belongs to
    // someone else; records the role the first time. A partner's desktop starts from a database
    // without books: a manager's books would otherwise stay beside his rows. A database synced
    // before roles were recorded is a manager's.
    static Status claim(Database &database, const SyncRole &role);
    // A manager's desktop keeps the partner logins it last read (sync_state "partner_logins", a
    // JSON object login -> code), so the Audit Log can say which audit rows a partner's login
    // wrote (AuditLogQuery::partnerLogins). Nothing for a partner's desktop.
    static Status rememberPartnerLogins(Database &database, const SyncRole &role);
    static QString partnerLoginsKey();

    static QString stateKey();

private:
    QString stateValue() const;
    static std::optional<SyncRole> parse(const QString &value);
    QString describe() const;

    QString m_partnerCode;
    QString m_login;
    QMap<QString, QString> m_partnerLogins;
};

} // namespace PartnerDesk
