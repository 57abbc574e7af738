// Drives the real partnerdesk-cli binary the way a manager's script would, on a fresh database:
// set up a program and partners, hand out links, import the store's orders, review, assign, pay
// out and report. The slots run in order and share one database.
//
// Why this file is long: it is one session, slot after slot on one database; split, each file
// would replay every step before it.

#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace PartnerDeskTest;

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createProgram();
    void addPartnersAndJoin();
    void coupons();
    void directLinkDomain();
    void rewrites();
    void links();
    void banners();
    void importOrders();
    void importRejectsEverything();
    void reimportDoesNotDuplicate();
    void explainOrders();
    void assignOrders();
    void balancesAndPayouts();
    void refundAfterPayoutIsReversed();
    void reports();
    void reportGroupings();
    void visitsAndConversion();

private:
    // Runs with --db of the scenario's database.
    CliRun db(QStringList arguments, const QByteArray &now = afterHolds) const;
    QStringList transactionRows() const;
    QString balanceOf(const QString &code) const;

    CliRunner m_runner;
    QString m_db;
    QString m_ordersFile;
    QString m_bobCode;
    QString m_carolCode = u"C&O #1"_s; // a code that needs percent-encoding in links
};

void TestCli::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"scenario.sqlite"_s);
}

CliRun TestCli::db(QStringList arguments, const QByteArray &now) const
{
    arguments << u"--db"_s << m_db;
    return m_runner.run(arguments, now);
}

QStringList TestCli::transactionRows() const
{
    const CliRun run = db({u"transactions"_s, u"--format"_s, u"csv"_s});
    if (run.exitCode != 0 ||
        run.outLines().value(0) !=
            u"order_id,affiliate_code,program,kind,base,rate_percent,commission,currency,status,campaign")
        return {u"transactions failed: "_s + run.err};
    return run.outLines().mid(1);
}

QString TestCli::balanceOf(const QString &code) const
{
    const CliRun run = db({u"balances"_s, u"--format"_s, u"csv"_s});
    for (const QString &line : run.outLines()) {
        if (line.startsWith(code + u','))
            return line;
    }
    return {};
}
void TestCli::createProgram()
{
    const QStringList add = {u"program"_s,
                             u"add"_s,
                             u"--name"_s,
                             u"Koongo Partner"_s,
                             u"--currency"_s,
                             u"EUR"_s,
                             u"--link-rate"_s,
                             u"20"_s,
                             u"--coupon-rate"_s,
                             u"10"_s,
                             u"--coupon-discount"_s,
                             u"10"_s,
                             u"--threshold"_s,
                             u"50.00"_s,
                             u"--hold-days"_s,
                             u"30"_s,
                             u"--store-host"_s,
                             u"koongo.com"_s};
    const CliRun run = db(add);
    CLI_EXPECT(run, add, run.exitCode == 0 && run.err.isEmpty());
    QVERIFY(QFile::exists(m_db)); // created on first use

    const CliRun again = db(add);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.startsWith(u"partnerdesk-cli: "_s));

    QStringList badRate = add;
    badRate[1 + badRate.indexOf(u"--name"_s)] = u"Other"_s;
    badRate[1 + badRate.indexOf(u"--link-rate"_s)] = u"120"_s;
    QCOMPARE(db(badRate).exitCode, 1);
    QStringList badThreshold = add;
    badThreshold[1 + badThreshold.indexOf(u"--name"_s)] = u"Other"_s;
    badThreshold[1 + badThreshold.indexOf(u"--threshold"_s)] = u"50.001"_s;
    const CliRun threshold = db(badThreshold);
    QCOMPARE(threshold.exitCode, 1);
    QVERIFY(threshold.err.contains(u"--threshold"_s));

    const CliRun list = db({u"program"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out, u"name,currency,link_rate_percent,coupon_rate_percent,coupon_discount_percent,threshold,"
                       u"hold_days,store_hosts,active,members\n"
                       u"Koongo Partner,EUR,20,10,10,50.00,30,koongo.com,yes,0\n"_s);
}

void TestCli::addPartnersAndJoin()
{
    const CliRun jane = db({u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane Doe"_s, u"--email"_s, u"jane@example.com"_s,
                            u"--code"_s, u"JANE"_s});
    QCOMPARE(jane.exitCode, 0);
    QCOMPARE(jane.out, u"JANE\n"_s);

    const CliRun bob =
        db({u"affiliate"_s, u"add"_s, u"--name"_s, u"Bob Builder"_s, u"--email"_s, u"bob@example.com"_s});
    QCOMPARE(bob.exitCode, 0);
    QCOMPARE(bob.outLines().size(), 1); // a generated code, one value
    m_bobCode = bob.outLines().constFirst();
    QVERIFY(!m_bobCode.isEmpty() && !m_bobCode.contains(u' '));

    const CliRun carol = db({u"affiliate"_s, u"add"_s, u"--name"_s, u"Carol, Ltd."_s, u"--email"_s,
                             u"carol@example.com"_s, u"--code"_s, m_carolCode});
    QCOMPARE(carol.exitCode, 0);
    QCOMPARE(carol.out, m_carolCode + u'\n');

    const CliRun duplicate = db({u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane Two"_s, u"--email"_s,
                                 u"jane2@example.com"_s, u"--code"_s, u"jane"_s});
    QCOMPARE(duplicate.exitCode, 1);

    for (const QString &code : {u"JANE"_s, m_carolCode}) {
        const CliRun joined = db({u"join"_s, u"--affiliate"_s, code, u"--program"_s, u"Koongo Partner"_s});
        QCOMPARE(joined.exitCode, 0);
        QCOMPARE(joined.out, QString());
    }
    const CliRun twice = db({u"join"_s, u"--affiliate"_s, u"JANE"_s, u"--program"_s, u"Koongo Partner"_s});
    QCOMPARE(twice.exitCode, 1);
    const CliRun noProgram = db({u"join"_s, u"--affiliate"_s, m_bobCode, u"--program"_s, u"Nope"_s});
    QCOMPARE(noProgram.exitCode, 1);
    QVERIFY(noProgram.err.contains(u"Nope"_s));
    const CliRun noPartner = db({u"join"_s, u"--affiliate"_s, u"NOBODY"_s, u"--program"_s, u"Koongo Partner"_s});
    QCOMPARE(noPartner.exitCode, 1);
    QVERIFY(noPartner.err.contains(u"NOBODY"_s));

    const CliRun list = db({u"program"_s, u"list"_s});
    QVERIFY(list.out.endsWith(u"Koongo Partner,EUR,20,10,10,50.00,30,koongo.com,yes,2\n"_s));
}

