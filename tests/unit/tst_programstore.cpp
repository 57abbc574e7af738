#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

Program koongo(const QString &name = u"Koongo Partner"_s)
{
    Program p;
    p.name = name;
    p.description = u"For partners running their own blog"_s;
    p.currency = u"EUR"_s;
    p.storeHosts = {u"koongo.com"_s};
    return p;
}

} // namespace

class TestProgramStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addStoresEverything();
    void validation_data();
    void validation();
    void hostsAreNormalised();
    void duplicateNamesAreRefused_data();
    void duplicateNamesAreRefused();
    void updateAndDeactivate();
    void firstJoinedIsPrimary();
    void leavingThePrimaryMovesIt();
    void setPrimary();
    void joinRules();
    void membershipChangesAreAudited();
    void lifetimeAndFraudSettingsRoundTrip();
    void lifetimeAndFraudRanges_data();
    void lifetimeAndFraudRanges();

private:
    qint64 addProgram(const QString &name, bool active = true);
    qint64 addPartner(const QString &code);
    qint64 primaryOf(qint64 affiliateId) const;

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<ProgramStore> m_programs;
    std::unique_ptr<AffiliateStore> m_affiliates;
};

void TestProgramStore::initTestCase()
{
    pinNow();
}

void TestProgramStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_programs = std::make_unique<ProgramStore>(m_store->database);
    m_affiliates = std::make_unique<AffiliateStore>(m_store->database);
}

void TestProgramStore::cleanup()
{
    m_affiliates.reset();
    m_programs.reset();
    m_store.reset();
}

qint64 TestProgramStore::addProgram(const QString &name, bool active)
{
    Program p = koongo(name);
    p.active = active;
    const Result<qint64> id = m_programs->add(p);
    if (!id) {
        qWarning("%s", qPrintable(id.error()));
        return 0;
    }
    return *id;
}

qint64 TestProgramStore::addPartner(const QString &code)
{
    const Result<Affiliate> added = m_affiliates->add(code + u" Name"_s, code.toLower() + u"@example.com"_s, code);
    if (!added) {
        qWarning("%s", qPrintable(added.error()));
        return 0;
    }
    return added->id;
}

qint64 TestProgramStore::primaryOf(qint64 affiliateId) const
{
    qint64 primary = 0;
    for (const Membership &m : m_programs->membershipsOf(affiliateId)) {
        if (m.primary) {
            if (primary != 0 || !m.active)
                return -1; // two primaries, or an inactive one: both are wrong
            primary = m.programId;
        }
    }
    return primary;
}

void TestProgramStore::addStoresEverything()
{
    Program p = koongo();
    p.linkRate = Rate::fromBasisPoints(2000);
    p.couponRate = Rate::fromBasisPoints(1050);
    p.couponDiscount = Rate::fromBasisPoints(1000);
    p.thresholdMinor = 5000;
    p.cookieDays = 45;
    p.holdDays = 14;
    p.storeHosts = {u"koongo.com"_s, u"store.koongo.com"_s};
    const Result<qint64> id = m_programs->add(p);
    QVERIFY2(id, qPrintable(id.error()));

    const std::optional<Program> stored = m_programs->byId(*id);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Koongo Partner"_s);
    QCOMPARE(stored->description, p.description);
    QCOMPARE(stored->currency, u"EUR"_s);
    QCOMPARE(stored->linkRate, Rate::fromBasisPoints(2000));
    QCOMPARE(stored->couponRate, Rate::fromBasisPoints(1050));
    QCOMPARE(stored->couponDiscount, Rate::fromBasisPoints(1000));
    QCOMPARE(stored->thresholdMinor, qint64(5000));
    QCOMPARE(stored->cookieDays, 45);
    QCOMPARE(stored->holdDays, 14);
    QVERIFY(stored->active);
    QCOMPARE(stored->storeHosts, (QStringList{u"koongo.com"_s, u"store.koongo.com"_s}));
    QCOMPARE(stored->createdAt, QString::fromLatin1(pinnedNow));
    QCOMPARE(stored->memberCount, 0);

    QVERIFY(m_programs->byName(u"  KOONGO partner "_s));
    QCOMPARE(m_programs->byName(u"koongo partner"_s)->id, *id);
    QVERIFY(!m_programs->byName(u"Koongo"_s));
    QVERIFY(!m_programs->byId(*id + 100));
    QCOMPARE(m_programs->list().size(), 1);

    const QList<AuditEntry> audit =
        AuditLog(m_store->database.connection()).entries(u"program"_s, QString::number(*id));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, u"program.add"_s);
    QVERIFY(audit.first().after.contains(u"\"coupon_rate\":\"10.5\""_s));
}

