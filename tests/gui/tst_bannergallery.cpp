#include "core/bannersnippet.h"
#include "core/linkbuilder.h"
#include "guitestkit.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "packagepane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestBannerGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void copyHtmlPutsTheEscapedSnippetOnTheClipboard();
    void resourceBannerHasAPreview();
    void remoteBannerIsLoadedOverHttp();
    void remoteBannerFailureShowsTheReason();
    void partnerWithoutMembershipSeesNoBanners();

private:
    QWidget *gallery() const { return child<QWidget>(m_window.get(), u"BannerGalleryWidget"_s); }
    QTableWidget *table() const { return child<QTableWidget>(gallery(), u"bannerTable"_s); }
    // The package pane of `code` with the Banners tab in front.
    void showBanners(const QString &code);
    int rowOf(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<Database> m_check; // a second connection: what the store really holds
    qint64 m_koongo = 0;
    Banner m_stock;
    Banner m_quoted;
    Banner m_remote;
    TestHttp::LocalHttpServer m_server; // serves the remote banner on 127.0.0.1
};

void TestBannerGallery::initTestCase()
{
    StoreTestKit::pinNow();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"PartnerDesk Tests"_s);
    QCoreApplication::setApplicationName(u"tst_bannergallery"_s);
    // no cached copy of an earlier run may answer for the server
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/banners"_s).removeRecursively());
    QVERIFY(m_server.listen());
    QFile png(u":/banners/koongo-728x90.png"_s);
    QVERIFY(png.open(QIODevice::ReadOnly));
    m_server.setRoutes({{u"/b.png"_s, TestHttp::Route{200, "image/png", png.readAll(), 0, true, {}}}});
}

void TestBannerGallery::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"partnerdesk.sqlite"_s);
    m_window = std::make_unique<MainWindow>();
    const Status opened = m_window->openDatabase(path);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_check = std::make_unique<Database>();
    QVERIFY(m_check->open(path));

    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    m_koongo = *programs.add(koongo);
    AffiliateStore affiliates(*m_check);
    const Affiliate jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE&CO"_s);
    QVERIFY(affiliates.add(u"Bob Loner"_s, u"bob@example.net"_s, u"BOB"_s));
    QVERIFY(programs.join(jane.id, m_koongo));

    // The store's stock banners: public URLs whose images the app also ships, for an offline preview.
    m_stock = {0,   m_koongo, 0, u"Koongo leaderboard"_s, u"https://koongo.com/media/banners/koongo-468x60.png"_s,
               468, 60};
    m_quoted = {
        0,   m_koongo, 0, u"Feeds \"fast\" & <cheap>"_s, u"https://koongo.com/media/banners/koongo-300x250.png"_s,
        300, 250};
    m_remote = {0, m_koongo, 0, u"Remote"_s, m_server.base() + u"/b.png?a=1&b=2"_s, 728, 90};
    for (Banner *banner : {&m_stock, &m_quoted, &m_remote}) {
        const Result<qint64> added = affiliates.addBanner(*banner);
        QVERIFY2(added, qPrintable(added.error()));
        banner->id = *added;
        QCOMPARE(affiliates.banner(banner->id)->imageUrl, banner->imageUrl);
    }
}

void TestBannerGallery::cleanup()
{
    m_check.reset();
    m_window.reset();
    m_dir.reset();
}

void TestBannerGallery::showBanners(const QString &code)
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(code);
    QVERIFY(pane->partner());
    QCOMPARE(pane->partner()->code, code);
    auto *tabs = child<QTabWidget>(pane, u"packageTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentWidget(gallery());
    QTRY_VERIFY(gallery()->isVisible());
}

int TestBannerGallery::rowOf(const QString &title) const
{
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (table()->item(row, 0)->text() == title)
            return row;
    }
    return -1;
}

