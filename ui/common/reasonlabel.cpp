#include "reasonlabel.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace PartnerDesk {

ReasonLabel::ReasonLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette warning = palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    setPalette(warning);
    setVisible(false);
}

void ReasonLabel::setReason(const QString &reason)
{
    setText(reason);
    setVisible(!reason.isEmpty());
}

void ReasonLabel::addRow(QFormLayout *form, const QString &labelText, QWidget *field)
{
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(this);
    form->addRow(labelText, column);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(column)))
        label->setBuddy(field);
}

void ReasonLabel::addRow(QFormLayout *form, const QString &labelText, QLayout *field, QWidget *buddy)
{
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addLayout(field);
    column->addWidget(this);
    form->addRow(labelText, column);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(column)))
        label->setBuddy(buddy);
}

} // namespace PartnerDesk
