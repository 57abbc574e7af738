#include "addbannerdialog.h"

#include "core/bannersnippet.h"
#include "core/embeddedimage.h"
#include "filedialogs.h"
#include "network/bannerimageloader.h"
#include "reasonlabel.h"
#include "store/bannerstore.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString folderKey = QStringLiteral("AddBannerDialog/folder");
constexpr QSize previewBox(360, 150);

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

AddBannerDialog::AddBannerDialog(const Affiliate &partner, const QList<ProgramChoice> &programs,
                                 BannerImageLoader *loader, Save save, QWidget *parent)
    : QDialog(parent)
    , m_partner(partner)
    , m_programs(programs)
    , m_loader(loader)
    , m_save(std::move(save))
    , m_urlDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("AddBannerDialog"));
    setWindowTitle(tr("Add Your Banner"));

    m_program = new QComboBox(this);
    m_program->setObjectName(QStringLiteral("bannerProgramCombo"));
    for (const ProgramChoice &choice : std::as_const(m_programs))
        m_program->addItem(choice.name, choice.id);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("bannerTitleEdit"));
    // No setMaxLength: it would cut a pasted title silently (and counts UTF-16 units, not the
    // characters the rule counts); titleReason says how long it is instead.
    m_title->setPlaceholderText(tr("Shown as the banner's tooltip"));

    m_fromUrl = new QRadioButton(tr("Image &URL:"), this);
    m_fromUrl->setObjectName(QStringLiteral("bannerFromUrlRadio"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("bannerImageUrlEdit"));
    m_url->setPlaceholderText(tr("https://your-site.example/banner.png"));
    m_url->setClearButtonEnabled(true);
    m_fromFile = new QRadioButton(tr("Image &file:"), this);
    m_fromFile->setObjectName(QStringLiteral("bannerFromFileRadio"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("bannerImageFileEdit"));
    m_file->setPlaceholderText(tr("PNG, JPEG, GIF or WebP, at most %1 KB").arg(EmbeddedImage::maxBytes / 1024));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("bannerBrowseButton"));

    m_width = new QSpinBox(this);
    m_width->setObjectName(QStringLiteral("bannerWidthSpin"));
    m_height = new QSpinBox(this);
    m_height->setObjectName(QStringLiteral("bannerHeightSpin"));
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(1, BannerStore::maxSide);
        spin->setSuffix(tr(" px"));
        spin->setToolTip(tr("Read from the image; change it to show the image at another size"));
    }
    m_info = plainLabel(QStringLiteral("bannerImageInfo"), this);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("bannerImagePreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(previewBox);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_snippet = new QPlainTextEdit(this);
    m_snippet->setObjectName(QStringLiteral("bannerSnippetPreview"));
    m_snippet->setReadOnly(true);
    m_snippet->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_programReason = new ReasonLabel(QStringLiteral("programReason"), this);
    m_titleReason = new ReasonLabel(QStringLiteral("titleReason"), this);
    m_imageReason = new ReasonLabel(QStringLiteral("imageReason"), this);
    m_sizeReason = new ReasonLabel(QStringLiteral("sizeReason"), this);
    m_error = new ReasonLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Banner"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AddBannerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddBannerDialog::reject);

    auto *source = new QGridLayout;
    source->addWidget(m_fromUrl, 0, 0);
    source->addWidget(m_url, 0, 1, 1, 2);
    source->addWidget(m_fromFile, 1, 0);
    source->addWidget(m_file, 1, 1);
    source->addWidget(m_browse, 1, 2);
    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(tr("×"), this));
    size->addWidget(m_height);
    size->addStretch(1);
    auto *form = new QFormLayout;
    m_programReason->addRow(form, tr("&Program:"), m_program);
    m_titleReason->addRow(form, tr("&Title:"), m_title);
    form->addRow(source);
    source->addWidget(m_imageReason, 2, 1, 1, 2);
    m_sizeReason->addRow(form, tr("Size:"), size, m_width);
    form->addRow(m_info);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("HTML snippet:"), this));
    layout->addWidget(m_snippet);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_urlDelay->setSingleShot(true);
    m_urlDelay->setInterval(400);
    connect(m_urlDelay, &QTimer::timeout, this, &AddBannerDialog::loadUrl);
    connect(m_loader, &BannerImageLoader::loaded, this, &AddBannerDialog::onLoaded);
    connect(m_loader, &BannerImageLoader::failed, this, &AddBannerDialog::onFailed);
    connect(m_program, &QComboBox::currentIndexChanged, this, &AddBannerDialog::update);
    connect(m_title, &QLineEdit::textEdited, this, [this] { m_titleTyped = true; });
    connect(m_title, &QLineEdit::textChanged, this, &AddBannerDialog::update);
    connect(m_fromUrl, &QRadioButton::clicked, this, [this] { chooseSource(Source::Url); });
    connect(m_fromFile, &QRadioButton::clicked, this, [this] { chooseSource(Source::File); });
    connect(m_url, &QLineEdit::textEdited, this, &AddBannerDialog::urlEdited);
    connect(m_file, &QLineEdit::editingFinished, this, &AddBannerDialog::readFile);
    connect(m_browse, &QPushButton::clicked, this, &AddBannerDialog::browse);
    connect(m_width, &QSpinBox::valueChanged, this, &AddBannerDialog::update);
    connect(m_height, &QSpinBox::valueChanged, this, &AddBannerDialog::update);

    resize(620, 560);
    m_fromUrl->setChecked(true);
    chooseSource(Source::Url);
}

