// partnerdesk-cli and partner requests (issue #14) on the real binary and a fresh database:
// applications import (all or nothing, bad rows as FILE:LINE: field: reason), claim and vanity
// (each prints its request id), request list in CSV and as a table, request approve (a claim
// assigns the order, a vanity request with another path makes that rewrite, a sign-up makes the
// partner) and request reject (a reason required), and the audit log of each.

#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

class TestCliRequests final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badApplicationsFileNothing();
    void applicationsImportAndApprove();
    void claimApproveAssignsTheOrder();
    void vanityApprovedWithAnotherPath();
    void rejectNeedsAReason();
    void badInvocations_data();
    void badInvocations();
    void helpNamesTheFlags();

private:
    CliRun db(QStringList arguments) const
    {
        arguments << u"--db"_s << m_db;
        return m_runner.run(arguments, "2029-06-01T00:00:00Z"_ba);
    }
    // One value from the database file, read directly.
    QString scalar(const QString &sql) const;
    // The CSV line of `id` in "request list".
    QString listed(const QString &id) const;

    CliRunner m_runner;
    QString m_db;
};

void TestCliRequests::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"books.sqlite"_s);
    const QStringList setUp[] = {
        {u"program"_s, u"add"_s, u"--name"_s, u"Koongo"_s, u"--currency"_s, u"EUR"_s, u"--link-rate"_s, u"20"_s,
         u"--coupon-rate"_s, u"10"_s, u"--coupon-discount"_s, u"10"_s, u"--threshold"_s, u"50.00"_s, u"--hold-days"_s,
         u"30"_s, u"--store-host"_s, u"koongo.com"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Jana"_s, u"--email"_s, u"jana@example.net"_s, u"--code"_s, u"JANA"_s},
        {u"join"_s, u"--affiliate"_s, u"JANA"_s, u"--program"_s, u"Koongo"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Petr"_s, u"--email"_s, u"petr@example.net"_s, u"--code"_s, u"PETR"_s},
        {u"join"_s, u"--affiliate"_s, u"PETR"_s, u"--program"_s, u"Koongo"_s},
    };
    for (const QStringList &arguments : setUp) {
        const CliRun run = db(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(arguments, run)));
    }
}