void TestCli::coupons()
{
    const CliRun jane = db({u"coupon"_s, u"create"_s, u"--affiliate"_s, u"JANE"_s, u"--program"_s, u"Koongo Partner"_s,
                            u"--code"_s, u"JANE10"_s});
    QCOMPARE(jane.exitCode, 0);
    QCOMPARE(jane.out, u"JANE10\n"_s);

    const CliRun generated =
        db({u"coupon"_s, u"create"_s, u"--affiliate"_s, m_carolCode, u"--program"_s, u"Koongo Partner"_s});
    QCOMPARE(generated.exitCode, 0);
    QCOMPARE(generated.outLines().size(), 1);

    // Unique case-insensitively across the store.
    const CliRun clash = db({u"coupon"_s, u"create"_s, u"--affiliate"_s, m_carolCode, u"--program"_s,
                             u"Koongo Partner"_s, u"--code"_s, u"jane10"_s});
    QCOMPARE(clash.exitCode, 1);
    // No coupon without a membership.
    const CliRun notMember =
        db({u"coupon"_s, u"create"_s, u"--affiliate"_s, m_bobCode, u"--program"_s, u"Koongo Partner"_s});
    QCOMPARE(notMember.exitCode, 1);
    QCOMPARE(notMember.out, QString());
}

void TestCli::directLinkDomain()
{
    const CliRun added = db({u"domain"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, u"janeblog.com"_s});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.outLines().size(), 1);
    QVERIFY(added.outLines().constFirst().size() >= 16); // the verification token

    const CliRun noReason =
        db({u"domain"_s, u"approve"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s, u"janeblog.com"_s});
    QCOMPARE(noReason.exitCode, 1);
    QVERIFY(noReason.err.contains(u"--reason"_s));

    const CliRun approved = db({u"domain"_s, u"approve"_s, u"--affiliate"_s, u"JANE"_s, u"--domain"_s,
                                u"janeblog.com"_s, u"--reason"_s, u"meta tag checked by hand"_s});
    QCOMPARE(approved.exitCode, 0);
    QCOMPARE(approved.out, QString());
}

void TestCli::rewrites()
{
    const CliRun jane = db({u"rewrite"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--host"_s, u"koongo.com"_s,
                            u"--path"_s, u"/partner/jane"_s, u"--target"_s, u"https://koongo.com/pricing"_s});
    QCOMPARE(jane.exitCode, 0);
    const CliRun carol = db({u"rewrite"_s, u"add"_s, u"--affiliate"_s, m_carolCode, u"--host"_s, u"koongo.com"_s,
                             u"--path"_s, u"/partner/carol"_s, u"--target"_s, u"https://koongo.com/deal?x=$5"_s});
    QCOMPARE(carol.exitCode, 0);
    const CliRun offStore = db({u"rewrite"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--host"_s, u"evil.example"_s,
                                u"--path"_s, u"/partner/jane"_s, u"--target"_s, u"https://koongo.com/"_s});
    QCOMPARE(offStore.exitCode, 1);

    const CliRun nginx = db({u"rewrite"_s, u"export"_s, u"--format"_s, u"nginx"_s});
    QCOMPARE(nginx.exitCode, 0);
    QCOMPARE(nginx.out.count(u"server {"_s), 1);
    QVERIFY(nginx.out.contains(u"    server_name koongo.com www.koongo.com;\n"_s));
    QVERIFY(nginx.out.contains(
        u"    location = /partner/jane { return 302 \"https://koongo.com/pricing?acc=JANE\"; }\n"_s));
    // '$' would be an nginx variable; the code's '&', ' ' and '#' are percent-encoded in the URL.
    QVERIFY(nginx.out.contains(u"geo $partnerdesk_dollar { default \"$\"; }\n"_s));
    QVERIFY(nginx.out.contains(u"    location = /partner/carol { return 302 "
                               u"\"https://koongo.com/deal?x=${partnerdesk_dollar}5&acc=C%26O%20%231\"; }\n"_s));
    QVERIFY(!nginx.out.contains(u"listen"_s));
    // --listen puts the address in every server block; anything else is refused before output.
    const CliRun listening =
        db({u"rewrite"_s, u"export"_s, u"--format"_s, u"nginx"_s, u"--listen"_s, u"127.0.0.1:8080"_s});
    QCOMPARE(listening.exitCode, 0);
    QVERIFY(listening.out.contains(
        u"server {\n    listen 127.0.0.1:8080;\n    server_name koongo.com www.koongo.com;\n"_s));
    for (const QStringList &bad : {QStringList{u"nginx"_s, u"127.0.0.1:8080; include /etc/passwd"_s},
                                   QStringList{u"nginx"_s, u"70000"_s}, QStringList{u"apache"_s, u"8080"_s}}) {
        const CliRun refused = db({u"rewrite"_s, u"export"_s, u"--format"_s, bad[0], u"--listen"_s, bad[1]});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!refused.err.isEmpty());
    }

    const CliRun apache = db({u"rewrite"_s, u"export"_s, u"--format"_s, u"apache"_s});
    QCOMPARE(apache.exitCode, 0);
    QVERIFY(apache.out.contains(u"RewriteEngine On\n"_s));
    QVERIFY(apache.out.contains(u"RewriteCond %{HTTP_HOST} ^(www\\.)?koongo\\.com(:[0-9]+)?$ [NC]\n"
                                u"RewriteRule \"^/?partner/jane/?$\" \"https://koongo.com/pricing?acc=JANE\" "
                                u"[R=302,L,NE]\n"_s));
    // '$' and '%' would be back-references in a substitution.
    QVERIFY(apache.out.contains(u"RewriteRule \"^/?partner/carol/?$\" "
                                u"\"https://koongo.com/deal?x=\\$5&acc=C\\%26O\\%20\\%231\" [R=302,L,NE]\n"_s));
}

