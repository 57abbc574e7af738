// partnerdesk-cli affiliate email: a partner's payout e-mail as a request (what he does) and a
// manager's approval or rejection, on the real binary and a fresh database. The payout file pays
// the approved address; bad input says what is wrong and changes nothing.

#include "clirunner.h"

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

class TestCliEmailRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestApproveReject();
    void badInvocations_data();
    void badInvocations();

private:
    CliRun db(QStringList arguments) const
    {
        arguments << u"--db"_s << m_db;
        return m_runner.run(arguments);
    }
    // The one data line of "affiliate email" without an action.
    QString state() const;

    CliRunner m_runner;
    QString m_db;
};

void TestCliEmailRequest::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"books.sqlite"_s);
    const QStringList setUp[] = {
        {u"program"_s, u"add"_s, u"--name"_s, u"Koongo"_s, u"--currency"_s, u"EUR"_s, u"--link-rate"_s, u"20"_s,
         u"--coupon-rate"_s, u"10"_s, u"--coupon-discount"_s, u"10"_s, u"--threshold"_s, u"50.00"_s, u"--hold-days"_s,
         u"30"_s, u"--store-host"_s, u"koongo.com"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Jana"_s, u"--email"_s, u"jana@example.net"_s, u"--code"_s, u"JANA"_s},
        {u"join"_s, u"--affiliate"_s, u"JANA"_s, u"--program"_s, u"Koongo"_s},
    };
    for (const QStringList &arguments : setUp) {
        const CliRun run = db(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(arguments, run)));
    }
}

QString TestCliEmailRequest::state() const
{
    const CliRun run = db({u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"JANA"_s});
    const QStringList lines = run.outLines();
    return run.exitCode == 0 && lines.size() == 2 && lines.first() == u"email,requested_email,requested_at"
               ? lines.at(1)
               : describe({u"affiliate email"_s}, run);
}

void TestCliEmailRequest::requestApproveReject()
{
    QCOMPARE(state(), u"jana@example.net,,"_s);
    CliRun run =
        db({u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"JANA"_s, u"--request"_s, u"jana@paypal.example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(state(), u"jana@example.net,jana@paypal.example,2030-01-01T00:00:00Z"_s);

    // Jana is due 50.00 EUR: the batch pays the approved address while the request waits.
    const QString orders = m_runner.writeFile(
        u"orders.csv"_s,
        "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,landing_url,referrer_url\n"
        "1001,2029-01-01T10:00:00Z,250.00,EUR,complete,,,https://koongo.com/?acc=JANA,\n");
    QCOMPARE(db({u"orders"_s, u"import"_s, orders}).exitCode, 0);
    const QString first = m_runner.path(u"first.csv"_s);
    run = db({u"payouts"_s, u"batch"_s, u"--format"_s, u"paypal"_s, u"--output"_s, first});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray paid = file.readAll();
    QVERIFY2(paid.startsWith("jana@example.net,50.00,EUR,"), paid.constData());

    run = db({u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"JANA"_s, u"--approve"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(state(), u"jana@paypal.example,,"_s);

    run = db({u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"JANA"_s, u"--request"_s, u"jana@elsewhere.example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = db({u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"JANA"_s, u"--reject"_s, u"--reason"_s, u"not hers"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(state(), u"jana@paypal.example,,"_s);
}

void TestCliEmailRequest::badInvocations_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList base = {u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"JANA"_s};
    QTest::addRow("reject without a reason") << base + QStringList{u"--reject"_s} << u"reason"_s;
    QTest::addRow("approve with nothing waiting") << base + QStringList{u"--approve"_s} << u"no payout e-mail change"_s;
    QTest::addRow("two actions") << base + QStringList{u"--approve"_s, u"--reject"_s} << u"not several"_s;
    QTest::addRow("not an address") << base + QStringList{u"--request"_s, u"jana.example"_s}
                                    << u"is not an e-mail address"_s;
    QTest::addRow("reason alone") << base + QStringList{u"--reason"_s, u"x"_s} << u"--reason goes with"_s;
    QTest::addRow("unknown partner") << QStringList{u"affiliate"_s, u"email"_s, u"--affiliate"_s, u"NOBODY"_s,
                                                    u"--approve"_s}
                                     << u"No partner has the code"_s;
}

void TestCliEmailRequest::badInvocations()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString before = state();
    const CliRun run = db(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(message), qPrintable(describe(arguments, run)));
    QCOMPARE(state(), before);
}

QTEST_GUILESS_MAIN(TestCliEmailRequest)
#include "tst_cliemailrequest.moc"
