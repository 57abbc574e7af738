#include "core/linkbuilder.h"
#include "core/qrcode.h"
#include "guitestkit.h"
#include "itemmodels/couponlistmodel.h"
#include "linkbuilderwidget.h"
#include "mainwindow.h"
#include "packagepane.h"
#include "store/affiliatestore.h"
#include "store/database.h"
#include "store/programstore.h"
#include "storetestkit.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace PartnerDesk;
using namespace GuiTestKit;

class TestLinkBuilderWidget : public QObject, private GuiTestKit::WindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void trackedUrlAppearsAsYouType();
    void foreignHostIsRefusedAndCannotBeCopied();
    void codeIsPercentEncoded();
    void couponRowShowsAndCopies();
    void partnerWithoutMembershipIsToldToJoin();
    void noPartnerDisablesEverything();
    void qrCodeDecodesToTheTrackedUrl();
    void qrCodeIsCrispWithAQuietZone();
    void noQrCodeForAnEmptyOrRefusedUrl();

private:
    void showPartner(const QString &code);
    // What zbarimg reads in the image file at `path` ("" when it finds no code).
    static QString decodeQr(const QString &path);

    qint64 m_koongo = 0;
    Affiliate m_jane;
    Affiliate m_odd;
    Affiliate m_loner;
    QString m_coupon;
};

void TestLinkBuilderWidget::initTestCase()
{
    StoreTestKit::pinNow();
    isolateSettings();
}

void TestLinkBuilderWidget::init()
{
    QVERIFY(newBook());
    QVERIFY(openWindow());
    QVERIFY(openCheck());

    ProgramStore programs(*m_check);
    Program koongo;
    koongo.name = u"Koongo Partner"_s;
    koongo.storeHosts = {u"koongo.com"_s};
    koongo.couponDiscount = Rate::fromBasisPoints(1500);
    koongo.couponRate = Rate::fromBasisPoints(1200);
    m_koongo = *programs.add(koongo);
    AffiliateStore affiliates(*m_check);
    m_jane = *affiliates.add(u"Jane Blogger"_s, u"jane@blog.example"_s, u"JANE"_s);
    QVERIFY(programs.join(m_jane.id, m_koongo));
    const Result<QString> coupon = affiliates.createCoupon(m_jane.id, m_koongo, u"JANE10"_s);
    QVERIFY2(coupon, qPrintable(coupon.error()));
    m_coupon = *coupon;
    m_odd = *affiliates.add(u"Odd Coder"_s, u"odd@example.net"_s, u"A&B=C"_s);
    QVERIFY(programs.join(m_odd.id, m_koongo));
    m_loner = *affiliates.add(u"Lone Wolf"_s, u"lone@example.net"_s, u"LONER"_s);
}

void TestLinkBuilderWidget::cleanup()
{
    closeBook();
}

void TestLinkBuilderWidget::showPartner(const QString &code)
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(code);
    QTRY_VERIFY(find<QLabel>(u"packageHeading"_s)->text().contains(code));
    // The Links and Coupons tab, as the user would click it.
    auto *tabs = find<QTabWidget>(u"packageTabs"_s);
    tabs->setCurrentWidget(find<QWidget>(u"LinkBuilderWidget"_s));
    QTRY_VERIFY(find<QWidget>(u"LinkBuilderWidget"_s)->isVisible());
}

void TestLinkBuilderWidget::trackedUrlAppearsAsYouType()
{
    showPartner(u"JANE"_s);
    auto *url = find<QLineEdit>(u"linkUrlEdit"_s);
    auto *tracked = find<QLineEdit>(u"trackedUrlEdit"_s);
    auto *copy = find<QPushButton>(u"copyLinkButton"_s);
    QVERIFY(url->isEnabled());
    QVERIFY(tracked->isReadOnly());
    QVERIFY(!copy->isEnabled());

    QTest::keyClicks(url, u"https://koongo.com/pricing?x=1#plans"_s);
    QCOMPARE(tracked->text(), u"https://koongo.com/pricing?x=1&acc=JANE#plans"_s);
    QVERIFY(find<QLabel>(u"linkErrorLabel"_s)->text().isEmpty());
    QVERIFY(copy->isEnabled());

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), u"https://koongo.com/pricing?x=1&acc=JANE#plans"_s);

    // An existing acc is replaced, a subdomain is a store host too.
    replaceText(url, u"http://shop.koongo.com/a?acc=OTHER&b=2"_s);
    QCOMPARE(tracked->text(), u"http://shop.koongo.com/a?b=2&acc=JANE"_s);
    QCOMPARE(LinkBuilder::affiliateCodeOf(tracked->text()), u"JANE"_s);
}

