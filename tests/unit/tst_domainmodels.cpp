// The lists of direct-link websites over a real SQLite file: WebsiteListModel (every partner's
// sites, filtered in SQL) and DomainListModel's Last checked and Status columns, each under
// QAbstractItemModelTester; and the store's state filter agreeing with DomainRecord::state().

#include "itemmodels/domainlistmodel.h"
#include "itemmodels/domainstatustext.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/websitelistmodel.h"
#include "store/affiliatestore.h"
#include "store/domainstore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

constexpr qint64 day = 24 * 3600;
using State = DomainRecord::State;

} // namespace

class TestDomainModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void stateFilterAgreesWithTheRecords_data();
    void stateFilterAgreesWithTheRecords();
    void searchMatchesDomainNameAndCode_data();
    void searchMatchesDomainNameAndCode();
    void websiteListModel();
    void domainListModelShowsLastCheckAndStatus();
    void adviceOnlyForLapsingAndLapsed();

private:
    qint64 site(const QString &code, const QString &domain);
    void check(qint64 partner, const QString &domain, const QString &method, qint64 at);

    std::unique_ptr<StoreFixture> m_store;
    QHash<QString, qint64> m_partners;
    qint64 m_now = 0;
};

void TestDomainModels::initTestCase()
{
    pinNow();
    m_now = StoreTestKit::now();
}

qint64 TestDomainModels::site(const QString &code, const QString &domain)
{
    AffiliateStore affiliates(m_store->database);
    if (!m_partners.contains(code)) {
        const Result<Affiliate> partner = affiliates.add(code.at(0) + code.mid(1).toLower() + u" Partner"_s,
                                                         code.toLower() + u"@mail.example"_s, code);
        m_partners.insert(code, partner ? partner->id : 0);
    }
    return affiliates.addDomain(m_partners.value(code), domain) ? m_partners.value(code) : 0;
}

void TestDomainModels::check(qint64 partner, const QString &domain, const QString &method, qint64 at)
{
    const Result<DomainCheckOutcome> outcome =
        DomainStore(m_store->database).recordCheck(partner, domain, method, method.isEmpty() ? u"gone"_s : u"ok"_s, at);
    QVERIFY2(outcome, qPrintable(outcome.error()));
}

// ANNA: verified (meta) and unverified; BEN: lapsing (file); CYRIL: lapsed (meta); DANA: manual,
// plus a manual approval of a site that was lapsing (it counts as verified: manual sites do not lapse).
void TestDomainModels::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_partners.clear();
    const qint64 anna = site(u"ANNA"_s, u"anna.example"_s);
    QVERIFY(site(u"ANNA"_s, u"anna-drafts.example"_s));
    const qint64 ben = site(u"BEN"_s, u"ben-reviews.example"_s);
    const qint64 cyril = site(u"CYRIL"_s, u"cyril.example"_s);
    const qint64 dana = site(u"DANA"_s, u"dana.example"_s);
    QVERIFY(site(u"DANA"_s, u"dana-old.example"_s));
    QVERIFY(anna && ben && cyril && dana);
    check(anna, u"anna.example"_s, u"meta"_s, m_now - day);
    check(ben, u"ben-reviews.example"_s, u"file"_s, m_now - 9 * day);
    check(ben, u"ben-reviews.example"_s, {}, m_now - day);
    check(cyril, u"cyril.example"_s, u"meta"_s, m_now - 9 * day);
    check(cyril, u"cyril.example"_s, {}, m_now - 5 * day);
    check(cyril, u"cyril.example"_s, {}, m_now - day);
    AffiliateStore affiliates(m_store->database);
    QVERIFY(affiliates.approveDomain(dana, u"dana.example"_s, u"Signed contract"_s));
    check(dana, u"dana-old.example"_s, u"dns"_s, m_now - 9 * day);
    check(dana, u"dana-old.example"_s, {}, m_now - day);
    QVERIFY(affiliates.approveDomain(dana, u"dana-old.example"_s, u"Moved hosting, checked by phone"_s));
}

