// partnerdesk-cli and the commission rules (issue #15) on the real binary and a fresh database:
// rate set/list (a partner's rates with history, parts copied forward), tier add/list/remove,
// holds list/clear/cancel (a held row is set up by SQL: flagging is the engine's), program set's
// lifetime and fraud settings, and a refusal for each kind of bad input naming its flag, with
// exit 1 and nothing written.

#include "clirunner.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

class TestCliRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ratesWithHistory();
    void tiers();
    void holdsClearAndCancel();
    void programSettings();
    void campaigns();
    void badInvocations_data();
    void badInvocations();

private:
    CliRun db(QStringList arguments) const
    {
        arguments << u"--db"_s << m_db;
        return m_runner.run(arguments, "2029-06-01T00:00:00Z"_ba);
    }
    // One value from the database file, read (or, with an UPDATE, written) directly.
    QString sql(const QString &statement) const;

    CliRunner m_runner;
    QString m_db;
};

void TestCliRules::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"books.sqlite"_s);
    const QStringList setUp[] = {
        {u"program"_s, u"add"_s, u"--name"_s, u"Koongo"_s, u"--currency"_s, u"EUR"_s, u"--link-rate"_s, u"20"_s,
         u"--coupon-rate"_s, u"10"_s, u"--coupon-discount"_s, u"10"_s, u"--threshold"_s, u"50.00"_s, u"--hold-days"_s,
         u"30"_s, u"--store-host"_s, u"koongo.com"_s},
        {u"program"_s, u"add"_s, u"--name"_s, u"Koongo JP"_s, u"--currency"_s, u"JPY"_s, u"--link-rate"_s, u"20"_s,
         u"--coupon-rate"_s, u"10"_s, u"--coupon-discount"_s, u"10"_s, u"--threshold"_s, u"5000"_s, u"--hold-days"_s,
         u"30"_s, u"--store-host"_s, u"koongo.jp"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Jana"_s, u"--email"_s, u"jana@example.net"_s, u"--code"_s, u"JANA"_s},
        {u"join"_s, u"--affiliate"_s, u"JANA"_s, u"--program"_s, u"Koongo"_s},
        {u"join"_s, u"--affiliate"_s, u"JANA"_s, u"--program"_s, u"Koongo JP"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Petr"_s, u"--email"_s, u"petr@example.net"_s, u"--code"_s, u"PETR"_s},
        {u"join"_s, u"--affiliate"_s, u"PETR"_s, u"--program"_s, u"Koongo"_s},
    };
    for (const QStringList &arguments : setUp) {
        const CliRun run = db(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(arguments, run)));
    }
}

