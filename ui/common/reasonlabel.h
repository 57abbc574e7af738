#pragma once

#include <QLabel>

class QFormLayout;
class QLayout;

namespace PartnerDesk {

// Why a field's value is refused, shown right under the field in the words the store and the CLI
// use: plain text (a refused value may hold markup), wrapped, selectable, in the warning colour the
// dialogs share, and hidden while there is nothing to say so a valid form takes no extra room.
// The same small widget in every dialog that checks what the user types (issue #12).
class ReasonLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReasonLabel)

public:
    explicit ReasonLabel(const QString &objectName, QWidget *parent = nullptr);

    // "" hides the label.
    void setReason(const QString &reason);
    QString reason() const { return text(); }

    // A form row of `field` with this reason under it (the label's buddy is the field).
    void addRow(QFormLayout *form, const QString &labelText, QWidget *field);
    // A row of several widgets; `buddy` is the one the label's shortcut focuses.
    void addRow(QFormLayout *form, const QString &labelText, QLayout *field, QWidget *buddy);
};

} // namespace PartnerDesk
