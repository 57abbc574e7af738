#include "linkbuilderwidget.h"

#include "core/linkbuilder.h"
#include "core/qrcode.h"
#include "filedialogs.h"
#include "itemmodels/couponlistmodel.h"
#include "qrcodeimage.h"
#include "reasonlabel.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "tablesetup.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace PartnerDesk {

namespace {

const QString qrFolderKey = QStringLiteral("LinkBuilderWidget/qrFolder");
constexpr int qrShownSide = 180; // pixels on screen, rounded down to whole pixels a module
constexpr int qrSavedScale = 8;  // pixels a module in the saved and copied image

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LinkBuilderWidget::LinkBuilderWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("LinkBuilderWidget"));

    m_partnerHint = plainLabel(QStringLiteral("linkPartnerHint"), this);
    m_partnerHint->setText(tr("Choose a partner to see his tracked links and coupon codes."));

    // The link builder.
    m_linkBox = new QGroupBox(tr("Tracked link"), this);
    m_linkBox->setObjectName(QStringLiteral("linkBuilderBox"));
    m_urlEdit = new QLineEdit(m_linkBox);
    m_urlEdit->setObjectName(QStringLiteral("linkUrlEdit"));
    m_urlEdit->setPlaceholderText(tr("Paste any store URL, e.g. https://koongo.com/pricing"));
    m_urlEdit->setClearButtonEnabled(true);
    m_trackedEdit = new QLineEdit(m_linkBox);
    m_trackedEdit->setObjectName(QStringLiteral("trackedUrlEdit"));
    m_trackedEdit->setReadOnly(true);
    m_trackedEdit->setPlaceholderText(tr("The tracked URL appears here as you type"));
    m_copyLinkButton = new QPushButton(tr("&Copy"), m_linkBox);
    m_copyLinkButton->setObjectName(QStringLiteral("copyLinkButton"));
    m_copyLinkButton->setToolTip(tr("Copy the tracked URL to the clipboard"));
    m_hostsLabel = plainLabel(QStringLiteral("linkHostsLabel"), m_linkBox);
    // The reason a URL is refused, under the field, in the words `partnerdesk-cli link` prints.
    m_errorLabel = new ReasonLabel(QStringLiteral("linkErrorLabel"), m_linkBox);
    connect(m_urlEdit, &QLineEdit::textChanged, this, &LinkBuilderWidget::updateLink);
    connect(m_copyLinkButton, &QPushButton::clicked, this, &LinkBuilderWidget::copyLink);

    auto *trackedRow = new QHBoxLayout;
    trackedRow->addWidget(m_trackedEdit, 1);
    trackedRow->addWidget(m_copyLinkButton);
    auto *linkForm = new QFormLayout;
    m_errorLabel->addRow(linkForm, tr("Store &URL:"), m_urlEdit);
    linkForm->addRow(tr("Tracked URL:"), trackedRow);
    linkForm->addRow(m_hostsLabel);

    // The QR code of the tracked URL, for print and for phones.
    m_qrLabel = new QLabel(m_linkBox);
    m_qrLabel->setObjectName(QStringLiteral("qrCodeLabel"));
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setFixedSize(qrShownSide, qrShownSide);
    m_qrLabel->setWordWrap(true);
    m_copyQrButton = new QPushButton(tr("Copy QR &Image"), m_linkBox);
    m_copyQrButton->setObjectName(QStringLiteral("copyQrButton"));
    m_copyQrButton->setToolTip(tr("Copy the QR code of the tracked URL to the clipboard as an image"));
    m_saveQrButton = new QPushButton(tr("&Save QR as PNG…"), m_linkBox);
    m_saveQrButton->setObjectName(QStringLiteral("saveQrButton"));
    m_saveQrButton->setToolTip(tr("Save the QR code of the tracked URL as a PNG image"));
    connect(m_copyQrButton, &QPushButton::clicked, this, &LinkBuilderWidget::copyQrImage);
    connect(m_saveQrButton, &QPushButton::clicked, this, &LinkBuilderWidget::saveQrImage);
    auto *qrColumn = new QVBoxLayout;
    qrColumn->addWidget(m_qrLabel);
    qrColumn->addWidget(m_copyQrButton);
    qrColumn->addWidget(m_saveQrButton);
    qrColumn->addStretch(1);
    auto *linkLayout = new QHBoxLayout(m_linkBox);
    linkLayout->addLayout(linkForm, 1);
    linkLayout->addLayout(qrColumn);

    // The coupons card.
    m_couponBox = new QGroupBox(tr("Coupon codes"), this);
    m_couponBox->setObjectName(QStringLiteral("couponBox"));
    m_noCouponLabel = plainLabel(QStringLiteral("noCouponLabel"), m_couponBox);
    m_coupons = new CouponListModel(database, this);
    m_couponsTable = new QTableView(m_couponBox);
    m_couponsTable->setObjectName(QStringLiteral("linkCouponsTable"));
    setUpTable(m_couponsTable);
    m_couponsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_couponsTable->setModel(m_coupons);
    m_couponsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_couponsTable->horizontalHeader()->setSectionResizeMode(CouponListModel::Program, QHeaderView::Stretch);
    fitHeaderTitles(m_couponsTable, 110);
    m_copyCouponButton = new QPushButton(tr("Copy C&ode"), m_couponBox);
    m_copyCouponButton->setObjectName(QStringLiteral("copyCouponButton"));
    m_copyCouponButton->setToolTip(tr("Copy the selected coupon code to the clipboard"));
    connect(m_copyCouponButton, &QPushButton::clicked, this, &LinkBuilderWidget::copyCoupon);
    connect(m_couponsTable, &QAbstractItemView::doubleClicked, this, &LinkBuilderWidget::copyCoupon);
    connect(m_couponsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LinkBuilderWidget::updateCouponActions);

    auto *couponButtons = new QHBoxLayout;
    couponButtons->addStretch(1);
    couponButtons->addWidget(m_copyCouponButton);
    auto *couponLayout = new QVBoxLayout(m_couponBox);
    couponLayout->addWidget(m_noCouponLabel);
    couponLayout->addWidget(m_couponsTable, 1);
    couponLayout->addLayout(couponButtons);

    m_copiedLabel = plainLabel(QStringLiteral("linkCopiedLabel"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_partnerHint);
    layout->addWidget(m_linkBox);
    layout->addWidget(m_couponBox, 1);
    layout->addWidget(m_copiedLabel);

    setPartner(std::nullopt);
}