void TestLinkBuilderWidget::foreignHostIsRefusedAndCannotBeCopied()
{
    showPartner(u"JANE"_s);
    auto *url = find<QLineEdit>(u"linkUrlEdit"_s);
    auto *copy = find<QPushButton>(u"copyLinkButton"_s);
    auto *error = find<QLabel>(u"linkErrorLabel"_s);
    QTest::keyClicks(url, u"https://koongo.com/"_s);
    QVERIFY(copy->isEnabled());

    const QString foreign = u"https://evil.example/koongo.com"_s;
    replaceText(url, foreign);
    const TrackedLink refused = LinkBuilder::build(foreign, u"JANE"_s, {u"koongo.com"_s});
    QVERIFY(!refused.isValid());
    QCOMPARE(error->text(), refused.error);
    QVERIFY(error->text().contains(u"evil.example"_s));
    QVERIFY(error->isVisible());
    QVERIFY(find<QLineEdit>(u"trackedUrlEdit"_s)->text().isEmpty());
    QVERIFY(!copy->isEnabled());

    // Another scheme is refused with its own reason.
    replaceText(url, u"ftp://koongo.com/file"_s);
    QCOMPARE(error->text(), LinkBuilder::build(u"ftp://koongo.com/file"_s, u"JANE"_s, {u"koongo.com"_s}).error);
    QVERIFY(error->text().contains(u"ftp"_s));
    QVERIFY(!copy->isEnabled());

    // Clearing the URL clears the reason.
    replaceText(url, {});
    QVERIFY(error->text().isEmpty());
    QVERIFY(!copy->isEnabled());
}

void TestLinkBuilderWidget::codeIsPercentEncoded()
{
    showPartner(u"A&B=C"_s);
    QTest::keyClicks(find<QLineEdit>(u"linkUrlEdit"_s), u"https://koongo.com/?q=1"_s);
    const QString tracked = find<QLineEdit>(u"trackedUrlEdit"_s)->text();
    QVERIFY(tracked.startsWith(u"https://koongo.com/?q=1&acc="_s));
    QVERIFY(!tracked.contains(u"A&B"_s));
    QCOMPARE(LinkBuilder::affiliateCodeOf(tracked), u"A&B=C"_s);
    // He has a membership but no coupon yet: the table is hidden and the reason says so.
    QVERIFY(!find<QTableView>(u"linkCouponsTable"_s)->isVisible());
    auto *none = find<QLabel>(u"noCouponLabel"_s);
    QVERIFY(none->isVisible());
    QVERIFY(none->text() != u"You have no affiliate coupon code. Please join to a program to get coupon code"_s);
}

void TestLinkBuilderWidget::couponRowShowsAndCopies()
{
    showPartner(u"JANE"_s);
    auto *table = find<QTableView>(u"linkCouponsTable"_s);
    QVERIFY(table->isVisible());
    QVERIFY(!find<QLabel>(u"noCouponLabel"_s)->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->index(0, CouponListModel::Code).data().toString(), m_coupon);
    QCOMPARE(model->index(0, CouponListModel::Program).data().toString(), u"Koongo Partner"_s);
    const Program stored = *ProgramStore(*m_check).byId(m_koongo);
    QVERIFY(model->index(0, CouponListModel::CustomerDiscount)
                .data()
                .toString()
                .startsWith(stored.couponDiscount.toPercentString()));
    QVERIFY(model->index(0, CouponListModel::PartnerRate)
                .data()
                .toString()
                .startsWith(stored.couponRate.toPercentString()));
    QVERIFY(stored.couponDiscount != stored.couponRate);

    auto *copy = find<QPushButton>(u"copyCouponButton"_s);
    QVERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    QTRY_COMPARE(QGuiApplication::clipboard()->text(), m_coupon);
}

