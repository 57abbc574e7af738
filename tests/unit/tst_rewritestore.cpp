// RewriteStore: every refusal with its message, the normalisations, uniqueness over the www. and
// trailing-slash twins, and the exact restore that undo relies on, on a real SQLite file.

#include "core/rewriteexporter.h"
#include "itemmodels/modelroles.h"
#include "itemmodels/rewritetablemodel.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/programstore.h"
#include "store/rewritestore.h"
#include "storetestkit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

class TestRewriteStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void partnerRefusals();
    void twinsAreOneAddress_data();
    void twinsAreOneAddress();
    void targetOnAnotherVanityPath();
    void updateKeepsOwnAddress();
    void addRemoveRestoreRoundTrip();
    void updateUndoRoundTrip();
    void restoreRefusesATakenAddress();
    void restoreRefusesAMissingPartner();
    void affiliateStoreDelegates();
    void listAndSearch();
    void tableModel();
    void campaignGoesIntoTheTargetAndTheExport();

private:
    RewriteDraft draft(const QString &host, const QString &path, const QString &target, qint64 affiliate = 0) const
    {
        return {affiliate ? affiliate : m_jane, host, path, target};
    }
    QList<QString> auditActions(qint64 rewriteId) const;

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<RewriteStore> m_rewrites;
    qint64 m_jane = 0;   // Koongo Partner: koongo.com, shop.koongo.de, bücher.example
    qint64 m_bob = 0;    // Koongo Partner
    qint64 m_nobody = 0; // member of nothing
};

void TestRewriteStore::initTestCase()
{
    pinNow();
}

void TestRewriteStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    ProgramStore programs(m_store->database);
    AffiliateStore affiliates(m_store->database);
    Program partner;
    partner.name = u"Koongo Partner"_s;
    partner.storeHosts = {u"koongo.com"_s, u"shop.koongo.de"_s, u"b\u00FCcher.example"_s};
    Program japan;
    japan.name = u"Koongo Japan"_s;
    japan.currency = u"JPY"_s;
    japan.storeHosts = {u"koongo.jp"_s};
    const Result<qint64> p = programs.add(partner);
    QVERIFY2(p, qPrintable(p.error()));
    QVERIFY(programs.add(japan));
    const Result<Affiliate> jane = affiliates.add(u"Jane Doe"_s, u"jane@example.com"_s, u"JANE"_s);
    const Result<Affiliate> bob = affiliates.add(u"Bob Roe"_s, u"bob@example.com"_s, u"BOB"_s);
    const Result<Affiliate> nobody = affiliates.add(u"No Body"_s, u"nobody@example.com"_s, u"NOBODY"_s);
    QVERIFY(jane && bob && nobody);
    m_jane = jane->id;
    m_bob = bob->id;
    m_nobody = nobody->id;
    QVERIFY(programs.join(m_jane, *p));
    QVERIFY(programs.join(m_bob, *p));
    m_rewrites = std::make_unique<RewriteStore>(m_store->database);
}

void TestRewriteStore::cleanup()
{
    m_rewrites.reset();
    m_store.reset();
}

QList<QString> TestRewriteStore::auditActions(qint64 rewriteId) const
{
    QList<QString> actions;
    const QList<AuditEntry> entries =
        AuditLog(m_store->database.connection()).entries(u"rewrite"_s, QString::number(rewriteId));
    for (const AuditEntry &entry : entries)
        actions.prepend(entry.action); // newest first in the log
    std::sort(actions.begin(), actions.end());
    return actions;
}

