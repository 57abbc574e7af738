#include "itemmodels/affiliatelistmodel.h"
#include "itemmodels/membershiplistmodel.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/programlistmodel.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

Program program(const QString &name, const QString &currency = u"EUR"_s)
{
    Program p;
    p.name = name;
    p.currency = currency;
    p.storeHosts = {u"koongo.com"_s};
    return p;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList names(const ProgramListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(cell(model, row, ProgramListModel::Name));
    return result;
}

} // namespace

class TestProgramListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loadsProgramsByName();
    void display_data();
    void display();
    void addInsertsOneRowInOrder();
    void failedAddChangesNothing();
    void updateChangesOneRow();
    void renameMovesTheRow();
    void setActive();
    void refreshAfterSomeoneElseChangedIt();

    void membershipsOfTheChosenProgram();
    void joinThroughTheModel();
    void partnersMatchingASearch();

private:
    std::unique_ptr<StoreFixture> m_store;
};

void TestProgramListModel::initTestCase()
{
    pinNow();
    QLocale::setDefault(QLocale(u"en_US"_s)); // amounts are shown in the locale: "€1,234.50"
}

void TestProgramListModel::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
}

void TestProgramListModel::cleanup()
{
    m_store.reset();
}

void TestProgramListModel::loadsProgramsByName()
{
    ProgramStore store(m_store->database);
    for (const QString &name : {u"Zeta"_s, u"alpha"_s, u"Koongo Partner"_s})
        QVERIFY(store.add(program(name)));

    ProgramListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(ProgramListModel::Count));
    QCOMPARE(names(model), (QStringList{u"alpha"_s, u"Koongo Partner"_s, u"Zeta"_s}));
    QCOMPARE(model.headerData(ProgramListModel::LinkRate, Qt::Horizontal).toString(), u"Link rate"_s);
    QVERIFY(
        model.headerData(ProgramListModel::LinkRate, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"link"_s));
}

void TestProgramListModel::display_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("linkBasisPoints");
    QTest::addColumn<qint64>("thresholdMinor");
    QTest::addColumn<QString>("linkRate");
    QTest::addColumn<QString>("threshold");

    QTest::newRow("EUR, 20 %") << u"EUR"_s << 2000 << qint64(5000) << u"20 %"_s << u"€50.00"_s;
    QTest::addRow("fractional rate") << u"USD"_s << 1250 << qint64(10000) << u"12.5 %"_s << u"$100.00"_s;
    QTest::addRow("JPY has no minor unit") << u"JPY"_s << 725 << qint64(5000) << u"7.25 %"_s << u"JPY\u00a05,000"_s;
    QTest::addRow("KWD has three") << u"KWD"_s << 0 << qint64(1500) << u"0 %"_s << u"KWD\u00a01.500"_s;
}

void TestProgramListModel::display()
{
    QFETCH(QString, currency);
    QFETCH(int, linkBasisPoints);
    QFETCH(qint64, thresholdMinor);
    QFETCH(QString, linkRate);
    QFETCH(QString, threshold);

    Program p = program(u"Koongo Partner"_s, currency);
    p.linkRate = Rate::fromBasisPoints(linkBasisPoints);
    p.thresholdMinor = thresholdMinor;
    p.holdDays = 14;
    ProgramListModel model(m_store->database);
    const Result<qint64> id = model.add(p);
    QVERIFY2(id, qPrintable(id.error()));

    QCOMPARE(cell(model, 0, ProgramListModel::Currency), currency);
    QCOMPARE(cell(model, 0, ProgramListModel::LinkRate), linkRate);
    QCOMPARE(cell(model, 0, ProgramListModel::CouponRate), u"10 %"_s);
    QCOMPARE(cell(model, 0, ProgramListModel::Threshold), threshold);
    QCOMPARE(cell(model, 0, ProgramListModel::HoldDays), u"14"_s);
    QCOMPARE(cell(model, 0, ProgramListModel::Members), u"0"_s);
    QCOMPARE(cell(model, 0, ProgramListModel::Active), u"Yes"_s);
    // Raw values for sorting and for the code that acts on a row.
    QCOMPARE(model.data(model.index(0, ProgramListModel::LinkRate), ModelRoles::SortRole).toInt(), linkBasisPoints);
    QCOMPARE(model.data(model.index(0, ProgramListModel::Threshold), ModelRoles::SortRole).toLongLong(),
             thresholdMinor);
    QCOMPARE(model.data(model.index(0, ProgramListModel::Currency), ModelRoles::IdRole).toLongLong(), *id);
    QCOMPARE(model.data(model.index(0, ProgramListModel::Name), ModelRoles::ActiveRole).toBool(), true);
    QVERIFY(cell(model, 0, ProgramListModel::Name, Qt::ToolTipRole).contains(u"koongo.com"_s));
}