void TestLinkBuilderWidget::partnerWithoutMembershipIsToldToJoin()
{
    showPartner(u"LONER"_s);
    auto *none = find<QLabel>(u"noCouponLabel"_s);
    QVERIFY(none->isVisible());
    QCOMPARE(none->text(), u"You have no affiliate coupon code. Please join to a program to get coupon code"_s);
    QVERIFY(!find<QTableView>(u"linkCouponsTable"_s)->isVisible());
    QVERIFY(!find<QLineEdit>(u"linkUrlEdit"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"copyLinkButton"_s)->isEnabled());

    // Switching to a member brings his coupon, and back again the sentence.
    showPartner(u"JANE"_s);
    QVERIFY(!none->isVisible());
    QVERIFY(find<QLineEdit>(u"linkUrlEdit"_s)->isEnabled());
    QVERIFY(ProgramStore(*m_check).join(m_loner.id, m_koongo));
    showPartner(u"LONER"_s);
    QVERIFY(find<QLineEdit>(u"linkUrlEdit"_s)->isEnabled());
    QVERIFY(none->text() != u"You have no affiliate coupon code. Please join to a program to get coupon code"_s);
}

void TestLinkBuilderWidget::noPartnerDisablesEverything()
{
    QVERIFY(m_window->showPane(u"package"_s));
    auto *pane = qobject_cast<PackagePane *>(m_window->pane(u"package"_s));
    QVERIFY(pane);
    pane->setPartner(u"NOBODY-AT-ALL"_s);
    QTRY_VERIFY(!find<QLabel>(u"linkPartnerHint"_s)->isHidden());
    QVERIFY(!find<QLineEdit>(u"linkUrlEdit"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"copyLinkButton"_s)->isEnabled());
    QVERIFY(!find<QPushButton>(u"copyCouponButton"_s)->isEnabled());
    QVERIFY(find<QLabel>(u"linkPartnerHint"_s)->text().contains(u"Choose a partner"_s));
}

QString TestLinkBuilderWidget::decodeQr(const QString &path)
{
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, path});
    if (!zbar.waitForFinished(30000) || zbar.exitStatus() != QProcess::NormalExit)
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