void TestRewriteStore::accepted_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("stored"); // "host path target"

    QTest::addRow("simple") << u"koongo.com"_s << u"/partner/jane"_s << u"https://koongo.com/pricing"_s
                            << u"koongo.com /partner/jane https://koongo.com/pricing?acc=JANE"_s;
    QTest::addRow("upper case, www., spaces, trailing slash")
        << u" WWW.Koongo.COM "_s << u" /partner/jane/ "_s << u" https://koongo.com "_s
        << u"koongo.com /partner/jane https://koongo.com/?acc=JANE"_s;
    QTest::addRow("trailing dot of the host")
        << u"koongo.com."_s << u"/j"_s << u"https://koongo.com/"_s << u"koongo.com /j https://koongo.com/?acc=JANE"_s;
    QTest::addRow("IDN host to ASCII") << u"www.B\u00FCcher.example"_s << u"/jane"_s
                                       << u"https://b\u00FCcher.example/buch"_s
                                       << u"xn--bcher-kva.example /jane https://xn--bcher-kva.example/buch?acc=JANE"_s;
    QTest::addRow("subdomain of a store host") << u"blog.koongo.com"_s << u"/j"_s << u"https://koongo.com/x"_s
                                               << u"blog.koongo.com /j https://koongo.com/x?acc=JANE"_s;
    QTest::addRow("every allowed character") << u"koongo.com"_s << u"/p/Jane.Doe_1~x-y/Z9"_s << u"https://koongo.com/"_s
                                             << u"koongo.com /p/Jane.Doe_1~x-y/Z9 https://koongo.com/?acc=JANE"_s;
    QTest::addRow("three dots are no dot segment") << u"koongo.com"_s << u"/..."_s << u"https://koongo.com/"_s
                                                   << u"koongo.com /... https://koongo.com/?acc=JANE"_s;
    QTest::addRow("target keeps query and fragment, acc replaced")
        << u"koongo.com"_s << u"/jane"_s << u"https://shop.koongo.de/a/b?x=1&acc=OLD#top"_s
        << u"koongo.com /jane https://shop.koongo.de/a/b?x=1&acc=JANE#top"_s;
    QTest::addRow("target on the same host, another path")
        << u"koongo.com"_s << u"/jane"_s << u"https://koongo.com/jane/shop"_s
        << u"koongo.com /jane https://koongo.com/jane/shop?acc=JANE"_s;
    QTest::addRow("target with dollar and percent")
        << u"koongo.com"_s << u"/deal"_s << u"http://koongo.com/d?p=$5&off=10%25"_s
        << u"koongo.com /deal http://koongo.com/d?p=$5&off=10%25&acc=JANE"_s;
}

void TestRewriteStore::accepted()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, target);
    QFETCH(QString, stored);

    const Result<Rewrite> valid = m_rewrites->validate(draft(host, path, target));
    QVERIFY2(valid, qPrintable(valid.error()));
    const Result<RewriteRow> row = m_rewrites->add(draft(host, path, target));
    QVERIFY2(row, qPrintable(row.error()));
    const Rewrite &r = row->rewrite;
    QCOMPARE(QStringList({r.host, r.path, r.targetUrl}).join(u' '), stored);
    QCOMPARE(QStringList({valid->host, valid->path, valid->targetUrl}).join(u' '), stored);
    QCOMPARE(r.affiliateId, m_jane);
    QCOMPARE(r.affiliateCode, u"JANE"_s);
    QCOMPARE(row->affiliateName, u"Jane Doe"_s);
    QCOMPARE(row->createdAt, QString::fromLatin1(pinnedNow));
    QVERIFY(row->active);
    // What the editor lists and what the exporters read is what add() returned.
    const std::optional<RewriteRow> read = m_rewrites->byId(r.id);
    QVERIFY(read);
    QCOMPARE(read->rewrite.targetUrl, r.targetUrl);
    const QList<Rewrite> exported = AffiliateStore(m_store->database).rewrites();
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().path, r.path);
    QCOMPARE(auditActions(r.id), QList<QString>{u"rewrite.add"_s});
}