QString TestCliRequests::scalar(const QString &sql) const
{
    QString value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        database.setDatabaseName(m_db);
        if (database.open()) {
            QSqlQuery query(database);
            if (query.exec(sql) && query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

QString TestCliRequests::listed(const QString &id) const
{
    const CliRun run = db({u"request"_s, u"list"_s});
    for (const QString &line : run.outLines()) {
        if (line.startsWith(id + u','))
            return line;
    }
    return {};
}

void TestCliRequests::badApplicationsFileNothing()
{
    const QString file = m_runner.writeFile(u"bad.csv"_s, "name,email,website,promotion,program\n"
                                                          "Eva,eva@example.org,https://eva.example,A blog,Koongo\n"
                                                          ",nobody@example.org,,,Koongo\n"
                                                          "Karel,karel at example,,,Koongo\n"
                                                          "Olga,olga@example.org,,,No Such Program\n");
    const QStringList arguments = {u"applications"_s, u"import"_s, file};
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    const QStringList errors = run.errLines();
    CLI_EXPECT(run, arguments, errors.size() == 4);
    CLI_EXPECT(run, arguments, errors.at(0).startsWith(file + u":3: name: "_s));
    CLI_EXPECT(run, arguments, errors.at(1).startsWith(file + u":4: email: "_s));
    CLI_EXPECT(run, arguments,
               errors.at(2).startsWith(file + u":5: program: "_s) && errors.at(2).contains(u"No Such Program"_s));
    CLI_EXPECT(run, arguments, errors.at(3).contains(u"nothing was filed"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM requests"_s), u"0"_s);
}

void TestCliRequests::applicationsImportAndApprove()
{
    // "note" stands for "promotion" (DESIGN.md's header), columns in any order.
    const QString file = m_runner.writeFile(
        u"applications.csv"_s, "program,name,email,website,note\n"
                               "Koongo,Eva Blogger,eva@example.org,https://eva.example,\"A blog, weekly\"\n"
                               "koongo,Eva Again,EVA@example.org,,\n");
    QStringList arguments = {u"applications"_s, u"import"_s, file};
    CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    const QStringList ids = run.outLines().mid(0, 2);
    CLI_EXPECT(run, arguments, ids.size() == 2 && ids.at(0).startsWith(u'R') && ids.at(1).startsWith(u'R'));
    const QString eva = listed(ids.at(0));
    QVERIFY2(eva.contains(u",signup,waiting,,Koongo,Eva Blogger <eva@example.org> https://eva.example,"_s),
             qPrintable(eva));
    // The duplicate is shown beside each.
    QVERIFY2(eva.endsWith(u',' + ids.at(1)), qPrintable(eva));

    arguments = {u"request"_s, u"approve"_s, u"--id"_s, ids.at(0), u"--reason"_s, u"Welcome aboard"_s};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    CLI_EXPECT(run, arguments, run.out.startsWith(u"approved "_s + ids.at(0) + u": partner "_s));
    const QString code = scalar(u"SELECT code FROM affiliates WHERE email = 'eva@example.org'"_s);
    QVERIFY(!code.isEmpty());
    CLI_EXPECT(run, arguments, run.out.contains(code));
    // His own login is the next step, and the output says which command takes it.
    CLI_EXPECT(run, arguments, run.out.contains(u"central grant --affiliate "_s + code + u" --login"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM memberships m JOIN affiliates a ON a.id = m.affiliate_id "
                    "WHERE a.code = '%1'"_s.arg(code)),
             u"1"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM coupons c JOIN affiliates a ON a.id = c.affiliate_id "
                    "WHERE a.code = '%1'"_s.arg(code)),
             u"1"_s);
    QVERIFY2(listed(ids.at(0)).contains(u",signup,approved,"_s + code + u','), qPrintable(listed(ids.at(0))));
    QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE entity = 'request' AND action = 'request.approve'"_s),
             u"1"_s);

    // Waiting only: the other one.
    run = db({u"request"_s, u"list"_s, u"--state"_s, u"waiting"_s});
    QCOMPARE(run.outLines().size(), 2);
    QVERIFY(run.outLines().at(1).startsWith(ids.at(1) + u','));
    run = db({u"request"_s, u"list"_s, u"--format"_s, u"table"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.outLines().first().startsWith(u"id  "_s), qPrintable(run.out));
}

void TestCliRequests::claimApproveAssignsTheOrder()
{
    const QString orders = m_runner.writeFile(
        u"orders.csv"_s,
        "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url\n"
        "5001,2029-05-01T10:00:00Z,200.00,EUR,complete,,,https://koongo.com/?acc=PETR,\n");
    QCOMPARE(db({u"orders"_s, u"import"_s, orders}).exitCode, 0);
    QStringList arguments = {u"claim"_s,
                             u"--affiliate"_s,
                             u"JANA"_s,
                             u"--order"_s,
                             u"5001"_s,
                             u"--date"_s,
                             u"2029-05-01"_s,
                             u"--amount"_s,
                             u"200.00"_s,
                             u"--reason"_s,
                             u"The customer forgot the coupon JANA10, see her e-mail of 3 May"_s};
    CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    const QString id = run.outLines().constLast();
    CLI_EXPECT(run, arguments, id.startsWith(u'R'));
    QVERIFY2(listed(id).contains(u",claim,waiting,JANA,,order 5001 of 2029-05-01 (200.00 EUR),"_s),
             qPrintable(listed(id)));

    arguments = {u"request"_s, u"approve"_s, u"--id"_s, id};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    QCOMPARE(scalar(u"SELECT a.code FROM transactions t JOIN affiliates a ON a.id = t.affiliate_id "
                    "WHERE t.order_id = '5001' AND NOT t.superseded AND t.kind <> 'reversal'"_s),
             u"JANA"_s);
    QCOMPARE(
        scalar(u"SELECT kind FROM transactions WHERE order_id = '5001' AND NOT superseded AND kind <> 'reversal'"_s),
        u"manual"_s);
    const QString reason =
        scalar(u"SELECT reason FROM audit_log WHERE action = 'order.assign' AND entity_id = '5001'"_s);
    QVERIFY2(reason.startsWith(u"Claim %1: The customer forgot the coupon JANA10"_s.arg(id)), qPrintable(reason));
    // Decided once.
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1 && run.err.contains(u"approved already"_s));

    // A claim for an order not in the books is refused at approval, and stays waiting.
    arguments = {u"claim"_s, u"--affiliate"_s, u"JANA"_s, u"--order"_s, u"9999"_s, u"--reason"_s, u"mine"_s};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    const QString missing = run.outLines().constLast();
    arguments = {u"request"_s, u"approve"_s, u"--id"_s, missing};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1 && run.err.contains(u"Order 9999 is not in the books yet"_s));
    QVERIFY(listed(missing).contains(u",claim,waiting,"_s));
}

void TestCliRequests::vanityApprovedWithAnotherPath()
{
    QStringList arguments = {u"vanity"_s,   u"--affiliate"_s,      u"JANA"_s,
                             u"--host"_s,   u"koongo.com"_s,       u"--path"_s,
                             u"/sale"_s,    u"--target"_s,         u"https://koongo.com/pricing"_s,
                             u"--reason"_s, u"for my newsletter"_s};
    CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    const QString id = run.outLines().constLast();
    arguments = {u"request"_s, u"approve"_s, u"--id"_s, id, u"--path"_s, u"/jana-sale"_s};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0 && run.out.contains(u"koongo.com/jana-sale"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM rewrites WHERE path = '/jana-sale'"_s), u"1"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM rewrites WHERE path = '/sale'"_s), u"0"_s);
    QCOMPARE(scalar(u"SELECT approved_path FROM requests WHERE id = %1"_s.arg(id.mid(1))), u"/jana-sale"_s);

    // The rewrite editor's rules, before it is filed.
    arguments = {u"vanity"_s, u"--affiliate"_s,  u"JANA"_s,
                 u"--host"_s, u"evil.example"_s, u"--path"_s,
                 u"/x"_s,     u"--target"_s,     u"https://koongo.com/"_s};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1 && run.err.contains(u"host"_s));
}

