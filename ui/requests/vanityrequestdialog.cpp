#include "vanityrequestdialog.h"

#include "reasonlabel.h"
#include "store/affiliatestore.h"
#include "store/requeststore.h"
#include "store/rewritestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace PartnerDesk {

VanityRequestDialog::VanityRequestDialog(Database &database, const Affiliate &partner, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_partner(partner)
{
    setObjectName(QStringLiteral("VanityRequestDialog"));
    setWindowTitle(tr("Request a Vanity Link"));

    auto *intro = new QLabel(tr("A short address on the store's own site that leads to a store page with your "
                                "tracked link, e.g. https://koongo.com/partner/jane. The store's affiliate manager "
                                "sets it up; you see the decision under My Requests."),
                             this);
    intro->setObjectName(QStringLiteral("vanityIntro"));
    intro->setWordWrap(true);

    m_hostCombo = new QComboBox(this);
    m_hostCombo->setObjectName(QStringLiteral("hostCombo"));
    m_hostCombo->setEditable(true); // a subdomain of a store host is allowed too
    m_hostCombo->setInsertPolicy(QComboBox::NoInsert);
    m_hostCombo->addItems(AffiliateStore(database).storeHostsOf(partner.id));
    m_hostCombo->setToolTip(tr("The store hosts of your programs; the link answers on the www. twin too"));
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("pathEdit"));
    m_pathEdit->setPlaceholderText(tr("/partner/%1").arg(partner.code.toLower()));
    m_pathEdit->setToolTip(tr("The path you would like; it answers with and without the trailing slash"));
    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("targetEdit"));
    m_targetEdit->setPlaceholderText(tr("https://store.example/page"));
    m_targetEdit->setToolTip(tr("The store page it should lead to; your code is added to it"));
    m_messageEdit = new QPlainTextEdit(this);
    m_messageEdit->setObjectName(QStringLiteral("messageEdit"));
    m_messageEdit->setTabChangesFocus(true);
    m_messageEdit->setPlaceholderText(tr("optional: where you will use it"));
    m_messageEdit->setMaximumHeight(70);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewLabel->setWordWrap(true);
    m_hostReason = new ReasonLabel(QStringLiteral("hostReason"), this);
    m_pathReason = new ReasonLabel(QStringLiteral("pathReason"), this);
    m_targetReason = new ReasonLabel(QStringLiteral("targetReason"), this);
    m_messageReason = new ReasonLabel(QStringLiteral("messageReason"), this);
    m_errorLabel = new ReasonLabel(QStringLiteral("errorLabel"), this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send Request"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VanityRequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    m_hostReason->addRow(form, tr("Store &host:"), m_hostCombo);
    m_pathReason->addRow(form, tr("&Path:"), m_pathEdit);
    m_targetReason->addRow(form, tr("&Leads to:"), m_targetEdit);
    m_messageReason->addRow(form, tr("&Note:"), m_messageEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(600, 360);

    connect(m_hostCombo, &QComboBox::currentTextChanged, this, &VanityRequestDialog::validate);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &VanityRequestDialog::validate);
    connect(m_targetEdit, &QLineEdit::textChanged, this, &VanityRequestDialog::validate);
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, &VanityRequestDialog::validate);
    validate();
    m_pathEdit->setFocus();
}

VanityRequestDialog::~VanityRequestDialog() = default;

VanityDraft VanityRequestDialog::draft() const
{
    return {m_hostCombo->currentText().trimmed(), m_pathEdit->text().trimmed(), m_targetEdit->text().trimmed(),
            m_messageEdit->toPlainText().trimmed()};
}

void VanityRequestDialog::validate()
{
    const VanityDraft vanity = draft();
    // The store's check, which is the rewrite editor's (RewriteStore::validate) for the rewrite an
    // approval would add, and the note's rule.
    RequestStore::Field field = RequestStore::Field::None;
    const Status checked = RequestStore(m_database).checkVanity(m_partner.id, vanity, &field);
    m_valid = checked.isOk();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    const QString reason = m_valid ? QString() : checked.error();
    const bool blank = vanity.path.isEmpty() && vanity.targetUrl.isEmpty();
    // An untouched form asks for input; it does not scold. Not being a member anywhere is said at once.
    const bool shown = !blank || m_acceptTried || field == RequestStore::Field::Partner;
    const auto show = [&](ReasonLabel *label, std::initializer_list<RequestStore::Field> of) {
        label->setReason(shown && std::find(of.begin(), of.end(), field) != of.end() ? reason : QString());
    };
    show(m_hostReason, {RequestStore::Field::Host});
    show(m_pathReason, {RequestStore::Field::Path});
    show(m_targetReason, {RequestStore::Field::Target});
    show(m_messageReason, {RequestStore::Field::Message});
    show(m_errorLabel, {RequestStore::Field::None, RequestStore::Field::Partner});
    if (!m_valid) {
        m_previewLabel->setText(blank ? tr("Enter the path you would like and the store page it should lead to.")
                                      : QString());
        return;
    }
    // What the approval would store: the normalised host and path, the tracked target.
    const Result<Rewrite> rewrite =
        RewriteStore(m_database).validate(RewriteDraft{m_partner.id, vanity.host, vanity.path, vanity.targetUrl});
    if (rewrite)
        m_previewLabel->setText(
            tr("https://%1%2 would lead to %3").arg(rewrite->host, rewrite->path, rewrite->targetUrl));
}

void VanityRequestDialog::showRefusal(const QString &reason)
{
    m_errorLabel->setReason(reason);
}

void VanityRequestDialog::accept()
{
    m_acceptTried = true;
    validate();
    if (m_valid)
        QDialog::accept();
}

} // namespace PartnerDesk