void TestRewriteStore::refused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");

    const QString k = u"koongo.com"_s;
    const QString t = u"https://koongo.com/"_s;
    const auto path = [](const QString &p, const QString &why) {
        return u"The path \"%1\" is not a valid vanity path: %2"_s.arg(p, why);
    };
    // Host
    QTest::addRow("no host") << u"  "_s << u"/jane"_s << t << u"Enter the store host, e.g. koongo.com."_s;
    QTest::addRow("host with a port") << u"koongo.com:8080"_s << u"/jane"_s << t
                                      << u"The host \"koongo.com:8080\" is not a valid host name."_s;
    QTest::addRow("host with a slash") << u"koongo.com/x"_s << u"/jane"_s << t
                                       << u"The host \"koongo.com/x\" is not a valid host name."_s;
    QTest::addRow("not a store host") << u"jane.example.org"_s << u"/jane"_s << t
                                      << u"The host jane.example.org is not a store host of the partner's programs "
                                         u"(koongo.com, shop.koongo.de, xn--bcher-kva.example)."_s;
    QTest::addRow("store host of a program he is not in")
        << u"koongo.jp"_s << u"/jane"_s << t
        << u"The host koongo.jp is not a store host of the partner's programs (koongo.com, shop.koongo.de, "
           u"xn--bcher-kva.example)."_s;
    QTest::addRow("look-alike host") << u"evilkoongo.com"_s << u"/jane"_s << t
                                     << u"The host evilkoongo.com is not a store host of the partner's programs "
                                        u"(koongo.com, shop.koongo.de, xn--bcher-kva.example)."_s;
    // Path
    QTest::addRow("empty path") << k << u" "_s << t << path(QString(), u"enter one, e.g. /partner/jane."_s);
    QTest::addRow("no leading slash") << k << u"partner/jane"_s << t
                                      << path(u"partner/jane"_s, u"it must start with \"/\"."_s);
    QTest::addRow("root") << k << u"/"_s << t
                          << path(u"/"_s, u"\"/\" is the store's home page; add a segment, e.g. /partner/jane."_s);
    QTest::addRow("query") << k << u"/jane?x=1"_s << t
                           << path(u"/jane?x=1"_s,
                                   u"a query (\"?\") cannot be part of it; put parameters into the target URL."_s);
    QTest::addRow("fragment") << k << u"/jane#top"_s << t
                              << path(u"/jane#top"_s,
                                      u"a fragment (\"#\") cannot be part of it; put it into the target URL."_s);
    QTest::addRow("space") << k << u"/jane doe"_s << t
                           << path(u"/jane doe"_s, u"it contains a space or a control character."_s);
    // The message quotes the path on one line: a control character shows as U+FFFD.
    QTest::addRow("tab") << k << u"/jane\tdoe"_s << t
                         << path(u"/jane\uFFFDdoe"_s, u"it contains a space or a control character."_s);
    QTest::addRow("line break") << k << u"/jane\nlocation"_s << t
                                << path(u"/jane\uFFFDlocation"_s, u"it contains a space or a control character."_s);
    QTest::addRow("double slash") << k << u"/partner//jane"_s << t
                                  << path(u"/partner//jane"_s, u"it contains an empty segment (\"//\")."_s);
    QTest::addRow("two trailing slashes")
        << k << u"/jane//"_s << t << path(u"/jane//"_s, u"it contains an empty segment (\"//\")."_s);
    const QString dots = u"\".\" and \"..\" segments are resolved by browsers before the store sees the path."_s;
    QTest::addRow("parent segment") << k << u"/partner/../admin"_s << t << path(u"/partner/../admin"_s, dots);
    QTest::addRow("ends with parent") << k << u"/partner/.."_s << t << path(u"/partner/.."_s, dots);
    QTest::addRow("dot segment") << k << u"/./jane"_s << t << path(u"/./jane"_s, dots);
    const auto character = [](const QString &c) {
        return u"\"%1\" cannot be used; between the slashes use letters, digits, '-', '_', '.' and '~'."_s.arg(c);
    };
    QTest::addRow("dollar (nginx variable, regex)") << k << u"/jane$1"_s << t << path(u"/jane$1"_s, character(u"$"_s));
    QTest::addRow("percent") << k << u"/jane%20doe"_s << t << path(u"/jane%20doe"_s, character(u"%"_s));
    QTest::addRow("quote") << k << u"/jane\"x"_s << t << path(u"/jane\"x"_s, character(u"\""_s));
    QTest::addRow("brace") << k << u"/jane{x}"_s << t << path(u"/jane{x}"_s, character(u"{"_s));
    QTest::addRow("semicolon") << k << u"/jane;x"_s << t << path(u"/jane;x"_s, character(u";"_s));
    QTest::addRow("backslash") << k << u"/jane\\x"_s << t << path(u"/jane\\x"_s, character(u"\\"_s));
    QTest::addRow("regex specials") << k << u"/jane(x)"_s << t << path(u"/jane(x)"_s, character(u"("_s));
    QTest::addRow("non-ASCII") << k << u"/j\u00E1na"_s << t << path(u"/j\u00E1na"_s, character(u"\u00E1"_s));
    const QString longPath = u"/"_s + QString(RewriteStore::maxPathLength, u'a');
    QTest::addRow("too long") << k << longPath << t << path(longPath, u"it is longer than 200 characters."_s);
    // Target
    const QString notStore = u"The target must be a store URL: "_s;
    QTest::addRow("no target") << k << u"/jane"_s << u" "_s
                               << notStore + u"enter the store page the vanity path forwards to."_s;
    QTest::addRow("target off the store") << k << u"/jane"_s << u"https://evil.example/koongo.com"_s
                                          << notStore + u"evil.example is not a store host of this program (allowed: "
                                                        u"koongo.com, shop.koongo.de, xn--bcher-kva.example)."_s;
    QTest::addRow("target not http") << k << u"/jane"_s << u"ftp://koongo.com/file"_s
                                     << notStore + u"Only http and https links can be tracked, not \"ftp\"."_s;
    QTest::addRow("target with user info")
        << k << u"/jane"_s << u"https://koongo.com@evil.example/"_s
        << notStore + u"A store link cannot contain a user name or password (\"@\" before the host)."_s;
    QTest::addRow("target too long") << k << u"/jane"_s << u"https://koongo.com/"_s + QString(2000, u'a')
                                     << u"The target must be a store URL of at most 2000 characters."_s;
    QTest::addRow("target is the vanity path") << k << u"/jane"_s << u"https://www.koongo.com/jane/?x=1"_s
                                               << u"The target is the vanity path itself; the redirect would loop. "
                                                  u"Choose another store page."_s;
}