void TestProgramListModel::addInsertsOneRowInOrder()
{
    ProgramListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.add(program(u"Alpha"_s)));
    QVERIFY(model.add(program(u"Gamma"_s)));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const Result<qint64> id = model.add(program(u"beta"_s));
    QVERIFY2(id, qPrintable(id.error()));

    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(inserted.first().at(2).toInt(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(names(model), (QStringList{u"Alpha"_s, u"beta"_s, u"Gamma"_s}));
    QCOMPARE(model.rowOf(*id), 1);
}

void TestProgramListModel::failedAddChangesNothing()
{
    ProgramListModel model(m_store->database);
    QVERIFY(model.add(program(u"Koongo Partner"_s)));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const Result<qint64> duplicate = model.add(program(u"koongo partner"_s));
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error(), u"A program with this name already exists."_s);
    Program noHosts = program(u"Other"_s);
    noHosts.storeHosts.clear();
    QVERIFY(!model.add(noHosts));

    QCOMPARE(inserted.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(model.rowCount(), 1);
}

void TestProgramListModel::updateChangesOneRow()
{
    ProgramListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.add(program(u"Alpha"_s)));
    const Result<qint64> id = model.add(program(u"Beta"_s));
    QVERIFY(id);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    Program changedProgram = *model.program(*id);
    changedProgram.linkRate = Rate::fromBasisPoints(2500);
    const Status status = model.update(changedProgram);
    QVERIFY2(status, qPrintable(status.error()));

    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), model.index(1, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), model.index(1, ProgramListModel::Count - 1));
    QCOMPARE(moved.size(), 0);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(cell(model, 1, ProgramListModel::LinkRate), u"25 %"_s);

    // A failed update leaves the row as it was.
    changedProgram.currency = u"XXY"_s;
    QVERIFY(!model.update(changedProgram));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 1, ProgramListModel::Currency), u"EUR"_s);
}

void TestProgramListModel::renameMovesTheRow()
{
    ProgramListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<qint64> id = model.add(program(u"Alpha"_s));
    QVERIFY(id);
    QVERIFY(model.add(program(u"Beta"_s)));
    QVERIFY(model.add(program(u"Gamma"_s)));

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Program renamed = *model.program(*id);
    renamed.name = u"Omega"_s;
    QVERIFY(model.update(renamed));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(names(model), (QStringList{u"Beta"_s, u"Gamma"_s, u"Omega"_s}));

    renamed.name = u"Aardvark"_s;
    QVERIFY(model.update(renamed));
    QCOMPARE(moved.size(), 2);
    QCOMPARE(names(model), (QStringList{u"Aardvark"_s, u"Beta"_s, u"Gamma"_s}));
}

void TestProgramListModel::setActive()
{
    ProgramListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<qint64> id = model.add(program(u"Koongo Partner"_s));
    QVERIFY(id);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setActive(*id, false));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 0, ProgramListModel::Active), u"No"_s);
    QCOMPARE(model.data(model.index(0, ProgramListModel::Name), ModelRoles::ActiveRole).toBool(), false);
    QCOMPARE(ProgramStore(m_store->database).byId(*id)->active, false);

    QVERIFY(model.setActive(*id, true));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(cell(model, 0, ProgramListModel::Active), u"Yes"_s);

    QVERIFY(!model.setActive(*id + 100, false));
    QCOMPARE(changed.size(), 2);
}

void TestProgramListModel::refreshAfterSomeoneElseChangedIt()
{
    ProgramListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<qint64> id = model.add(program(u"Koongo Partner"_s));
    QVERIFY(id);
    const Result<Affiliate> jane = AffiliateStore(m_store->database).add(u"Jane"_s, u"jane@example.com"_s);
    QVERIFY(jane);
    QVERIFY(ProgramStore(m_store->database).join(jane->id, *id));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh(*id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 0, ProgramListModel::Members), u"1"_s);
}

