#include "directlinkswidget.h"

#include "core/timestamp.h"
#include "itemmodels/domainlistmodel.h"
#include "itemmodels/domainstatustext.h"
#include "network/domainverifier.h"
#include "store/affiliatestore.h"
#include "tableproxymodel.h"
#include "tablesetup.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk {

namespace {

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLineEdit *readOnlyEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    return edit;
}

} // namespace

DirectLinksWidget::DirectLinksWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("DirectLinksWidget"));

    m_partnerHint = plainLabel(QStringLiteral("directLinksPartnerHint"), this);
    m_partnerHint->setText(tr("Choose a partner to see his websites for direct links."));

    // Registering a website.
    m_domainEdit = new QLineEdit(this);
    m_domainEdit->setObjectName(QStringLiteral("domainEdit"));
    m_domainEdit->setPlaceholderText(tr("Your website's domain, e.g. myblog.example or *.myblog.example"));
    m_domainEdit->setClearButtonEnabled(true);
    m_addButton = new QPushButton(tr("&Add Website"), this);
    m_addButton->setObjectName(QStringLiteral("addDomainButton"));
    m_addButton->setToolTip(tr("Register the website and get its verification token"));
    m_errorLabel = plainLabel(QStringLiteral("domainErrorLabel"), this);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errorLabel->hide();
    connect(m_domainEdit, &QLineEdit::returnPressed, this, &DirectLinksWidget::addDomain);
    connect(m_addButton, &QPushButton::clicked, this, &DirectLinksWidget::addDomain);
    connect(m_domainEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addButton->setEnabled(m_partner && !text.trimmed().isEmpty()); });

    // The partner's websites.
    m_domains = new DomainListModel(database, this);
    m_proxy = new TableProxyModel(this); // not sorted: only for the status's warning colour and icon
    m_proxy->setSourceModel(m_domains);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("directDomainsTable"));
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DomainListModel::Domain, QHeaderView::Stretch);
    m_table->setColumnHidden(DomainListModel::Token, true); // shown in full below
    fitHeaderTitles(m_table, 110);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DirectLinksWidget::showSelectedDomain);
    m_adviceLabel = plainLabel(QStringLiteral("domainAdviceLabel"), this);
    m_adviceLabel->setStyleSheet(QStringLiteral("QLabel { color: #7a3e00; background: #fff4e0; border: 1px solid "
                                                "#e0a040; border-radius: 3px; padding: 6px; }"));
    m_adviceLabel->hide();

    // The token and the three ways to publish it.
    m_publishBox = new QGroupBox(tr("Prove that the website is yours: publish the token one of these ways"), this);
    m_publishBox->setObjectName(QStringLiteral("publishBox"));
    m_tokenEdit = readOnlyEdit(QStringLiteral("tokenEdit"), m_publishBox);
    m_metaTagEdit = readOnlyEdit(QStringLiteral("metaTagEdit"), m_publishBox);
    m_metaTagEdit->setToolTip(tr("Put this tag into the <head> of your home page"));
    m_wellKnownEdit = readOnlyEdit(QStringLiteral("wellKnownEdit"), m_publishBox);
    m_wellKnownEdit->setToolTip(tr("Create this file on your website with the token as its only content"));
    m_dnsTxtEdit = readOnlyEdit(QStringLiteral("dnsTxtEdit"), m_publishBox);
    m_dnsTxtEdit->setToolTip(tr("Add this TXT record to your domain's DNS"));
    auto *publishForm = new QFormLayout(m_publishBox);
    const auto addRow = [this, publishForm](const QString &label, QLineEdit *edit, const QString &buttonName,
                                            const QString &what, bool copyToken) {
        auto *button = new QPushButton(tr("Copy"), m_publishBox);
        button->setObjectName(buttonName);
        button->setToolTip(tr("Copy the %1 to the clipboard").arg(what));
        connect(button, &QPushButton::clicked, this,
                [this, edit, what, copyToken] { copy(copyToken ? m_tokenEdit->text() : edit->text(), what); });
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(button);
        publishForm->addRow(label, row);
    };
    addRow(tr("Token:"), m_tokenEdit, QStringLiteral("copyTokenButton"), tr("token"), true);
    addRow(tr("1. Meta tag on the home page:"), m_metaTagEdit, QStringLiteral("copyMetaTagButton"), tr("meta tag"),
           false);
    addRow(tr("2. File with the token as its body:"), m_wellKnownEdit, QStringLiteral("copyWellKnownButton"),
           tr("file's address"), false);
    addRow(tr("3. DNS TXT record:"), m_dnsTxtEdit, QStringLiteral("copyDnsTxtButton"), tr("TXT record"), false);

    // Verification.
    m_verifyButton = new QPushButton(tr("&Verify Now"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(tr("Check the website for the token over the network"));
    connect(m_verifyButton, &QPushButton::clicked, this, &DirectLinksWidget::verify);
    m_busyLabel = plainLabel(QStringLiteral("verifyBusyLabel"), this);
    m_busyLabel->hide();
    m_findingsEdit = new QPlainTextEdit(this);
    m_findingsEdit->setObjectName(QStringLiteral("findingsEdit"));
    m_findingsEdit->setReadOnly(true);
    m_findingsEdit->setPlaceholderText(tr("What \"Verify now\" found appears here."));
    m_findingsEdit->setMaximumHeight(120);
    m_copiedLabel = plainLabel(QStringLiteral("directLinksCopiedLabel"), this);

    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(new QLabel(tr("Website:"), this));
    addRowLayout->addWidget(m_domainEdit, 1);
    addRowLayout->addWidget(m_addButton);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verifyButton);
    verifyRow->addWidget(m_busyLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_partnerHint);
    layout->addLayout(addRowLayout);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_adviceLabel);
    layout->addWidget(m_publishBox);
    layout->addLayout(verifyRow);
    layout->addWidget(m_findingsEdit);
    layout->addWidget(m_copiedLabel);

    setPartner(std::nullopt);
}