void TestCli::links()
{
    const CliRun jane = db({u"link"_s, u"--affiliate"_s, u"JANE"_s, u"--url"_s,
                            u"https://www.koongo.com/pricing?plan=pro&acc=OLD#compare"_s});
    QCOMPARE(jane.exitCode, 0);
    QCOMPARE(jane.out, u"https://www.koongo.com/pricing?plan=pro&acc=JANE#compare\n"_s);

    const CliRun subdomain = db({u"link"_s, u"--affiliate"_s, m_carolCode, u"--url"_s, u"https://shop.koongo.com/"_s});
    QCOMPARE(subdomain.exitCode, 0);
    QCOMPARE(subdomain.out, u"https://shop.koongo.com/?acc=C%26O%20%231\n"_s);

    const CliRun refused =
        db({u"link"_s, u"--affiliate"_s, u"JANE"_s, u"--url"_s, u"https://evil.example/koongo.com"_s});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY(refused.err.startsWith(u"partnerdesk-cli: "_s));
    QVERIFY(refused.err.contains(u"evil.example"_s));

    const CliRun scheme = db({u"link"_s, u"--affiliate"_s, u"JANE"_s, u"--url"_s, u"ftp://koongo.com/file"_s});
    QCOMPARE(scheme.exitCode, 1);
    QVERIFY(scheme.err.contains(u"ftp"_s));

    // No membership, no link.
    const CliRun notMember = db({u"link"_s, u"--affiliate"_s, m_bobCode, u"--url"_s, u"https://koongo.com/"_s});
    QCOMPARE(notMember.exitCode, 1);
    QCOMPARE(notMember.out, QString());
}

void TestCli::banners()
{
    const CliRun added =
        db({u"banner"_s, u"add"_s, u"--program"_s, u"Koongo Partner"_s, u"--title"_s, u"Koongo \"Partner\" & <you>"_s,
            u"--image"_s, u"https://cdn.koongo.com/banners/468x60.png?v=1&s=2"_s, u"--width"_s, u"468"_s, u"--height"_s,
            u"60"_s});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"1\n"_s);

    const CliRun snippet = db({u"banner"_s, u"snippet"_s, u"--banner"_s, u"1"_s, u"--affiliate"_s, u"JANE"_s});
    QCOMPARE(snippet.exitCode, 0);
    QCOMPARE(snippet.out,
             u"<a href=\"https://koongo.com/?acc=JANE\" target=\"_blank\" rel=\"sponsored noopener\">"
             u"<img src=\"https://cdn.koongo.com/banners/468x60.png?v=1&amp;s=2\" "
             u"title=\"Koongo &quot;Partner&quot; &amp; &lt;you&gt;\" width=\"468\" height=\"60\" /></a>\n"_s);

    const CliRun withUrl = db({u"banner"_s, u"snippet"_s, u"--banner"_s, u"1"_s, u"--affiliate"_s, m_carolCode,
                               u"--url"_s, u"https://koongo.com/pricing?a=1"_s});
    QCOMPARE(withUrl.exitCode, 0);
    QVERIFY(withUrl.out.startsWith(u"<a href=\"https://koongo.com/pricing?a=1&amp;acc=C%26O%20%231\" "_s));

    QCOMPARE(db({u"banner"_s, u"snippet"_s, u"--banner"_s, u"1"_s, u"--affiliate"_s, m_bobCode}).exitCode, 1);
    QCOMPARE(db({u"banner"_s, u"snippet"_s, u"--banner"_s, u"99"_s, u"--affiliate"_s, u"JANE"_s}).exitCode, 1);
    QCOMPARE(db({u"banner"_s, u"add"_s, u"--program"_s, u"Koongo Partner"_s, u"--title"_s, u"x"_s, u"--image"_s,
                 u"https://cdn.koongo.com/x.png"_s, u"--width"_s, u"wide"_s, u"--height"_s, u"60"_s})
                 .exitCode,
             1);
}