AddBannerDialog::~AddBannerDialog() = default;

const AddBannerDialog::ProgramChoice *AddBannerDialog::program() const
{
    const int index = m_program->currentIndex();
    return index >= 0 && index < m_programs.size() ? &m_programs.at(index) : nullptr;
}

void AddBannerDialog::setProgram(qint64 programId)
{
    const int index = m_program->findData(programId);
    if (index >= 0)
        m_program->setCurrentIndex(index);
}

void AddBannerDialog::setImageUrl(const QString &url)
{
    m_fromUrl->setChecked(true);
    chooseSource(Source::Url);
    m_url->setText(url);
    loadUrl();
}

void AddBannerDialog::setImageFile(const QString &path)
{
    m_fromFile->setChecked(true);
    chooseSource(Source::File);
    m_file->setText(QDir::toNativeSeparators(path));
    readFile();
}

void AddBannerDialog::chooseSource(Source source)
{
    const bool url = source == Source::Url;
    m_url->setEnabled(url);
    m_file->setEnabled(!url);
    m_browse->setEnabled(!url);
    m_urlDelay->stop();
    m_pendingUrl.clear();
    if (url)
        loadUrl();
    else
        readFile();
}

void AddBannerDialog::urlEdited()
{
    clearImage({});
    m_pendingUrl.clear();
    m_urlDelay->start(); // not a request per keystroke
    update();
}

void AddBannerDialog::loadUrl()
{
    m_urlDelay->stop();
    const QString text = m_url->text().trimmed();
    if (text.isEmpty()) {
        clearImage({});
        update();
        return;
    }
    // The check `banner add --image` runs, so the dialog never loads (or stores) what the CLI refuses.
    const Result<QString> checked = BannerStore::imageUrlOf(text);
    if (!checked) {
        clearImage({});
        m_imageError = checked.error();
        update();
        return;
    }
    const QUrl url(*checked, QUrl::StrictMode);
    clearImage(tr("Loading the image…"));
    m_pendingUrl = url;
    suggestTitle(url.fileName());
    update();
    m_loader->load(url);
}

void AddBannerDialog::onLoaded(const QUrl &url, const QByteArray &bytes)
{
    if (url != m_pendingUrl || !m_fromUrl->isChecked())
        return; // an answer for a URL no longer entered, or for the gallery
    m_pendingUrl.clear();
    takeImage(bytes, url.toString(QUrl::FullyEncoded), tr("loaded from the URL"));
}

void AddBannerDialog::onFailed(const QUrl &url, const QString &reason)
{
    if (url != m_pendingUrl || !m_fromUrl->isChecked())
        return;
    m_pendingUrl.clear();
    clearImage({});
    m_imageError = tr("The image cannot be loaded: %1").arg(reason);
    update();
}

void AddBannerDialog::browse()
{
    QSettings settings;
    const QString path =
        FileDialogs::openFileName(this, tr("Choose a Banner Image"), settings.value(folderKey).toString(),
                                  tr("Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    setImageFile(path);
}

void AddBannerDialog::readFile()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    clearImage({});
    if (path.isEmpty()) {
        update();
        return;
    }
    const QFileInfo info(path);
    suggestTitle(info.fileName());
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        m_imageError = tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path));
    } else if (const QString tooLarge = EmbeddedImage::tooLarge(info.size()); !tooLarge.isEmpty()) {
        m_imageError = tooLarge; // refused before reading it whole
    } else {
        const QByteArray bytes = file.read(EmbeddedImage::maxBytes + 1);
        if (const QString refusal = EmbeddedImage::refusal(bytes); !refusal.isEmpty())
            m_imageError = refusal;
        else
            takeImage(bytes, EmbeddedImage::toDataUri(bytes),
                      tr("embedded in the snippet, %1 KB").arg((bytes.size() + 1023) / 1024));
    }
    update();
}