void TestRewriteStore::refused()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(QString, target);
    QFETCH(QString, message);

    const Result<Rewrite> valid = m_rewrites->validate(draft(host, path, target));
    QVERIFY(!valid);
    QCOMPARE(valid.error(), message);
    const Result<RewriteRow> row = m_rewrites->add(draft(host, path, target));
    QVERIFY(!row);
    QCOMPARE(row.error(), message);
    QCOMPARE(count(m_store->database, u"rewrites"_s), 0);
    QCOMPARE(count(m_store->database, u"audit_log"_s, u"entity = 'rewrite'"_s), 0);
}

void TestRewriteStore::partnerRefusals()
{
    const RewriteDraft none{0, u"koongo.com"_s, u"/x"_s, u"https://koongo.com/"_s};
    QCOMPARE(m_rewrites->validate(none).error(), u"Choose the partner the vanity path credits."_s);
    QCOMPARE(m_rewrites->add({m_nobody + 1000, u"koongo.com"_s, u"/x"_s, u"https://koongo.com/"_s}).error(),
             u"The partner no longer exists."_s);
    QCOMPARE(m_rewrites->add({m_nobody, u"koongo.com"_s, u"/x"_s, u"https://koongo.com/"_s}).error(),
             u"The partner NOBODY is not an active member of any program, so he has no store host."_s);
    QCOMPARE(count(m_store->database, u"rewrites"_s), 0);
}

void TestRewriteStore::twinsAreOneAddress_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("clash");

    QTest::addRow("same") << u"koongo.com"_s << u"/partner"_s << true;
    QTest::addRow("www. twin") << u"www.koongo.com"_s << u"/partner"_s << true;
    QTest::addRow("trailing-slash twin") << u"koongo.com"_s << u"/partner/"_s << true;
    QTest::addRow("both twins, other case of host") << u"WWW.KOONGO.COM"_s << u"/partner/"_s << true;
    QTest::addRow("other host") << u"shop.koongo.de"_s << u"/partner"_s << false;
    QTest::addRow("subdomain is another host") << u"blog.koongo.com"_s << u"/partner"_s << false;
    QTest::addRow("paths are case-sensitive") << u"koongo.com"_s << u"/Partner"_s << false;
    QTest::addRow("a longer path") << u"koongo.com"_s << u"/partner/x"_s << false;
}