void TestCli::importOrders()
{
    // Good rows: one per rule, plus the statuses and the self-referral guard.
    const QList<QByteArray> good = {
        "1001,2026-01-05T10:00:00Z,100.00,EUR,complete,,,https://koongo.com/pricing?acc=JANE,,",
        "1002,2026-01-06T10:00:00+01:00,300.00,EUR,complete, jane10 ,,https://koongo.com/?acc="
        "C%26O%20%231,,",
        "1003,2026-01-07 08:30,50.00,EUR,complete,,,https://www.koongo.com/partner/jane/,,",
        "1004,2026-01-08,40.00,EUR,complete,,,https://koongo.com/,https://www.janeblog.com/post,",
        "1005,2026-01-09,30.00,EUR,complete,,,https://koongo.com/,https://google.com/,",
        "1006,2026-01-10,10.00,EUR,complete,,\"C&O #1\",,,",
        "1007,2026-01-11,60.00,EUR,pending,,,\"https://koongo.com/a?acc=JANE&q=1,2\",,",
        "1008,2026-01-12,70.00,EUR,complete,,,https://koongo.com/?acc=JANE,,JANE@Example.com",
        "1009,2026-01-13,25.00,EUR,canceled,,,https://koongo.com/?acc=JANE,,",
    };
    // Bad rows and the field each one is rejected for ("" for the whole row).
    const QList<std::pair<QByteArray, QString>> bad = {
        {",2026-01-14,10.00,EUR,complete,,,,,", u"order_id"_s},
        {"2001,yesterday,10.00,EUR,complete,,,,,", u"placed_at"_s},
        {"2002,2026-01-14,12.5O,EUR,complete,,,,,", u"subtotal"_s},
        {"2003,2026-01-14,10.123,EUR,complete,,,,,", u"subtotal"_s},
        {"2004,2026-01-14,-5.00,EUR,complete,,,,,", u"subtotal"_s},
        {"2005,2026-01-14,10.00,XYZ,complete,,,,,", u"currency"_s},
        {"2006,2026-01-14,10.00,EUR,shipped,,,,,", u"status"_s},
        {"1001,2026-01-14,10.00,EUR,complete,,,,,", u"order_id"_s}, // duplicate in this file
        {"2007,2026-01-14,10.00,EUR,complete", {}},                 // wrong field count
        {"2008,2026-01-14,10.00,EUR,complete,ab\"c,,,,", {}},       // quote inside an unquoted field
    };
    // BOM, CRLF, a header in its own order with an unknown column; bad rows between good ones.
    QByteArray csv = "\xEF\xBB\xBF"
                     "order_id,placed_at,subtotal,currency,status,coupon_code,affiliate_code,"
                     "landing_url,referrer_url,customer_email\r\n";
    QList<std::pair<int, QString>> expectedIssues;
    int line = 1;
    for (qsizetype i = 0; i < std::max(good.size(), bad.size()); ++i) {
        if (i < good.size()) {
            csv += good.at(i) + "\r\n";
            ++line;
        }
        if (i < bad.size()) {
            csv += bad.at(i).first + "\r\n";
            expectedIssues.append({++line, bad.at(i).second});
        }
    }
    // A quoted field never closed swallows the rest of the file, so it comes last.
    csv += "2009,2026-01-14,\"10.00,EUR,complete,,,,,\r\n";
    expectedIssues.append({++line, QString()});
    m_ordersFile = m_runner.writeFile(u"orders.csv"_s, csv);

    const CliRun run = db({u"orders"_s, u"import"_s, m_ordersFile});
    CLI_EXPECT(run, QStringList{m_ordersFile}, run.exitCode == 2);
    QCOMPARE(run.out, u"imported 9 (created 9, updated 0), rejected 11, attributed 8, unattributed 1, reversals 0\n"_s);
    const QStringList issues = run.errLines();
    QCOMPARE(issues.size(), expectedIssues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const auto &[issueLine, field] = expectedIssues.at(i);
        const QString prefix = m_ordersFile + u':' + QString::number(issueLine) + u": "_s;
        QVERIFY2(issues.at(i).startsWith(prefix), qPrintable(issues.at(i) + u" (expected "_s + prefix + u')'));
        if (!field.isEmpty())
            QVERIFY2(issues.at(i).startsWith(prefix + field + u": "_s), qPrintable(issues.at(i)));
        QVERIFY2(issues.at(i).size() > prefix.size() + field.size() + 4, qPrintable(issues.at(i))); // a reason
    }
    QVERIFY(issues.at(7).contains(u"1001"_s)); // the duplicate names the order

    const QStringList rows = transactionRows();
    QCOMPARE(rows, QStringList({
                       u"1001,JANE,Koongo Partner,link,100.00,20,20.00,EUR,approved,"_s,
                       u"1002,JANE,Koongo Partner,coupon,300.00,10,30.00,EUR,approved,"_s, // coupon beats link
                       u"1003,JANE,Koongo Partner,rewrite,50.00,20,10.00,EUR,approved,"_s,
                       u"1004,JANE,Koongo Partner,direct,40.00,20,8.00,EUR,approved,"_s,
                       u"1006,C&O #1,Koongo Partner,link,10.00,20,2.00,EUR,approved,"_s,
                       u"1007,JANE,Koongo Partner,link,60.00,20,12.00,EUR,pending,"_s,
                       u"1008,JANE,Koongo Partner,link,70.00,20,0.00,EUR,approved,"_s, // self-referral
                       u"1009,JANE,Koongo Partner,link,25.00,20,5.00,EUR,cancelled,"_s,
                   }));
}

