#include "rewritedialog.h"

#include "store/affiliatestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace PartnerDesk {

namespace {

constexpr int partnersShown = 50;

} // namespace

RewriteDialog::RewriteDialog(Database &database, const std::optional<RewriteRow> &existing, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_editedId(existing ? existing->rewrite.id : 0)
    , m_initialPartner(existing ? existing->rewrite.affiliateId : 0)
{
    setObjectName(QStringLiteral("RewriteDialog"));
    setWindowTitle(existing ? tr("Edit Rewrite") : tr("Add Rewrite"));

    m_partnerSearch = new QLineEdit(this);
    m_partnerSearch->setObjectName(QStringLiteral("partnerSearchEdit"));
    m_partnerSearch->setPlaceholderText(tr("Find a partner by name, code or e-mail"));
    m_partnerSearch->setClearButtonEnabled(true);
    m_partnerCombo = new QComboBox(this);
    m_partnerCombo->setObjectName(QStringLiteral("partnerCombo"));
    m_partnerCombo->setMinimumContentsLength(30);
    m_partnerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    m_hostCombo = new QComboBox(this);
    m_hostCombo->setObjectName(QStringLiteral("hostCombo"));
    // Any subdomain of a store host is allowed too, so the manager may type one.
    m_hostCombo->setEditable(true);
    m_hostCombo->setInsertPolicy(QComboBox::NoInsert);
    m_hostCombo->setToolTip(tr("The store hosts of the partner's programs; the rule answers on the www. twin too"));

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setPlaceholderText(tr("/partner/jane"));
    m_pathEdit->setToolTip(tr("The vanity path; it answers with and without the trailing slash"));
    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("targetEdit"));
    m_targetEdit->setPlaceholderText(tr("https://store.example/page"));
    m_targetEdit->setToolTip(tr("A store page; the partner's code is added, so the redirect lands on his tracked "
                                "link"));

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    QPalette warning = m_errorLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_errorLabel->setPalette(warning);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *partnerRow = new QHBoxLayout;
    partnerRow->addWidget(m_partnerSearch, 1);
    partnerRow->addWidget(m_partnerCombo, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("&Partner:"), partnerRow);
    form->addRow(tr("Store &host:"), m_hostCombo);
    form->addRow(tr("&Path:"), m_pathEdit);
    form->addRow(tr("&Target URL:"), m_targetEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(680, 300);

    if (existing) {
        m_partnerSearch->setText(existing->rewrite.affiliateCode);
        m_pathEdit->setText(existing->rewrite.path);
        m_targetEdit->setText(existing->rewrite.targetUrl);
    }
    searchPartners();
    if (existing) {
        m_hostCombo->setCurrentText(existing->rewrite.host);
        validate();
    }
    connect(m_partnerSearch, &QLineEdit::textChanged, this, &RewriteDialog::searchPartners);
    connect(m_partnerCombo, &QComboBox::currentIndexChanged, this, &RewriteDialog::partnerChosen);
    connect(m_hostCombo, &QComboBox::currentTextChanged, this, &RewriteDialog::validate);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &RewriteDialog::validate);
    connect(m_targetEdit, &QLineEdit::textChanged, this, &RewriteDialog::validate);
    (existing ? m_pathEdit : m_partnerSearch)->setFocus();
}

qint64 RewriteDialog::partnerId() const
{
    return m_partnerCombo->currentIndex() >= 0 ? m_partnerCombo->currentData().toLongLong() : 0;
}

RewriteDraft RewriteDialog::draft() const
{
    return {partnerId(), m_hostCombo->currentText(), m_pathEdit->text(), m_targetEdit->text()};
}

void RewriteDialog::searchPartners()
{
    const qint64 wanted = m_partnerCombo->count() > 0 ? partnerId() : m_initialPartner;
    AffiliateStore affiliates(m_database);
    QList<Affiliate> found = affiliates.list(m_partnerSearch->text().trimmed(), partnersShown);
    // The edited rewrite's partner is the first choice, even when his code matches other partners.
    const bool listed =
        std::any_of(found.cbegin(), found.cend(), [wanted](const Affiliate &a) { return a.id == wanted; });
    if (!listed && m_partnerCombo->count() == 0 && wanted > 0) {
        if (const std::optional<Affiliate> partner = affiliates.byId(wanted))
            found.prepend(*partner);
    }
    {
        const QSignalBlocker blocker(m_partnerCombo);
        m_partnerCombo->clear();
        for (const Affiliate &affiliate : found)
            m_partnerCombo->addItem(tr("%1 (%2)").arg(affiliate.name, affiliate.code), affiliate.id);
        const int index = m_partnerCombo->findData(wanted);
        m_partnerCombo->setCurrentIndex(found.isEmpty() ? -1 : qMax(0, index));
    }
    partnerChosen();
}

void RewriteDialog::partnerChosen()
{
    // The hosts offered are the chosen partner's; what was typed stays when it is still one of them.
    const QString typed = m_hostCombo->currentText();
    const qint64 id = partnerId();
    const QStringList hosts = id > 0 ? AffiliateStore(m_database).storeHostsOf(id) : QStringList();
    {
        const QSignalBlocker blocker(m_hostCombo);
        m_hostCombo->clear();
        m_hostCombo->addItems(hosts);
        m_hostCombo->setCurrentText(typed.isEmpty() && !hosts.isEmpty() ? hosts.first() : typed);
    }
    validate();
}

void RewriteDialog::validate()
{
    const Result<Rewrite> valid = RewriteStore(m_database).validate(draft(), m_editedId);
    m_valid = valid.isOk();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    if (!m_valid) {
        // An untouched form asks for input; it does not scold.
        const bool blank = m_pathEdit->text().trimmed().isEmpty() && m_targetEdit->text().trimmed().isEmpty();
        m_errorLabel->setText(valid.error());
        m_errorLabel->setVisible(!blank || partnerId() == 0);
        m_previewLabel->setText(blank ? tr("Enter the vanity path and the store page it forwards to.") : QString());
        return;
    }
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
    m_previewLabel->setText(tr("https://%1%2 and its www./trailing-slash twins will answer 302 to %3")
                                .arg(valid->host, valid->path, valid->targetUrl));
}

} // namespace PartnerDesk
