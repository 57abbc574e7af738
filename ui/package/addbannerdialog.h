#pragma once

#include "core/records.h"
#include "core/result.h"

#include <QDialog>
#include <QList>
#include <QPixmap>
#include <QUrl>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTimer;

namespace PartnerDesk {

class BannerImageLoader;
class ReasonLabel;

// "Add Your Banner": a partner's own banner by an http(s) image URL (loaded through the gallery's
// BannerImageLoader, with its timeout and size cap) or by an image file, which has no public URL
// and is embedded in the snippet as a data: URI up to EmbeddedImage::maxBytes. The size is read
// from the image; the snippet is previewed live. Every field is checked as it changes by
// BannerStore::validate / imageUrlOf, the checks `banner add` runs too: the reason shows under the
// field (programReason, titleReason, imageReason, sizeReason; errorLabel when the store refuses
// the save), in the CLI's words, and OK stays disabled (accept() refuses) while any is shown or
// the image is not ready.
class AddBannerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddBannerDialog)

public:
    // A program the partner can add a banner to, with the tracked URL its banners link to.
    struct ProgramChoice
    {
        qint64 id = 0;
        QString name;
        QString trackedUrl; // "" when no tracked URL can be made
        QString error;      // why not
    };
    // Stores the banner; a refusal keeps the dialog open with the reason.
    using Save = std::function<Status(const Banner &)>;

    AddBannerDialog(const Affiliate &partner, const QList<ProgramChoice> &programs, BannerImageLoader *loader,
                    Save save, QWidget *parent = nullptr);
    ~AddBannerDialog() override;

    void setProgram(qint64 programId);
    void setImageUrl(const QString &url);
    void setImageFile(const QString &path);
    // The banner as entered (imageUrl "" until an image is ready).
    Banner banner() const;

    void accept() override;

private:
    enum class Source
    {
        Url,
        File
    };

    void chooseSource(Source source);
    void urlEdited();
    void loadUrl();
    void browse();
    void readFile();
    void onLoaded(const QUrl &url, const QByteArray &bytes);
    void onFailed(const QUrl &url, const QString &reason);
    // Takes the image: its size into the spin boxes, its preview, what the snippet will hold.
    void takeImage(const QByteArray &bytes, const QString &imageUrl, const QString &info);
    void clearImage(const QString &info);
    void suggestTitle(const QString &fileName);
    void update();
    // Why the banner cannot be added yet, per field ("" where that field is fine).
    struct Problems
    {
        QString program;
        QString title;
        QString image;
        QString size;
        bool waiting = false; // the image is loading or not chosen yet: nothing to scold, OK disabled
        bool any() const
        {
            return waiting || !program.isEmpty() || !title.isEmpty() || !image.isEmpty() || !size.isEmpty();
        }
    };
    Problems problems() const;
    const ProgramChoice *program() const;

    Affiliate m_partner;
    QList<ProgramChoice> m_programs;
    BannerImageLoader *m_loader = nullptr;
    Save m_save;

    QUrl m_pendingUrl;          // the URL being loaded
    QString m_imageUrl;         // what the snippet's src holds: the http(s) URL or a data: URI
    QString m_imageError;       // why there is no image
    bool m_titleTyped = false;  // a title the partner typed is never replaced by a suggestion
    bool m_acceptTried = false; // after a refused OK, even what is merely missing is said
    QPixmap m_image;

    QComboBox *m_program = nullptr;
    QLineEdit *m_title = nullptr;
    QRadioButton *m_fromUrl = nullptr;
    QRadioButton *m_fromFile = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_preview = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    ReasonLabel *m_programReason = nullptr;
    ReasonLabel *m_titleReason = nullptr;
    ReasonLabel *m_imageReason = nullptr;
    ReasonLabel *m_sizeReason = nullptr;
    ReasonLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_urlDelay = nullptr;
};

} // namespace PartnerDesk
