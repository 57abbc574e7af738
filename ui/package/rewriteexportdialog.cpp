#include "rewriteexportdialog.h"

#include "core/rewriteexporter.h"
#include "themeicon.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

const QString formatKey = QStringLiteral("RewriteExportDialog/format");
const QString listenKey = QStringLiteral("RewriteExportDialog/listen");

} // namespace

RewriteExportDialog::RewriteExportDialog(const QList<Rewrite> &rewrites, PathChooser chooser, QWidget *parent)
    : QDialog(parent)
    , m_rewrites(rewrites)
    , m_choosePath(std::move(chooser))
{
    setObjectName(QStringLiteral("RewriteExportDialog"));
    setWindowTitle(tr("Export Rewrite Rules"));

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    m_formatCombo->addItem(tr("nginx (server blocks for the http { } context)"));
    m_formatCombo->addItem(tr("Apache (mod_rewrite, server config, virtual host or .htaccess)"));
    m_listenEdit = new QLineEdit(this);
    m_listenEdit->setObjectName(QStringLiteral("listenEdit"));
    m_listenEdit->setPlaceholderText(tr("optional, e.g. 80 or 127.0.0.1:8080"));
    m_listenEdit->setToolTip(tr("nginx only: a listen directive in every server block; empty keeps nginx's default"));
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("rulesPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setIcon(themeIcon(QStringLiteral("document-save")));
    m_copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setIcon(themeIcon(QStringLiteral("edit-copy")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &RewriteExportDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &RewriteExportDialog::copy);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_formatCombo);
    form->addRow(tr("nginx &listen:"), m_listenEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);
    resize(820, 520);

    const QSettings settings;
    m_formatCombo->setCurrentIndex(settings.value(formatKey).toString() == u"apache" ? 1 : 0);
    m_listenEdit->setText(settings.value(listenKey).toString());
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &RewriteExportDialog::update);
    connect(m_listenEdit, &QLineEdit::textChanged, this, &RewriteExportDialog::update);
    update();
}

RewriteExportDialog::Format RewriteExportDialog::format() const
{
    return m_formatCombo->currentIndex() == 1 ? Format::Apache : Format::Nginx;
}

void RewriteExportDialog::setFormat(Format format)
{
    m_formatCombo->setCurrentIndex(format == Format::Apache ? 1 : 0);
}

QString RewriteExportDialog::rules() const
{
    if (format() == Format::Apache)
        return RewriteExporter::toApache(m_rewrites);
    return RewriteExporter::toNginx(m_rewrites, m_listenEdit->text().trimmed());
}

void RewriteExportDialog::update()
{
    const bool nginx = format() == Format::Nginx;
    m_listenEdit->setEnabled(nginx);
    const QString listen = m_listenEdit->text().trimmed();
    const bool valid = !nginx || listen.isEmpty() || RewriteExporter::isNginxListen(listen);
    m_errorLabel->setText(
        valid ? QString() : tr("\"%1\" is not a listen address: use PORT, ADDR:PORT or [IPv6]:PORT.").arg(listen));
    m_errorLabel->setVisible(!valid);
    m_saveButton->setEnabled(valid);
    m_copyButton->setEnabled(valid);
    m_preview->setPlainText(valid ? rules() : QString());
    m_statusLabel->setText(tr("%n rewrite(s).", nullptr, int(m_rewrites.size())));
    QSettings settings;
    settings.setValue(formatKey, nginx ? QStringLiteral("nginx") : QStringLiteral("apache"));
    if (valid)
        settings.setValue(listenKey, listen);
}

void RewriteExportDialog::save()
{
    const bool nginx = format() == Format::Nginx;
    const QString suggested =
        nginx ? QStringLiteral("partnerdesk-rewrites.conf") : QStringLiteral("partnerdesk-rewrites.apache.conf");
    const QString path = m_choosePath ? m_choosePath(this, suggested) : QString();
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray text = rules().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_errorLabel->setText(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_errorLabel->setVisible(true);
        return;
    }
    m_errorLabel->setVisible(false);
    m_statusLabel->setText(
        tr("Saved %1 (%2).").arg(QDir::toNativeSeparators(path), nginx ? tr("nginx") : tr("Apache")));
}

void RewriteExportDialog::copy()
{
    QGuiApplication::clipboard()->setText(rules());
    m_statusLabel->setText(format() == Format::Nginx ? tr("The nginx rules are on the clipboard.")
                                                     : tr("The Apache rules are on the clipboard."));
}

} // namespace PartnerDesk
