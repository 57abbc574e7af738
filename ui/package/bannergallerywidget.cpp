#include "bannergallerywidget.h"

#include "bannercommands.h"
#include "core/bannersnippet.h"
#include "core/embeddedimage.h"
#include "core/linkbuilder.h"
#include "network/bannerimageloader.h"
#include "pane.h"
#include "store/affiliatestore.h"
#include "store/bannerstore.h"
#include "store/programstore.h"
#include "tablesetup.h"

#include <QAction>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
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
    SourceColumn,
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
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Size"), tr("Program"), tr("Source")});
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TitleColumn, 260);
    m_table->setColumnWidth(ProgramColumn, 160);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
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
    // A drop anywhere on the gallery is a banner to add (see dropEvent), not text for this field.
    m_snippet->setAcceptDrops(false);
    m_snippet->viewport()->setAcceptDrops(false);

    m_copy = new QPushButton(tr("&Copy HTML"), this);
    m_copy->setObjectName(QStringLiteral("copyHtmlButton"));
    m_copy->setToolTip(tr("Put the banner's HTML snippet on the clipboard"));
    connect(m_copy, &QPushButton::clicked, this, &BannerGalleryWidget::copyHtml);
    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("copyStatus"));

    m_add = new QPushButton(tr("&Add Your Banner…"), this);
    m_add->setObjectName(QStringLiteral("addBannerButton"));
    m_add->setToolTip(tr("Add your own banner by its image URL or an image file (or drop one on the gallery)"));
    connect(m_add, &QPushButton::clicked, this, &BannerGalleryWidget::addBanner);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeBannerButton"));
    m_remove->setToolTip(tr("Remove your own banner (Edit › Undo puts it back)"));
    connect(m_remove, &QPushButton::clicked, this, &BannerGalleryWidget::removeSelected);

    m_pasteAction = new QAction(tr("Paste Banner Image"), this);
    m_pasteAction->setObjectName(QStringLiteral("pasteBannerAction"));
    m_pasteAction->setShortcut(QKeySequence::Paste);
    m_pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_pasteAction, &QAction::triggered, this, &BannerGalleryWidget::paste);
    addAction(m_pasteAction);
    m_removeAction = new QAction(tr("Remove Your Banner"), this);
    m_removeAction->setObjectName(QStringLiteral("removeBannerAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeAction, &QAction::triggered, this, &BannerGalleryWidget::removeSelected);
    addAction(m_removeAction);
    auto *copyAction = new QAction(tr("Copy HTML"), this);
    connect(copyAction, &QAction::triggered, this, &BannerGalleryWidget::copyHtml);
    auto *addAction = new QAction(tr("Add Your Banner…"), this);
    connect(addAction, &QAction::triggered, this, &BannerGalleryWidget::addBanner);
    connect(m_table, &QWidget::customContextMenuRequested, this, [=, this](const QPoint &pos) {
        QMenu menu(this);
        copyAction->setEnabled(m_copy->isEnabled());
        menu.addAction(copyAction);
        menu.addSeparator();
        menu.addAction(addAction);
        menu.addAction(m_pasteAction);
        menu.addAction(m_removeAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    setAcceptDrops(true);

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

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    listLayout->addLayout(listButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("bannerSplitter"));
    splitter->addWidget(list);
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

void BannerGalleryWidget::showBanner(qint64 id)
{
    reload(id);
}

void BannerGalleryWidget::reload(qint64 selectId)
{
    if (selectId == 0) {
        if (const Entry *entry = selected())
            selectId = entry->banner.id;
    }
    m_entries.clear();
    m_programs.clear();
    if (m_partner) {
        const AffiliateStore affiliates(m_database);
        const ProgramStore programs(m_database);
        const BannerStore banners(m_database);
        const QStringList hosts = affiliates.storeHostsOf(m_partner->id);
        for (const Membership &membership : programs.membershipsOf(m_partner->id)) {
            if (!membership.active)
                continue;
            const std::optional<Program> program = programs.byId(membership.programId);
            if (!program || !program->active)
                continue;
            // A banner links to the store's home page on the program's first store host.
            TrackedLink link;
            if (program->storeHosts.isEmpty())
                link.error = tr("The program has no store host.");
            else
                link = LinkBuilder::build(QStringLiteral("https://%1/").arg(program->storeHosts.first()),
                                          m_partner->code, hosts);
            m_programs.append({program->id, program->name, link.isValid() ? link.url : QString(), link.error});
            // The stock banners and his own: never another partner's own banners.
            for (const Banner &banner : banners.bannersFor(program->id, m_partner->id)) {
                Entry entry{banner, program->name, {}, link.error};
                if (link.isValid())
                    entry.snippet =
                        BannerSnippet::render(link.url, banner.imageUrl, banner.title, banner.width, banner.height);
                m_entries.append(entry);
            }
        }
    }

    int selectRow = m_entries.isEmpty() ? -1 : 0;
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearContents();
        m_table->setRowCount(int(m_entries.size()));
        for (int row = 0; row < m_entries.size(); ++row) {
            const Entry &entry = m_entries.at(row);
            const bool own = entry.banner.affiliateId != 0;
            m_table->setItem(row, TitleColumn, new QTableWidgetItem(entry.banner.title));
            m_table->setItem(row, SizeColumn,
                             new QTableWidgetItem(tr("%1 × %2").arg(entry.banner.width).arg(entry.banner.height)));
            m_table->setItem(row, ProgramColumn, new QTableWidgetItem(entry.programName));
            auto *source = new QTableWidgetItem(own ? tr("Your banner") : tr("Stock banner"));
            source->setToolTip(own ? EmbeddedImage::summary(entry.banner.imageUrl)
                                   : tr("A banner of the program, the same for every partner"));
            m_table->setItem(row, SourceColumn, source);
            if (own) {
                QFont font = m_table->font();
                font.setItalic(true);
                source->setFont(font);
            }
            if (entry.banner.id == selectId)
                selectRow = row;
        }
    }

    if (!m_partner)
        m_message->setText(tr("Choose a partner to see his banners."));
    else if (m_entries.isEmpty() && m_programs.isEmpty())
        m_message->setText(tr("%1 has no banners: he is not an active member of a program with banners. "
                              "Join a program to get its banners.")
                               .arg(m_partner->name));
    else if (m_entries.isEmpty())
        m_message->setText(tr("%1's programs have no banners yet: add your own with \"Add Your Banner…\" or drop an "
                              "image on this tab.")
                               .arg(m_partner->name));
    else
        m_message->setText(tr("Select a banner to see its preview and the HTML snippet to publish. Add your own "
                              "banner with \"Add Your Banner…\", or drop an image file or URL here."));
    m_message->setVisible(true);

    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        if (selectRow >= 0)
            m_table->selectRow(selectRow);
    }
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
    updateActions();
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
    else if (EmbeddedImage::isDataUri(imageUrl))
        m_image.loadFromData(EmbeddedImage::decode(imageUrl).value_or(QByteArray()));
    else if (url.isLocalFile())
        m_image.load(url.toLocalFile());
    if (m_image.isNull()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setToolTip(EmbeddedImage::summary(imageUrl));
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
    m_preview->setToolTip(
        tr("%1 (%2 × %3)").arg(EmbeddedImage::summary(imageUrl)).arg(m_image.width()).arg(m_image.height()));
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

void BannerGalleryWidget::updateActions()
{
    const Entry *entry = selected();
    const bool own = entry && entry->banner.affiliateId != 0;
    m_remove->setEnabled(own);
    m_removeAction->setEnabled(own);
    m_add->setEnabled(m_partner.has_value());
    m_pasteAction->setEnabled(m_partner.has_value());
}

Pane *BannerGalleryWidget::owningPane() const
{
    for (QWidget *widget = parentWidget(); widget; widget = widget->parentWidget()) {
        if (auto *pane = qobject_cast<Pane *>(widget))
            return pane;
    }
    return nullptr;
}

BannerGalleryWidget::Dropped BannerGalleryWidget::droppedImage(const QMimeData *mimeData)
{
    if (!mimeData)
        return {};
    const auto isWebUrl = [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
    };
    if (mimeData->hasUrls()) {
        for (const QUrl &url : mimeData->urls()) {
            if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
                return {url.toLocalFile(), {}};
            if (isWebUrl(url))
                return {{}, url.toString()};
        }
    }
    if (mimeData->hasText()) {
        const QString text = mimeData->text().trimmed();
        const QUrl url(text, QUrl::TolerantMode);
        if (!text.contains(u'\n') && isWebUrl(url))
            return {{}, text};
    }
    return {};
}

void BannerGalleryWidget::dragEnterEvent(QDragEnterEvent *event)
{
    const Dropped dropped = droppedImage(event->mimeData());
    if (m_partner && (!dropped.file.isEmpty() || !dropped.url.isEmpty()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BannerGalleryWidget::dragMoveEvent(QDragMoveEvent *event)
{
    const Dropped dropped = droppedImage(event->mimeData());
    if (m_partner && (!dropped.file.isEmpty() || !dropped.url.isEmpty()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void BannerGalleryWidget::dropEvent(QDropEvent *event)
{
    const Dropped dropped = droppedImage(event->mimeData());
    if (!m_partner || (dropped.file.isEmpty() && dropped.url.isEmpty())) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    // The dialog is modal: open it after the drag-and-drop has finished, not inside it.
    QMetaObject::invokeMethod(
        this, [this, dropped] { openAddDialog(dropped); }, Qt::QueuedConnection);
}

bool BannerGalleryWidget::addBannerFrom(const QMimeData *mimeData)
{
    const Dropped dropped = droppedImage(mimeData);
    if (!m_partner || (dropped.file.isEmpty() && dropped.url.isEmpty()))
        return false;
    openAddDialog(dropped);
    return true;
}

void BannerGalleryWidget::paste()
{
    if (!addBannerFrom(QGuiApplication::clipboard()->mimeData()))
        m_copyStatus->setText(tr("The clipboard holds no image file or http(s) image URL to add as a banner."));
}

void BannerGalleryWidget::addBanner()
{
    openAddDialog({});
}

void BannerGalleryWidget::openAddDialog(const Dropped &dropped)
{
    if (!m_partner)
        return;
    const Affiliate partner = *m_partner;
    Pane *pane = owningPane();
    qint64 addedId = 0;
    const auto save = [&](const Banner &banner) -> Status {
        if (!pane || !pane->undoStack()) {
            // Outside a pane (no undo stack) the banner is simply stored.
            const Result<qint64> added = BannerStore(m_database).addOwn(banner);
            addedId = added ? *added : 0;
            return added ? Status(Done{}) : Status::failure(added.error());
        }
        auto *command =
            new AddOwnBannerCommand(pane, this, m_database, banner, tr("Add banner \"%1\"").arg(banner.title));
        const Status status = BookCommand::run(pane->undoStack(), command); // the stack owns it now
        if (status)
            addedId = command->bannerId();
        return status;
    };
    AddBannerDialog dialog(partner, m_programs, m_loader, save, this);
    if (const Entry *entry = selected())
        dialog.setProgram(entry->banner.programId);
    if (!dropped.file.isEmpty())
        dialog.setImageFile(dropped.file);
    else if (!dropped.url.isEmpty())
        dialog.setImageUrl(dropped.url);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload(addedId);
    if (pane)
        Q_EMIT pane->statusMessage(tr("Added your banner \"%1\".").arg(dialog.banner().title));
}

void BannerGalleryWidget::removeSelected()
{
    const Entry *entry = selected();
    if (!entry || entry->banner.affiliateId == 0)
        return;
    const Banner banner = entry->banner;
    Pane *pane = owningPane();
    if (!pane || !pane->undoStack())
        return; // a removal is offered only where it can be undone
    const Status status =
        BookCommand::run(pane->undoStack(), new RemoveOwnBannerCommand(pane, this, m_database, banner,
                                                                       tr("Remove banner \"%1\"").arg(banner.title)));
    if (!status) {
        QMessageBox::warning(this, tr("Remove Banner"), status.error());
        return;
    }
    Q_EMIT pane->statusMessage(tr("Removed your banner \"%1\" (Edit › Undo puts it back).").arg(banner.title));
}

} // namespace PartnerDesk
