#include "addbannerdialog.h"
#include "core/bannersnippet.h"
#include "core/embeddedimage.h"
#include "core/linkbuilder.h"
#include "guitestkit.h"
#include "localhttpserver.h"
#include "mainwindow.h"
#include "network/networkguard.h"
#include "packagepane.h"
#include "store/affiliatestore.h"
#include "store/bannerstore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QAction>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestBannerGallery : public QObject, private GuiTestKit::WindowFixture
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

    void droppedPngFileBecomesHisBannerWithAnEmbeddedImage();
    void ownBannerByUrlFromTheLoopbackServer();
    void pastedUrlOpensTheDialog();
    void oversizedFileIsRefused();
    void removeAndUndo();
    void anotherPartnersOwnBannerIsNotShown();

private:
    QWidget *gallery() const { return child<QWidget>(m_window.get(), u"BannerGalleryWidget"_s); }
    QTableWidget *table() const { return child<QTableWidget>(gallery(), u"bannerTable"_s); }
    // The package pane of `code` with the Banners tab in front.
    void showBanners(const QString &code);
    int rowOf(const QString &title) const;
    // Drops `mime` where a user would: on the widget under the middle of the banner table, which
    // hands it to the first ancestor that accepts drops (as QWidgetWindow does).
    bool drop(QMimeData *mime);
    QString trackedHome(const QString &code) const;
    static QByteArray pngOf(int width, int height, bool noise = false);

    qint64 m_koongo = 0;
    Banner m_stock;
    Banner m_quoted;
    Banner m_remote;
    TestHttp::LocalHttpServer m_server; // serves the remote banner on 127.0.0.1
    QByteArray m_ownPng;                // served at /own.png, 234 × 60
};

void TestBannerGallery::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
    // no cached copy of an earlier run may answer for the server
    QVERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/banners"_s).removeRecursively());
    QVERIFY(m_server.listen());
    QFile png(u":/banners/koongo-728x90.png"_s);
    QVERIFY(png.open(QIODevice::ReadOnly));
    m_ownPng = pngOf(234, 60);
    m_server.setRoutes({{u"/b.png"_s, TestHttp::Route{200, "image/png", png.readAll(), 0, true, {}}},
                        {u"/own.png"_s, TestHttp::Route{200, "image/png", m_ownPng, 0, true, {}}}});
}

