#pragma once

#include "core/records.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace PartnerDesk {

// The rewrites as web server rules: nginx or Apache (mod_rewrite), an optional nginx listen
// address, a preview of the exact text, "Save…" (written through QSaveFile, so a failed write
// leaves an existing file as it was) and "Copy" to the clipboard.
class RewriteExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RewriteExportDialog)

public:
    enum class Format
    {
        Nginx,
        Apache
    };

    // Asks where to save ("" cancels); the editor's asks through FileDialogs.
    using PathChooser = std::function<QString(QWidget *parent, const QString &suggested)>;

    RewriteExportDialog(const QList<Rewrite> &rewrites, PathChooser chooser, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    // The text Save and Copy write: RewriteExporter's output for the format.
    QString rules() const;

    void save();
    void copy();

private:
    void update();

    QList<Rewrite> m_rewrites;
    PathChooser m_choosePath;
    QComboBox *m_formatCombo = nullptr;
    QLineEdit *m_listenEdit = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_copyButton = nullptr;
};

} // namespace PartnerDesk