void TestLinkBuilderWidget::qrCodeDecodesToTheTrackedUrl()
{
    if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
        QSKIP("zbarimg (Debian package zbar-tools) is not installed");
    const Affiliate amp = *AffiliateStore(*m_check).add(u"Jane & Co"_s, u"co@blog.example"_s, u"JANE&CO"_s);
    QVERIFY(ProgramStore(*m_check).join(amp.id, m_koongo));
    showPartner(u"JANE&CO"_s);
    QTest::keyClicks(find<QLineEdit>(u"linkUrlEdit"_s), u"https://koongo.com/pricing?x=1#plans"_s);
    const QString tracked = find<QLineEdit>(u"trackedUrlEdit"_s)->text();
    QCOMPARE(tracked, u"https://koongo.com/pricing?x=1&acc=JANE%26CO#plans"_s);

    // Save QR as PNG…, through the file dialog as a user does it.
    const QString path = m_dir->filePath(u"qr.png"_s);
    FileDialogs::answerNext(path);
    auto *save = find<QPushButton>(u"saveQrButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 15000);
    QVERIFY(find<QLabel>(u"linkCopiedLabel"_s)->text().contains(u"qr.png"_s));
    QCOMPARE(decodeQr(path), tracked);

    // Copy QR Image puts the same code on the clipboard.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>(u"copyQrButton"_s), Qt::LeftButton);
    const QImage copied = QGuiApplication::clipboard()->image();
    QVERIFY(!copied.isNull());
    const QString copiedPath = m_dir->filePath(u"copied.png"_s);
    QVERIFY(copied.save(copiedPath));
    QCOMPARE(decodeQr(copiedPath), tracked);

    // Another URL, another code.
    replaceText(find<QLineEdit>(u"linkUrlEdit"_s), u"https://shop.koongo.com/cart"_s);
    QVERIFY(find<LinkBuilderWidget>(u"LinkBuilderWidget"_s)->saveQrImageTo(path));
    QCOMPARE(decodeQr(path), u"https://shop.koongo.com/cart?acc=JANE%26CO"_s);
}

void TestLinkBuilderWidget::qrCodeIsCrispWithAQuietZone()
{
    showPartner(u"JANE"_s);
    QTest::keyClicks(find<QLineEdit>(u"linkUrlEdit"_s), u"https://koongo.com/"_s);
    const QImage shown = find<QLabel>(u"qrCodeLabel"_s)->pixmap().toImage();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.width(), shown.height());
    // https://koongo.com/?acc=JANE is 28 bytes: version 3 at level M, 29 modules, plus 4 quiet modules a side
    QCOMPARE(QrCode::encode(find<QLineEdit>(u"trackedUrlEdit"_s)->text()).size(), 29);
    QCOMPARE(shown.width() % (29 + 8), 0);
    const int scale = shown.width() / (29 + 8);
    QVERIFY(scale >= 2);
    QSet<QRgb> colours;
    for (int y = 0; y < shown.height(); ++y) {
        for (int x = 0; x < shown.width(); ++x)
            colours.insert(shown.pixel(x, y) & 0xffffff);
    }
    QCOMPARE(colours, (QSet<QRgb>{0x000000, 0xffffff})); // no smoothing
    for (int i = 0; i < 4 * scale; ++i) {
        QCOMPARE(shown.pixel(i, i) & 0xffffff, QRgb(0xffffff)); // the quiet zone
        QCOMPARE(shown.pixel(shown.width() - 1 - i, i) & 0xffffff, QRgb(0xffffff));
    }
    QCOMPARE(shown.pixel(4 * scale, 4 * scale) & 0xffffff, QRgb(0)); // the finder pattern's corner
}

void TestLinkBuilderWidget::noQrCodeForAnEmptyOrRefusedUrl()
{
    showPartner(u"JANE"_s);
    auto *qr = find<QLabel>(u"qrCodeLabel"_s);
    auto *copy = find<QPushButton>(u"copyQrButton"_s);
    auto *save = find<QPushButton>(u"saveQrButton"_s);
    QVERIFY(qr->pixmap().isNull());
    QVERIFY(!copy->isEnabled());
    QVERIFY(!save->isEnabled());

    auto *url = find<QLineEdit>(u"linkUrlEdit"_s);
    QTest::keyClicks(url, u"https://koongo.com/"_s);
    QVERIFY(!qr->pixmap().isNull());
    QVERIFY(copy->isEnabled() && save->isEnabled());

    replaceText(url, u"https://evil.example/"_s); // refused: no code for it
    QVERIFY(qr->pixmap().isNull());
    QVERIFY(!copy->isEnabled() && !save->isEnabled());
    QVERIFY(!find<LinkBuilderWidget>(u"LinkBuilderWidget"_s)->saveQrImageTo(m_dir->filePath(u"none.png"_s)));
    QVERIFY(!QFile::exists(m_dir->filePath(u"none.png"_s)));

    // Longer than a landing URL may be (2048): refused with its reason, so no QR code either.
    replaceText(url, u"https://koongo.com/"_s + QString(3000, u'a'));
    QVERIFY(find<QLineEdit>(u"trackedUrlEdit"_s)->text().isEmpty());
    QVERIFY(find<QLabel>(u"linkErrorLabel"_s)->text().contains(u"characters long"_s));
    QVERIFY(qr->pixmap().isNull());
    QVERIFY(!save->isEnabled());

    replaceText(url, {});
    QVERIFY(qr->pixmap().isNull());
    QVERIFY(!copy->isEnabled());
}

QTEST_MAIN(TestLinkBuilderWidget)
#include "tst_linkbuilderwidget.moc"
