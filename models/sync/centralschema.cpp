#include "centralschema.h"

#include "centralconnection.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>
#include <libpq-fe.h>
#include <libpsl.h>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

namespace {

QString serverError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// One row, one column of a statement with bound values; nullopt with `error` set on failure, an
// invalid QVariant when there is no row.
std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = serverError(query);
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = serverError(query);
        return std::nullopt;
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

QStringList CentralSchema::groupRoles()
{
    return {QString::fromLatin1(ownerRole), QString::fromLatin1(managerRole), QString::fromLatin1(partnerRole),
            QString::fromLatin1(storeRole)};
}

CentralSchema::CentralSchema(CentralConnection &connection)
    : m_connection(connection)
{}

QMap<int, QString> CentralSchema::migrations()
{
    QMap<int, QString> files;
    static const QRegularExpression numbered(u"^(\\d{4})_.*\\.sql$"_s);
    QDirIterator it(u":/central"_s, {u"*.sql"_s}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        const QRegularExpressionMatch match = numbered.match(QFileInfo(path).fileName());
        if (match.hasMatch())
            files.insert(match.captured(1).toInt(), path);
    }
    return files;
}

int CentralSchema::latestVersion()
{
    const QMap<int, QString> files = migrations();
    return files.isEmpty() ? 0 : files.lastKey();
}

Status CentralSchema::fail(const QString &message)
{
    rollback();
    return Status::failure(message);
}

Status CentralSchema::begin()
{
    if (Status begun = m_connection.exec(u"BEGIN"_s); !begun)
        return begun;
    QString error;
    if (!scalar(m_connection.database(), u"SELECT pg_advisory_xact_lock(?)"_s, {advisoryLockKey}, &error))
        return fail(tr("Cannot take the setup lock: %1").arg(error));
    return Done{};
}

Status CentralSchema::commit()
{
    if (Status committed = m_connection.exec(u"COMMIT"_s); !committed)
        return fail(tr("Cannot commit: %1").arg(committed.error()));
    return Done{};
}

void CentralSchema::rollback()
{
    m_connection.exec(u"ROLLBACK"_s);
}

Status CentralSchema::execFormatted(const QString &format, const QStringList &values)
{
    QString placeholders;
    QVariantList bound{format};
    for (const QString &value : values) {
        placeholders += u", ?::text"_s;
        bound.append(value);
    }
    QString error;
    const std::optional<QVariant> statement =
        scalar(m_connection.database(), u"SELECT format(?::text%1)"_s.arg(placeholders), bound, &error);
    if (!statement)
        return Status::failure(error);
    return m_connection.exec(statement->toString());
}

int CentralSchema::version()
{
    QString error;
    const std::optional<QVariant> exists = scalar(
        m_connection.database(), u"SELECT to_regclass('partnerdesk.schema_migrations') IS NOT NULL"_s, {}, &error);
    if (!exists)
        return -1;
    if (!exists->toBool())
        return 0;
    const std::optional<QVariant> found = scalar(
        m_connection.database(), u"SELECT COALESCE(max(version), 0) FROM partnerdesk.schema_migrations"_s, {}, &error);
    return found ? found->toInt() : -1;
}

Result<CentralSetupReport> CentralSchema::setup()
{
    using R = Result<CentralSetupReport>;
    CentralSetupReport report;
    report.versionBefore = std::max(0, version());
    if (Status booted = bootstrap(report); !booted)
        return R::failure(booted.error());
    const QMap<int, QString> files = migrations();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        bool applied = false;
        if (Status migrated = runMigration(it.key(), it.value(), &applied); !migrated)
            return R::failure(migrated.error());
        if (applied)
            report.applied.append(it.key());
    }
    // After the migrations, on every setup: the list changes with the publicsuffix package.
    const Result<int> rules = loadPublicSuffixes();
    if (!rules)
        return R::failure(rules.error());
    report.publicSuffixRules = *rules;
    report.versionAfter = version();
    return report;
}