void TestCli::importRejectsEverything()
{
    const QString onlyBad = m_runner.writeFile(u"only-bad.csv"_s, "order_id,placed_at,subtotal,currency,status\n"
                                                                  "3001,never,1.00,EUR,complete\n"
                                                                  "3002,2026-01-01,1.00,EUR,lost\n");
    const CliRun run = db({u"orders"_s, u"import"_s, onlyBad});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, u"imported 0 (created 0, updated 0), rejected 2, attributed 0, unattributed 0, reversals 0\n"_s);
    QCOMPARE(run.errLines(), QStringList({onlyBad + u":2: placed_at: "_s + run.errLines().value(0).section(u": "_s, 2),
                                          onlyBad + u":3: status: "_s + run.errLines().value(1).section(u": "_s, 2)}));

    const QString missing = m_runner.path(u"no-such-orders.csv"_s);
    const CliRun absent = db({u"orders"_s, u"import"_s, missing});
    QCOMPARE(absent.exitCode, 1);
    QCOMPARE(absent.out, QString());
    QCOMPARE(absent.errLines().size(), 1);
    QVERIFY(absent.err.startsWith(u"partnerdesk-cli: "_s));
    QVERIFY(absent.err.contains(missing));

    const QString noHeader = m_runner.writeFile(u"no-order-id.csv"_s,
                                                "id,placed_at,subtotal,currency,status\n1,2026-01-01,1,EUR,complete\n");
    const CliRun headerless = db({u"orders"_s, u"import"_s, noHeader});
    QCOMPARE(headerless.exitCode, 1);
    QVERIFY(headerless.err.contains(u"order_id"_s));

    QCOMPARE(transactionRows().size(), 8); // nothing was half-written
}

void TestCli::reimportDoesNotDuplicate()
{
    const CliRun run = db({u"orders"_s, u"import"_s, m_ordersFile});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, u"imported 9 (created 0, updated 9), rejected 11, attributed 8, unattributed 1, reversals 0\n"_s);
    QCOMPARE(transactionRows().size(), 8);
}

void TestCli::explainOrders()
{
    const CliRun coupon = db({u"explain"_s, u"--order"_s, u"1002"_s});
    QCOMPARE(coupon.exitCode, 0);
    const QStringList lines = coupon.outLines();
    QVERIFY(lines.constFirst().startsWith(u"Order 1002"_s));
    QVERIFY(lines.constFirst().contains(u"300.00 EUR"_s));
    const auto ruleLine = [&lines](int number) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(QString::number(number) + u". "_s))
                return line.simplified();
        }
        return QString();
    };
    QVERIFY(ruleLine(1).startsWith(u"1. manual no "_s));
    QVERIFY(ruleLine(2).startsWith(u"2. coupon WON "_s));
    QVERIFY(ruleLine(2).contains(u"JANE10"_s, Qt::CaseInsensitive));
    QVERIFY(ruleLine(3).startsWith(u"3. link not tried "_s));
    QVERIFY(ruleLine(4).startsWith(u"4. rewrite not tried "_s));
    QVERIFY(ruleLine(5).startsWith(u"5. direct not tried "_s));
    QCOMPARE(lines.constLast(), u"Result: JANE (Jane Doe), program Koongo Partner, rule coupon, rate 10 %, "
                                u"commission 30.00 EUR, status approved, self-referral no"_s);

    const CliRun direct = db({u"explain"_s, u"--order"_s, u"1004"_s});
    QVERIFY(direct.out.simplified().contains(u"5. direct WON"_s));
    QVERIFY(direct.out.simplified().contains(u"3. link no"_s));
    QVERIFY(direct.out.simplified().contains(u"4. rewrite no"_s));

    const CliRun self = db({u"explain"_s, u"--order"_s, u"1008"_s});
    QVERIFY(self.outLines().constLast().endsWith(u"commission 0.00 EUR, status approved, self-referral yes"_s));

    const CliRun none = db({u"explain"_s, u"--order"_s, u"1005"_s});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.outLines().constLast().startsWith(u"Result: unattributed"_s));
    const QStringList rules = {u"manual"_s, u"coupon"_s, u"link"_s, u"rewrite"_s, u"direct"_s};
    for (int number = 1; number <= 5; ++number) {
        const QString prefix = u"%1. %2 no "_s.arg(number).arg(rules.at(number - 1));
        QVERIFY2(none.out.simplified().contains(prefix), qPrintable(prefix));
    }

    const CliRun unknown = db({u"explain"_s, u"--order"_s, u"4242"_s});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(unknown.out, QString());
    QVERIFY(unknown.err.startsWith(u"partnerdesk-cli: "_s) && unknown.err.contains(u"4242"_s));
}

