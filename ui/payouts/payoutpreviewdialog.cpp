#include "payoutpreviewdialog.h"

#include "core/money.h"
#include "itemmodels/heldtransactionmodel.h"
#include "itemmodels/payoutbatchlistmodel.h"
#include "itemmodels/payoutlinemodel.h"
#include "tableproxymodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

PayoutPreviewDialog::PayoutPreviewDialog(const PayoutPreview &preview, const QString &format, QWidget *parent)
    : QDialog(parent)
    , m_preview(preview)
    , m_lines(new PayoutLineModel(this))
{
    setObjectName(QStringLiteral("payoutPreviewDialog"));
    setWindowTitle(tr("Payout Batch Preview"));
    m_lines->setLines(preview.lines);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);
    if (preview.isEmpty()) {
        m_summary->setText(tr("No partner has reached the payout threshold: there is nothing to pay."));
    } else {
        m_summary->setText(tr("Batch %1 would pay %2 lines for %3 approved transactions. This is a dry run: "
                              "nothing has been written yet.")
                               .arg(preview.batchId)
                               .arg(QLocale().toString(preview.lines.size()))
                               .arg(QLocale().toString(preview.transactions)));
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewLinesTable"));
    auto *proxy = new TableProxyModel(this);
    proxy->setSourceModel(m_lines);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PayoutLineModel::Partner, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(PayoutLineModel::Email, QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(PayoutLineModel::Name, 200);

    QStringList totals;
    for (const CurrencyTotal &total : preview.totals) {
        totals.append(tr("<b>%1</b> to %2 partners (%3 transactions)")
                          .arg(Money(total.amountMinor, total.currency).toDisplayString().toHtmlEscaped(),
                               formatCount(total.lines), formatCount(total.transactions)));
    }
    m_totals = new QLabel(totals.join(QStringLiteral("<br>")), this);
    m_totals->setObjectName(QStringLiteral("previewTotalsLabel"));
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(PayoutBatchListModel::formatName(QStringLiteral("paypal")), QStringLiteral("paypal"));
    m_format->addItem(PayoutBatchListModel::formatName(QStringLiteral("csv")), QStringLiteral("csv"));
    m_format->setCurrentIndex(qMax(0, m_format->findData(format)));
    m_format->setEnabled(!preview.isEmpty());
    auto *form = new QFormLayout;
    form->addRow(tr("Totals per currency:"), m_totals);
    // Fraud holds keep these out of the batch until a manager clears them (Fraud Review).
    if (!preview.held.isEmpty()) {
        QStringList held;
        for (const HeldTotal &total : preview.held) {
            QStringList rules;
            for (auto rule = total.rules.cbegin(); rule != total.rules.cend(); ++rule)
                rules.append(tr("%1: %2").arg(HeldTransactionModel::ruleName(rule.key()), formatCount(rule.value())));
            held.append(tr("<b>%1</b> in %2 transactions (%3)")
                            .arg(Money(total.commissionMinor, total.currency).toDisplayString().toHtmlEscaped(),
                                 formatCount(total.count), rules.join(QStringLiteral(", ")).toHtmlEscaped()));
        }
        auto *heldLabel = new QLabel(held.join(QStringLiteral("<br>")), this);
        heldLabel->setObjectName(QStringLiteral("previewHeldLabel"));
        heldLabel->setTextFormat(Qt::RichText);
        heldLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        heldLabel->setToolTip(tr("Held by the fraud rules: neither approved nor paid until you clear them in the Fraud "
                                 "Review"));
        form->addRow(tr("Held for fraud review:"), heldLabel);
    }
    form->addRow(tr("&File format:"), m_format);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_create = buttons->addButton(tr("&Create Batch and Export…"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createBatchButton"));
    m_create->setEnabled(!preview.isEmpty());
    m_create->setToolTip(tr("Put these lines into a payout batch and write its file"));
    m_create->setDefault(!preview.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 480);
}

PayoutPreviewDialog::~PayoutPreviewDialog() = default;

QString PayoutPreviewDialog::format() const
{
    return m_format->currentData().toString();
}

} // namespace PartnerDesk
