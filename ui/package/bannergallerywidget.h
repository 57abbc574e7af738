#pragma once

#include "addbannerdialog.h"
#include "core/records.h"

#include <QList>
#include <QPixmap>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUrl;

namespace PartnerDesk {

class BannerImageLoader;
class Database;
class Pane;

// A partner's banners with previews, each with the HTML snippet he publishes and Copy HTML: the
// stock banners of his programs and his own ("Add Your Banner…", or an image file or image URL
// dropped anywhere on the gallery or pasted), which he may remove again. Adding and removing go
// through the undo stack of the pane the gallery sits in.
class BannerGalleryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BannerGalleryWidget)

public:
    explicit BannerGalleryWidget(Database &database, QWidget *parent = nullptr);
    ~BannerGalleryWidget() override;

    // The partner whose package is shown; none: nothing to show.
    void setPartner(const std::optional<Affiliate> &partner);

    // The resource path (":/banners/…") of a stock banner's image URL, "" for any other URL.
    static QString resourcePath(const QString &imageUrl);

    // Reads the banners again and selects banner `id` (the first banner when it is not shown).
    void showBanner(qint64 id);
    // Opens "Add Your Banner" with the image of `mimeData` (an image file, or an http(s) URL as a
    // uri-list or text) filled in; false, and nothing opened, when it holds none.
    bool addBannerFrom(const QMimeData *mimeData);
    void addBanner();
    void removeSelected();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Entry
    {
        Banner banner;
        QString programName;
        QString snippet; // "" when no tracked URL could be made
        QString error;   // why there is no snippet
    };

    // An image file path or an http(s) URL in `mimeData`; both empty when none.
    struct Dropped
    {
        QString file;
        QString url;
    };
    static Dropped droppedImage(const QMimeData *mimeData);

    void reload(qint64 selectId = 0);
    void openAddDialog(const Dropped &dropped);
    void paste();
    void updateActions();
    // The pane the gallery sits in, whose undo stack takes the edits; null outside a pane.
    Pane *owningPane() const;
    void showSelected();
    void showPreview();
    void copyHtml();
    const Entry *selected() const;
    bool isSelectedImage(const QUrl &url) const;
    void onImageLoaded(const QUrl &url, const QByteArray &bytes);
    void onImageFailed(const QUrl &url, const QString &reason);
    void showImage(const QString &imageUrl);

    Database &m_database;
    std::optional<Affiliate> m_partner;
    QList<Entry> m_entries;
    QList<AddBannerDialog::ProgramChoice> m_programs; // his active programs, for "Add Your Banner"
    QPixmap m_image;                                  // the selected banner's image at full size; null when not loaded
    BannerImageLoader *m_loader = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_preview = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_removeAction = nullptr;
    QLabel *m_copyStatus = nullptr;
};

} // namespace PartnerDesk