void TestCliRequests::rejectNeedsAReason()
{
    QStringList arguments = {u"claim"_s, u"--affiliate"_s, u"PETR"_s, u"--order"_s,
                             u"7001"_s,  u"--reason"_s,    u"mine"_s};
    CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    const QString id = run.outLines().constLast();
    arguments = {u"request"_s, u"reject"_s, u"--id"_s, id};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1 && run.err.contains(u"--reason"_s));
    arguments = {u"request"_s, u"reject"_s, u"--id"_s, id, u"--reason"_s, u"  "_s};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    arguments = {u"request"_s, u"reject"_s, u"--id"_s, id, u"--reason"_s, u"The customer came through JANA's link"_s};
    run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0 && run.out.startsWith(u"rejected "_s + id));
    QVERIFY2(listed(id).contains(u",claim,rejected,PETR,"_s) &&
                 listed(id).contains(u"The customer came through JANA's link"_s),
             qPrintable(listed(id)));
    QCOMPARE(
        scalar(u"SELECT reason FROM audit_log WHERE action = 'request.reject' AND entity_id = '%1'"_s.arg(id.mid(1))),
        u"The customer came through JANA's link"_s);
}

void TestCliRequests::badInvocations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::addRow("claim without reason")
        << QStringList{u"claim"_s, u"--affiliate"_s, u"JANA"_s, u"--order"_s, u"1"_s} << u"Missing --reason"_s;
    QTest::addRow("claim unknown partner")
        << QStringList{u"claim"_s, u"--affiliate"_s, u"NOBODY"_s, u"--order"_s, u"1"_s, u"--reason"_s, u"x"_s}
        << u"No partner has the code"_s;
    QTest::addRow("claim bad date") << QStringList{u"claim"_s,  u"--affiliate"_s, u"JANA"_s,     u"--order"_s, u"1"_s,
                                                   u"--date"_s, u"yesterday"_s,   u"--reason"_s, u"x"_s}
                                    << u"order date"_s;
    QTest::addRow("claim bad amount") << QStringList{u"claim"_s,   u"--affiliate"_s, u"JANA"_s,
                                                     u"--order"_s, u"1"_s,           u"--amount"_s,
                                                     u"12.345"_s,  u"--reason"_s,    u"x"_s}
                                      << u"--amount: "_s;
    QTest::addRow("approve unknown id") << QStringList{u"request"_s, u"approve"_s, u"--id"_s, u"R999"_s}
                                        << u"There is no request \"R999\""_s;
    QTest::addRow("approve bad id") << QStringList{u"request"_s, u"approve"_s, u"--id"_s, u"12"_s}
                                    << u"There is no request \"12\""_s;
    QTest::addRow("list bad state") << QStringList{u"request"_s, u"list"_s, u"--state"_s, u"open"_s}
                                    << u"--state is waiting, approved or rejected"_s;
    QTest::addRow("import missing file") << QStringList{u"applications"_s, u"import"_s, u"/nonexistent/a.csv"_s}
                                         << u"Cannot read /nonexistent/a.csv"_s;
}

void TestCliRequests::badInvocations()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString before = scalar(u"SELECT count(*) || '/' || (SELECT count(*) FROM audit_log) FROM requests"_s);
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    CLI_EXPECT(run, arguments, run.err.startsWith(u"partnerdesk-cli: "_s) && run.err.contains(error));
    CLI_EXPECT(run, arguments, run.errLines().size() == 1);
    QCOMPARE(scalar(u"SELECT count(*) || '/' || (SELECT count(*) FROM audit_log) FROM requests"_s), before);
}

void TestCliRequests::helpNamesTheFlags()
{
    const QList<QPair<QString, QStringList>> commands = {
        {u"applications import"_s, {u"FILE"_s}},
        {u"request list"_s, {u"--state"_s, u"--format"_s}},
        {u"request approve"_s, {u"--id"_s, u"--path"_s, u"--reason"_s}},
        {u"request reject"_s, {u"--id"_s, u"--reason"_s}},
        {u"claim"_s, {u"--affiliate"_s, u"--order"_s, u"--reason"_s, u"--date"_s, u"--amount"_s}},
        {u"vanity"_s, {u"--affiliate"_s, u"--host"_s, u"--path"_s, u"--target"_s}},
    };
    const CliRun overview = m_runner.run({u"--help"_s});
    for (const auto &[name, flags] : commands) {
        QVERIFY2(overview.out.contains(u"  "_s + name + u' '), qPrintable(name));
        const QStringList arguments = name.split(u' ') + QStringList{u"--help"_s};
        const CliRun run = m_runner.run(arguments);
        CLI_EXPECT(run, arguments, run.exitCode == 0);
        for (const QString &flag : flags)
            CLI_EXPECT(run, arguments, run.out.contains(flag));
    }
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_clirequests.moc"
