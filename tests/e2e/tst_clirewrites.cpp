// `partnerdesk-cli rewrite add` applies the rewrite editor's rules and says exactly what the editor
// says: each refusal on stderr is RewriteStore's message for the same input, with exit 1 and
// nothing written; an accepted rewrite is stored normalised with the tracked target.

#include "clirunner.h"
#include "store/database.h"
#include "store/rewritestore.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace PartnerDeskTest;

class TestCliRewrites : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusalsMatchTheEditor_data();
    void refusalsMatchTheEditor();
    void acceptedIsNormalised();

private:
    CliRun db(QStringList arguments) const
    {
        arguments << u"--db"_s << m_db;
        return m_runner.run(arguments);
    }
    qint64 affiliateId(const QString &code) const;

    CliRunner m_runner;
    QString m_db;
};

void TestCliRewrites::initTestCase()
{
    QVERIFY2(m_runner.error().isEmpty(), qPrintable(m_runner.error()));
    m_db = m_runner.path(u"books.sqlite"_s);
    const QList<QStringList> setup = {
        {u"program"_s,
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
         u"koongo.com"_s,
         u"--store-host"_s,
         u"shop.koongo.de"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"Jane Doe"_s, u"--email"_s, u"jane@example.com"_s, u"--code"_s,
         u"JANE"_s},
        {u"affiliate"_s, u"add"_s, u"--name"_s, u"No Body"_s, u"--email"_s, u"nobody@example.com"_s, u"--code"_s,
         u"NOBODY"_s},
        {u"join"_s, u"--affiliate"_s, u"JANE"_s, u"--program"_s, u"Koongo Partner"_s},
        {u"rewrite"_s, u"add"_s, u"--affiliate"_s, u"JANE"_s, u"--host"_s, u"koongo.com"_s, u"--path"_s,
         u"/partner/jane"_s, u"--target"_s, u"https://koongo.com/pricing"_s},
    };
    for (const QStringList &arguments : setup) {
        const CliRun run = db(arguments);
        CLI_EXPECT(run, arguments, run.exitCode == 0);
    }
}

qint64 TestCliRewrites::affiliateId(const QString &code) const
{
    Database database;
    if (!database.open(m_db))
        return 0;
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT id FROM affiliates WHERE code = ?"_s);
    query.addBindValue(code);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestCliRewrites::refusalsMatchTheEditor_data()
{
    QTest::addColumn<QString>("affiliate");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("target");

    const QString t = u"https://koongo.com/"_s;
    QTest::addRow("parent segment") << u"JANE"_s << u"koongo.com"_s << u"/a/../b"_s << t;
    QTest::addRow("root") << u"JANE"_s << u"koongo.com"_s << u"/"_s << t;
    QTest::addRow("query") << u"JANE"_s << u"koongo.com"_s << u"/jane?x=1"_s << t;
    QTest::addRow("special character") << u"JANE"_s << u"koongo.com"_s << u"/jane$1"_s << t;
    QTest::addRow("www. and slash twin taken") << u"JANE"_s << u"WWW.koongo.com"_s << u"/partner/jane/"_s << t;
    QTest::addRow("not a store host") << u"JANE"_s << u"evil.example"_s << u"/jane"_s << t;
    QTest::addRow("host with a port") << u"JANE"_s << u"koongo.com:80"_s << u"/jane"_s << t;
    QTest::addRow("target off the store") << u"JANE"_s << u"koongo.com"_s << u"/jane"_s << u"https://evil.example/"_s;
    QTest::addRow("redirect loop") << u"JANE"_s << u"koongo.com"_s << u"/jane"_s << u"https://koongo.com/jane"_s;
    QTest::addRow("no membership") << u"NOBODY"_s << u"koongo.com"_s << u"/nobody"_s << t;
}

void TestCliRewrites::refusalsMatchTheEditor()
{
    QFETCH(QString, affiliate);
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, target);

    QString expected;
    {
        Database database;
        QVERIFY(database.open(m_db));
        const Result<Rewrite> valid = RewriteStore(database).validate({affiliateId(affiliate), host, path, target});
        QVERIFY(!valid);
        expected = valid.error();
    }
    const QStringList arguments{u"rewrite"_s, u"add"_s, u"--affiliate"_s, affiliate, u"--host"_s, host,
                                u"--path"_s,  path,     u"--target"_s,    target};
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 1);
    CLI_EXPECT(run, arguments, run.out.isEmpty());
    QCOMPARE(run.err, u"partnerdesk-cli: "_s + expected + u'\n');
    Database database;
    QVERIFY(database.open(m_db));
    QCOMPARE(RewriteStore(database).count(), 1);
}

void TestCliRewrites::acceptedIsNormalised()
{
    const QStringList arguments{
        u"rewrite"_s,        u"add"_s,    u"--affiliate"_s, u"JANE"_s,     u"--host"_s,
        u"Shop.Koongo.DE"_s, u"--path"_s, u" /jane/ "_s,    u"--target"_s, u" https://koongo.com/a?acc=OLD#x "_s};
    const CliRun run = db(arguments);
    CLI_EXPECT(run, arguments, run.exitCode == 0);
    Database database;
    QVERIFY(database.open(m_db));
    const QList<RewriteRow> rows = RewriteStore(database).list(u"shop."_s);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(QStringList({rows.first().rewrite.host, rows.first().rewrite.path, rows.first().rewrite.targetUrl}),
             QStringList({u"shop.koongo.de"_s, u"/jane"_s, u"https://koongo.com/a?acc=JANE#x"_s}));
    // The export carries it.
    const CliRun nginx = db({u"rewrite"_s, u"export"_s, u"--format"_s, u"nginx"_s});
    QCOMPARE(nginx.exitCode, 0);
    QVERIFY(nginx.out.contains(u"    location = /jane/ { return 302 \"https://koongo.com/a?acc=JANE#x\"; }\n"_s));
}

QTEST_GUILESS_MAIN(TestCliRewrites)
#include "tst_clirewrites.moc"
