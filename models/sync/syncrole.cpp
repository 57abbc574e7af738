#include "syncrole.h"

#include "centralsession.h"
#include "store/database.h"
#include "syncstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace PartnerDesk {

SyncRole SyncRole::partner(const QString &code)
{
    SyncRole role;
    role.m_partnerCode = code;
    return role;
}

QString SyncRole::stateKey()
{
    return u"desktop_role"_s;
}

QString SyncRole::partnerLoginsKey()
{
    return u"partner_logins"_s;
}

QString SyncRole::stateValue() const
{
    return isPartner() ? u"partner:"_s + m_partnerCode : u"manager"_s;
}

std::optional<SyncRole> SyncRole::parse(const QString &value)
{
    if (value == u"manager")
        return SyncRole();
    if (value.startsWith(u"partner:") && value.size() > 8)
        return partner(value.mid(8));
    return std::nullopt;
}

QString SyncRole::describe() const
{
    return isPartner() ? tr("partner %1").arg(m_partnerCode) : tr("a manager");
}

Result<SyncRole> SyncRole::detect(CentralSession &session)
{
    // Works under his own row-level security: a partner reads his own mapping and partner row. The
    // partner logins come in the same statement (a manager reads them all), not in one more.
    const auto rows =
        session.exec(u"SELECT (SELECT a.code FROM partnerdesk.partner_logins l JOIN partnerdesk.affiliates a "
                     "ON a.id = l.affiliate_id WHERE l.login = current_user), "
                     "(pg_has_role(current_user, 'partnerdesk_partner', 'MEMBER') AND NOT "
                     "pg_has_role(current_user, 'partnerdesk_manager', 'MEMBER'))::int, current_user::text, "
                     "(SELECT json_object_agg(l.login, a.code ORDER BY l.login) FROM partnerdesk.partner_logins l "
                     "JOIN partnerdesk.affiliates a ON a.id = l.affiliate_id)::text"_s);
    if (!rows)
        return Result<SyncRole>::failure(rows.error());
    SyncRole role;
    if (!rows->isNull(0, 0))
        role = partner(rows->text(0, 0));
    else if (rows->text(0, 1) == u"1")
        return Result<SyncRole>::failure(
            tr("This login belongs to the partners' group but is mapped to no partner; ask the manager to run "
               "partnerdesk-cli central grant for it."));
    role.m_login = rows->text(0, 2);
    const QJsonObject logins = QJsonDocument::fromJson(rows->text(0, 3).toUtf8()).object();
    for (auto it = logins.constBegin(); it != logins.constEnd(); ++it)
        role.m_partnerLogins.insert(it.key(), it.value().toString());
    return role;
}

Status SyncRole::rememberPartnerLogins(Database &database, const SyncRole &role)
{
    if (role.isPartner())
        return Done{};
    QJsonObject logins;
    for (auto it = role.m_partnerLogins.cbegin(); it != role.m_partnerLogins.cend(); ++it)
        logins.insert(it.key(), it.value());
    const QString text = QString::fromUtf8(QJsonDocument(logins).toJson(QJsonDocument::Compact));
    SyncState state(database);
    if (state.value(partnerLoginsKey()) == text)
        return Done{};
    return state.setValue(partnerLoginsKey(), text);
}

std::optional<SyncRole> SyncRole::ofDatabase(Database &database)
{
    const auto value = SyncState(database).value(stateKey());
    return value ? parse(*value) : std::nullopt;
}

Status SyncRole::claim(Database &database, const SyncRole &role)
{
    SyncState state(database);
    if (const auto recorded = state.value(stateKey())) {
        const auto owner = parse(*recorded);
        if (owner && *owner == role)
            return Done{};
        if (owner && owner->isPartner())
            return Status::failure(tr("This database is the desktop of partner %1; it does not sync as %2. Open "
                                      "another database (a new one) for this login.")
                                       .arg(owner->partnerCode(), role.describe()));
        return Status::failure(tr("This database is a manager's desktop; it does not sync as %1. A partner's "
                                  "desktop starts from a new, empty database.")
                                   .arg(role.describe()));
    }
    if (role.isPartner()) {
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM programs) OR EXISTS (SELECT 1 FROM affiliates) OR "
                        "EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM transactions) OR "
                        "EXISTS (SELECT 1 FROM sync_state WHERE key LIKE 'pull_position:%')"_s) ||
            !query.next())
            return Status::failure(tr("Cannot read the local books: %1").arg(query.lastError().text()));
        if (query.value(0).toBool())
            return Status::failure(tr("This database holds books of its own, so it cannot become the desktop of "
                                      "partner %1. A partner's desktop starts from a new, empty database.")
                                       .arg(role.partnerCode()));
    }
    return state.setValue(stateKey(), role.stateValue());
}

} // namespace PartnerDesk