void TestProgramListModel::membershipsOfTheChosenProgram()
{
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    const Result<qint64> koongo = programs.add(program(u"Koongo Partner"_s));
    const Result<qint64> agency = programs.add(program(u"Koongo Agency"_s));
    QVERIFY(koongo && agency);
    const Result<Affiliate> jane = affiliates.add(u"Jane Blogger"_s, u"jane@example.com"_s, u"JANE"_s);
    const Result<Affiliate> bob = affiliates.add(u"Bob Reviewer"_s, u"bob@example.com"_s, u"BOB"_s);
    QVERIFY(jane && bob);
    QVERIFY(programs.join(jane->id, *koongo));
    QVERIFY(programs.join(bob->id, *koongo));
    QVERIFY(programs.join(bob->id, *agency));
    QVERIFY(programs.leave(bob->id, *koongo));

    MembershipListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setProgramId(*koongo);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.activeCount(), 1);
    // Active members first.
    QCOMPARE(cell(model, 0, MembershipListModel::Code), u"JANE"_s);
    QCOMPARE(cell(model, 0, MembershipListModel::Name), u"Jane Blogger"_s);
    QCOMPARE(cell(model, 0, MembershipListModel::Email), u"jane@example.com"_s);
    QCOMPARE(cell(model, 0, MembershipListModel::Primary), u"Yes"_s);
    QCOMPARE(cell(model, 0, MembershipListModel::Active), u"Yes"_s);
    QVERIFY(!cell(model, 0, MembershipListModel::Joined).isEmpty());
    QCOMPARE(model.data(model.index(0, 0), ModelRoles::IdRole).toLongLong(), jane->id);
    QCOMPARE(cell(model, 1, MembershipListModel::Code), u"BOB"_s);
    QCOMPARE(cell(model, 1, MembershipListModel::Primary), u"No"_s);
    QCOMPARE(cell(model, 1, MembershipListModel::Active), u"Left"_s);
    QCOMPARE(model.data(model.index(1, 0), ModelRoles::ActiveRole).toBool(), false);

    model.setProgramId(*agency);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, MembershipListModel::Primary), u"Yes"_s);
    model.setProgramId(0);
    QCOMPARE(model.rowCount(), 0);
}

void TestProgramListModel::joinThroughTheModel()
{
    ProgramStore programs(m_store->database);
    const Result<qint64> koongo = programs.add(program(u"Koongo Partner"_s));
    QVERIFY(koongo);
    const Result<Affiliate> jane = AffiliateStore(m_store->database).add(u"Jane"_s, u"jane@example.com"_s);
    QVERIFY(jane);

    MembershipListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.join(jane->id)); // no program chosen
    model.setProgramId(*koongo);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Status joined = model.join(jane->id);
    QVERIFY2(joined, qPrintable(joined.error()));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(programs.members(*koongo).size(), 1);

    const Status again = model.join(jane->id);
    QVERIFY(!again);
    QVERIFY(again.error().contains(u"already a member"_s));
    QCOMPARE(reset.size(), 1);
}

void TestProgramListModel::partnersMatchingASearch()
{
    AffiliateStore affiliates(m_store->database);
    for (int i = 0; i < 12; ++i)
        QVERIFY(affiliates.add(u"Partner %1"_s.arg(i, 2, 10, QLatin1Char('0')), u"p%1@example.com"_s.arg(i)));
    QVERIFY(affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s));

    AffiliateListModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 13);
    QVERIFY(!model.isTruncated());

    model.setSearch(u"  blog "_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, AffiliateListModel::Name), u"Jane Blogger"_s);
    QCOMPARE(cell(model, 0, AffiliateListModel::Code), u"JANE"_s);
    QCOMPARE(cell(model, 0, AffiliateListModel::Status), u"Approved"_s);
    QCOMPARE(model.affiliate(0)->email, u"jane@blog.example"_s);
    QCOMPARE(model.affiliate(1), nullptr);

    model.setSearch(u"partner"_s);
    model.setLimit(5);
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.isTruncated());
    QCOMPARE(cell(model, 0, AffiliateListModel::Name), u"Partner 00"_s);

    model.setSearch(u"nobody"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isTruncated());
}

QTEST_GUILESS_MAIN(TestProgramListModel)
#include "tst_programlistmodel.moc"