void TestProgramStore::validation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<qint64>("threshold");
    QTest::addColumn<int>("holdDays");
    QTest::addColumn<QString>("error"); // "" when valid

    const QStringList store{u"koongo.com"_s};
    QTest::addRow("valid") << u"Koongo"_s << u"EUR"_s << store << qint64(5000) << 30 << QString();
    QTest::addRow("lower-case currency is fine") << u"Koongo"_s << u" jpy "_s << store << qint64(0) << 0 << QString();
    QTest::addRow("empty name") << u"   "_s << u"EUR"_s << store << qint64(5000) << 30 << u"needs a name"_s;
    QTest::addRow("unknown currency") << u"Koongo"_s << u"XYZ"_s << store << qint64(5000) << 30
                                      << u"\"XYZ\" is not an ISO 4217 currency code"_s;
    QTest::addRow("currency too long") << u"Koongo"_s << u"EURO"_s << store << qint64(5000) << 30
                                       << u"not an ISO 4217 currency code"_s;
    QTest::addRow("empty currency") << u"Koongo"_s << QString() << store << qint64(5000) << 30
                                    << u"not an ISO 4217 currency code"_s;
    QTest::addRow("no hosts") << u"Koongo"_s << u"EUR"_s << QStringList() << qint64(5000) << 30
                              << u"needs at least one store host"_s;
    QTest::addRow("bad host") << u"Koongo"_s << u"EUR"_s << QStringList{u"koongo.com"_s, u"not a host!"_s}
                              << qint64(5000) << 30 << u"\"not a host!\" is not a valid store host"_s;
    QTest::addRow("host without a dot") << u"Koongo"_s << u"EUR"_s << QStringList{u"localhost"_s} << qint64(5000) << 30
                                        << u"is not a valid store host"_s;
    QTest::addRow("URL instead of host") << u"Koongo"_s << u"EUR"_s << QStringList{u"https://koongo.com/"_s}
                                         << qint64(5000) << 30 << u"is not a valid store host"_s;
    QTest::addRow("empty host") << u"Koongo"_s << u"EUR"_s << QStringList{u" "_s} << qint64(5000) << 30
                                << u"is not a valid store host"_s;
    QTest::addRow("negative threshold") << u"Koongo"_s << u"EUR"_s << store << qint64(-1) << 30
                                        << u"threshold cannot be negative"_s;
    QTest::addRow("negative hold") << u"Koongo"_s << u"EUR"_s << store << qint64(5000) << -1 << u"cannot be negative"_s;
}

void TestProgramStore::validation()
{
    QFETCH(QString, name);
    QFETCH(QString, currency);
    QFETCH(QStringList, hosts);
    QFETCH(qint64, threshold);
    QFETCH(int, holdDays);
    QFETCH(QString, error);

    Program p = koongo(name);
    p.currency = currency;
    p.storeHosts = hosts;
    p.thresholdMinor = threshold;
    p.holdDays = holdDays;
    const Result<qint64> id = m_programs->add(p);
    if (error.isEmpty()) {
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(m_programs->byId(*id)->currency, currency.trimmed().toUpper());
        return;
    }
    QVERIFY(!id);
    QVERIFY2(id.error().contains(error), qPrintable(id.error()));
    // Nothing was written, not even an audit row.
    QCOMPARE(count(m_store->database, u"programs"_s), 0);
    QCOMPARE(count(m_store->database, u"program_hosts"_s), 0);
    QCOMPARE(count(m_store->database, u"audit_log"_s), 0);
}