void AddBannerDialog::takeImage(const QByteArray &bytes, const QString &imageUrl, const QString &info)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QImage image = reader.read();
    m_imageUrl = imageUrl;
    m_imageError.clear();
    if (image.isNull()) {
        // Qt may lack a plugin (WebP); the browser shows the image, the partner types its size.
        if (EmbeddedImage::sniffMimeType(bytes).isEmpty()) {
            m_imageUrl.clear();
            m_imageError = tr("The data is not an image (PNG, JPEG, GIF or WebP).");
        } else {
            m_info->setText(tr("%1; its size cannot be read here: enter it.").arg(info));
            m_preview->setText(tr("No preview"));
        }
        update();
        return;
    }
    if (image.width() > BannerStore::maxSide || image.height() > BannerStore::maxSide) {
        m_imageUrl.clear();
        m_imageError = tr("The image has %1 × %2 pixels; a banner has at most %3 pixels a side.")
                           .arg(image.width())
                           .arg(image.height())
                           .arg(BannerStore::maxSide);
        update();
        return;
    }
    m_image = QPixmap::fromImage(image);
    const QSignalBlocker blockWidth(m_width);
    const QSignalBlocker blockHeight(m_height);
    m_width->setValue(image.width());
    m_height->setValue(image.height());
    m_info->setText(
        tr("%1 × %2 px, %3, %4").arg(image.width()).arg(image.height()).arg(EmbeddedImage::sniffMimeType(bytes), info));
    m_preview->setPixmap(image.width() > previewBox.width() || image.height() > previewBox.height()
                             ? m_image.scaled(previewBox, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : m_image);
    update();
}

void AddBannerDialog::clearImage(const QString &info)
{
    m_imageUrl.clear();
    m_imageError.clear();
    m_image = QPixmap();
    m_preview->setPixmap(QPixmap());
    m_preview->setText(tr("No image yet"));
    m_info->setText(info);
}

void AddBannerDialog::suggestTitle(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName().replace(u'_', u' ').replace(u'-', u' ').trimmed();
    if (!m_titleTyped && !base.isEmpty())
        m_title->setText(base.left(BannerStore::maxTitleLength));
}

Banner AddBannerDialog::banner() const
{
    Banner banner;
    banner.programId = program() ? program()->id : 0;
    banner.affiliateId = m_partner.id;
    banner.title = m_title->text().trimmed();
    banner.imageUrl = m_imageUrl;
    banner.width = m_width->value();
    banner.height = m_height->value();
    return banner;
}

AddBannerDialog::Problems AddBannerDialog::problems() const
{
    Problems found;
    if (m_programs.isEmpty())
        found.program = tr("%1 is not an active member of any program: join one first.").arg(m_partner.name);
    else if (!program())
        found.program = tr("Choose the program the banner is for.");
    else if (!program()->error.isEmpty())
        found.program = program()->error;

    const Banner entered = banner();
    BannerStore::Field field = BannerStore::Field::None;
    const QString invalid = BannerStore::validate(entered, &field);
    // An empty title is said once the partner has typed one away or the rest is ready.
    if (field == BannerStore::Field::Title && (!entered.title.isEmpty() || m_titleTyped || !m_imageUrl.isEmpty()))
        found.title = invalid;
    else if (field == BannerStore::Field::Title)
        found.waiting = true;

    const bool noSource = m_fromUrl->isChecked() ? m_url->text().trimmed().isEmpty() : m_file->text().isEmpty();
    if (!m_imageError.isEmpty()) {
        found.image = m_imageError;
    } else if (!m_pendingUrl.isEmpty() || m_urlDelay->isActive() || noSource || m_imageUrl.isEmpty()) {
        found.waiting = true;
        if (noSource && m_acceptTried)
            found.image = tr("Enter an image URL or choose an image file.");
    } else if (field != BannerStore::Field::Title && !invalid.isEmpty()) {
        // Title fine and the image ready: what is left is the size or the image itself.
        (field == BannerStore::Field::Size ? found.size : found.image) = invalid;
    }
    return found;
}

void AddBannerDialog::update()
{
    const Banner entered = banner();
    const ProgramChoice *choice = program();
    if (choice && !choice->trackedUrl.isEmpty() && !m_imageUrl.isEmpty())
        m_snippet->setPlainText(
            BannerSnippet::render(choice->trackedUrl, entered.imageUrl, entered.title, entered.width, entered.height));
    else
        m_snippet->clear();
    m_snippet->setPlaceholderText(tr("The HTML snippet appears here when the image is ready"));
    const Problems found = problems();
    m_programReason->setReason(found.program);
    m_titleReason->setReason(found.title);
    m_imageReason->setReason(found.image);
    m_sizeReason->setReason(found.size);
    m_error->setReason({});
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!found.any());
}

void AddBannerDialog::accept()
{
    m_acceptTried = true;
    m_titleTyped = true; // an empty title is now worth saying
    update();
    if (problems().any())
        return;
    const Status saved = m_save(banner());
    if (!saved) {
        m_error->setReason(saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace PartnerDesk