void TestBannerGallery::init()
{
    QVERIFY(newBook());
    // The setting Network/allowPrivateAddresses, as a manager turns it on: the remote banner is served on 127.0.0.1.
    QSettings().setValue(NetworkGuard::settingKey, true);
    QVERIFY(openWindow());
    QVERIFY(openCheck());

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
    closeBook();
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

QByteArray TestBannerGallery::pngOf(int width, int height, bool noise)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    if (noise) {
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                image.setPixel(x, y, QRandomGenerator::global()->generate());
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QString TestBannerGallery::trackedHome(const QString &code) const
{
    return LinkBuilder::build(u"https://koongo.com/"_s, code, {u"koongo.com"_s}).url;
}

bool TestBannerGallery::drop(QMimeData *mime)
{
    QWidget *viewport = table()->viewport();
    const QPoint centre = viewport->rect().center();
    QWidget *target = viewport;
    while (target && !target->acceptDrops())
        target = target->parentWidget();
    if (target != gallery()) {
        qWarning("the drop would go to %s", target ? qPrintable(target->objectName()) : "nothing");
        return false;
    }
    const QPoint at = viewport->mapTo(target, centre);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

void TestBannerGallery::droppedPngFileBecomesHisBannerWithAnEmbeddedImage()
{
    showBanners(u"JANE&CO"_s);
    const QByteArray bytes = pngOf(120, 60);
    const QString path = m_dir->filePath(u"my-summer_banner.png"_s);
    QVERIFY(StoreTestKit::writeFile(path, bytes));
    const QString dataUri = u"data:image/png;base64,"_s + QString::fromLatin1(bytes.toBase64());
    const QString expected = BannerSnippet::render(trackedHome(u"JANE&CO"_s), dataUri, u"my summer banner"_s, 120, 60);

    bool checked = false;
    whenModal<AddBannerDialog>([&](AddBannerDialog *dialog) {
        QTRY_COMPARE(child<QSpinBox>(dialog, u"bannerWidthSpin"_s)->value(), 120);
        QCOMPARE(child<QSpinBox>(dialog, u"bannerHeightSpin"_s)->value(), 60);
        QCOMPARE(child<QLineEdit>(dialog, u"bannerTitleEdit"_s)->text(), u"my summer banner"_s);
        QVERIFY(child<QRadioButton>(dialog, u"bannerFromFileRadio"_s)->isChecked());
        const QString info = child<QLabel>(dialog, u"bannerImageInfo"_s)->text();
        QVERIFY2(info.contains(u"embedded in the snippet, 1 KB"_s), qPrintable(info));
        QVERIFY(!child<QLabel>(dialog, u"bannerImagePreview"_s)->pixmap().isNull());
        // the live preview of the snippet is the snippet that will be copied
        QCOMPARE(child<QPlainTextEdit>(dialog, u"bannerSnippetPreview"_s)->toPlainText(), expected);
        // no title: OK disabled and the reason shown
        auto *title = child<QLineEdit>(dialog, u"bannerTitleEdit"_s);
        replaceText(title, {});
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(child<QLabel>(dialog, u"titleReason"_s)->text(), u"The banner needs a title."_s);
        QVERIFY(child<QLabel>(dialog, u"titleReason"_s)->isVisible());
        QTest::keyClicks(title, u"my summer banner"_s);
        checked = true;
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    const std::unique_ptr<QMimeData> owner(mime);
    QVERIFY(drop(mime));
    QTRY_VERIFY(checked);
    QTRY_VERIFY(rowOf(u"my summer banner"_s) >= 0);
    const int row = rowOf(u"my summer banner"_s);
    QCOMPARE(table()->item(row, 3)->text(), u"Your banner"_s);
    QCOMPARE(table()->item(row, 1)->text(), u"120 × 60"_s);
    QVERIFY(table()->selectionModel()->isRowSelected(row, {}));                    // the new banner is selected
    QTRY_VERIFY(!child<QLabel>(gallery(), u"bannerPreview"_s)->pixmap().isNull()); // previewed from the data URI

    QGuiApplication::clipboard()->setText(u"something else"_s);
    QTest::mouseClick(child<QPushButton>(gallery(), u"copyHtmlButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);

    // the store holds it as Jane's own banner with the image embedded
    const QList<Banner> stored =
        BannerStore(*m_check).bannersFor(m_koongo, AffiliateStore(*m_check).byCode(u"JANE&CO"_s)->id);
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.last().imageUrl, dataUri);
    QVERIFY(stored.last().affiliateId != 0);
}

void TestBannerGallery::ownBannerByUrlFromTheLoopbackServer()
{
    showBanners(u"JANE&CO"_s);
    const QString url = m_server.base() + u"/own.png?v=1&w=2"_s;
    bool checked = false;
    whenModal<AddBannerDialog>([&](AddBannerDialog *dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, u"bannerImageUrlEdit"_s), url);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(ok->isEnabled(), 10000);
        QCOMPARE(child<QSpinBox>(dialog, u"bannerWidthSpin"_s)->value(), 234);
        QCOMPARE(child<QSpinBox>(dialog, u"bannerHeightSpin"_s)->value(), 60);
        QVERIFY(child<QLabel>(dialog, u"bannerImageInfo"_s)->text().contains(u"loaded from the URL"_s));
        replaceText(child<QLineEdit>(dialog, u"bannerTitleEdit"_s), u"Jane's <own> banner"_s);
        checked = true;
        clickDialogButton(dialog, QDialogButtonBox::Ok);
    });
    QTest::mouseClick(child<QPushButton>(gallery(), u"addBannerButton"_s), Qt::LeftButton);
    QVERIFY(checked);
    const int row = rowOf(u"Jane's <own> banner"_s);
    QVERIFY(row >= 0);
    QCOMPARE(table()->item(row, 1)->text(), u"234 × 60"_s);
    table()->selectRow(row);
    const QString expected = BannerSnippet::render(trackedHome(u"JANE&CO"_s), url, u"Jane's <own> banner"_s, 234, 60);
    QCOMPARE(child<QPlainTextEdit>(gallery(), u"snippetEdit"_s)->toPlainText(), expected);
    QVERIFY(expected.contains(u"src=\"%1/own.png?v=1&amp;w=2\""_s.arg(m_server.base())));
    QVERIFY(expected.contains(u"title=\"Jane&#39;s &lt;own&gt; banner\""_s));
    QTest::mouseClick(child<QPushButton>(gallery(), u"copyHtmlButton"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    QCOMPARE(StoreTestKit::count(*m_check, u"banners"_s, u"affiliate_id IS NOT NULL AND width = 234"_s), 1);
}

void TestBannerGallery::pastedUrlOpensTheDialog()
{
    showBanners(u"JANE&CO"_s);
    const QString url = m_server.base() + u"/own.png"_s;
    QGuiApplication::clipboard()->setText(url);
    QString shown;
    whenModal<AddBannerDialog>([&](AddBannerDialog *dialog) {
        shown = child<QLineEdit>(dialog, u"bannerImageUrlEdit"_s)->text();
        QTRY_COMPARE_WITH_TIMEOUT(child<QSpinBox>(dialog, u"bannerWidthSpin"_s)->value(), 234, 10000);
        dialog->reject();
    });
    table()->setFocus();
    QTest::keySequence(table(), QKeySequence::Paste);
    QCOMPARE(shown, url);
    QCOMPARE(table()->rowCount(), 3); // rejected: nothing added
}

void TestBannerGallery::oversizedFileIsRefused()
{
    showBanners(u"JANE&CO"_s);
    const QByteArray bytes = pngOf(400, 400, true); // noise does not compress
    QVERIFY(bytes.size() > EmbeddedImage::maxBytes);
    const QString path = m_dir->filePath(u"huge.png"_s);
    QVERIFY(StoreTestKit::writeFile(path, bytes));
    QString error;
    bool okEnabled = true;
    whenModal<AddBannerDialog>([&](AddBannerDialog *dialog) {
        error = child<QLabel>(dialog, u"imageReason"_s)->text();
        okEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        dialog->reject();
    });
    auto *mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    const std::unique_ptr<QMimeData> owner(mime);
    QVERIFY(drop(mime));
    QTRY_VERIFY(!error.isEmpty());
    QVERIFY(!okEnabled);
    QCOMPARE(error, EmbeddedImage::tooLarge(bytes.size()));
    QVERIFY2(error.contains(u"at most 256 KB"_s) && error.contains(u"add it by its URL"_s), qPrintable(error));
    QCOMPARE(StoreTestKit::count(*m_check, u"banners"_s, u"affiliate_id IS NOT NULL"_s), 0);
}

void TestBannerGallery::removeAndUndo()
{
    const qint64 jane = AffiliateStore(*m_check).byCode(u"JANE&CO"_s)->id;
    const Result<qint64> added =
        BannerStore(*m_check).addOwn({0, m_koongo, jane, u"Mine"_s, EmbeddedImage::toDataUri(pngOf(20, 10)), 20, 10});
    QVERIFY2(added, qPrintable(added.error()));
    const auto before = BannerStore(*m_check).stored(*added);
    showBanners(u"JANE&CO"_s);
    auto *remove = child<QPushButton>(gallery(), u"removeBannerButton"_s);
    table()->selectRow(rowOf(m_stock.title));
    QVERIFY(!remove->isEnabled()); // a stock banner is not his to remove
    table()->selectRow(rowOf(u"Mine"_s));
    QVERIFY(remove->isEnabled());

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(rowOf(u"Mine"_s), -1);
    QVERIFY(!BannerStore(*m_check).stored(*added));

    auto *undoStack = m_window->findChild<QUndoStack *>(u"undoStack"_s);
    QVERIFY(undoStack);
    QVERIFY(undoStack->text(undoStack->index() - 1).contains(u"Mine"_s));
    undoStack->undo();
    QVERIFY(rowOf(u"Mine"_s) >= 0);
    const auto restored = BannerStore(*m_check).stored(*added);
    QVERIFY(restored);
    QCOMPARE(restored->banner.imageUrl, before->banner.imageUrl);
    QCOMPARE(restored->createdAt, before->createdAt);
    QCOMPARE(restored->banner.title, before->banner.title);
    undoStack->redo();
    QCOMPARE(rowOf(u"Mine"_s), -1);
    QVERIFY(!BannerStore(*m_check).stored(*added));
}

void TestBannerGallery::anotherPartnersOwnBannerIsNotShown()
{
    AffiliateStore affiliates(*m_check);
    const qint64 bob = affiliates.byCode(u"BOB"_s)->id;
    QVERIFY(ProgramStore(*m_check).join(bob, m_koongo));
    QVERIFY(BannerStore(*m_check).addOwn({0, m_koongo, bob, u"Bob's own"_s, u"https://bob.example/b.png"_s, 10, 10}));
    showBanners(u"JANE&CO"_s);
    QCOMPARE(table()->rowCount(), 3);
    QCOMPARE(rowOf(u"Bob's own"_s), -1);
    showBanners(u"BOB"_s);
    QCOMPARE(table()->rowCount(), 4);
    QVERIFY(rowOf(u"Bob's own"_s) >= 0);
    QCOMPARE(table()->item(rowOf(u"Bob's own"_s), 3)->text(), u"Your banner"_s);
}

QTEST_MAIN(TestBannerGallery)
#include "tst_bannergallery.moc"
