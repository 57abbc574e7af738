// The contract surface of partnerdesk-cli (DESIGN.md, "Command line"): every command's --help,
// usage errors, commands this version lacks, and two scenarios that need a database of their own.

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

class TestCliContract final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpOfEveryCommand_data();
    void helpOfEveryCommand();
    void toolHelpListsEveryCommand();
    void unavailableCommands_data();
    void unavailableCommands();
    void usageErrors_data();
    void usageErrors();
    void approvalHoldKeepsCommissionPending();
    void demoData();

private:
    CliRun cli(const QStringList &arguments, const QByteArray &now = afterHolds) const
    {
        return m_runner.run(arguments, now);
    }

    CliRunner m_runner;
};

void TestCliContract::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
}

void TestCliContract::helpOfEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("flags");
    // DESIGN.md, "Command line: partnerdesk-cli": names and flags exactly so.
    const auto row = [](const QString &name, const QStringList &flags) {
        QTest::addRow("%s", qPrintable(name)) << name.split(u' ') << flags;
    };
    row(u"program add"_s, {u"--name"_s, u"--currency"_s, u"--link-rate"_s, u"--coupon-rate"_s, u"--coupon-discount"_s,
                           u"--threshold"_s, u"--hold-days"_s, u"--store-host"_s});
    row(u"program list"_s, {});
    row(u"affiliate add"_s, {u"--name"_s, u"--email"_s, u"--code"_s});
    row(u"join"_s, {u"--affiliate"_s, u"--program"_s});
    row(u"coupon create"_s, {u"--affiliate"_s, u"--program"_s, u"--code"_s});
    row(u"domain add"_s, {u"--affiliate"_s, u"--domain"_s});
    row(u"domain verify"_s, {u"--affiliate"_s, u"--domain"_s});
    row(u"domain approve"_s, {u"--affiliate"_s, u"--domain"_s, u"--reason"_s});
    row(u"rewrite add"_s, {u"--affiliate"_s, u"--host"_s, u"--path"_s, u"--target"_s, u"--campaign"_s});
    row(u"rewrite export"_s, {u"--format"_s, u"--listen"_s});
    row(u"link"_s, {u"--affiliate"_s, u"--url"_s, u"--campaign"_s});
    row(u"banner add"_s, {u"--program"_s, u"--title"_s, u"--image"_s, u"--width"_s, u"--height"_s});
    row(u"banner snippet"_s, {u"--banner"_s, u"--affiliate"_s, u"--url"_s, u"--campaign"_s});
    row(u"orders import"_s, {u"FILE"_s});
    row(u"visits import"_s, {u"FILE"_s});
    row(u"assign"_s, {u"--order"_s, u"--affiliate"_s, u"--reason"_s, u"--amount"_s});
    row(u"explain"_s, {u"--order"_s});
    row(u"transactions"_s, {u"--format"_s});
    row(u"balances"_s, {u"--format"_s});
    row(u"payouts due"_s, {});
    row(u"payouts batch"_s, {u"--format"_s, u"--output"_s});
    row(u"payouts mark-paid"_s, {u"--batch"_s});
    row(u"report"_s, {u"--from"_s, u"--to"_s, u"--format"_s, u"--output"_s, u"--by"_s, u"campaign"_s});
    row(u"sync"_s, {u"--central"_s});
    row(u"demo"_s, {u"--orders"_s});
    // Added with the commission rules (issue #15).
    row(u"rate set"_s, {u"--program"_s, u"--affiliate"_s, u"--link-rate"_s, u"--link-amount"_s, u"--coupon-rate"_s,
                        u"--coupon-amount"_s, u"--reset-link"_s, u"--reset-coupon"_s, u"--from"_s});
    row(u"rate list"_s, {u"--affiliate"_s, u"--program"_s});
    row(u"tier add"_s, {u"--program"_s, u"--min-orders"_s, u"--link-rate"_s, u"--coupon-rate"_s});
    row(u"tier list"_s, {u"--program"_s});
    row(u"tier remove"_s, {u"--program"_s, u"--min-orders"_s});
    row(u"holds list"_s, {});
    row(u"holds clear"_s, {u"--order"_s, u"--reason"_s});
    row(u"holds cancel"_s, {u"--order"_s, u"--reason"_s});
    row(u"program set"_s,
        {u"--name"_s, u"--description"_s, u"--link-rate"_s, u"--coupon-rate"_s, u"--coupon-discount"_s,
         u"--threshold"_s, u"--hold-days"_s, u"--cookie-days"_s, u"--store-host"_s, u"--notices"_s,
         u"--lifetime-days"_s, u"--fraud-own-domain"_s, u"--fraud-leaked-coupon"_s, u"--fraud-shared-customers"_s,
         u"--fraud-cancel-share"_s, u"--fraud-no-visit"_s});
}