void TestRewriteStore::twinsAreOneAddress()
{
    QFETCH(QString, host);
    QFETCH(QString, path);
    QFETCH(bool, clash);

    QVERIFY(m_rewrites->add(draft(u"koongo.com"_s, u"/partner"_s, u"https://koongo.com/a"_s)));
    // Another partner, so the clash is about the address, not the partner.
    const Result<RewriteRow> second = m_rewrites->add(draft(host, path, u"https://koongo.com/b"_s, m_bob));
    if (!clash) {
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(count(m_store->database, u"rewrites"_s), 2);
        return;
    }
    QVERIFY(!second);
    QCOMPARE(second.error(), u"koongo.com/partner is already a rewrite of partner JANE (with or without \"www.\" and "
                             u"the trailing slash it is the same address)."_s);
    QCOMPARE(count(m_store->database, u"rewrites"_s), 1);
}

void TestRewriteStore::targetOnAnotherVanityPath()
{
    QVERIFY(m_rewrites->add(draft(u"koongo.com"_s, u"/partner/jane"_s, u"https://koongo.com/a"_s)));
    // Bob's vanity link may not forward into Jane's: the visitor would land on her tracked link.
    const Result<RewriteRow> chained =
        m_rewrites->add(draft(u"shop.koongo.de"_s, u"/bob"_s, u"https://www.koongo.com/partner/jane/"_s, m_bob));
    QVERIFY(!chained);
    QCOMPARE(chained.error(), u"The target koongo.com/partner/jane is itself a vanity path; forward to the store page "
                              u"it leads to instead."_s);
}