DirectLinksWidget::~DirectLinksWidget() = default;

void DirectLinksWidget::setPartner(const std::optional<Affiliate> &partner)
{
    const bool samePartner = partner && m_partner && partner->id == m_partner->id;
    const DomainRecord *selected = selectedDomain();
    const QString keep = samePartner && selected ? selected->domain : QString();
    m_partner = partner;
    m_preview = DomainStore(m_database).isPartnerDesktop();
    m_verifyButton->setToolTip(m_preview ? tr("Check the website for the token from here (a preview) and ask a "
                                              "manager's desktop to verify it")
                                         : tr("Check the website for the token over the network"));
    m_partnerHint->setVisible(!m_partner);
    m_domainEdit->setEnabled(m_partner.has_value());
    m_addButton->setEnabled(m_partner && !m_domainEdit->text().trimmed().isEmpty());
    m_table->setEnabled(m_partner.has_value());
    if (!samePartner) {
        m_domainEdit->clear();
        m_errorLabel->clear();
        m_errorLabel->hide();
        m_findingsEdit->clear();
        m_copiedLabel->clear();
    }
    m_domains->setAffiliateId(m_partner ? m_partner->id : 0);
    if (!keep.isEmpty())
        selectDomain(keep);
    else if (m_domains->rowCount() > 0)
        m_table->selectRow(0);
    showSelectedDomain();
}

const DomainRecord *DirectLinksWidget::selectedDomain() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_domains->domain(m_proxy->mapToSource(rows.first()).row());
}

void DirectLinksWidget::selectDomain(const QString &domain)
{
    const int row = m_domains->rowOf(domain);
    if (row >= 0)
        m_table->selectRow(m_proxy->mapFromSource(m_domains->index(row, 0)).row());
    else if (m_domains->rowCount() > 0)
        m_table->selectRow(0);
}

void DirectLinksWidget::showSelectedDomain()
{
    const DomainRecord *domain = m_partner ? selectedDomain() : nullptr;
    const QString advice = domain ? DomainStatusText::advice(*domain, DomainCheckPolicy::fromSettings()) : QString();
    m_adviceLabel->setText(advice);
    m_adviceLabel->setVisible(!advice.isEmpty());
    // A partner's own token arrives from the central database with the sync after he registered.
    const bool tokenPending = domain && m_preview && !domain->sentToCentral;
    m_publishBox->setEnabled(domain != nullptr && !tokenPending);
    m_tokenEdit->setPlaceholderText(tokenPending ? tr("Sync to receive the token from the central database")
                                                 : QString());
    if (!domain || tokenPending) {
        m_tokenEdit->clear();
        m_metaTagEdit->clear();
        m_wellKnownEdit->clear();
        m_dnsTxtEdit->clear();
    } else {
        const QString host = domain->domain.startsWith(u"*.") ? domain->domain.mid(2) : domain->domain;
        m_tokenEdit->setText(domain->token);
        m_metaTagEdit->setText(
            QStringLiteral("<meta name=\"partnerdesk-verification\" content=\"%1\">").arg(domain->token));
        m_wellKnownEdit->setText(QStringLiteral("https://%1/.well-known/partnerdesk-verification.txt").arg(host));
        m_dnsTxtEdit->setText(QStringLiteral("partnerdesk-verification=%1").arg(domain->token));
        for (QLineEdit *edit : {m_tokenEdit, m_metaTagEdit, m_wellKnownEdit, m_dnsTxtEdit})
            edit->setCursorPosition(0);
    }
    m_verifyButton->setEnabled(domain != nullptr && !tokenPending && !m_verifier);
}

