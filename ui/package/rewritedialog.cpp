#include "rewritedialog.h"

#include "reasonlabel.h"
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
    m_partnerReason = new ReasonLabel(QStringLiteral("partnerReason"), this);
    m_hostReason = new ReasonLabel(QStringLiteral("hostReason"), this);
    m_pathReason = new ReasonLabel(QStringLiteral("pathReason"), this);
    m_targetReason = new ReasonLabel(QStringLiteral("targetReason"), this);
    m_errorLabel = new ReasonLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("&Save") : tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RewriteDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *partnerRow = new QHBoxLayout;
    partnerRow->addWidget(m_partnerSearch, 1);
    partnerRow->addWidget(m_partnerCombo, 2);
    auto *form = new QFormLayout;
    m_partnerReason->addRow(form, tr("&Partner:"), partnerRow, m_partnerSearch);
    m_hostReason->addRow(form, tr("Store &host:"), m_hostCombo);
    m_pathReason->addRow(form, tr("&Path:"), m_pathEdit);
    m_targetReason->addRow(form, tr("&Target URL:"), m_targetEdit);
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
    RewriteStore::Field field = RewriteStore::Field::None;
    const Result<Rewrite> valid = RewriteStore(m_database).validate(draft(), m_editedId, &field);
    m_valid = valid.isOk();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    // One reason at a time, under the field it is about; the others are cleared.
    const QString reason = m_valid ? QString() : valid.error();
    // An untouched form asks for input; it does not scold.
    const bool blank = m_pathEdit->text().trimmed().isEmpty() && m_targetEdit->text().trimmed().isEmpty();
    const bool shown = !blank || m_acceptTried || field == RewriteStore::Field::Partner;
    const auto show = [&](ReasonLabel *label, RewriteStore::Field of) {
        label->setReason(shown && field == of ? reason : QString());
    };
    show(m_partnerReason, RewriteStore::Field::Partner);
    show(m_hostReason, RewriteStore::Field::Host);
    show(m_pathReason, RewriteStore::Field::Path);
    show(m_targetReason, RewriteStore::Field::Target);
    show(m_errorLabel, RewriteStore::Field::None);
    if (!m_valid) {
        m_previewLabel->setText(blank ? tr("Enter the vanity path and the store page it forwards to.") : QString());
        return;
    }
    m_previewLabel->setText(tr("https://%1%2 and its www./trailing-slash twins will answer 302 to %3")
                                .arg(valid->host, valid->path, valid->targetUrl));
}

void RewriteDialog::accept()
{
    m_acceptTried = true; // from now on even an empty form says what it lacks
    validate();
    if (!m_valid)
        return;
    QDialog::accept();
}

} // namespace PartnerDesk