void TestBannerGallery::copyHtmlPutsTheEscapedSnippetOnTheClipboard()
{
    showBanners(u"JANE&CO"_s);
    QCOMPARE(table()->rowCount(), 3);
    const int row = rowOf(m_quoted.title);
    QVERIFY(row >= 0);
    QCOMPARE(table()->item(row, 2)->text(), u"Koongo Partner"_s);
    table()->selectRow(row);

    const TrackedLink link = LinkBuilder::build(u"https://koongo.com/"_s, u"JANE&CO"_s, {u"koongo.com"_s});
    QVERIFY2(link.isValid(), qPrintable(link.error));
    const QString expected = BannerSnippet::render(link.url, m_quoted.imageUrl, m_quoted.title, 300, 250);
    QCOMPARE(child<QPlainTextEdit>(gallery(), u"snippetEdit"_s)->toPlainText(), expected);

    QGuiApplication::clipboard()->setText(u"something else"_s);
    auto *copy = child<QPushButton>(gallery(), u"copyHtmlButton"_s);
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, expected);
    QVERIFY(copied.contains(u"title=\"Feeds &quot;fast&quot; &amp; &lt;cheap&gt;\""_s));
    QVERIFY(copied.contains(u"acc=JANE%26CO"_s)); // the code itself percent-encoded in the link
    QVERIFY(copied.startsWith(u"<a href=\"https://koongo.com/"_s));
}

void TestBannerGallery::resourceBannerHasAPreview()
{
    showBanners(u"JANE&CO"_s);
    for (const Banner &banner : {m_stock, m_quoted}) {
        const int row = rowOf(banner.title);
        QVERIFY(row >= 0);
        table()->selectRow(row);
        QCOMPARE(table()->item(row, 1)->text(), u"%1 × %2"_s.arg(banner.width).arg(banner.height));
        auto *preview = child<QLabel>(gallery(), u"bannerPreview"_s);
        QTRY_VERIFY(!preview->pixmap().isNull());
        // scaled to fit, never larger than the image itself
        QVERIFY(preview->pixmap().width() <= banner.width);
        QVERIFY(preview->pixmap().height() <= banner.height);
    }
}

void TestBannerGallery::remoteBannerIsLoadedOverHttp()
{
    showBanners(u"JANE&CO"_s);
    table()->selectRow(rowOf(m_remote.title));
    auto *preview = child<QLabel>(gallery(), u"bannerPreview"_s);
    QCOMPARE(preview->text(), u"Loading…"_s);
    QTRY_VERIFY(!preview->pixmap().isNull());
    // scaled like the bundled images: never larger than the image itself
    QVERIFY(preview->pixmap().width() <= m_remote.width);
    QVERIFY(preview->pixmap().height() <= m_remote.height);
    QVERIFY(preview->toolTip().contains(u"(728 × 90)"_s));
    const QString snippet = child<QPlainTextEdit>(gallery(), u"snippetEdit"_s)->toPlainText();
    QVERIFY(snippet.contains(u"src=\"%1/b.png?a=1&amp;b=2\""_s.arg(m_server.base())));
}

void TestBannerGallery::remoteBannerFailureShowsTheReason()
{
    Banner missing{0, m_koongo, 0, u"Missing"_s, m_server.base() + u"/missing.png"_s, 120, 60};
    QVERIFY(AffiliateStore(*m_check).addBanner(missing));
    showBanners(u"JANE&CO"_s);
    QCOMPARE(table()->rowCount(), 4);
    table()->selectRow(rowOf(missing.title));
    auto *preview = child<QLabel>(gallery(), u"bannerPreview"_s);
    QTRY_COMPARE(preview->text(), u"The image cannot be loaded: HTTP status 404 (Not Found)"_s);
    QVERIFY(preview->pixmap().isNull());
    // an answer for a banner no longer selected does not replace the selected one's preview
    table()->selectRow(rowOf(m_remote.title));
    table()->selectRow(rowOf(m_stock.title));
    QTRY_VERIFY(!preview->pixmap().isNull());
    QTest::qWait(200);
    QVERIFY2(preview->toolTip().contains(u"(468 × 60)"_s), qPrintable(preview->toolTip()));
}

void TestBannerGallery::partnerWithoutMembershipSeesNoBanners()
{
    showBanners(u"BOB"_s);
    QCOMPARE(table()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(gallery(), u"copyHtmlButton"_s)->isEnabled());
    QVERIFY(child<QPlainTextEdit>(gallery(), u"snippetEdit"_s)->toPlainText().isEmpty());
    QVERIFY(child<QLabel>(gallery(), u"bannerMessage"_s)->text().contains(u"no banners"_s));

    // and the partner with a membership, chosen again, sees them again
    showBanners(u"JANE&CO"_s);
    QCOMPARE(table()->rowCount(), 3);
    QVERIFY(child<QPushButton>(gallery(), u"copyHtmlButton"_s)->isEnabled());
}

QTEST_MAIN(TestBannerGallery)
#include "tst_bannergallery.moc"