void TestDomainModels::cleanup()
{
    m_store.reset();
}

void TestDomainModels::stateFilterAgreesWithTheRecords_data()
{
    QTest::addColumn<QList<State>>("states");
    QTest::addColumn<QStringList>("domains");
    QTest::addRow("verified") << QList<State>{State::Verified}
                              << QStringList{u"anna.example"_s, u"dana-old.example"_s, u"dana.example"_s};
    QTest::addRow("lapsing") << QList<State>{State::Lapsing} << QStringList{u"ben-reviews.example"_s};
    QTest::addRow("lapsed") << QList<State>{State::Lapsed} << QStringList{u"cyril.example"_s};
    QTest::addRow("unverified") << QList<State>{State::Unverified} << QStringList{u"anna-drafts.example"_s};
    QTest::addRow("needing attention") << QList<State>{State::Lapsing, State::Lapsed}
                                       << QStringList{u"ben-reviews.example"_s, u"cyril.example"_s};
}

void TestDomainModels::stateFilterAgreesWithTheRecords()
{
    QFETCH(QList<State>, states);
    QFETCH(QStringList, domains);
    const QList<DomainRecord> found = DomainStore(m_store->database).all({}, states);
    QStringList names;
    for (const DomainRecord &domain : found) {
        names.append(domain.domain);
        QVERIFY2(states.contains(domain.state()), qPrintable(domain.domain));
    }
    names.sort();
    QCOMPARE(names, domains);
    // And every record of a state is found by its filter.
    for (const DomainRecord &domain : DomainStore(m_store->database).all()) {
        if (states.contains(domain.state()))
            QVERIFY2(names.contains(domain.domain), qPrintable(domain.domain));
    }
}

void TestDomainModels::searchMatchesDomainNameAndCode_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("domains");
    QTest::addRow("domain part") << u"REVIEWS"_s << QStringList{u"ben-reviews.example"_s};
    QTest::addRow("partner name") << u"anna partner"_s << QStringList{u"anna-drafts.example"_s, u"anna.example"_s};
    QTest::addRow("code") << u"cyril"_s << QStringList{u"cyril.example"_s};
    QTest::newRow("% is literal") << u"%"_s << QStringList{};
    QTest::newRow("_ is literal") << u"_"_s << QStringList{};
    QTest::addRow("blank: all") << u"  "_s << QStringList{u"anna-drafts.example"_s, u"anna.example"_s,
                                                          u"ben-reviews.example"_s, u"cyril.example"_s,
                                                          u"dana-old.example"_s,    u"dana.example"_s};
}

void TestDomainModels::searchMatchesDomainNameAndCode()
{
    QFETCH(QString, search);
    QFETCH(QStringList, domains);
    QStringList names;
    for (const DomainRecord &domain : DomainStore(m_store->database).all(search))
        names.append(domain.domain);
    names.sort();
    QCOMPARE(names, domains);
}

