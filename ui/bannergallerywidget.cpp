#include "bannergallerywidget.h"

#include "core/bannersnippet.h"
#include "core/linkbuilder.h"
#include "network/bannerimageloader.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "tablesetup.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

enum Column
{
    TitleColumn,
    SizeColumn,
    ProgramColumn,
    ColumnCount
};

constexpr QSize minimumPreview(200, 100);

} // namespace

BannerGalleryWidget::BannerGalleryWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("BannerGalleryWidget"));

    m_loader = new BannerImageLoader(this);
    connect(m_loader, &BannerImageLoader::loaded, this, &BannerGalleryWidget::onImageLoaded);
    connect(m_loader, &BannerImageLoader::failed, this, &BannerGalleryWidget::onImageFailed);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("bannerTable"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Size"), tr("Program")});
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TitleColumn, 260);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BannerGalleryWidget::showSelected);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("bannerPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(minimumPreview);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_snippet = new QPlainTextEdit(this);
    m_snippet->setObjectName(QStringLiteral("snippetEdit"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_snippet->setPlaceholderText(tr("The HTML snippet of the selected banner"));

    m_copy = new QPushButton(tr("&Copy HTML"), this);
    m_copy->setObjectName(QStringLiteral("copyHtmlButton"));
    m_copy->setToolTip(tr("Put the banner's HTML snippet on the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &BannerGalleryWidget::copyHtml);
    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_preview, 1);
    detailsLayout->addWidget(new QLabel(tr("HTML snippet:"), details));
    detailsLayout->addWidget(m_snippet);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_copyStatus, 1);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("bannerSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    reload();
}

BannerGalleryWidget::~BannerGalleryWidget() = default;

void BannerGalleryWidget::setPartner(const std::optional<Affiliate> &partner)
{
    m_partner = partner;
    reload();
}

QString BannerGalleryWidget::resourcePath(const QString &imageUrl)
{
    if (imageUrl.startsWith(QLatin1String(":/banners/")))
        return imageUrl;
    if (imageUrl.startsWith(QLatin1String("qrc:/banners/")))
        return imageUrl.mid(3); // "qrc" dropped, ":/banners/…" kept
    // The store's stock banners live at public URLs (the snippet must point there); the app ships
    // the same images under their file names, so they preview offline.
    const QString fileName = QUrl(imageUrl).fileName();
    if (!fileName.isEmpty() && QFile::exists(QStringLiteral(":/banners/") + fileName))
        return QStringLiteral(":/banners/") + fileName;
    return {};
}

void BannerGalleryWidget::reload()
{
    m_entries.clear();
    if (m_partner) {
        const AffiliateStore affiliates(m_database);
        const ProgramStore programs(m_database);
        const QStringList hosts = affiliates.storeHostsOf(m_partner->id);
        for (const Membership &membership : programs.membershipsOf(m_partner->id)) {
            if (!membership.active)
                continue;
            const std::optional<Program> program = programs.byId(membership.programId);
            if (!program)
                continue;
            // A banner links to the store's home page on the program's first store host.
            TrackedLink link;
            if (program->storeHosts.isEmpty())
                link.error = tr("The program has no store host.");
            else
                link = LinkBuilder::build(QStringLiteral("https://%1/").arg(program->storeHosts.first()),
                                          m_partner->code, hosts);
            for (const Banner &banner : affiliates.banners(program->id)) {
                Entry entry{banner, program->name, {}, link.error};
                if (link.isValid())
                    entry.snippet =
                        BannerSnippet::render(link.url, banner.imageUrl, banner.title, banner.width, banner.height);
                m_entries.append(entry);
            }
        }
    }

    {
        const QSignalBlocker blocker(m_table);
        m_table->clearContents();
        m_table->setRowCount(int(m_entries.size()));
        for (int row = 0; row < m_entries.size(); ++row) {
            const Entry &entry = m_entries.at(row);
            m_table->setItem(row, TitleColumn, new QTableWidgetItem(entry.banner.title));
            m_table->setItem(row, SizeColumn,
                             new QTableWidgetItem(tr("%1 × %2").arg(entry.banner.width).arg(entry.banner.height)));
            m_table->setItem(row, ProgramColumn, new QTableWidgetItem(entry.programName));
        }
    }

    if (!m_partner)
        m_message->setText(tr("Choose a partner to see his banners."));
    else if (m_entries.isEmpty())
        m_message->setText(tr("%1 has no banners: he is not an active member of a program with banners. "
                              "Join a program to get its banners.")
                               .arg(m_partner->name));
    else
        m_message->setText(tr("Select a banner to see its preview and the HTML snippet to publish."));
    m_message->setVisible(true);

    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

const BannerGalleryWidget::Entry *BannerGalleryWidget::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void BannerGalleryWidget::showSelected()
{
    m_copyStatus->clear();
    const Entry *entry = selected();
    m_image = QPixmap();
    if (!entry) {
        m_snippet->clear();
        m_copy->setEnabled(false);
        m_preview->setPixmap(QPixmap());
        m_preview->setText(m_entries.isEmpty() ? tr("No banner") : tr("No banner selected"));
        return;
    }

    m_snippet->setPlainText(entry->snippet.isEmpty() ? tr("No snippet: %1").arg(entry->error) : entry->snippet);
    m_copy->setEnabled(!entry->snippet.isEmpty());

    const QString imageUrl = entry->banner.imageUrl;
    const QString resource = resourcePath(imageUrl);
    const QUrl url(imageUrl);
    if (!resource.isEmpty())
        m_image.load(resource);
    else if (url.isLocalFile())
        m_image.load(url.toLocalFile());
    if (m_image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setToolTip(imageUrl);
        const bool remote = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (remote && resource.isEmpty()) {
            // Fetched with a disk cache, a timeout and a size cap; the answer arrives later.
            m_preview->setText(tr("Loading…"));
            m_loader->load(url);
        } else {
            m_preview->setText(tr("The image cannot be loaded"));
        }
        return;
    }
    showImage(imageUrl);
}

bool BannerGalleryWidget::isSelectedImage(const QUrl &url) const
{
    const Entry *entry = selected();
    return entry && QUrl(entry->banner.imageUrl) == url;
}

void BannerGalleryWidget::onImageLoaded(const QUrl &url, const QByteArray &bytes)
{
    if (!isSelectedImage(url))
        return; // another banner was selected meanwhile
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        m_preview->setText(tr("The image cannot be loaded: the data is not an image Qt can read"));
        return;
    }
    m_image = QPixmap::fromImage(image);
    showImage(url.toString());
}

void BannerGalleryWidget::onImageFailed(const QUrl &url, const QString &reason)
{
    if (!isSelectedImage(url))
        return;
    m_preview->setPixmap(QPixmap());
    m_preview->setText(tr("The image cannot be loaded: %1").arg(reason));
}

void BannerGalleryWidget::showImage(const QString &imageUrl)
{
    m_preview->setToolTip(tr("%1 (%2 × %3)").arg(imageUrl).arg(m_image.width()).arg(m_image.height()));
    showPreview();
}

void BannerGalleryWidget::showPreview()
{
    if (m_image.isNull())
        return;
    const QSize box = m_preview->contentsRect().size().expandedTo(minimumPreview);
    // Scaled down to fit, never up: a banner is shown at most at its real size.
    const QPixmap shown = m_image.width() > box.width() || m_image.height() > box.height()
                              ? m_image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                              : m_image;
    m_preview->setPixmap(shown);
}

void BannerGalleryWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showPreview();
}

void BannerGalleryWidget::copyHtml()
{
    const Entry *entry = selected();
    if (!entry || entry->snippet.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(entry->snippet);
    m_copyStatus->setText(tr("The HTML snippet is on the clipboard."));
}

} // namespace PartnerDesk
