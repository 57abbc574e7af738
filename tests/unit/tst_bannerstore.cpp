// BannerStore on a real SQLite file: what one partner sees (stock + his own, never another
// partner's own), membership required to add, only his own removable, removal restored exactly,
// every change audited, embedded images checked by their bytes.

#include "core/embeddedimage.h"
#include "store/affiliatestore.h"
#include "store/auditlog.h"
#include "store/bannerstore.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace StoreTestKit;

namespace {

// A 1×1 PNG.
QByteArray png()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                               "1f15c4890000000d49444154789c63f8cfc0f01f0005000201c6b5b7"
                               "760000000049454e44ae426082");
}

QList<QString> titles(const QList<Banner> &banners)
{
    QList<QString> result;
    for (const Banner &banner : banners)
        result.append(banner.title);
    return result;
}

// Every column of a banner row, to compare a restored row with the removed one.
QVariantList rawRow(Database &database, qint64 id)
{
    QSqlQuery query(database.connection());
    query.prepare(u"SELECT id, program_id, affiliate_id, title, image_url, width, height, active, created_at "
                  u"FROM banners WHERE id = ?"_s);
    query.addBindValue(id);
    QVariantList row;
    if (query.exec() && query.next()) {
        for (int column = 0; column < 9; ++column)
            row.append(query.value(column));
    }
    return row;
}

} // namespace

class TestBannerStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void anotherPartnersOwnBannerIsNeverListed();
    void membershipIsRequired();
    void validation_data();
    void validation();
    void removeStockBannerIsRefused();
    void removeAnotherPartnersBannerIsRefused();
    void removeAndRestoreExactly();
    void restoreOfATakenIdIsRefused();
    void changesAreAudited();

private:
    Banner own(qint64 affiliateId, const QString &title) const
    {
        return {0,
                m_koongo,
                affiliateId,
                title,
                u"https://blog.example/%1.png"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(title))),
                468,
                60};
    }

    std::unique_ptr<StoreFixture> m_store;
    std::unique_ptr<BannerStore> m_banners;
    qint64 m_koongo = 0;
    qint64 m_japan = 0;
    qint64 m_jane = 0; // member of Koongo Partner
    qint64 m_bob = 0;  // member of Koongo Partner
    qint64 m_eve = 0;  // member of nothing
    qint64 m_stock = 0;
};

void TestBannerStore::initTestCase()
{
    pinNow();
}

void TestBannerStore::init()
{
    m_store = openFixture();
    QVERIFY(m_store);
    m_banners = std::make_unique<BannerStore>(m_store->database);
    ProgramStore programs(m_store->database);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    m_koongo = *programs.add(koongo);
    Program japan;
    japan.name = u"Koongo Japan"_s;
    japan.currency = u"JPY"_s;
    japan.storeHosts = {u"koongo.jp"_s};
    m_japan = *programs.add(japan);
    AffiliateStore affiliates(m_store->database);
    m_jane = affiliates.add(u"Jane"_s, u"jane@example.net"_s, u"JANE&CO"_s)->id;
    m_bob = affiliates.add(u"Bob"_s, u"bob@example.net"_s, u"BOB"_s)->id;
    m_eve = affiliates.add(u"Eve"_s, u"eve@example.net"_s, u"EVE"_s)->id;
    QVERIFY(programs.join(m_jane, m_koongo));
    QVERIFY(programs.join(m_bob, m_koongo));
    m_stock = *affiliates.addBanner({0, m_koongo, 0, u"Stock"_s, u"https://koongo.com/b.png"_s, 728, 90});
    QVERIFY(affiliates.addBanner({0, m_japan, 0, u"Japan stock"_s, u"https://koongo.jp/b.png"_s, 728, 90}));
}

void TestBannerStore::cleanup()
{
    m_banners.reset();
    m_store.reset();
}

void TestBannerStore::anotherPartnersOwnBannerIsNeverListed()
{
    QVERIFY(m_banners->addOwn(own(m_bob, u"Bob's"_s)));
    QVERIFY(m_banners->addOwn(own(m_jane, u"Jane's"_s)));
    QVERIFY(m_banners->addOwn(own(m_bob, u"Bob's second"_s)));

    QCOMPARE(titles(m_banners->bannersFor(m_koongo, m_jane)), (QList<QString>{u"Stock"_s, u"Jane's"_s}));
    QCOMPARE(titles(m_banners->bannersFor(m_koongo, m_bob)),
             (QList<QString>{u"Stock"_s, u"Bob's"_s, u"Bob's second"_s}));
    QCOMPARE(titles(m_banners->bannersFor(m_koongo, m_eve)), (QList<QString>{u"Stock"_s}));
    QCOMPARE(titles(m_banners->bannersFor(m_japan, m_jane)), (QList<QString>{u"Japan stock"_s}));
    // the program's own list is its stock banners only
    QCOMPARE(AffiliateStore(m_store->database).banners(m_koongo).size(), 1);
}

