#pragma once

#include "store/records.h"

#include <QList>
#include <QPixmap>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUrl;

namespace PartnerDesk {

class BannerImageLoader;
class Database;

// A partner's banners with previews, each with the HTML snippet he publishes and Copy HTML.
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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Entry
    {
        Banner banner;
        QString programName;
        QString snippet; // "" when no tracked URL could be made
        QString error;   // why there is no snippet
    };

    void reload();
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
    QPixmap m_image; // the selected banner's image at full size; null when not loaded
    BannerImageLoader *m_loader = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_preview = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_copyStatus = nullptr;
};

} // namespace PartnerDesk