void TestCli::assignOrders()
{
    // Bob joins now; the manager gives him Jane's link order.
    QCOMPARE(db({u"join"_s, u"--affiliate"_s, m_bobCode, u"--program"_s, u"Koongo Partner"_s}).exitCode, 0);
    const CliRun assigned = db({u"assign"_s, u"--order"_s, u"1001"_s, u"--affiliate"_s, m_bobCode, u"--reason"_s,
                                u"Bob sent the customer by e-mail"_s});
    QCOMPARE(assigned.exitCode, 0);
    QCOMPARE(assigned.out, QString());
    // And the unattributed order to Jane, at a fixed amount.
    QCOMPARE(db({u"assign"_s, u"--order"_s, u"1005"_s, u"--affiliate"_s, u"JANE"_s, u"--reason"_s, u"phone order"_s,
                 u"--amount"_s, u"5.00"_s})
                 .exitCode,
             0);

    const QStringList rows = transactionRows();
    QVERIFY(rows.contains(u"1001,JANE,Koongo Partner,link,100.00,20,20.00,EUR,cancelled,"_s)); // kept, cancelled
    QVERIFY(rows.contains(u"1001,"_s + m_bobCode + u",Koongo Partner,manual,100.00,20,20.00,EUR,approved,"_s));
    QVERIFY(rows.contains(u"1005,JANE,Koongo Partner,manual,30.00,0,5.00,EUR,approved,"_s));
    QCOMPARE(rows.size(), 10);

    const CliRun explained = db({u"explain"_s, u"--order"_s, u"1001"_s});
    QVERIFY(explained.out.simplified().contains(u"1. manual WON"_s));
    QVERIFY(explained.out.contains(u"Bob sent the customer by e-mail"_s));
    QVERIFY(explained.outLines().constLast().startsWith(u"Result: "_s + m_bobCode + u" (Bob Builder)"_s));

    // A re-import does not undo a manual assignment.
    QCOMPARE(db({u"orders"_s, u"import"_s, m_ordersFile}).exitCode, 2);
    QCOMPARE(transactionRows(), rows);

    QCOMPARE(db({u"assign"_s, u"--order"_s, u"1001"_s, u"--affiliate"_s, u"JANE"_s}).exitCode, 1); // no reason
    QCOMPARE(db({u"assign"_s, u"--order"_s, u"4242"_s, u"--affiliate"_s, u"JANE"_s, u"--reason"_s, u"x"_s}).exitCode,
             1);
    QCOMPARE(db({u"assign"_s, u"--order"_s, u"1009"_s, u"--affiliate"_s, u"JANE"_s, u"--reason"_s, u"x"_s,
                 u"--amount"_s, u"1.234"_s})
                 .exitCode,
             1);
}