void TestBannerStore::membershipIsRequired()
{
    const qint64 before = count(m_store->database, u"banners"_s);
    Result<qint64> added = m_banners->addOwn(own(m_eve, u"Eve's"_s));
    QVERIFY(!added);
    QVERIFY2(added.error().contains(u"join the program"_s), qPrintable(added.error()));
    added = m_banners->addOwn({0, m_japan, m_jane, u"Not a member"_s, u"https://blog.example/j.png"_s, 10, 10});
    QVERIFY(!added);

    // a membership that was left no longer counts
    ProgramStore programs(m_store->database);
    QVERIFY(programs.leave(m_bob, m_koongo));
    QVERIFY(!m_banners->addOwn(own(m_bob, u"After leaving"_s)));
    // nor one in a program switched off
    QVERIFY(programs.setActive(m_koongo, false));
    QVERIFY(!m_banners->addOwn(own(m_jane, u"Switched off"_s)));
    QCOMPARE(count(m_store->database, u"banners"_s), before);

    QVERIFY(programs.setActive(m_koongo, true));
    QVERIFY(m_banners->addOwn(own(m_jane, u"Member again"_s)));
    // a stock banner cannot be made through addOwn
    QVERIFY(!m_banners->addOwn(own(0, u"No partner"_s)));
}

void TestBannerStore::validation_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("image");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<bool>("valid");

    const QString embedded = EmbeddedImage::toDataUri(png());
    QTest::addRow("http URL") << u"A"_s << u"http://blog.example/a.png"_s << 1 << 1 << true;
    QTest::addRow("https URL") << u"A"_s << u"https://blog.example/a.png?x=1&y=2"_s << 4000 << 4000 << true;
    QTest::addRow("embedded png") << u"A"_s << embedded << 1 << 1 << true;
    QTest::addRow("empty title") << u"  "_s << u"https://blog.example/a.png"_s << 1 << 1 << false;
    QTest::addRow("long title") << QString(201, u'x') << u"https://blog.example/a.png"_s << 1 << 1 << false;
    QTest::addRow("zero width") << u"A"_s << u"https://blog.example/a.png"_s << 0 << 1 << false;
    QTest::addRow("10000 high") << u"A"_s << u"https://blog.example/a.png"_s << 1 << 10000 << true;
    QTest::addRow("too high") << u"A"_s << u"https://blog.example/a.png"_s << 1 << 10001 << false;
    QTest::addRow("ftp") << u"A"_s << u"ftp://blog.example/a.png"_s << 1 << 1 << false;
    QTest::addRow("javascript") << u"A"_s << u"javascript:alert(1)"_s << 1 << 1 << false;
    QTest::addRow("file") << u"A"_s << u"file:///home/jane/a.png"_s << 1 << 1 << false;
    QTest::addRow("no host") << u"A"_s << u"https:///a.png"_s << 1 << 1 << false;
    QTest::addRow("data html") << u"A"_s << u"data:text/html;base64,PHNjcmlwdD4="_s << 1 << 1 << false;
    QTest::addRow("data type lies") << u"A"_s << QString(embedded).replace(u"image/png"_s, u"image/gif"_s) << 1 << 1
                                    << false;
    QTest::addRow("data not base64") << u"A"_s << u"data:image/png,abc"_s << 1 << 1 << false;
    QTest::addRow("data broken base64") << u"A"_s << u"data:image/png;base64,***"_s << 1 << 1 << false;
    const QByteArray big = png() + QByteArray(EmbeddedImage::maxBytes, 'x');
    QTest::addRow("data over the cap") << u"A"_s << u"data:image/png;base64,"_s + QString::fromLatin1(big.toBase64())
                                       << 1 << 1 << false;
}

void TestBannerStore::validation()
{
    QFETCH(QString, title);
    QFETCH(QString, image);
    QFETCH(int, width);
    QFETCH(int, height);
    QFETCH(bool, valid);
    const qint64 before = count(m_store->database, u"banners"_s);
    const Result<qint64> added = m_banners->addOwn({0, m_koongo, m_jane, title, image, width, height});
    QCOMPARE(bool(added), valid);
    QCOMPARE(count(m_store->database, u"banners"_s), before + (valid ? 1 : 0));
    if (valid) {
        const auto stored = m_banners->stored(*added);
        QVERIFY(stored);
        QCOMPARE(stored->banner.imageUrl, image); // kept exactly: it goes into the snippet
        QCOMPARE(stored->banner.affiliateId, m_jane);
    } else {
        QVERIFY(!added.error().isEmpty());
    }
}