QStringList CentralSchema::publicSuffixRules(QString *error)
{
    // libpsl's distribution file may be its binary form (.dafsa); the text list lies beside it.
    QStringList candidates;
    const QString dist = QString::fromLocal8Bit(psl_dist_filename());
    if (dist.endsWith(u".dat"_s))
        candidates.append(dist);
    if (!dist.isEmpty())
        candidates.append(QFileInfo(dist).absolutePath() + u"/public_suffix_list.dat"_s);
    candidates.append(QString::fromLocal8Bit(psl_builtin_filename()));
    candidates.append(u"/usr/share/publicsuffix/public_suffix_list.dat"_s);
    for (const QString &path : std::as_const(candidates)) {
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        QSet<QString> seen;
        QStringList rules;
        auto add = [&](const QString &rule) {
            if (!rule.isEmpty() && !seen.contains(rule)) {
                seen.insert(rule);
                rules.append(rule);
            }
        };
        while (!file.atEnd()) {
            // As libpsl reads it: the first word of a line; "//" starts a comment.
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u"//"_s))
                continue;
            const QString rule = line.section(u' ', 0, 0, QString::SectionSkipEmpty).section(u'\t', 0, 0).toLower();
            add(rule);
            const QString prefix = rule.startsWith(u'!') ? u"!"_s : rule.startsWith(u"*."_s) ? u"*."_s : QString();
            const QByteArray ace = QUrl::toAce(rule.mid(prefix.size()), QUrl::IgnoreIDNWhitelist);
            if (!ace.isEmpty())
                add(prefix + QString::fromLatin1(ace).toLower());
        }
        if (rules.size() > 100)
            return rules;
    }
    *error = tr("Cannot find the Public Suffix List (looked for %1); install it (Debian: publicsuffix).")
                 .arg(candidates.join(u", "_s));
    return {};
}

Result<int> CentralSchema::loadPublicSuffixes()
{
    using R = Result<int>;
    QString error;
    const std::optional<QVariant> table = scalar(
        m_connection.database(), u"SELECT to_regclass('partnerdesk.public_suffix_rules') IS NOT NULL"_s, {}, &error);
    if (!table)
        return R::failure(error);
    if (!table->toBool())
        return 0;
    const QStringList rules = publicSuffixRules(&error);
    if (rules.isEmpty())
        return R::failure(error);
    if (Status begun = begin(); !begun)
        return R::failure(begun.error());
    if (Status owner = m_connection.exec(u"SET LOCAL ROLE partnerdesk_owner"_s); !owner)
        return R::failure(fail(owner.error()).error());
    if (Status emptied = m_connection.exec(u"DELETE FROM partnerdesk.public_suffix_rules"_s); !emptied)
        return R::failure(fail(emptied.error()).error());
    if (!scalar(m_connection.database(),
                u"INSERT INTO partnerdesk.public_suffix_rules (rule) "
                "SELECT DISTINCT r FROM unnest(string_to_array(?::text, E'\\n')) r WHERE r <> ''"_s,
                {rules.join(u'\n')}, &error))
        return R::failure(fail(tr("Cannot load the public suffixes: %1").arg(error)).error());
    if (Status committed = commit(); !committed)
        return R::failure(committed.error());
    return int(rules.size());
}

