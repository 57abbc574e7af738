#include "decisiondialog.h"

#include "core/valuerules.h"
#include "itemmodels/requesttablemodel.h"
#include "reasonlabel.h"
#include "store/rewritestore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace PartnerDesk {

DecisionDialog::DecisionDialog(Database &database, const PartnerRequest &request, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_request(request)
    , m_mode(mode)
{
    const bool reject = mode == Mode::Reject;
    setObjectName(reject ? QStringLiteral("RejectRequestDialog") : QStringLiteral("ApproveRequestDialog"));
    setWindowTitle(reject ? tr("Reject Request") : tr("Approve with Changes"));

    auto *summary = new QLabel(tr("%1 of %2: %3")
                                   .arg(RequestTableModel::kindName(request.kind), RequestTableModel::whoText(request),
                                        RequestTableModel::askedText(request)),
                               this);
    summary->setObjectName(QStringLiteral("decisionSummary"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);

    m_reasonEdit = new QPlainTextEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setTabChangesFocus(true);
    m_reasonEdit->setPlaceholderText(reject ? tr("Why not: the partner reads this")
                                            : tr("optional: a note the partner reads"));
    m_reasonEdit->setMinimumHeight(70);
    m_pathReason = new ReasonLabel(QStringLiteral("pathReason"), this);
    m_reasonReason = new ReasonLabel(QStringLiteral("reasonReason"), this);
    m_errorLabel = new ReasonLabel(QStringLiteral("errorLabel"), this);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setWordWrap(true);

    auto *form = new QFormLayout;
    if (!reject && request.kind == RequestKind::Vanity) {
        m_pathEdit = new QLineEdit(request.path, this);
        m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
        m_pathEdit->setToolTip(tr("The path to set up instead of the one the partner asked for"));
        m_pathReason->addRow(form, tr("&Path:"), m_pathEdit);
        connect(m_pathEdit, &QLineEdit::textChanged, this, &DecisionDialog::validate);
    }
    m_reasonReason->addRow(form, reject ? tr("&Reason:") : tr("&Note:"), m_reasonEdit);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(reject ? tr("&Reject") : tr("&Approve"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form, 1);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    resize(520, 280);

    connect(m_reasonEdit, &QPlainTextEdit::textChanged, this, &DecisionDialog::validate);
    validate();
    if (m_pathEdit) {
        m_pathEdit->setFocus();
        m_pathEdit->selectAll();
    } else {
        m_reasonEdit->setFocus();
    }
}

DecisionDialog::~DecisionDialog() = default;

QString DecisionDialog::path() const
{
    if (!m_pathEdit)
        return {};
    const QString path = m_pathEdit->text().trimmed();
    return path == m_request.path ? QString() : path;
}

QString DecisionDialog::reason() const
{
    return m_reasonEdit->toPlainText().trimmed();
}

RequestStore::Approval DecisionDialog::approval() const
{
    RequestStore::Approval approval;
    approval.path = path();
    approval.reason = reason();
    return approval;
}

void DecisionDialog::validate()
{
    const bool reject = m_mode == Mode::Reject;
    const QString reasonWhy =
        reject && reason().isEmpty()
            ? tr("Say why: the partner reads the reason.")
            : ValueRules::checkText(tr("reason"), reason(), reject ? ValueRules::reason : ValueRules::optionalReason);
    QString pathWhy;
    if (m_pathEdit) {
        // The rewrite editor's one check, for the rewrite this approval adds.
        RewriteStore::Field field = RewriteStore::Field::None;
        const Result<Rewrite> valid = RewriteStore(m_database)
                                          .validate(RewriteDraft{m_request.affiliateId, m_request.host,
                                                                 m_pathEdit->text().trimmed(), m_request.targetUrl},
                                                    0, &field);
        pathWhy = valid ? QString() : valid.error();
        m_previewLabel->setText(
            valid ? tr("https://%1%2 will lead to %3").arg(valid->host, valid->path, valid->targetUrl) : QString());
    }
    m_valid = reasonWhy.isEmpty() && pathWhy.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    m_pathReason->setReason(pathWhy);
    m_reasonReason->setReason(m_acceptTried || !m_reasonEdit->toPlainText().isEmpty() ? reasonWhy : QString());
}

void DecisionDialog::accept()
{
    m_acceptTried = true;
    validate();
    if (m_valid)
        QDialog::accept();
}

} // namespace PartnerDesk