void TestRewriteStore::updateKeepsOwnAddress()
{
    const Result<RewriteRow> jane = m_rewrites->add(draft(u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/a"_s));
    const Result<RewriteRow> bob = m_rewrites->add(draft(u"koongo.com"_s, u"/bob"_s, u"https://koongo.com/b"_s, m_bob));
    QVERIFY(jane && bob);
    // Its own address is no clash: a new target (and the www. spelling) on the same path.
    const Result<RewriteRow> retargeted =
        m_rewrites->update(jane->rewrite.id, draft(u"www.koongo.com"_s, u"/jane/"_s, u"https://koongo.com/c"_s));
    QVERIFY2(retargeted, qPrintable(retargeted.error()));
    QCOMPARE(retargeted->rewrite.id, jane->rewrite.id);
    QCOMPARE(retargeted->rewrite.targetUrl, u"https://koongo.com/c?acc=JANE"_s);
    QCOMPARE(retargeted->createdAt, jane->createdAt);
    // Another's address is.
    const Result<RewriteRow> taken =
        m_rewrites->update(jane->rewrite.id, draft(u"koongo.com"_s, u"/bob"_s, u"https://koongo.com/c"_s));
    QVERIFY(!taken);
    QVERIFY2(taken.error().startsWith(u"koongo.com/bob is already a rewrite of partner BOB"_s),
             qPrintable(taken.error()));
    // Handing the rewrite to another partner re-tracks the target with his code.
    const Result<RewriteRow> handed = m_rewrites->update(
        jane->rewrite.id, draft(u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/c?acc=JANE"_s, m_bob));
    QVERIFY2(handed, qPrintable(handed.error()));
    QCOMPARE(handed->rewrite.affiliateCode, u"BOB"_s);
    QCOMPARE(handed->rewrite.targetUrl, u"https://koongo.com/c?acc=BOB"_s);
    QCOMPARE(m_rewrites->update(9999, draft(u"koongo.com"_s, u"/x"_s, u"https://koongo.com/"_s)).error(),
             u"The rewrite no longer exists."_s);
    QCOMPARE(auditActions(jane->rewrite.id),
             (QList<QString>{u"rewrite.add"_s, u"rewrite.update"_s, u"rewrite.update"_s}));
}

void TestRewriteStore::addRemoveRestoreRoundTrip()
{
    QVERIFY(m_rewrites->add(draft(u"koongo.com"_s, u"/first"_s, u"https://koongo.com/"_s)));
    const Result<RewriteRow> added = m_rewrites->add(draft(u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/x"_s));
    QVERIFY(added);
    const QList<RewriteRow> before = m_rewrites->list();

    const Result<RewriteRow> removed = m_rewrites->remove(added->rewrite.id);
    QVERIFY2(removed, qPrintable(removed.error()));
    QCOMPARE(removed->rewrite.targetUrl, added->rewrite.targetUrl);
    QVERIFY(!m_rewrites->byId(added->rewrite.id));
    QCOMPARE(m_rewrites->remove(added->rewrite.id).error(), u"The rewrite no longer exists."_s);
    // A newer rewrite must not take the id the restore puts back.
    const Result<RewriteRow> newer = m_rewrites->add(draft(u"koongo.com"_s, u"/newer"_s, u"https://koongo.com/"_s));
    QVERIFY(newer);
    QVERIFY(newer->rewrite.id != added->rewrite.id);
    QVERIFY(m_rewrites->remove(newer->rewrite.id));

    const Status restored = m_rewrites->restore(*removed);
    QVERIFY2(restored, qPrintable(restored.error()));
    const QList<RewriteRow> after = m_rewrites->list();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).rewrite.id, before.at(i).rewrite.id);
        QCOMPARE(after.at(i).rewrite.host, before.at(i).rewrite.host);
        QCOMPARE(after.at(i).rewrite.path, before.at(i).rewrite.path);
        QCOMPARE(after.at(i).rewrite.targetUrl, before.at(i).rewrite.targetUrl);
        QCOMPARE(after.at(i).rewrite.affiliateId, before.at(i).rewrite.affiliateId);
        QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
        QCOMPARE(after.at(i).active, before.at(i).active);
    }
    QCOMPARE(auditActions(added->rewrite.id),
             (QList<QString>{u"rewrite.add"_s, u"rewrite.delete"_s, u"rewrite.restore"_s}));
}

void TestRewriteStore::updateUndoRoundTrip()
{
    const Result<RewriteRow> before = m_rewrites->add(draft(u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/x"_s));
    QVERIFY(before);
    const Result<RewriteRow> after = m_rewrites->update(
        before->rewrite.id, draft(u"shop.koongo.de"_s, u"/j"_s, u"https://shop.koongo.de/"_s, m_bob));
    QVERIFY2(after, qPrintable(after.error()));
    // Undo puts the row back as it was; redo as it became.
    QVERIFY(m_rewrites->restore(*before));
    std::optional<RewriteRow> now = m_rewrites->byId(before->rewrite.id);
    QVERIFY(now);
    QCOMPARE(QStringList({now->rewrite.affiliateCode, now->rewrite.host, now->rewrite.path, now->rewrite.targetUrl}),
             QStringList({u"JANE"_s, u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/x?acc=JANE"_s}));
    QVERIFY(m_rewrites->restore(*after));
    now = m_rewrites->byId(before->rewrite.id);
    QCOMPARE(QStringList({now->rewrite.affiliateCode, now->rewrite.host, now->rewrite.path, now->rewrite.targetUrl}),
             QStringList({u"BOB"_s, u"shop.koongo.de"_s, u"/j"_s, u"https://shop.koongo.de/?acc=BOB"_s}));
    QCOMPARE(now->createdAt, before->createdAt);
    QCOMPARE(count(m_store->database, u"rewrites"_s), 1);
}

void TestRewriteStore::restoreRefusesATakenAddress()
{
    const Result<RewriteRow> jane = m_rewrites->add(draft(u"koongo.com"_s, u"/partner"_s, u"https://koongo.com/"_s));
    QVERIFY(jane);
    const Result<RewriteRow> removed = m_rewrites->remove(jane->rewrite.id);
    QVERIFY(removed);
    // Meanwhile Bob got the address (as its www./slash twin).
    QVERIFY(m_rewrites->add(draft(u"www.koongo.com"_s, u"/partner/"_s, u"https://koongo.com/b"_s, m_bob)));
    const Status restored = m_rewrites->restore(*removed);
    QVERIFY(!restored);
    QCOMPARE(restored.error(), u"koongo.com/partner is already a rewrite of partner BOB (with or without \"www.\" and "
                               u"the trailing slash it is the same address)."_s);
    QCOMPARE(count(m_store->database, u"rewrites"_s), 1);
}

void TestRewriteStore::restoreRefusesAMissingPartner()
{
    const Result<RewriteRow> row = m_rewrites->add(draft(u"koongo.com"_s, u"/nobody"_s, u"https://koongo.com/"_s));
    QVERIFY(row);
    QVERIFY(m_rewrites->remove(row->rewrite.id));
    RewriteRow ghost = *row;
    ghost.rewrite.affiliateId = m_nobody + 1000;
    ghost.rewrite.affiliateCode = u"GHOST"_s;
    const Status restored = m_rewrites->restore(ghost);
    QVERIFY(!restored);
    QCOMPARE(restored.error(), u"The partner GHOST no longer exists."_s);
    QCOMPARE(count(m_store->database, u"rewrites"_s), 0);
}

void TestRewriteStore::affiliateStoreDelegates()
{
    // The older entry point (used by tests and the demo) applies the same rules.
    AffiliateStore affiliates(m_store->database);
    const Result<qint64> id = affiliates.addRewrite(m_jane, u"koongo.com"_s, u"/jane/"_s, u"https://koongo.com/"_s);
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(m_rewrites->byId(*id)->rewrite.path, u"/jane"_s);
    const Result<qint64> refused =
        affiliates.addRewrite(m_jane, u"koongo.com"_s, u"/a/../b"_s, u"https://koongo.com/"_s);
    QCOMPARE(refused.error(),
             m_rewrites->validate(draft(u"koongo.com"_s, u"/a/../b"_s, u"https://koongo.com/"_s)).error());
}

void TestRewriteStore::listAndSearch()
{
    QVERIFY(m_rewrites->add(draft(u"shop.koongo.de"_s, u"/z"_s, u"https://koongo.com/"_s)));
    QVERIFY(m_rewrites->add(draft(u"koongo.com"_s, u"/b"_s, u"https://koongo.com/sale"_s, m_bob)));
    QVERIFY(m_rewrites->add(draft(u"koongo.com"_s, u"/a_1"_s, u"https://koongo.com/"_s)));
    const auto paths = [this](const QString &search) {
        QStringList result;
        for (const RewriteRow &row : m_rewrites->list(search))
            result.append(row.rewrite.host + row.rewrite.path);
        return result;
    };
    QCOMPARE(paths({}), (QStringList{u"koongo.com/a_1"_s, u"koongo.com/b"_s, u"shop.koongo.de/z"_s}));
    QCOMPARE(paths(u"bob roe"_s), QStringList{u"koongo.com/b"_s});                         // partner name
    QCOMPARE(paths(u"jane"_s), (QStringList{u"koongo.com/a_1"_s, u"shop.koongo.de/z"_s})); // partner code
    QCOMPARE(paths(u"SALE"_s), QStringList{u"koongo.com/b"_s});                            // target
    QCOMPARE(paths(u"shop."_s), QStringList{u"shop.koongo.de/z"_s});                       // host
    QCOMPARE(paths(u"_"_s), QStringList{u"koongo.com/a_1"_s}); // literally, not LIKE's wildcard
    QCOMPARE(paths(u"%"_s), QStringList());
    QCOMPARE(m_rewrites->count(), 3);
    QCOMPARE(m_rewrites->count(u"jane"_s), 2);
    QCOMPARE(m_rewrites->list({}, 2).size(), 2);
}

void TestRewriteStore::tableModel()
{
    RewriteTableModel model(m_store->database);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_rewrites->add(draft(u"koongo.com"_s, u"/jane"_s, u"https://koongo.com/"_s)));
    const Result<RewriteRow> bob = m_rewrites->add(draft(u"koongo.com"_s, u"/bob"_s, u"https://koongo.com/"_s, m_bob));
    QVERIFY(bob);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(bob->rewrite.id);
    QCOMPARE(row, 0); // by path
    QCOMPARE(model.index(row, RewriteTableModel::Partner).data().toString(), u"Bob Roe (BOB)"_s);
    QCOMPARE(model.index(row, RewriteTableModel::Target).data().toString(), u"https://koongo.com/?acc=BOB"_s);
    QCOMPARE(model.index(row, 0).data(ModelRoles::IdRole).toLongLong(), bob->rewrite.id);

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setChecking(bob->rewrite.id);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex(), model.index(row, RewriteTableModel::LastCheck));
    QCOMPARE(model.index(row, RewriteTableModel::LastCheck).data(RewriteTableModel::CheckStateRole).toInt(),
             int(RewriteTableModel::CheckState::Running));
    model.setCheckResult(bob->rewrite.id, false, u"HTTP 404"_s, u"line 1\nline 2"_s);
    QCOMPARE(model.index(row, RewriteTableModel::LastCheck).data().toString(), u"HTTP 404"_s);
    QCOMPARE(model.index(row, RewriteTableModel::LastCheck).data(Qt::ToolTipRole).toString(), u"line 1\nline 2"_s);
    // The result outlives a reload (the editor reloads after every edit) ...
    model.reload();
    QCOMPARE(model.index(model.rowOf(bob->rewrite.id), RewriteTableModel::LastCheck).data().toString(), u"HTTP 404"_s);
    // ... and the filter is SQL's.
    model.setSearch(u"jane"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.row(0)->rewrite.path, u"/jane"_s);
    QCOMPARE(model.rowOf(bob->rewrite.id), -1);
    QVERIFY(!model.isTruncated());
}

void TestRewriteStore::campaignGoesIntoTheTargetAndTheExport()
{
    RewriteDraft withCampaign = draft(u"koongo.com"_s, u"/spring"_s, u"https://koongo.com/pricing#faq"_s);
    withCampaign.campaign = u" spring post "_s;
    const Result<RewriteRow> added = m_rewrites->add(withCampaign);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->rewrite.campaign, u"spring post"_s);
    QCOMPARE(added->rewrite.targetUrl, u"https://koongo.com/pricing?acc=JANE&acc_campaign=spring%20post#faq"_s);
    QCOMPARE(count(m_store->database, u"rewrites"_s, u"campaign = 'spring post'"_s), 1);
    // The exported rules forward to the target with the campaign.
    const QList<Rewrite> exported = AffiliateStore(m_store->database).rewrites();
    QCOMPARE(exported.size(), 1);
    QVERIFY(exported.first().targetUrl.contains(u"acc_campaign=spring%20post"_s));
    QVERIFY(RewriteExporter::toNginx(exported, {}).contains(u"acc_campaign=spring%20post"_s));

    // An edit without the campaign drops it from the target; undo puts both back.
    RewriteDraft without = draft(u"koongo.com"_s, u"/spring"_s, u"https://koongo.com/pricing"_s);
    const Result<RewriteRow> edited = m_rewrites->update(added->rewrite.id, without);
    QVERIFY2(edited, qPrintable(edited.error()));
    QCOMPARE(edited->rewrite.campaign, QString());
    QCOMPARE(edited->rewrite.targetUrl, u"https://koongo.com/pricing?acc=JANE"_s);
    QVERIFY(m_rewrites->restore(*added));
    QCOMPARE(m_rewrites->byId(added->rewrite.id)->rewrite.campaign, u"spring post"_s);
    QVERIFY(m_rewrites->byId(added->rewrite.id)->rewrite.targetUrl.contains(u"acc_campaign="_s));
    const QList<AuditEntry> audit =
        AuditLog(m_store->database.connection()).entries(u"rewrite"_s, QString::number(added->rewrite.id));
    QVERIFY2(audit.last().after.contains(u"\"campaign\":\"spring post\""_s), qPrintable(audit.last().after));

    RewriteDraft tooLong = draft(u"koongo.com"_s, u"/long"_s, u"https://koongo.com/"_s);
    tooLong.campaign = QString(101, u'c');
    RewriteStore::Field field = RewriteStore::Field::None;
    const Result<Rewrite> refused = m_rewrites->validate(tooLong, 0, &field);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"The campaign"_s), qPrintable(refused.error()));
    QCOMPARE(field, RewriteStore::Field::Target);
}

QTEST_GUILESS_MAIN(TestRewriteStore)
#include "tst_rewritestore.moc"