void TestDomainModels::websiteListModel()
{
    WebsiteListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(WebsiteListModel::Count));

    const int ben = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.domain(row)->domain == u"ben-reviews.example")
                return row;
        }
        return -1;
    }();
    QVERIFY(ben >= 0);
    const auto data = [&](int column, int role = Qt::DisplayRole) {
        return model.index(ben, column).data(role);
    };
    QCOMPARE(data(WebsiteListModel::Partner).toString(), u"Ben Partner (BEN)"_s);
    QCOMPARE(data(WebsiteListModel::Method).toString(), u"File"_s);
    QCOMPARE(data(WebsiteListModel::Status).toString(),
             u"Lapsing since "_s + DomainStatusText::dateTime(Timestamp::format(m_now - day)));
    QCOMPARE(data(WebsiteListModel::Status, ModelRoles::AttentionRole).toInt(), 1);
    QCOMPARE(data(WebsiteListModel::Domain, ModelRoles::AttentionRole).toInt(), 0);
    QCOMPARE(data(WebsiteListModel::LastChecked, ModelRoles::SortRole).toString(), Timestamp::format(m_now - day));
    QCOMPARE(data(WebsiteListModel::LastFinding).toString(), u"gone"_s);
    QCOMPARE(data(WebsiteListModel::Partner, ModelRoles::IdRole).toLongLong(), model.domain(ben)->id);
    QCOMPARE(model.rowOfId(model.domain(ben)->id), ben);

    // A re-check's outcome shows in its row without a reset.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    check(m_partners.value(u"BEN"_s), u"ben-reviews.example"_s, u"meta"_s, m_now);
    model.updateDomain(*DomainStore(m_store->database).byId(model.domain(ben)->id));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), ben);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(data(WebsiteListModel::Status).toString(), u"Verified"_s);
    QCOMPARE(data(WebsiteListModel::Status, ModelRoles::AttentionRole).toInt(), 0);
    DomainRecord unlisted;
    unlisted.id = -7;
    model.updateDomain(unlisted);
    QCOMPARE(changed.size(), 1);

    model.setFilter(u"example"_s, {State::Lapsed});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, WebsiteListModel::Status, {}).data(ModelRoles::AttentionRole).toInt(), 2);
    QCOMPARE(model.rowOfId(-1), -1);
    model.setFilter(u"nobody"_s, {});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.domain(0), nullptr);
}

void TestDomainModels::domainListModelShowsLastCheckAndStatus()
{
    DomainListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAffiliateId(m_partners.value(u"CYRIL"_s));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex status = model.index(0, DomainListModel::Status);
    QCOMPARE(status.data().toString(), u"Lapsed on "_s + DomainStatusText::dateTime(Timestamp::format(m_now - day)));
    QCOMPARE(status.data(ModelRoles::AttentionRole).toInt(), 2);
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"gone"_s);
    QCOMPARE(model.index(0, DomainListModel::Verified).data().toString(), u"Not verified"_s);
    QCOMPARE(model.index(0, DomainListModel::LastChecked).data(Qt::ToolTipRole).toString(),
             Timestamp::format(m_now - day));
    QCOMPARE(model.headerData(DomainListModel::LastChecked, Qt::Horizontal).toString(), u"Last checked"_s);
    QCOMPARE(model.headerData(DomainListModel::Status, Qt::Horizontal).toString(), u"Status"_s);

    model.setAffiliateId(m_partners.value(u"DANA"_s));
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < 2; ++row) { // both manual: verified, nothing to warn about
        QCOMPARE(model.index(row, DomainListModel::Status).data().toString(), u"Verified"_s);
        QCOMPARE(model.index(row, DomainListModel::Status).data(ModelRoles::AttentionRole).toInt(), 0);
        QCOMPARE(model.index(row, DomainListModel::Method).data().toString(), u"Manual approval"_s);
    }
    model.setAffiliateId(m_partners.value(u"ANNA"_s));
    QCOMPARE(model.index(model.rowOf(u"anna-drafts.example"_s), DomainListModel::Status).data().toString(),
             u"Unverified"_s);
    QCOMPARE(model.index(model.rowOf(u"anna-drafts.example"_s), DomainListModel::LastChecked).data().toString(),
             QString());
}

void TestDomainModels::adviceOnlyForLapsingAndLapsed()
{
    DomainCheckPolicy policy;
    for (const DomainRecord &domain : DomainStore(m_store->database).all()) {
        const QString advice = DomainStatusText::advice(domain, policy);
        switch (domain.state()) {
        case State::Lapsing:
            QVERIFY2(advice.contains(DomainStatusText::dateTime(Timestamp::format(m_now - day + policy.graceSeconds))),
                     qPrintable(advice)); // when it will lapse
            QVERIFY(advice.contains(u"Verify Now"_s));
            break;
        case State::Lapsed:
            QVERIFY(advice.startsWith(domain.domain + u" lapsed on "_s));
            QVERIFY(advice.contains(u"Verify Now"_s));
            break;
        default:
            QVERIFY2(advice.isEmpty(), qPrintable(domain.domain));
        }
    }
}

QTEST_GUILESS_MAIN(TestDomainModels)
#include "tst_domainmodels.moc"