LinkBuilderWidget::~LinkBuilderWidget() = default;

void LinkBuilderWidget::setPartner(const std::optional<Affiliate> &partner)
{
    const bool samePartner = partner && m_partner && partner->id == m_partner->id;
    m_partner = partner;
    m_copiedLabel->clear();
    m_partnerHint->setVisible(!m_partner);
    m_linkBox->setEnabled(m_partner.has_value());
    m_couponBox->setEnabled(m_partner.has_value());

    bool member = false;
    if (m_partner) {
        m_storeHosts = AffiliateStore(m_database).storeHostsOf(m_partner->id);
        const QList<Membership> memberships = ProgramStore(m_database).membershipsOf(m_partner->id);
        member = std::any_of(memberships.cbegin(), memberships.cend(), [](const Membership &m) { return m.active; });
    } else {
        m_storeHosts.clear();
    }
    if (!samePartner)
        m_urlEdit->clear();
    m_urlEdit->setEnabled(!m_storeHosts.isEmpty());
    if (!m_partner)
        m_hostsLabel->clear();
    else if (m_storeHosts.isEmpty())
        m_hostsLabel->setText(
            tr("%1 is a member of no program yet: join a program to get tracked links.").arg(m_partner->name));
    else
        m_hostsLabel->setText(
            tr("Links may point to: %1 (and their subdomains).").arg(m_storeHosts.join(QStringLiteral(", "))));
    updateLink();

    m_coupons->setAffiliateId(m_partner ? m_partner->id : 0);
    if (!m_partner) {
        m_noCouponLabel->setText(tr("Choose a partner to see his coupon codes."));
    } else if (!member) {
        m_noCouponLabel->setText(tr("You have no affiliate coupon code. Please join to a program to get coupon code"));
    } else if (m_coupons->rowCount() == 0) {
        m_noCouponLabel->setText(
            tr("No coupon code yet: the store's affiliate manager creates one (Partners › Create Coupon)."));
    } else {
        m_noCouponLabel->clear();
    }
    m_noCouponLabel->setVisible(!m_noCouponLabel->text().isEmpty());
    m_couponsTable->setVisible(m_coupons->rowCount() > 0);
    if (m_coupons->rowCount() > 0)
        m_couponsTable->selectRow(0);
    updateCouponActions();
}