// Roles, schema, extension and schema_migrations, in one transaction under the lock. Roles belong
// to the whole cluster, so a setup of another database at the same moment may create one between
// our check and our CREATE: the DO block takes that as done.
Status CentralSchema::bootstrap(CentralSetupReport &report)
{
    if (Status begun = begin(); !begun)
        return begun;
    QSqlDatabase &db = m_connection.database();
    QString error;
    for (const QString &role : groupRoles()) {
        const std::optional<QVariant> exists =
            scalar(db, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {role}, &error);
        if (!exists)
            return fail(error);
        if (exists->isValid())
            continue;
        // The role names are the constants above, not user input.
        const Status created = m_connection.execScript(
            u"DO $$ BEGIN CREATE ROLE %1 NOLOGIN; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"_s.arg(role));
        if (!created)
            return fail(tr("Cannot create the role %1: %2. Run central setup as a superuser or as a role with "
                           "CREATEROLE and CREATE on the database.")
                            .arg(role, created.error()));
        report.createdRoles.append(role);
    }

    const std::optional<QVariant> member =
        scalar(db,
               u"SELECT rolsuper OR pg_has_role(current_user, 'partnerdesk_owner', 'MEMBER') FROM pg_roles "
               "WHERE rolname = current_user"_s,
               {}, &error);
    if (!member)
        return fail(error);
    if (!member->toBool()) {
        // A CREATEROLE administrator acts on the schema through the owner role.
        if (Status granted = m_connection.exec(u"GRANT partnerdesk_owner TO CURRENT_USER"_s); !granted)
            return fail(
                tr("Cannot make %1 a member of partnerdesk_owner: %2").arg(m_connection.url().user(), granted.error()));
    }

    const std::optional<QVariant> schema =
        scalar(db, u"SELECT 1 FROM pg_namespace WHERE nspname = 'partnerdesk'"_s, {}, &error);
    if (!schema)
        return fail(error);
    if (!schema->isValid()) {
        if (Status created = m_connection.exec(u"CREATE SCHEMA partnerdesk AUTHORIZATION partnerdesk_owner"_s);
            !created)
            return fail(tr("Cannot create the schema partnerdesk: %1").arg(created.error()));
        report.createdSchema = true;
    }

    const std::optional<QVariant> extension =
        scalar(db, u"SELECT 1 FROM pg_extension WHERE extname = 'uuid-ossp'"_s, {}, &error);
    if (!extension)
        return fail(error);
    if (!extension->isValid()) {
        if (Status created = m_connection.exec(u"CREATE EXTENSION \"uuid-ossp\" WITH SCHEMA partnerdesk"_s); !created)
            return fail(
                tr("Cannot create the extension uuid-ossp (Debian: postgresql-contrib): %1").arg(created.error()));
        report.createdExtension = true;
    }

    const std::optional<QVariant> table =
        scalar(db, u"SELECT to_regclass('partnerdesk.schema_migrations') IS NOT NULL"_s, {}, &error);
    if (!table)
        return fail(error);
    if (!table->toBool()) {
        const Status created = m_connection.execScript(
            u"SET LOCAL ROLE partnerdesk_owner;"
            "CREATE TABLE partnerdesk.schema_migrations ("
            "    version     integer PRIMARY KEY,"
            "    name        text NOT NULL,"
            "    applied_at  timestamptz NOT NULL DEFAULT now(),"
            "    applied_by  name NOT NULL DEFAULT session_user);"
            "GRANT SELECT ON partnerdesk.schema_migrations TO partnerdesk_manager, partnerdesk_partner,"
            "    partnerdesk_store;"
            "RESET ROLE;"_s);
        if (!created)
            return fail(tr("Cannot create partnerdesk.schema_migrations: %1").arg(created.error()));
    }
    return commit();
}

Status CentralSchema::runMigration(int version, const QString &path, bool *applied)
{
    *applied = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("Cannot read the central migration %1.").arg(path));
    const QString sql = QString::fromUtf8(file.readAll());
    if (Status begun = begin(); !begun)
        return begun;
    QString error;
    const std::optional<QVariant> done = scalar(
        m_connection.database(), u"SELECT 1 FROM partnerdesk.schema_migrations WHERE version = ?"_s, {version}, &error);
    if (!done)
        return fail(error);
    if (done->isValid())
        return commit();
    if (Status owner = m_connection.execScript(u"SET LOCAL ROLE partnerdesk_owner;"
                                               "SET LOCAL search_path = partnerdesk, pg_catalog"_s);
        !owner)
        return fail(owner.error());
    if (Status migrated = m_connection.execScript(sql); !migrated)
        return fail(tr("Central migration %1 failed: %2").arg(QFileInfo(path).fileName(), migrated.error()));
    if (!scalar(m_connection.database(), u"INSERT INTO partnerdesk.schema_migrations (version, name) VALUES (?, ?)"_s,
                {version, QFileInfo(path).completeBaseName()}, &error))
        return fail(error);
    if (Status committed = commit(); !committed)
        return committed;
    *applied = true;
    return Done{};
}

