#include "syncrole.h"

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

SyncRole SyncRole::read(const QString &partnerCode, const QString &login, const QMap<QString, QString> &partnerLogins)
{
    SyncRole role = partnerCode.isEmpty() ? SyncRole() : partner(partnerCode);
    role.m_login = login;
    role.m_partnerLogins = partnerLogins;
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