QString TestCliRules::sql(const QString &statement) const
{
    QString value;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
        database.setDatabaseName(m_db);
        if (database.open()) {
            QSqlQuery query(database);
            if (!query.exec(statement))
                qWarning("%s", qPrintable(statement));
            else if (query.next())
                value = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(u"peek"_s);
    return value;
}

void TestCliRules::ratesWithHistory()
{
    const QStringList steps[] = {
        {u"rate"_s, u"set"_s, u"--program"_s, u"Koongo"_s, u"--affiliate"_s, u"jana"_s, u"--link-rate"_s, u"25"_s,
         u"--from"_s, u"2029-01-01"_s},
        {u"rate"_s, u"set"_s, u"--program"_s, u"Koongo"_s, u"--affiliate"_s, u"JANA"_s, u"--coupon-amount"_s, u"3.50"_s,
         u"--from"_s, u"2029-03-01T12:00:00Z"_s},
        {u"rate"_s, u"set"_s, u"--program"_s, u"Koongo"_s, u"--affiliate"_s, u"JANA"_s, u"--reset-link"_s,
         u"--link-amount"_s, u"1"_s, u"--from"_s, u"2029-05-01"_s}, // refused: reset and set
        {u"rate"_s, u"set"_s, u"--program"_s, u"Koongo"_s, u"--affiliate"_s, u"JANA"_s, u"--reset-link"_s},
        {u"rate"_s, u"set"_s, u"--program"_s, u"Koongo JP"_s, u"--affiliate"_s, u"JANA"_s, u"--link-amount"_s, u"500"_s,
         u"--from"_s, u"2029-02-01"_s},
    };
    for (const QStringList &arguments : steps) {
        const CliRun run = db(arguments);
        const bool refused = arguments.contains(u"--reset-link"_s) && arguments.contains(u"--link-amount"_s);
        CLI_EXPECT(run, arguments, run.exitCode == (refused ? 1 : 0));
        CLI_EXPECT(run, arguments,
                   refused ? run.err.contains(u"--reset-link cannot be given with --link-amount"_s)
                           : run.err.isEmpty());
    }
    CliRun run = db({u"rate"_s, u"list"_s, u"--affiliate"_s, u"JANA"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(),
             (QStringList{u"program,effective_from,link_rate_percent,link_amount,coupon_rate_percent,coupon_amount,"
                          "currency,created_by,created_at"_s,
                          u"Koongo,2029-01-01T00:00:00Z,25,,,,EUR,e2e,2029-06-01T00:00:00Z"_s,
                          u"Koongo,2029-03-01T12:00:00Z,25,,,3.50,EUR,e2e,2029-06-01T00:00:00Z"_s,
                          u"Koongo,2029-06-01T00:00:00Z,,,,3.50,EUR,e2e,2029-06-01T00:00:00Z"_s,
                          u"Koongo JP,2029-02-01T00:00:00Z,,500,,,JPY,e2e,2029-06-01T00:00:00Z"_s}));
    run = db({u"rate"_s, u"list"_s, u"--affiliate"_s, u"JANA"_s, u"--program"_s, u"Koongo JP"_s});
    QCOMPARE(run.outLines().size(), 2);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE action = 'rate.set' AND entity = 'partner_rate'"_s), u"4"_s);
    run = db({u"rate"_s, u"list"_s, u"--affiliate"_s, u"PETR"_s});
    QCOMPARE(run.outLines().size(), 1); // the header only
}

void TestCliRules::tiers()
{
    for (const QStringList &arguments :
         {QStringList{u"tier"_s, u"add"_s, u"--program"_s, u"Koongo"_s, u"--min-orders"_s, u"50"_s, u"--link-rate"_s,
                      u"30"_s, u"--coupon-rate"_s, u"15"_s},
          QStringList{u"tier"_s, u"add"_s, u"--program"_s, u"Koongo"_s, u"--min-orders"_s, u"10"_s, u"--link-rate"_s,
                      u"22.5"_s}}) {
        const CliRun run = db(arguments);
        CLI_EXPECT(run, arguments, run.exitCode == 0 && run.err.isEmpty());
    }
    CliRun run = db({u"tier"_s, u"list"_s, u"--program"_s, u"Koongo"_s});
    QCOMPARE(run.exitCode, 0);
    // A tier without a coupon rate shows the program's.
    QCOMPARE(run.outLines(),
             (QStringList{u"min_orders,link_rate_percent,coupon_rate_percent"_s, u"10,22.5,10"_s, u"50,30,15"_s}));
    run = db({u"tier"_s, u"add"_s, u"--program"_s, u"Koongo"_s, u"--min-orders"_s, u"10"_s, u"--link-rate"_s, u"25"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Koongo has a tier from 10 orders already"_s), qPrintable(run.err));
    run = db({u"tier"_s, u"remove"_s, u"--program"_s, u"Koongo"_s, u"--min-orders"_s, u"10"_s});
    QCOMPARE(run.exitCode, 0);
    run = db({u"tier"_s, u"remove"_s, u"--program"_s, u"Koongo"_s, u"--min-orders"_s, u"10"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"partnerdesk-cli: --min-orders: Koongo has no tier from 10 orders.\n"_s);
    run = db({u"tier"_s, u"list"_s, u"--program"_s, u"Koongo"_s});
    QCOMPARE(run.outLines().size(), 2);
    QCOMPARE(sql(u"SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log WHERE entity = 'program_tier' "
                 "ORDER BY id)"_s),
             u"tier.add tier.add tier.remove"_s);
}

void TestCliRules::holdsClearAndCancel()
{
    const QString orders = m_runner.writeFile(
        u"held.csv"_s,
        "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url\n"
        "H-1,2029-01-10T10:00:00Z,200.00,EUR,complete,,,https://koongo.com/?acc=PETR,\n"
        "H-2,2029-01-11T10:00:00Z,100.00,EUR,complete,,,https://koongo.com/?acc=PETR,\n");
    QCOMPARE(db({u"orders"_s, u"import"_s, orders}).exitCode, 0);
    sql(u"UPDATE transactions SET hold = 'held', hold_rule = 'shared_customer', status = 'pending', "
        "hold_evidence = 'the customer was credited to JANA, PETR and 2 others in 30 days' "
        "WHERE order_id IN ('H-1', 'H-2')"_s);

    CliRun run = db({u"holds"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(),
             (QStringList{u"order_id,placed_at,affiliate_code,name,program,kind,status,commission,currency,hold_rule,"
                          "hold_evidence"_s,
                          u"H-1,2029-01-10T10:00:00Z,PETR,Petr,Koongo,link,pending,40.00,EUR,shared_customer,"
                          "\"the customer was credited to JANA, PETR and 2 others in 30 days\""_s,
                          u"H-2,2029-01-11T10:00:00Z,PETR,Petr,Koongo,link,pending,20.00,EUR,shared_customer,"
                          "\"the customer was credited to JANA, PETR and 2 others in 30 days\""_s}));

    run = db({u"holds"_s, u"clear"_s, u"--order"_s, u"H-1"_s, u"--reason"_s, u"Four colleagues of one office"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"cleared H-1\n"_s);
    QCOMPARE(sql(u"SELECT hold || ' ' || status FROM transactions WHERE order_id = 'H-1'"_s), u"cleared approved"_s);
    run = db({u"holds"_s, u"cancel"_s, u"--order"_s, u"H-2"_s, u"--reason"_s, u"A bought list of e-mails"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sql(u"SELECT hold || ' ' || status FROM transactions WHERE order_id = 'H-2'"_s), u"cancelled cancelled"_s);
    QCOMPARE(sql(u"SELECT reason FROM audit_log WHERE action = 'holds.cancel' AND entity = 'transaction' "
                 "AND entity_id = 'H-2'"_s),
             u"A bought list of e-mails"_s);
    QCOMPARE(sql(u"SELECT actor FROM audit_log WHERE action = 'holds.clear' AND entity_id = 'H-1'"_s), u"e2e"_s);

    run = db({u"holds"_s, u"cancel"_s, u"--order"_s, u"H-1"_s, u"--reason"_s, u"changed my mind"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"partnerdesk-cli: Order H-1 has no held commission: it was cleared already.\n"_s);
    run = db({u"holds"_s, u"list"_s});
    QCOMPARE(run.outLines().size(), 1);
}

void TestCliRules::programSettings()
{
    const QStringList arguments{u"program"_s,
                                u"set"_s,
                                u"--name"_s,
                                u"koongo"_s,
                                u"--lifetime-days"_s,
                                u"365"_s,
                                u"--fraud-own-domain"_s,
                                u"off"_s,
                                u"--fraud-leaked-coupon"_s,
                                u"ON"_s,
                                u"--fraud-shared-customers"_s,
                                u"3"_s,
                                u"--fraud-cancel-share"_s,
                                u"25.5"_s,
                                u"--fraud-no-visit"_s,
                                u"on"_s};
    CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0 && run.err.isEmpty());
    QCOMPARE(sql(u"SELECT lifetime_days || ' ' || fraud_own_domain || ' ' || fraud_leaked_coupon || ' ' || "
                 "fraud_shared_customers || ' ' || fraud_cancel_share_bp || ' ' || fraud_no_visit || ' ' || notices "
                 "FROM programs WHERE name = 'Koongo'"_s),
             u"365 0 1 3 2550 1 off"_s);
    run = db(
        {u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s, u"--notices"_s, u"digest"_s, u"--lifetime-days"_s, u"0"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(sql(u"SELECT lifetime_days || ' ' || notices FROM programs WHERE name = 'Koongo'"_s), u"0 digest"_s);
    QCOMPARE(sql(u"SELECT count(*) FROM audit_log WHERE action = 'program.update' AND after_json LIKE "
                 "'%\"lifetime_days\":365%'"_s),
             u"1"_s);

    // The settings of "program add" too; what is not given stays.
    const QStringList add{
        u"program"_s,      u"set"_s,         u"--name"_s,       u"Koongo JP"_s,        u"--link-rate"_s,
        u"30"_s,           u"--threshold"_s, u"6000"_s,         u"--cookie-days"_s,    u"60"_s,
        u"--store-host"_s, u"koongo.jp"_s,   u"--store-host"_s, u"shop.koongo.co.jp"_s};
    run = db(add);
    CLI_EXPECT(run, add, run.exitCode == 0 && run.err.isEmpty());
    QCOMPARE(sql(u"SELECT link_rate_bp || ' ' || coupon_rate_bp || ' ' || threshold_minor || ' ' || cookie_days || ' ' "
                 "|| hold_days || ' ' || (SELECT group_concat(host, ' ') FROM (SELECT host FROM program_hosts h "
                 "WHERE h.program_id = p.id ORDER BY host)) FROM programs p WHERE name = 'Koongo JP'"_s),
             u"3000 1000 6000 60 30 koongo.jp shop.koongo.co.jp"_s);
}

void TestCliRules::campaigns()
{
    CliRun run = db({u"link"_s, u"--affiliate"_s, u"PETR"_s, u"--url"_s, u"https://koongo.com/pricing#faq"_s,
                     u"--campaign"_s, u"spring post"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"https://koongo.com/pricing?acc=PETR&acc_campaign=spring%20post#faq\n"_s);

    run = db({u"rewrite"_s, u"add"_s, u"--affiliate"_s, u"PETR"_s, u"--host"_s, u"koongo.com"_s, u"--path"_s,
              u"/petr"_s, u"--target"_s, u"https://koongo.com/pricing"_s, u"--campaign"_s, u"vanity"_s});
    QCOMPARE(run.exitCode, 0);
    run = db({u"rewrite"_s, u"export"_s, u"--format"_s, u"nginx"_s});
    QVERIFY2(run.out.contains(
                 u"location = /petr { return 302 \"https://koongo.com/pricing?acc=PETR&acc_campaign=vanity\"; }"_s),
             qPrintable(run.out));

    run = db({u"banner"_s, u"add"_s, u"--program"_s, u"Koongo"_s, u"--title"_s, u"Koongo"_s, u"--image"_s,
              u"https://cdn.koongo.com/b.png"_s, u"--width"_s, u"468"_s, u"--height"_s, u"60"_s});
    QCOMPARE(run.exitCode, 0);
    const QString banner = run.out.trimmed();
    run = db(
        {u"banner"_s, u"snippet"_s, u"--banner"_s, banner, u"--affiliate"_s, u"PETR"_s, u"--campaign"_s, u"footer"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"<a href=\"https://koongo.com/?acc=PETR&amp;acc_campaign=footer\""_s),
             qPrintable(run.out));

    // The transactions CSV ends with the campaign; the report groups by it.
    const QString orders = m_runner.writeFile(
        u"campaign.csv"_s,
        "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url\n"
        "K-1,2029-02-10T10:00:00Z,100.00,EUR,complete,,,https://koongo.com/?acc=PETR,\n"
        "K-2,2029-02-11T10:00:00Z,50.00,EUR,complete,,,https://koongo.com/?acc=PETR,\n");
    QCOMPARE(db({u"orders"_s, u"import"_s, orders}).exitCode, 0);
    sql(u"UPDATE transactions SET campaign = 'spring post' WHERE order_id = 'K-1'"_s);
    run = db({u"transactions"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.outLines().first().endsWith(u",status,campaign"_s));
    QVERIFY2(run.outLines().contains(u"K-1,PETR,Koongo,link,100.00,20,20.00,EUR,approved,spring post"_s),
             qPrintable(run.out));
    QVERIFY(run.outLines().contains(u"K-2,PETR,Koongo,link,50.00,20,10.00,EUR,approved,"_s));

    run = db({u"report"_s, u"--from"_s, u"2029-02-01"_s, u"--to"_s, u"2029-02-28"_s, u"--format"_s, u"csv"_s, u"--by"_s,
              u"campaign"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.outLines(), (QStringList{u"campaign,currency,orders,sales,commission,visits,conversion_percent"_s,
                                          u"(none),EUR,1,50.00,10.00,,"_s, u"spring post,EUR,1,100.00,20.00,,"_s}));
    run = db({u"report"_s, u"--from"_s, u"2029-02-01"_s, u"--to"_s, u"2029-02-28"_s, u"--format"_s, u"csv"_s, u"--by"_s,
              u"campaigns"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"--by takes period, program, partner, campaign, kind or none"_s), qPrintable(run.err));
}

void TestCliRules::badInvocations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // the whole line after "partnerdesk-cli: ", or its start
    const QStringList rate{u"rate"_s, u"set"_s, u"--program"_s, u"Koongo"_s, u"--affiliate"_s, u"JANA"_s};
    QTest::addRow("rate: unknown program") << QStringList{u"rate"_s,        u"set"_s,  u"--program"_s,   u"Nope"_s,
                                                          u"--affiliate"_s, u"JANA"_s, u"--link-rate"_s, u"5"_s}
                                           << u"There is no program named \"Nope\"."_s;
    QTest::addRow("rate: unknown partner") << QStringList{u"rate"_s,        u"set"_s,    u"--program"_s,   u"Koongo"_s,
                                                          u"--affiliate"_s, u"NOBODY"_s, u"--link-rate"_s, u"5"_s}
                                           << u"No partner has the code \"NOBODY\"."_s;
    QTest::addRow("rate: not a member") << QStringList{u"rate"_s,        u"set"_s,  u"--program"_s,   u"Koongo JP"_s,
                                                       u"--affiliate"_s, u"PETR"_s, u"--link-rate"_s, u"5"_s}
                                        << u"PETR is not a member of Koongo JP."_s;
    QTest::addRow("rate: nothing to set") << rate << u"Say what to set: --link-rate"_s;
    QTest::addRow("rate: rate above 100") << rate + QStringList{u"--link-rate"_s, u"120"_s} << u"--link-rate: "_s;
    QTest::addRow("rate: rate and amount")
        << rate + QStringList{u"--coupon-rate"_s, u"5"_s, u"--coupon-amount"_s, u"1.00"_s}
        << u"--coupon-rate and --coupon-amount cannot both be given"_s;
    QTest::addRow("rate: too many decimals")
        << rate + QStringList{u"--link-amount"_s, u"1.005"_s} << u"--link-amount: "_s;
    QTest::addRow("rate: decimals of yen")
        << QStringList{u"rate"_s,        u"set"_s,  u"--program"_s,       u"Koongo JP"_s,
                       u"--affiliate"_s, u"JANA"_s, u"--coupon-amount"_s, u"1.5"_s}
        << u"--coupon-amount: "_s;
    QTest::addRow("rate: negative amount")
        << rate + QStringList{u"--link-amount"_s, u"-1.00"_s} << u"--link-amount cannot be negative."_s;
    QTest::addRow("rate: bad date") << rate + QStringList{u"--link-rate"_s, u"5"_s, u"--from"_s, u"1.1.2029"_s}
                                    << u"--from must be a date YYYY-MM-DD"_s;
    QTest::addRow("rate: a row that date")
        << rate + QStringList{u"--link-rate"_s, u"5"_s, u"--from"_s, u"2029-01-01"_s}
        << u"--from: JANA already has rates in Koongo from 2029-01-01T00:00:00Z; choose another date."_s;
    QTest::addRow("rate: missing affiliate")
        << QStringList{u"rate"_s, u"set"_s, u"--program"_s, u"Koongo"_s, u"--link-rate"_s, u"5"_s}
        << u"rate set: Missing --affiliate."_s;
    QTest::addRow("tier: zero orders") << QStringList{u"tier"_s,         u"add"_s, u"--program"_s,   u"Koongo"_s,
                                                      u"--min-orders"_s, u"0"_s,   u"--link-rate"_s, u"5"_s}
                                       << u"--min-orders must be a whole number from 1 to 1000000, not \"0\"."_s;
    QTest::addRow("tier: bad rate") << QStringList{u"tier"_s,         u"add"_s, u"--program"_s,   u"Koongo"_s,
                                                   u"--min-orders"_s, u"5"_s,   u"--link-rate"_s, u"x"_s}
                                    << u"--link-rate: "_s;
    QTest::addRow("tier: missing link rate")
        << QStringList{u"tier"_s, u"add"_s, u"--program"_s, u"Koongo"_s, u"--min-orders"_s, u"5"_s}
        << u"tier add: Missing --link-rate."_s;
    QTest::addRow("holds: no reason") << QStringList{u"holds"_s, u"clear"_s, u"--order"_s, u"H-1"_s}
                                      << u"holds clear: Missing --reason."_s;
    QTest::addRow("holds: order with nothing held")
        << QStringList{u"holds"_s, u"cancel"_s, u"--order"_s, u"NOPE"_s, u"--reason"_s, u"x"_s}
        << u"Order NOPE has no held commission: it has no transaction."_s;
    QTest::addRow("program set: nothing")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s} << u"Say what to change"_s;
    QTest::addRow("program set: lifetime too long")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s, u"--lifetime-days"_s, u"4000"_s}
        << u"--lifetime-days must be a whole number from 0 to 3650, not \"4000\"."_s;
    QTest::addRow("program set: bad switch")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s, u"--fraud-no-visit"_s, u"yes"_s}
        << u"--fraud-no-visit takes on or off, not \"yes\"."_s;
    QTest::addRow("program set: share above 100")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s, u"--fraud-cancel-share"_s, u"101"_s}
        << u"--fraud-cancel-share: "_s;
    QTest::addRow("link: campaign with a line break")
        << QStringList{u"link"_s,       u"--affiliate"_s, u"JANA"_s, u"--url"_s, u"https://koongo.com/"_s,
                       u"--campaign"_s, u"a\nb"_s}
        << u"--campaign: The campaign contains a control character"_s;
    QTest::addRow("rewrite: campaign too long")
        << QStringList{u"rewrite"_s,    u"add"_s,          u"--affiliate"_s, u"JANA"_s,     u"--host"_s,
                       u"koongo.com"_s, u"--path"_s,       u"/x"_s,          u"--target"_s, u"https://koongo.com/"_s,
                       u"--campaign"_s, QString(101, u'c')}
        << u"--campaign: The campaign"_s;
    QTest::addRow("program set: threshold in sen")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo JP"_s, u"--threshold"_s, u"10.5"_s}
        << u"--threshold: "_s;
    QTest::addRow("program set: a store host that is none")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s, u"--store-host"_s, u"localhost"_s}
        << u"\"localhost\" is not a valid store host."_s;
    QTest::addRow("program set: bad notices")
        << QStringList{u"program"_s, u"set"_s, u"--name"_s, u"Koongo"_s, u"--notices"_s, u"hourly"_s}
        << u"--notices: "_s;
}

void TestCliRules::badInvocations()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const QString before = sql(u"SELECT count(*) || ' ' || (SELECT count(*) FROM partner_rates) || ' ' || "
                               "(SELECT count(*) FROM program_tiers) FROM audit_log"_s);
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    CLI_EXPECT(run, arguments, run.out.isEmpty());
    CLI_EXPECT(run, arguments, run.errLines().size() == 1);
    CLI_EXPECT(run, arguments, run.err.startsWith(u"partnerdesk-cli: "_s + error));
    QCOMPARE(sql(u"SELECT count(*) || ' ' || (SELECT count(*) FROM partner_rates) || ' ' || "
                 "(SELECT count(*) FROM program_tiers) FROM audit_log"_s),
             before);
}

QTEST_GUILESS_MAIN(TestCliRules)
#include "tst_clirules.moc"
