#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace PartnerDesk {

class CentralConnection;

// What `central setup` did.
struct CentralSetupReport
{
    QStringList createdRoles;
    bool createdSchema = false;
    bool createdExtension = false;
    int versionBefore = 0;
    int versionAfter = 0;
    QList<int> applied;        // the migrations run now, in order
    int publicSuffixRules = 0; // rules loaded into partnerdesk.public_suffix_rules (every setup)
};

// What `central grant` did.
struct CentralGrantReport
{
    QString login;
    bool roleCreated = false;
    bool passwordSet = false;
    QString affiliateCode; // partner grants: the partner, as stored centrally
    QString affiliateName;
};

// The central PostgreSQL schema (docs/SYNC.md): its roles, schema `partnerdesk`, the uuid-ossp
// extension and the numbered migrations in resources/central/NNNN_*.sql, and the logins mapped
// to partners and managers. Works on an open CentralConnection as a database administrator (a
// superuser, or a role with CREATEROLE and CREATE on the database, which setup makes a member of
// partnerdesk_owner). Every step takes the same transaction-scoped advisory lock, so two setups
// or grants at once wait for each other instead of colliding.
class CentralSchema final
{
    Q_DECLARE_TR_FUNCTIONS(CentralSchema)
    Q_DISABLE_COPY_MOVE(CentralSchema)

public:
    static constexpr qint64 advisoryLockKey = 0x50446573'6b534554; // "PDeskSET"
    static constexpr const char *ownerRole = "partnerdesk_owner";
    static constexpr const char *managerRole = "partnerdesk_manager";
    static constexpr const char *partnerRole = "partnerdesk_partner";
    static constexpr const char *storeRole = "partnerdesk_store";
    // The group roles, in the order setup creates them.
    static QStringList groupRoles();

    explicit CentralSchema(CentralConnection &connection);

    // Creates what is missing (roles, schema, extension) and runs every central migration not yet
    // recorded in partnerdesk.schema_migrations, each in its own transaction. Running it again
    // changes nothing.
    Result<CentralSetupReport> setup();
    // The highest migration recorded centrally; 0 when the schema is not set up. -1 on error.
    int version();
    // The highest migration this build carries.
    static int latestVersion();
    // The Public Suffix List libpsl itself reads (Debian: publicsuffix), as the rules the central
    // database matches (partnerdesk.is_public_suffix): comments dropped, lower case, IDN rules in
    // both UTF-8 and ACE form. Empty, with `error` set, when no list is found.
    static QStringList publicSuffixRules(QString *error);
    // resources/central: version -> resource path.
    static QMap<int, QString> migrations();

    // Makes `login` (a LOGIN role, created when missing, with `password` when one is given: hashed on
    // this side, so the server never sees it in clear) a member of
    // partnerdesk_partner mapped to the partner whose code is `affiliateCode`, which must be in the
    // central database already. A login mapped before is mapped again to this partner.
    Result<CentralGrantReport> grantPartner(const QString &affiliateCode, const QString &login,
                                            const QString &password = {});
    // Makes `login` a member of partnerdesk_manager.
    Result<CentralGrantReport> grantManager(const QString &login, const QString &password = {});

private:
    Status bootstrap(CentralSetupReport &report);
    Status runMigration(int version, const QString &path, bool *applied);
    Result<int> loadPublicSuffixes();
    // BEGIN, the advisory lock; ROLLBACK on the failure paths, COMMIT in commit().
    Status begin();
    Status commit();
    void rollback();
    Status checkLogin(const QString &login);
    // The password as the server keeps it (PQencryptPasswordConn, the server's password_encryption).
    Result<QString> passwordHash(const QString &login, const QString &password);
    // Creates the LOGIN role or checks the existing one; sets the password when given, sending only
    // its hash.
    Status ensureLogin(const QString &login, const QString &password, CentralGrantReport &report);
    // Runs the statement the server formats from `format` (%I, %L) and the bound `values`:
    // identifiers and literals are quoted by PostgreSQL, never by string concatenation here.
    Status execFormatted(const QString &format, const QStringList &values);
    Status fail(const QString &message);

    CentralConnection &m_connection;
};

} // namespace PartnerDesk
