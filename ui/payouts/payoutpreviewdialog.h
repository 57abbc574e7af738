#pragma once

#include "store/payoutstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace PartnerDesk {

class PayoutLineModel;

// The dry run of the next payout batch: every line and the totals per currency, exactly as
// "Create Batch and Export…" would write them. Accepting means "create it, in format()".
class PayoutPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutPreviewDialog)

public:
    PayoutPreviewDialog(const PayoutPreview &preview, const QString &format, QWidget *parent = nullptr);
    ~PayoutPreviewDialog() override;

    // "paypal" or "csv".
    QString format() const;
    const PayoutPreview &preview() const { return m_preview; }

private:
    PayoutPreview m_preview;
    PayoutLineModel *m_lines = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_totals = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace PartnerDesk