void TestProgramStore::hostsAreNormalised()
{
    Program p = koongo();
    p.storeHosts = {u"WWW.Koongo.COM"_s, u"koongo.com."_s, u"Bücher.example"_s, u"koongo.com"_s};
    const Result<qint64> id = m_programs->add(p);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(m_programs->byId(*id)->storeHosts, (QStringList{u"koongo.com"_s, u"xn--bcher-kva.example"_s}));
    QCOMPARE(count(m_store->database, u"program_hosts"_s), 2);
}

void TestProgramStore::duplicateNamesAreRefused_data()
{
    QTest::addColumn<QString>("second");
    QTest::addRow("same") << u"Koongo Partner"_s;
    QTest::addRow("lower case") << u"koongo partner"_s;
    QTest::addRow("upper case") << u"KOONGO PARTNER"_s;
    QTest::addRow("surrounding spaces") << u"  Koongo partner  "_s;
}

void TestProgramStore::duplicateNamesAreRefused()
{
    QFETCH(QString, second);
    QVERIFY(addProgram(u"Koongo Partner"_s));
    const Result<qint64> id = m_programs->add(koongo(second));
    QVERIFY(!id);
    QVERIFY2(id.error().contains(u"already exists"_s), qPrintable(id.error()));
    QCOMPARE(m_programs->list().size(), 1);

    // Renaming another program onto the name is refused the same way.
    const qint64 other = addProgram(u"Koongo Agency"_s);
    QVERIFY(other);
    Program renamed = *m_programs->byId(other);
    renamed.name = second;
    const Status status = m_programs->update(renamed);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"already exists"_s), qPrintable(status.error()));
    QCOMPARE(m_programs->byId(other)->name, u"Koongo Agency"_s);
}

void TestProgramStore::updateAndDeactivate()
{
    const qint64 id = addProgram(u"Koongo Partner"_s);
    QVERIFY(id);
    Program p = *m_programs->byId(id);
    p.linkRate = Rate::fromBasisPoints(2500);
    p.storeHosts = {u"koongo.com"_s, u"koongo.de"_s};
    QVERIFY(m_programs->update(p));
    QCOMPARE(m_programs->byId(id)->linkRate, Rate::fromBasisPoints(2500));
    QCOMPARE(m_programs->byId(id)->storeHosts, (QStringList{u"koongo.com"_s, u"koongo.de"_s}));

    p.storeHosts.clear();
    QVERIFY(!m_programs->update(p));
    QCOMPARE(m_programs->byId(id)->storeHosts.size(), 2);

    QVERIFY(m_programs->setActive(id, false));
    QVERIFY(!m_programs->byId(id)->active);
    QVERIFY(!m_programs->setActive(id + 1, false));

    Program gone = koongo(u"Gone"_s);
    gone.id = id + 1;
    const Status status = m_programs->update(gone);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"no longer exists"_s), qPrintable(status.error()));

    const QList<AuditEntry> audit = AuditLog(m_store->database.connection()).entries(u"program"_s, QString::number(id));
    QCOMPARE(audit.size(), 3); // add, update, deactivate
    QCOMPARE(audit.first().action, u"program.update"_s);
    QVERIFY(audit.first().before.contains(u"\"active\":true"_s));
    QVERIFY(audit.first().after.contains(u"\"active\":false"_s));
}

void TestProgramStore::firstJoinedIsPrimary()
{
    const qint64 partner = addProgram(u"Koongo Partner"_s);
    const qint64 agency = addProgram(u"Koongo Agency"_s);
    const qint64 japan = addProgram(u"Koongo Japan"_s);
    const qint64 jane = addPartner(u"JANE"_s);
    QVERIFY(partner && agency && japan && jane);

    QCOMPARE(primaryOf(jane), 0);
    QVERIFY(m_programs->join(jane, agency));
    QCOMPARE(primaryOf(jane), agency);
    QVERIFY(m_programs->join(jane, partner));
    QVERIFY(m_programs->join(jane, japan));
    QCOMPARE(primaryOf(jane), agency);
    QCOMPARE(m_programs->membershipsOf(jane).size(), 3);
    QCOMPARE(m_programs->members(agency).size(), 1);
    QCOMPARE(m_programs->byId(agency)->memberCount, 1);
}