void TestBannerStore::removeStockBannerIsRefused()
{
    const Result<BannerStore::StoredBanner> removed = m_banners->removeOwn(m_jane, m_stock);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(u"stock banner"_s), qPrintable(removed.error()));
    QCOMPARE(count(m_store->database, u"banners"_s, u"id = %1"_s.arg(m_stock)), 1);
    QVERIFY(!m_banners->removeOwn(m_jane, 987654)); // no such banner
}

void TestBannerStore::removeAnotherPartnersBannerIsRefused()
{
    const qint64 bobs = *m_banners->addOwn(own(m_bob, u"Bob's"_s));
    const Result<BannerStore::StoredBanner> removed = m_banners->removeOwn(m_jane, bobs);
    QVERIFY(!removed);
    QVERIFY2(removed.error().contains(u"another partner"_s), qPrintable(removed.error()));
    QCOMPARE(titles(m_banners->bannersFor(m_koongo, m_bob)), (QList<QString>{u"Stock"_s, u"Bob's"_s}));
}

void TestBannerStore::removeAndRestoreExactly()
{
    const qint64 first =
        *m_banners->addOwn({0, m_koongo, m_jane, u"Embedded"_s, EmbeddedImage::toDataUri(png()), 1, 1});
    const qint64 second = *m_banners->addOwn(own(m_jane, u"Second"_s));
    const QVariantList before = rawRow(m_store->database, first);
    QCOMPARE(before.size(), 9);

    const Result<BannerStore::StoredBanner> removed = m_banners->removeOwn(m_jane, first);
    QVERIFY2(removed, qPrintable(removed.error()));
    QCOMPARE(removed->banner.id, first);
    QVERIFY(rawRow(m_store->database, first).isEmpty());
    QCOMPARE(titles(m_banners->bannersFor(m_koongo, m_jane)), (QList<QString>{u"Stock"_s, u"Second"_s}));

    const Status restored = m_banners->restore(*removed);
    QVERIFY2(restored, qPrintable(restored.error()));
    QCOMPARE(rawRow(m_store->database, first), before); // same id, image, size, created_at
    QCOMPARE(titles(m_banners->bannersFor(m_koongo, m_jane)), (QList<QString>{u"Stock"_s, u"Embedded"_s, u"Second"_s}));
    QVERIFY(m_banners->stored(second));
}

void TestBannerStore::restoreOfATakenIdIsRefused()
{
    const qint64 id = *m_banners->addOwn(own(m_jane, u"Mine"_s));
    const BannerStore::StoredBanner removed = *m_banners->removeOwn(m_jane, id);
    // SQLite hands the freed highest id out again
    const qint64 reused = *m_banners->addOwn(own(m_bob, u"Bob's"_s));
    QCOMPARE(reused, id);
    const Status restored = m_banners->restore(removed);
    QVERIFY(!restored);
    QVERIFY2(restored.error().contains(u"taken"_s), qPrintable(restored.error()));
    QCOMPARE(m_banners->stored(id)->banner.title, u"Bob's"_s);
}

void TestBannerStore::changesAreAudited()
{
    const qint64 before = count(m_store->database, u"audit_log"_s);
    const qint64 id = *m_banners->addOwn({0, m_koongo, m_jane, u"Embedded"_s, EmbeddedImage::toDataUri(png()), 1, 1});
    const BannerStore::StoredBanner removed = *m_banners->removeOwn(m_jane, id);
    QVERIFY(m_banners->restore(removed));
    QVERIFY(!m_banners->removeOwn(m_jane, m_stock)); // a refusal writes nothing
    QCOMPARE(count(m_store->database, u"audit_log"_s), before + 3);

    const QList<AuditEntry> entries =
        AuditLog(m_store->database.connection()).entries(u"banner"_s, QString::number(id));
    QCOMPARE(entries.size(), 3);
    QStringList actions;
    for (const AuditEntry &entry : entries) {
        actions.append(entry.action);
        // the log describes an embedded image instead of copying its bytes
        QVERIFY2(!entry.before.contains(u"base64"_s) && !entry.after.contains(u"base64"_s), qPrintable(entry.after));
    }
    actions.sort();
    QCOMPARE(actions, (QStringList{u"banner.add"_s, u"banner.remove"_s, u"banner.restore"_s}));
}

QTEST_GUILESS_MAIN(TestBannerStore)
#include "tst_bannerstore.moc"