void TestCli::balancesAndPayouts()
{
    const QString header = u"affiliate_code,name,email,currency,pending,balance,in_batch,paid,threshold,due"_s;
    const CliRun balances = db({u"balances"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(balances.exitCode, 0);
    QCOMPARE(balances.outLines().constFirst(), header);
    // Jane: coupon 30 + rewrite 10 + direct 8 + manual 5 approved; the pending order's 12 waits.
    QCOMPARE(balanceOf(u"JANE"_s), u"JANE,Jane Doe,jane@example.com,EUR,12.00,53.00,0.00,0.00,50.00,yes"_s);
    QCOMPARE(balanceOf(m_bobCode), m_bobCode + u",Bob Builder,bob@example.com,EUR,0.00,20.00,0.00,0.00,50.00,no"_s);
    QCOMPARE(balanceOf(m_carolCode), u"C&O #1,\"Carol, Ltd.\",carol@example.com,EUR,0.00,2.00,0.00,0.00,50.00,no"_s);

    const CliRun due = db({u"payouts"_s, u"due"_s});
    QCOMPARE(due.exitCode, 0);
    QCOMPARE(due.out, header + u"\nJANE,Jane Doe,jane@example.com,EUR,12.00,53.00,0.00,0.00,50.00,yes\n"_s);

    const QString payPal = m_runner.path(u"paypal.csv"_s);
    const CliRun batch = db({u"payouts"_s, u"batch"_s, u"--format"_s, u"paypal"_s, u"--output"_s, payPal});
    CLI_EXPECT(batch, QStringList{payPal}, batch.exitCode == 0);
    QCOMPARE(batch.out, u"1\n"_s);
    QFile file(payPal);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> payLines = file.readAll().split('\n');
    QCOMPARE(payLines.size(), 2); // one recipient and the final line end
    QVERIFY(payLines.constFirst().startsWith("jane@example.com,53.00,EUR,"));

    QCOMPARE(balanceOf(u"JANE"_s), u"JANE,Jane Doe,jane@example.com,EUR,12.00,0.00,53.00,0.00,50.00,no"_s);
    QCOMPARE(db({u"payouts"_s, u"due"_s}).out, header + u'\n');
    const CliRun nothingDue =
        db({u"payouts"_s, u"batch"_s, u"--format"_s, u"csv"_s, u"--output"_s, m_runner.path(u"empty.csv"_s)});
    QCOMPARE(nothingDue.exitCode, 1);
    QVERIFY(nothingDue.err.startsWith(u"partnerdesk-cli: "_s));

    const CliRun paid = db({u"payouts"_s, u"mark-paid"_s, u"--batch"_s, u"1"_s});
    QCOMPARE(paid.exitCode, 0);
    QCOMPARE(paid.out, u"4\n"_s); // Jane's approved transactions; the self-referral earns nothing and is not paid
    QCOMPARE(balanceOf(u"JANE"_s), u"JANE,Jane Doe,jane@example.com,EUR,12.00,0.00,0.00,53.00,50.00,no"_s);
    QVERIFY(transactionRows().contains(u"1002,JANE,Koongo Partner,coupon,300.00,10,30.00,EUR,paid,"_s));

    QCOMPARE(db({u"payouts"_s, u"mark-paid"_s, u"--batch"_s, u"1"_s}).exitCode, 1); // only once
    QCOMPARE(db({u"payouts"_s, u"mark-paid"_s, u"--batch"_s, u"7"_s}).exitCode, 1);
    QCOMPARE(db({u"payouts"_s, u"batch"_s, u"--format"_s, u"xml"_s, u"--output"_s, payPal}).exitCode, 1);
}

void TestCli::refundAfterPayoutIsReversed()
{
    const QString refund =
        m_runner.writeFile(u"refund.csv"_s, "order_id,placed_at,subtotal,currency,status,coupon_code\n"
                                            "1002,2026-01-06T09:00:00Z,300.00,EUR,refunded,JANE10\n");
    const CliRun run = db({u"orders"_s, u"import"_s, refund});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"imported 1 (created 0, updated 1), rejected 0, attributed 1, unattributed 0, reversals 1\n"_s);
    const QStringList rows = transactionRows();
    // The paid commission stays paid; a negative reversal claws it back.
    QVERIFY(rows.contains(u"1002,JANE,Koongo Partner,coupon,300.00,10,30.00,EUR,paid,"_s));
    const QString reversal = rows.constLast();
    QVERIFY2(reversal.startsWith(u"1002,JANE,Koongo Partner,reversal,300.00,"_s) &&
                 reversal.endsWith(u",-30.00,EUR,approved,"_s),
             qPrintable(reversal));
    QCOMPARE(rows.size(), 11);
    QVERIFY(balanceOf(u"JANE"_s).startsWith(u"JANE,Jane Doe,jane@example.com,EUR,12.00,-30.00,"_s));
}

void TestCli::reports()
{
    const CliRun csv =
        db({u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.outLines();
    QCOMPARE(lines.constFirst(), u"period,program,kind,currency,orders,sales,commission,visits,conversion_percent"_s);
    // No visits imported yet: their columns stay empty.
    QVERIFY2(lines.contains(u"2026-01,Koongo Partner,direct,EUR,1,40.00,8.00,,"_s), qPrintable(csv.out));
    QVERIFY(lines.contains(u"2026-01,Koongo Partner,rewrite,EUR,1,50.00,10.00,,"_s));
    QVERIFY(lines.contains(u"2026-01,Koongo Partner,manual,EUR,2,130.00,25.00,,"_s));

    // The last day is included; the day after is not.
    const CliRun lastDay =
        db({u"report"_s, u"--from"_s, u"2026-01-13"_s, u"--to"_s, u"2026-01-13"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(lastDay.outLines().size(), 2);
    QVERIFY(lastDay.outLines().at(1).startsWith(u"2026-01,Koongo Partner,link,EUR,1,25.00,"_s));
    const CliRun empty =
        db({u"report"_s, u"--from"_s, u"2026-02-01"_s, u"--to"_s, u"2026-02-28"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(empty.out, u"period,program,kind,currency,orders,sales,commission,visits,conversion_percent\n"_s);

    const QString csvFile = m_runner.path(u"report.csv"_s);
    const CliRun toFile = db({u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s,
                              u"csv"_s, u"--output"_s, csvFile});
    QCOMPARE(toFile.exitCode, 0);
    QCOMPARE(toFile.out, QString());
    QFile written(csvFile);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), csv.out);

    const QString pdf = m_runner.path(u"report.pdf"_s);
    const CliRun pdfRun = db({u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s,
                              u"pdf"_s, u"--output"_s, pdf});
    CLI_EXPECT(pdfRun, QStringList{pdf}, pdfRun.exitCode == 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY2(bytes.size() > 5000, QByteArray::number(bytes.size()).constData());
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));

    QCOMPARE(
        db({u"report"_s, u"--from"_s, u"2026-01-31"_s, u"--to"_s, u"2026-01-01"_s, u"--format"_s, u"csv"_s}).exitCode,
        1);
    QCOMPARE(db({u"report"_s, u"--from"_s, u"January"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s, u"csv"_s}).exitCode,
             1);
    QCOMPARE(
        db({u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s, u"pdf"_s}).exitCode,
        1); // a PDF needs --output
}

void TestCli::reportGroupings()
{
    auto report = [this](const QStringList &extra) {
        return db(QStringList{u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s,
                              u"csv"_s} +
                  extra);
    };
    // Everything in one line: nine orders, and the refund's reversal takes back the paid coupon
    // commission (20 + 30 - 30 + 10 + 8 + 5 + 2 + 12; 1001's first transaction was cancelled).
    const CliRun none = report({u"--by"_s, u"none"_s});
    CLI_EXPECT(none, QStringList{u"--by none"_s}, none.exitCode == 0);
    QCOMPARE(none.out, u"currency,orders,sales,commission,visits,conversion_percent\n"
                       u"EUR,9,685.00,57.00,,\n"_s);

    // ISO weeks: 5-11 January is 2026-W02, 12-13 January 2026-W03.
    const CliRun weeks = report({u"--by"_s, u"period"_s, u"--period"_s, u"week"_s});
    QCOMPARE(weeks.out, u"period,currency,orders,sales,commission,visits,conversion_percent\n"
                        u"2026-W02,EUR,7,590.00,57.00,,\n"
                        u"2026-W03,EUR,2,95.00,0.00,,\n"_s);
    QCOMPARE(report({u"--by"_s, u"period"_s, u"--period"_s, u"quarter"_s}).outLines().value(1),
             u"2026-Q1,EUR,9,685.00,57.00,,"_s);
    QCOMPARE(report({u"--by"_s, u"period"_s, u"--period"_s, u"day"_s}).outLines().size(), 1 + 9);

    // One partner: JANE's links are 1007, 1008 (a self-referral, no commission) and 1009 (cancelled).
    const CliRun jane = report({u"--by"_s, u"partner,kind"_s, u"--affiliate"_s, u"JANE"_s});
    QVERIFY2(jane.outLines().contains(u"JANE,link,EUR,3,155.00,12.00,,"_s), qPrintable(jane.out));
    QVERIFY(!jane.out.contains(u"C&O"_s));
    const CliRun program = report({u"--by"_s, u"program"_s, u"--program"_s, u"koongo partner"_s});
    QCOMPARE(program.outLines().value(1), u"Koongo Partner,EUR,9,685.00,57.00,,"_s);

    for (const QStringList &bad :
         {QStringList{u"--by"_s, u"month"_s}, QStringList{u"--period"_s, u"fortnight"_s},
          QStringList{u"--program"_s, u"Nope"_s}, QStringList{u"--affiliate"_s, u"NOBODY"_s}}) {
        const CliRun run = report(bad);
        CLI_EXPECT(run, bad, run.exitCode == 1);
        CLI_EXPECT(run, bad, run.err.contains(bad.at(1)));
        CLI_EXPECT(run, bad, run.out.isEmpty());
    }
}

void TestCli::visitsAndConversion()
{
    const QString visits =
        m_runner.writeFile(u"visits.csv"_s, "visited_at,landing_url,referrer_url,affiliate_code\n"
                                            "2026-01-04T09:00:00Z,https://koongo.com/pricing?acc=JANE,,\n"
                                            "2026-01-04T10:00:00Z,https://koongo.com/?acc=JANE,,\n"
                                            "2026-01-05T10:00:00Z,https://koongo.com/,,\"C&O #1\"\n"
                                            "2026-01-06T10:00:00Z,https://www.koongo.com/partner/jane/,,\n"
                                            "2026-01-07T10:00:00Z,https://koongo.com/,https://www.janeblog.com/post,\n"
                                            "2026-01-08T10:00:00Z,https://koongo.com/,https://google.com/,\n"
                                            "2026-02-01T10:00:00Z,https://koongo.com/?acc=JANE,,\n"
                                            "2026-01-09,not a url,,\n");
    const CliRun imported = db({u"visits"_s, u"import"_s, visits});
    CLI_EXPECT(imported, QStringList{visits}, imported.exitCode == 2);
    QCOMPARE(imported.out, u"imported 7 visits, already known 0, rejected 1; attributed 6 (link 4, rewrite 1, "
                           u"direct 1), unattributed 1\n"_s);
    QCOMPARE(imported.err, visits + u":9: landing_url: \"not a url\" is not an http or https URL\n"_s);
    const CliRun again = db({u"visits"_s, u"import"_s, visits});
    QVERIFY(again.out.startsWith(u"imported 0 visits, already known 7, rejected 1;"_s));

    auto report = [this](const QStringList &extra) {
        return db(QStringList{u"report"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-01-31"_s, u"--format"_s,
                              u"csv"_s} +
                  extra);
    };
    // Six visits in January, nine orders: 150 %.
    QCOMPARE(report({u"--by"_s, u"none"_s}).outLines().value(1), u"EUR,9,685.00,57.00,6,150.00"_s);
    // Per kind: coupons and manual assignments have no visits (no conversion); link 4 orders / 3
    // visits; the organic visit is an unattributed line with no orders and no currency.
    const CliRun kinds = report({u"--by"_s, u"kind"_s});
    QCOMPARE(kinds.out, u"kind,currency,orders,sales,commission,visits,conversion_percent\n"
                        u"coupon,EUR,1,300.00,30.00,0,\n"
                        u"direct,EUR,1,40.00,8.00,1,100.00\n"
                        u"link,EUR,4,165.00,14.00,3,133.33\n"
                        u"manual,EUR,2,130.00,25.00,0,\n"
                        u"reversal,EUR,0,0.00,-30.00,0,\n"
                        u"rewrite,EUR,1,50.00,10.00,1,100.00\n"
                        u"unattributed,,0,0,0,1,0.00\n"_s);
    // Visits are counted in the week they happened, even one with no orders.
    const CliRun weeks = report({u"--by"_s, u"period"_s, u"--period"_s, u"week"_s});
    QCOMPARE(weeks.out, u"period,currency,orders,sales,commission,visits,conversion_percent\n"
                        u"2026-W01,,0,0,0,2,0.00\n"
                        u"2026-W02,EUR,7,590.00,57.00,4,175.00\n"
                        u"2026-W03,EUR,2,95.00,0.00,0,\n"_s);
    const CliRun jane = report({u"--by"_s, u"partner,kind"_s, u"--affiliate"_s, u"JANE"_s});
    QVERIFY2(jane.outLines().contains(u"JANE,link,EUR,3,155.00,12.00,2,150.00"_s), qPrintable(jane.out));

    // The PDF says the same, when poppler's pdftotext is there to read it.
    const QString pdf = m_runner.path(u"conversion.pdf"_s);
    const CliRun pdfRun = report({u"--by"_s, u"kind"_s, u"--format"_s, u"pdf"_s, u"--output"_s, pdf});
    CLI_EXPECT(pdfRun, QStringList{pdf}, pdfRun.exitCode == 0);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (Debian package poppler-utils) is not installed: the PDF's text is not checked");
    QProcess process;
    process.start(pdftotext, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &expected :
         {u"Partner program report"_s, u"Period: 2026-01-01 to 2026-01-31"_s, u"133.33 %"_s, u"Totals per currency"_s,
          u"57.00"_s, u"Visits: 6; orders: 9; conversion: 150.00 %"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