void TestCliContract::helpOfEveryCommand()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, flags);
    const QStringList arguments = command + QStringList{u"--help"_s};
    const CliRun run = cli(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    CLI_EXPECT(run, arguments, run.err.isEmpty());
    CLI_EXPECT(run, arguments, run.out.startsWith(u"Usage: partnerdesk-cli "_s + command.join(u' ')));
    CLI_EXPECT(run, arguments, run.out.contains(u"--db"_s)); // every command takes --db
    for (const QString &flag : flags)
        CLI_EXPECT(run, arguments, run.out.contains(flag));
    // Each option comes with a description, not just its name.
    CLI_EXPECT(run, arguments, run.out.count(u'\n') >= 3 + flags.size());

    // "help COMMAND" says the same.
    const CliRun viaHelp = cli(QStringList{u"help"_s} + command);
    QCOMPARE(viaHelp.exitCode, 0);
    QCOMPARE(viaHelp.out, run.out);
}

void TestCliContract::toolHelpListsEveryCommand()
{
    const CliRun run = cli({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    for (const QString &name : {u"program add"_s,       u"affiliate add"_s, u"join"_s,           u"coupon create"_s,
                                u"domain add"_s,        u"domain verify"_s, u"domain approve"_s, u"rewrite add"_s,
                                u"rewrite export"_s,    u"link"_s,          u"banner add"_s,     u"banner snippet"_s,
                                u"orders import"_s,     u"visits import"_s, u"assign"_s,         u"explain"_s,
                                u"transactions"_s,      u"balances"_s,      u"payouts due"_s,    u"payouts batch"_s,
                                u"payouts mark-paid"_s, u"report"_s,        u"sync"_s,           u"demo"_s})
        QVERIFY2(run.out.contains(u"  "_s + name + u' '), qPrintable(name));

    const CliRun group = cli({u"payouts"_s, u"--help"_s});
    QCOMPARE(group.exitCode, 0);
    QVERIFY(group.out.contains(u"due"_s) && group.out.contains(u"batch"_s) && group.out.contains(u"mark-paid"_s));

    const CliRun version = cli({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(u"partnerdesk-cli "_s));
}

void TestCliContract::unavailableCommands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedError");
    // sync works now (tests/integration/tst_syncengine): without a server it fails cleanly.
    QTest::addRow("sync without a server")
        << QStringList{u"sync"_s, u"--central"_s, u"postgresql://me@127.0.0.1:1/pd"_s}
        << u"partnerdesk-cli: Cannot connect to "_s;
}

void TestCliContract::unavailableCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedError);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.startsWith(expectedError), qPrintable(run.err));
}

void TestCliContract::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addRow("no command") << QStringList{} << u"Usage"_s;
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::addRow("group without command") << QStringList{u"payouts"_s} << u"mark-paid"_s;
    QTest::addRow("unknown subcommand") << QStringList{u"program"_s, u"delete"_s} << u"program delete"_s;
    QTest::addRow("unknown option") << QStringList{u"program"_s, u"list"_s, u"--colour"_s} << u"colour"_s;
    QTest::addRow("missing required option")
        << QStringList{u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane"_s} << u"--email"_s;
    QTest::addRow("missing file") << QStringList{u"orders"_s, u"import"_s} << u"FILE"_s;
    // domain verify runs now (tests/unit/tst_domainverifier.cpp checks it over the network); here
    // only that it refuses before any network access.
    QTest::addRow("domain verify without domain")
        << QStringList{u"domain"_s, u"verify"_s, u"--affiliate"_s, u"JANE"_s} << u"--domain"_s;
    QTest::addRow("domain verify of unknown partner")
        << QStringList{u"domain"_s, u"verify"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, u"janeblog.com"_s}
        << u"JANE"_s;
    QTest::addRow("bad format") << QStringList{u"rewrite"_s, u"export"_s, u"--format"_s, u"lighttpd"_s}
                                << u"lighttpd"_s;
}