void TestProgramStore::leavingThePrimaryMovesIt()
{
    const qint64 first = addProgram(u"First"_s);
    const qint64 second = addProgram(u"Second"_s);
    const qint64 third = addProgram(u"Third"_s);
    const qint64 jane = addPartner(u"JANE"_s);
    QVERIFY(first && second && third && jane);
    QVERIFY(m_programs->join(jane, first));
    QVERIFY(m_programs->join(jane, second));
    QVERIFY(m_programs->join(jane, third));
    QCOMPARE(primaryOf(jane), first);

    // Leaving a non-primary membership keeps the primary.
    QVERIFY(m_programs->leave(jane, second));
    QCOMPARE(primaryOf(jane), first);
    // Leaving the primary moves it to the next joined that is still active.
    QVERIFY(m_programs->leave(jane, first));
    QCOMPARE(primaryOf(jane), third);
    // Re-joining does not steal the primary back.
    QVERIFY(m_programs->join(jane, first));
    QCOMPARE(primaryOf(jane), third);
    // Leaving everything leaves no primary; joining again makes one.
    QVERIFY(m_programs->leave(jane, third));
    QCOMPARE(primaryOf(jane), first);
    QVERIFY(m_programs->leave(jane, first));
    QCOMPARE(primaryOf(jane), 0);
    QVERIFY(m_programs->join(jane, second));
    QCOMPARE(primaryOf(jane), second);

    int active = 0;
    for (const Membership &m : m_programs->membershipsOf(jane))
        active += m.active ? 1 : 0;
    QCOMPARE(active, 1);
    QCOMPARE(count(m_store->database, u"memberships"_s, u"affiliate_id = %1"_s.arg(jane)), 3);
}

void TestProgramStore::setPrimary()
{
    const qint64 first = addProgram(u"First"_s);
    const qint64 second = addProgram(u"Second"_s);
    const qint64 jane = addPartner(u"JANE"_s);
    QVERIFY(m_programs->join(jane, first));
    QVERIFY(m_programs->join(jane, second));
    QCOMPARE(primaryOf(jane), first);
    QVERIFY(m_programs->setPrimary(jane, second));
    QCOMPARE(primaryOf(jane), second);
    QVERIFY(m_programs->setPrimary(jane, second)); // idempotent
    QCOMPARE(primaryOf(jane), second);

    QVERIFY(m_programs->leave(jane, first));
    const Status status = m_programs->setPrimary(jane, first);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"Only an active membership"_s), qPrintable(status.error()));
    QCOMPARE(primaryOf(jane), second);
}

void TestProgramStore::joinRules()
{
    const qint64 active = addProgram(u"Active"_s);
    const qint64 closed = addProgram(u"Closed"_s, false);
    const qint64 jane = addPartner(u"JANE"_s);
    QVERIFY(active && closed && jane);

    QVERIFY(m_programs->join(jane, active));
    Status status = m_programs->join(jane, active);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"already a member"_s), qPrintable(status.error()));

    status = m_programs->join(jane, closed);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"not active"_s), qPrintable(status.error()));

    status = m_programs->join(jane, active + 1000);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"no longer exists"_s), qPrintable(status.error()));

    status = m_programs->join(jane + 1000, active);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"partner no longer exists"_s), qPrintable(status.error()));

    status = m_programs->leave(jane, closed);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(u"not an active member"_s), qPrintable(status.error()));

    QCOMPARE(count(m_store->database, u"memberships"_s), 1);
}

void TestProgramStore::membershipChangesAreAudited()
{
    const qint64 first = addProgram(u"First"_s);
    const qint64 second = addProgram(u"Second"_s);
    const qint64 jane = addPartner(u"JANE"_s);
    QVERIFY(m_programs->join(jane, first));
    QVERIFY(m_programs->join(jane, second));
    QVERIFY(m_programs->setPrimary(jane, second));
    QVERIFY(m_programs->leave(jane, first));
    QVERIFY(!m_programs->leave(jane, first)); // a failure writes nothing

    QStringList actions;
    for (const AuditEntry &e : AuditLog(m_store->database.connection()).entries(u"affiliate"_s, QString::number(jane)))
        actions.prepend(e.action);
    QCOMPARE(actions, (QStringList{u"affiliate.add"_s, u"membership.join"_s, u"membership.join"_s,
                                   u"membership.primary"_s, u"membership.leave"_s}));
}