void LinkBuilderWidget::setStoreUrl(const QString &url)
{
    m_urlEdit->setText(url);
}

void LinkBuilderWidget::updateLink()
{
    const QString url = m_urlEdit->text().trimmed();
    if (!m_partner || m_storeHosts.isEmpty() || url.isEmpty()) {
        m_trackedEdit->clear();
        m_errorLabel->setReason({});
        m_copyLinkButton->setEnabled(false);
        updateQrCode({});
        return;
    }
    const TrackedLink link = LinkBuilder::build(url, m_partner->code, m_storeHosts);
    m_trackedEdit->setText(link.isValid() ? link.url : QString());
    m_trackedEdit->setCursorPosition(0);
    m_errorLabel->setReason(link.isValid() ? QString() : link.error);
    m_copyLinkButton->setEnabled(link.isValid());
    updateQrCode(link.isValid() ? link.url : QString());
}

void LinkBuilderWidget::updateQrCode(const QString &trackedUrl)
{
    const QrCode code = QrCode::encode(trackedUrl);
    m_qrImage = QrCodeImage::render(code, qrSavedScale);
    if (code.isNull()) {
        m_qrLabel->setPixmap(QPixmap());
        m_qrLabel->setText(trackedUrl.isEmpty() ? tr("The QR code of the tracked URL appears here")
                                                : tr("The tracked URL is too long for a QR code"));
    } else {
        // Drawn at a whole number of pixels a module: scaling the saved image would blur the edges.
        m_qrLabel->setPixmap(QPixmap::fromImage(QrCodeImage::render(code, QrCodeImage::scaleToFit(code, qrShownSide))));
        m_qrLabel->setToolTip(trackedUrl);
    }
    m_copyQrButton->setEnabled(!m_qrImage.isNull());
    m_saveQrButton->setEnabled(!m_qrImage.isNull());
}

void LinkBuilderWidget::copyQrImage()
{
    if (m_qrImage.isNull())
        return;
    QGuiApplication::clipboard()->setImage(m_qrImage);
    showCopied(tr("Copied the QR code of the tracked URL to the clipboard."));
}

void LinkBuilderWidget::saveQrImage()
{
    if (m_qrImage.isNull() || !m_partner)
        return;
    QSettings settings;
    const QString folder =
        settings.value(qrFolderKey, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).toString();
    const QString suggested = QDir(folder).filePath(tr("qr-%1.png").arg(m_partner->code).remove(QLatin1Char('/')));
    const QString path = FileDialogs::saveFileName(this, tr("Save QR Code"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(qrFolderKey, QFileInfo(path).absolutePath());
    saveQrImageTo(path);
}

bool LinkBuilderWidget::saveQrImageTo(const QString &path)
{
    if (m_qrImage.isNull())
        return false;
    if (!m_qrImage.save(path, "PNG")) {
        showCopied(tr("Could not save the QR code to %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    showCopied(tr("Saved the QR code of the tracked URL to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LinkBuilderWidget::copyLink()
{
    if (m_trackedEdit->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_trackedEdit->text());
    showCopied(tr("Copied the tracked URL to the clipboard."));
}

void LinkBuilderWidget::copyCoupon()
{
    const QModelIndexList rows = m_couponsTable->selectionModel()->selectedRows();
    const PartnerCoupon *coupon = rows.isEmpty() ? nullptr : m_coupons->coupon(rows.first().row());
    if (!coupon)
        return;
    QGuiApplication::clipboard()->setText(coupon->code);
    showCopied(tr("Copied coupon code %1 to the clipboard.").arg(coupon->code));
}

void LinkBuilderWidget::updateCouponActions()
{
    m_copyCouponButton->setEnabled(m_partner && m_couponsTable->selectionModel()->hasSelection());
    m_copyCouponButton->setVisible(m_coupons->rowCount() > 0);
}

void LinkBuilderWidget::showCopied(const QString &what)
{
    m_copiedLabel->setText(what);
}

} // namespace PartnerDesk