void TestCliContract::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CliRun run = cli(arguments + QStringList{u"--db"_s, m_runner.path(u"usage.sqlite"_s)});
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    CLI_EXPECT(run, arguments, run.out.isEmpty());
    if (!arguments.isEmpty()) { // errors: one line, prefixed
        CLI_EXPECT(run, arguments, run.errLines().size() == 1);
        CLI_EXPECT(run, arguments, run.err.startsWith(u"partnerdesk-cli: "_s));
    }
    CLI_EXPECT(run, arguments, run.err.contains(mentions));
}

void TestCliContract::approvalHoldKeepsCommissionPending()
{
    const QStringList database = {u"--db"_s, m_runner.path(u"hold.sqlite"_s)};
    const QByteArray beforeHold = "2026-01-20T00:00:00Z"_ba;
    QCOMPARE(
        cli(QStringList{u"program"_s, u"add"_s, u"--name"_s, u"Koongo Partner"_s, u"--currency"_s, u"EUR"_s,
                        u"--link-rate"_s, u"20"_s, u"--coupon-rate"_s, u"10"_s, u"--coupon-discount"_s, u"10"_s,
                        u"--threshold"_s, u"50.00"_s, u"--hold-days"_s, u"30"_s, u"--store-host"_s, u"koongo.com"_s} +
                database,
            beforeHold)
            .exitCode,
        0);
    QCOMPARE(cli(QStringList{u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane"_s, u"--email"_s, u"jane@example.com"_s,
                             u"--code"_s, u"JANE"_s} +
                     database,
                 beforeHold)
                 .exitCode,
             0);
    QCOMPARE(cli(QStringList{u"join"_s, u"--affiliate"_s, u"JANE"_s, u"--program"_s, u"Koongo Partner"_s} + database,
                 beforeHold)
                 .exitCode,
             0);
    const QString orders =
        m_runner.writeFile(u"hold.csv"_s, "order_id,placed_at,subtotal,currency,status,landing_url\n"
                                          "H1,2026-01-10T12:00:00Z,500.00,EUR,complete,https://koongo.com/?acc=JANE\n");
    QCOMPARE(cli(QStringList{u"orders"_s, u"import"_s, orders} + database, beforeHold).exitCode, 0);

    const QString expectedPending = u"JANE,Jane,jane@example.com,EUR,100.00,0.00,0.00,0.00,50.00,no\n"_s;
    QVERIFY(cli(QStringList{u"balances"_s} + database, beforeHold).out.endsWith(expectedPending));
    QVERIFY(cli(QStringList{u"transactions"_s} + database, beforeHold).out.endsWith(u",pending,\n"_s));
    // 30 days after 2026-01-10T12:00 the hold has passed.
    const QByteArray afterHold = "2026-02-09T12:00:00Z"_ba;
    QVERIFY(cli(QStringList{u"balances"_s} + database, afterHold)
                .out.endsWith(u"JANE,Jane,jane@example.com,EUR,0.00,100.00,0.00,0.00,50.00,yes\n"_s));
    QVERIFY(cli(QStringList{u"transactions"_s} + database, afterHold).out.endsWith(u",approved,\n"_s));
}

void TestCliContract::demoData()
{
    const QStringList database = {u"--db"_s, m_runner.path(u"demo.sqlite"_s)};
    const CliRun run = cli(QStringList{u"demo"_s, u"--orders"_s, u"500"_s, u"--partners"_s, u"40"_s} + database);
    CLI_EXPECT(run, database, run.exitCode == 0);
    QCOMPARE(run.outLines().size(), 1);
    QVERIFY(run.out.contains(u"500 orders"_s));
    QVERIFY(run.out.contains(u"40 partners"_s));
    QVERIFY(run.err.isEmpty()); // no progress when stderr is not a terminal

    const CliRun programs = cli(QStringList{u"program"_s, u"list"_s} + database);
    QVERIFY(programs.out.contains(u"\nKoongo Partner,EUR,20,10,10,"_s));
    const CliRun transactions = cli(QStringList{u"transactions"_s} + database);
    QVERIFY(transactions.outLines().size() > 100);
    QCOMPARE(cli(QStringList{u"demo"_s, u"--orders"_s, u"many"_s} + database).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_clicontract.moc"