Status CentralSchema::checkLogin(const QString &login)
{
    if (login.trimmed().isEmpty())
        return Status::failure(tr("The login name is empty."));
    if (login != login.trimmed())
        return Status::failure(tr("The login name \"%1\" starts or ends with a space.").arg(login));
    if (login.toUtf8().size() > 63)
        return Status::failure(tr("The login name \"%1\" is longer than PostgreSQL's 63 bytes.").arg(login));
    if (login.startsWith(u"pg_"_s, Qt::CaseInsensitive))
        return Status::failure(tr("Names starting with pg_ are reserved by PostgreSQL."));
    if (groupRoles().contains(login))
        return Status::failure(tr("%1 is one of PartnerDesk's group roles, not a login.").arg(login));
    return Done{};
}

Result<QString> CentralSchema::passwordHash(const QString &login, const QString &password)
{
    PGconn *connection = m_connection.native();
    if (!connection)
        return Result<QString>::failure(tr("Not connected to the central database."));
    // libpq asks the server for password_encryption (scram-sha-256) and hashes here, with a salt of its own.
    char *hash = PQencryptPasswordConn(connection, password.toUtf8().constData(), login.toUtf8().constData(), nullptr);
    if (!hash)
        return Result<QString>::failure(tr("Cannot hash the password of %1: %2")
                                            .arg(login, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    const QString text = QString::fromUtf8(hash);
    PQfreemem(hash);
    return text;
}

Status CentralSchema::ensureLogin(const QString &login, const QString &password, CentralGrantReport &report)
{
    // The server sees only the hash: the clear password would stay in its log (log_statement) and
    // in pg_stat_activity for anyone who may read them.
    QString hash;
    if (!password.isEmpty()) {
        const Result<QString> hashed = passwordHash(login, password);
        if (!hashed)
            return fail(hashed.error());
        hash = *hashed;
    }
    QSqlQuery query(m_connection.database());
    query.prepare(u"SELECT rolsuper, rolcanlogin FROM pg_roles WHERE rolname = ?"_s);
    query.addBindValue(login);
    if (!query.exec())
        return fail(serverError(query));
    if (query.next()) {
        if (query.value(0).toBool())
            return fail(
                tr("%1 is a superuser: superusers bypass row-level security. Use a login of its own.").arg(login));
        if (!query.value(1).toBool())
            return fail(tr("The role %1 exists but cannot log in (NOLOGIN).").arg(login));
        if (!password.isEmpty()) {
            if (Status set = execFormatted(u"ALTER ROLE %I PASSWORD %L"_s, {login, hash}); !set)
                return fail(tr("Cannot set the password of %1: %2").arg(login, set.error()));
            report.passwordSet = true;
        }
        return Done{};
    }
    const Status created = password.isEmpty() ? execFormatted(u"CREATE ROLE %I LOGIN"_s, {login})
                                              : execFormatted(u"CREATE ROLE %I LOGIN PASSWORD %L"_s, {login, hash});
    if (!created)
        return fail(tr("Cannot create the login %1: %2").arg(login, created.error()));
    report.roleCreated = true;
    report.passwordSet = !password.isEmpty();
    return Done{};
}

Result<CentralGrantReport> CentralSchema::grantPartner(const QString &affiliateCode, const QString &login,
                                                       const QString &password)
{
    using R = Result<CentralGrantReport>;
    if (Status valid = checkLogin(login); !valid)
        return R::failure(valid.error());
    const QString code = affiliateCode.trimmed();
    if (code.isEmpty())
        return R::failure(tr("The partner code is empty."));
    if (version() < 1)
        return R::failure(tr("The central database is not set up: run \"partnerdesk-cli central setup\" first."));
    if (Status begun = begin(); !begun)
        return R::failure(begun.error());

    CentralGrantReport report;
    report.login = login;
    QSqlDatabase &db = m_connection.database();
    QSqlQuery query(db);
    query.prepare(u"SELECT id, code, name FROM partnerdesk.affiliates WHERE upper(code) = upper(?) AND NOT deleted"_s);
    query.addBindValue(code);
    if (!query.exec())
        return R::failure(fail(serverError(query)).error());
    if (!query.next())
        return R::failure(fail(tr("No partner has the code \"%1\" in the central database; sync the desktop that has "
                                  "this partner first.")
                                   .arg(code))
                              .error());
    const QString affiliateId = query.value(0).toString();
    report.affiliateCode = query.value(1).toString();
    report.affiliateName = query.value(2).toString();

    QString error;
    // A superuser is a member of every role; ensureLogin() refuses it with its own message.
    const std::optional<QVariant> manager = scalar(
        db,
        u"SELECT NOT rolsuper AND pg_has_role(rolname, 'partnerdesk_manager', 'MEMBER') FROM pg_roles WHERE rolname = ?"_s,
        {login}, &error);
    if (!manager)
        return R::failure(fail(error).error());
    if (manager->toBool())
        return R::failure(
            fail(tr("%1 is a manager's login; a partner's login must be a role of its own.").arg(login)).error());
    if (Status ensured = ensureLogin(login, password, report); !ensured)
        return R::failure(ensured.error());
    if (Status granted = execFormatted(u"GRANT partnerdesk_partner TO %I"_s, {login}); !granted)
        return R::failure(fail(tr("Cannot grant partnerdesk_partner to %1: %2").arg(login, granted.error())).error());
    if (!scalar(db,
                u"INSERT INTO partnerdesk.partner_logins (login, affiliate_id) VALUES (?, ?::uuid) "
                "ON CONFLICT (login) DO UPDATE SET affiliate_id = EXCLUDED.affiliate_id, granted_at = now(), "
                "granted_by = current_user"_s,
                {login, affiliateId}, &error))
        return R::failure(fail(error).error());
    if (Status committed = commit(); !committed)
        return R::failure(committed.error());
    return report;
}

Result<CentralGrantReport> CentralSchema::grantManager(const QString &login, const QString &password)
{
    using R = Result<CentralGrantReport>;
    if (Status valid = checkLogin(login); !valid)
        return R::failure(valid.error());
    if (version() < 1)
        return R::failure(tr("The central database is not set up: run \"partnerdesk-cli central setup\" first."));
    if (Status begun = begin(); !begun)
        return R::failure(begun.error());
    CentralGrantReport report;
    report.login = login;
    QString error;
    const std::optional<QVariant> partner = scalar(
        m_connection.database(),
        u"SELECT a.code FROM partnerdesk.partner_logins l JOIN partnerdesk.affiliates a ON a.id = l.affiliate_id "
        "WHERE l.login = ?"_s,
        {login}, &error);
    if (!partner)
        return R::failure(fail(error).error());
    if (partner->isValid())
        return R::failure(fail(tr("%1 is the login of partner %2; a manager needs a login of his own.")
                                   .arg(login, partner->toString()))
                              .error());
    if (Status ensured = ensureLogin(login, password, report); !ensured)
        return R::failure(ensured.error());
    if (Status granted = execFormatted(u"GRANT partnerdesk_manager TO %I"_s, {login}); !granted)
        return R::failure(fail(tr("Cannot grant partnerdesk_manager to %1: %2").arg(login, granted.error())).error());
    if (Status committed = commit(); !committed)
        return R::failure(committed.error());
    return report;
}

} // namespace PartnerDesk