void TestProgramStore::lifetimeAndFraudSettingsRoundTrip()
{
    // The schema's defaults: lifetime off, the first two fraud rules on, the others off.
    const qint64 id = addProgram(u"Koongo Partner"_s);
    QVERIFY(id);
    Program p = *m_programs->byId(id);
    QCOMPARE(p.lifetimeDays, 0);
    QCOMPARE(p.fraud, FraudSettings());

    Program added = koongo(u"Koongo Agency"_s);
    added.lifetimeDays = 365;
    added.fraud = {false, true, 3, 2550, true};
    const Result<qint64> agency = m_programs->add(added);
    QVERIFY2(agency, qPrintable(agency.error()));
    QCOMPARE(m_programs->byId(*agency)->lifetimeDays, 365);
    QCOMPARE(m_programs->byId(*agency)->fraud, added.fraud);
    QCOMPARE(m_programs->byName(u"koongo agency"_s)->fraud, added.fraud);

    p.lifetimeDays = 90;
    p.fraud = {true, false, 0, 0, true};
    QVERIFY(m_programs->update(p));
    const QList<Program> all = m_programs->list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).name, u"Koongo Partner"_s);
    QCOMPARE(all.at(1).lifetimeDays, 90);
    QCOMPARE(all.at(1).fraud, p.fraud);

    const QList<AuditEntry> audit = AuditLog(m_store->database.connection()).entries(u"program"_s, QString::number(id));
    QCOMPARE(audit.first().action, u"program.update"_s);
    QVERIFY2(audit.first().before.contains(u"\"lifetime_days\":0"_s), qPrintable(audit.first().before));
    QVERIFY2(audit.first().after.contains(u"\"lifetime_days\":90"_s), qPrintable(audit.first().after));
    QVERIFY(audit.first().after.contains(u"\"fraud_leaked_coupon\":false"_s));
    QVERIFY(audit.first().after.contains(u"\"fraud_no_visit\":true"_s));
    // A settings change is sent centrally like any other program change.
    QVERIFY(count(m_store->database, u"sync_outbox"_s, u"tbl = 'programs'"_s) >= 3);
}

void TestProgramStore::lifetimeAndFraudRanges_data()
{
    QTest::addColumn<int>("lifetimeDays");
    QTest::addColumn<int>("sharedCustomers");
    QTest::addColumn<int>("cancelShareBp");
    QTest::addColumn<QString>("error");
    QTest::addRow("all off") << 0 << 0 << 0 << QString();
    QTest::addRow("all at the top") << 3650 << 1000 << 10000 << QString();
    QTest::addRow("lifetime negative") << -1 << 0 << 0 << u"lifetime of a customer"_s;
    QTest::addRow("lifetime above ten years") << 3651 << 0 << 0 << u"lifetime of a customer"_s;
    QTest::addRow("shared customers negative") << 0 << -1 << 0 << u"shared-customer limit"_s;
    QTest::addRow("shared customers above 1000") << 0 << 1001 << 0 << u"shared-customer limit"_s;
    QTest::addRow("cancel share negative") << 0 << 0 << -1 << u"cancelled share limit"_s;
    QTest::addRow("cancel share above 100 percent") << 0 << 0 << 10001 << u"cancelled share limit"_s;
}

void TestProgramStore::lifetimeAndFraudRanges()
{
    QFETCH(int, lifetimeDays);
    QFETCH(int, sharedCustomers);
    QFETCH(int, cancelShareBp);
    QFETCH(QString, error);
    Program p = koongo();
    p.lifetimeDays = lifetimeDays;
    p.fraud.sharedCustomers = sharedCustomers;
    p.fraud.cancelShareBp = cancelShareBp;
    const Result<qint64> id = m_programs->add(p);
    if (error.isEmpty()) {
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(m_programs->byId(*id)->lifetimeDays, lifetimeDays);
        return;
    }
    QVERIFY(!id);
    QVERIFY2(id.error().contains(error), qPrintable(id.error()));
    QCOMPARE(count(m_store->database, u"programs"_s), 0);
}

QTEST_GUILESS_MAIN(TestProgramStore)
#include "tst_programstore.moc"