void DirectLinksWidget::addDomain()
{
    const QString domain = m_domainEdit->text().trimmed();
    if (!m_partner || domain.isEmpty())
        return;
    const Result<QString> token = AffiliateStore(m_database).addDomain(m_partner->id, domain);
    if (!token) {
        m_errorLabel->setText(token.error());
        m_errorLabel->show();
        return;
    }
    m_errorLabel->clear();
    m_errorLabel->hide();
    m_domainEdit->clear();
    m_domains->reload();
    // The model holds the domain as stored (lower case, punycode); find it by its token.
    for (int row = 0; row < m_domains->rowCount(); ++row) {
        if (m_domains->domain(row)->token == *token) {
            selectDomain(m_domains->domain(row)->domain);
            break;
        }
    }
    showSelectedDomain();
    m_copiedLabel->setText(
        m_preview ? tr("Registered %1: sync to send it and receive its verification token, then "
                       "publish the token and press Verify Now.")
                        .arg(selectedDomain()->domain)
                  : tr("Registered %1: publish the token, then press Verify Now.").arg(selectedDomain()->domain));
}

void DirectLinksWidget::verify()
{
    const DomainRecord *domain = m_partner ? selectedDomain() : nullptr;
    if (!domain || m_verifier)
        return;
    const qint64 affiliateId = m_partner->id;
    const qint64 domainId = domain->id;
    const QString name = domain->domain;
    const bool preview = m_preview;
    m_verifier = new DomainVerifier(this);
    if (m_verifierSetup)
        m_verifierSetup(*m_verifier);
    connect(m_verifier, &DomainVerifier::finished, this,
            [this, affiliateId, domainId, name, preview](const DomainVerification &result) {
                if (m_verifier)
                    m_verifier->deleteLater();
                m_verifier = nullptr;
                if (preview)
                    previewed(affiliateId, domainId, name, result);
                else
                    verified(affiliateId, name, result);
            });
    m_verifyButton->setEnabled(false);
    m_busyLabel->setText(tr("Checking %1…").arg(name));
    m_busyLabel->show();
    m_findingsEdit->clear();
    m_verifier->start(name, domain->token);
}

void DirectLinksWidget::verified(qint64 affiliateId, const QString &domain, const DomainVerification &result)
{
    m_busyLabel->clear();
    m_busyLabel->hide();
    QStringList findings;
    for (const DomainVerification::Finding &finding : result.findings)
        findings.append(finding.text);
    const Result<DomainCheckOutcome> recorded =
        DomainStore(m_database)
            .recordCheck(affiliateId, domain, DomainVerification::methodName(result.method), findings.join(u'\n'),
                         Timestamp::now(), DomainCheckPolicy::fromSettings());

    QStringList lines;
    if (!recorded)
        lines.append(tr("%1 could not be recorded: %2").arg(domain, recorded.error()));
    else if (*recorded == DomainCheckOutcome::Lapsing || *recorded == DomainCheckOutcome::StillLapsing)
        lines.append(tr("%1 is lapsing: the token was not found.").arg(domain));
    else if (*recorded == DomainCheckOutcome::Lapsed)
        lines.append(tr("%1 lapsed: the token was not found.").arg(domain));
    else if (result.verified)
        lines.append(tr("%1 is verified.").arg(domain));
    else if (*recorded == DomainCheckOutcome::StillVerified)
        lines.append(tr("%1 stays verified by a manager's approval; the check did not find the token.").arg(domain));
    else
        lines.append(tr("%1 is not verified.").arg(domain));
    for (const DomainVerification::Finding &finding : result.findings)
        lines.append(finding.text);
    if (m_partner && m_partner->id == affiliateId) {
        m_findingsEdit->setPlainText(lines.join(u'\n'));
        m_domains->reload();
        selectDomain(domain);
    }
    showSelectedDomain();
    Q_EMIT changed();
}

// A partner's desktop: what the check found is shown as a preview and the request is filed;
// nothing of the verification is written here (DomainStore refuses it on this desktop anyway).
void DirectLinksWidget::previewed(qint64 affiliateId, qint64 domainId, const QString &domain,
                                  const DomainVerification &result)
{
    m_busyLabel->clear();
    m_busyLabel->hide();
    QStringList lines;
    if (result.verified)
        lines.append(tr("Preview: the token was found on your site. A manager's desktop confirms it; you will see the "
                        "result after the next sync."));
    else
        lines.append(tr("Preview: the token was not found on your site. A manager's desktop checks it too; you will "
                        "see the result after the next sync."));
    if (const Status requested = DomainStore(m_database).requestCheck(domainId, Timestamp::now()); !requested)
        lines.append(tr("The check of %1 could not be requested: %2").arg(domain, requested.error()));
    for (const DomainVerification::Finding &finding : result.findings)
        lines.append(finding.text);
    if (m_partner && m_partner->id == affiliateId) {
        m_findingsEdit->setPlainText(lines.join(u'\n'));
        m_domains->reload();
        selectDomain(domain);
    }
    showSelectedDomain();
    Q_EMIT changed();
}

void DirectLinksWidget::copy(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_copiedLabel->setText(tr("Copied the %1 to the clipboard.").arg(what));
}

} // namespace PartnerDesk
