#include "transactionfilterbar.h"

#include "itemmodels/transactiontablemodel.h"
#include "store/affiliatestore.h"
#include "store/programstore.h"
#include "themeicon.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace PartnerDesk {

namespace {

// A date edit at its minimum shows "any": no bound on that side.
const QDate anyDate(2000, 1, 1);
constexpr int delayMs = 250;

const char *const kinds[] = {"manual", "coupon", "link", "rewrite", "direct", "reversal"};
const char *const statuses[] = {"pending", "approved", "cancelled", "paid"};

QDateEdit *createDateEdit(const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setToolTip(toolTip);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(TransactionFilterBar::tr("any"));
    edit->setDate(anyDate);
    return edit;
}

} // namespace

TransactionFilterBar::TransactionFilterBar(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("transactionsFilterBar"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &TransactionFilterBar::changed);

    m_partnerEdit = new QLineEdit(this);
    m_partnerEdit->setObjectName(QStringLiteral("partnerFilter"));
    m_partnerEdit->setPlaceholderText(tr("Partner code"));
    m_partnerEdit->setClearButtonEnabled(true);
    m_partnerEdit->setMinimumWidth(m_partnerEdit->fontMetrics().averageCharWidth() * 12);
    m_partnerEdit->setToolTip(tr("Only this partner's transactions: the exact partner code (or id)"));
    m_programCombo = new QComboBox(this);
    m_programCombo->setObjectName(QStringLiteral("programFilter"));
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindFilter"));
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (const char *kind : kinds)
        m_kindCombo->addItem(TransactionTableModel::kindName(QString::fromLatin1(kind)), QString::fromLatin1(kind));
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusFilter"));
    m_statusCombo->addItem(tr("All statuses"), QString());
    for (const char *status : statuses) {
        m_statusCombo->addItem(TransactionTableModel::statusName(QString::fromLatin1(status)),
                               QString::fromLatin1(status));
    }
    m_currencyCombo = new QComboBox(this);
    m_currencyCombo->setObjectName(QStringLiteral("currencyFilter"));
    m_fromEdit = createDateEdit(QStringLiteral("fromDateFilter"), tr("Placed on or after this day (UTC)"), this);
    m_toEdit = createDateEdit(QStringLiteral("toDateFilter"), tr("Placed on or before this day (UTC)"), this);
    m_orderEdit = new QLineEdit(this);
    m_orderEdit->setObjectName(QStringLiteral("orderFilter"));
    m_orderEdit->setPlaceholderText(tr("Order ID starts with…"));
    m_orderEdit->setClearButtonEnabled(true);
    m_orderEdit->setMinimumWidth(m_orderEdit->fontMetrics().averageCharWidth() * 16);
    m_clearButton = new QPushButton(themeIcon(QStringLiteral("edit-clear")), tr("Clear"), this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    // The bar must not make the window wider than a laptop's screen: the lists may shrink.
    for (QComboBox *combo : {m_programCombo, m_kindCombo, m_statusCombo, m_currencyCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    fillChoices();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_partnerEdit, 1);
    layout->addWidget(m_programCombo, 1);
    layout->addWidget(m_kindCombo, 1);
    layout->addWidget(m_statusCombo, 1);
    layout->addWidget(m_currencyCombo, 1);
    layout->addWidget(new QLabel(tr("From"), this));
    layout->addWidget(m_fromEdit);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_toEdit);
    layout->addWidget(m_orderEdit, 2);
    layout->addWidget(m_clearButton);

    const auto later = [this] {
        m_timer->start();
    };
    const auto now = [this] {
        m_timer->stop();
        Q_EMIT changed();
    };
    connect(m_partnerEdit, &QLineEdit::textChanged, this, later);
    connect(m_orderEdit, &QLineEdit::textChanged, this, later);
    for (QComboBox *combo : {m_programCombo, m_kindCombo, m_statusCombo, m_currencyCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, later);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        connect(edit, &QDateEdit::dateChanged, this, later);
    for (QLineEdit *edit : {m_partnerEdit, m_orderEdit})
        connect(edit, &QLineEdit::returnPressed, this, now);
    connect(m_clearButton, &QPushButton::clicked, this, [this, now] {
        reset();
        now();
    });
}

void TransactionFilterBar::fillChoices()
{
    const qint64 program = m_programCombo->currentData().toLongLong();
    const QString currency = m_currencyCombo->currentData().toString();
    const QSignalBlocker programBlocker(m_programCombo);
    const QSignalBlocker currencyBlocker(m_currencyCombo);
    m_programCombo->clear();
    m_currencyCombo->clear();
    m_programCombo->addItem(tr("All programs"), qint64(0));
    m_currencyCombo->addItem(tr("All currencies"), QString());
    QStringList currencies;
    for (const Program &each : ProgramStore(m_database).list()) {
        m_programCombo->addItem(each.name, each.id);
        if (!currencies.contains(each.currency))
            currencies.append(each.currency);
    }
    currencies.sort();
    for (const QString &each : std::as_const(currencies))
        m_currencyCombo->addItem(each, each);
    m_programCombo->setCurrentIndex(qMax(0, m_programCombo->findData(program)));
    m_currencyCombo->setCurrentIndex(qMax(0, m_currencyCombo->findData(currency)));
}

TransactionFilter TransactionFilterBar::filter() const
{
    TransactionFilter filter;
    const QString partner = partnerText();
    if (!partner.isEmpty()) {
        const AffiliateStore affiliates(m_database);
        std::optional<Affiliate> found = affiliates.byCode(partner);
        bool numeric = false;
        const qint64 id = partner.toLongLong(&numeric);
        if (!found && numeric)
            found = affiliates.byId(id);
        filter.affiliateId = found ? found->id : -1; // -1: nobody, so nothing matches
    }
    if (m_lockedPartnerId != 0)
        filter.affiliateId = m_lockedPartnerId;
    filter.programId = m_programCombo->currentData().toLongLong();
    filter.kind = m_kindCombo->currentData().toString();
    filter.status = m_statusCombo->currentData().toString();
    filter.currency = m_currencyCombo->currentData().toString();
    if (m_fromEdit->date() != anyDate)
        filter.from = m_fromEdit->date();
    if (m_toEdit->date() != anyDate)
        filter.to = m_toEdit->date();
    filter.orderIdPrefix = m_orderEdit->text().trimmed();
    return filter;
}

QString TransactionFilterBar::partnerText() const
{
    return m_partnerEdit->text().trimmed();
}

void TransactionFilterBar::reset(const QString &partnerCode, const QString &orderIdPrefix)
{
    m_timer->stop();
    const QSignalBlocker partner(m_partnerEdit), order(m_orderEdit), program(m_programCombo), kind(m_kindCombo),
        status(m_statusCombo), currency(m_currencyCombo), from(m_fromEdit), to(m_toEdit);
    m_partnerEdit->setText(m_lockedPartnerId != 0 ? QString() : partnerCode);
    m_orderEdit->setText(orderIdPrefix);
    for (QComboBox *combo : {m_programCombo, m_kindCombo, m_statusCombo, m_currencyCombo})
        combo->setCurrentIndex(0);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit})
        edit->setDate(anyDate);
}

void TransactionFilterBar::lockToPartner(qint64 affiliateId)
{
    m_lockedPartnerId = affiliateId;
    m_partnerEdit->clear();
    m_partnerEdit->hide();
}

void TransactionFilterBar::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("partner"), m_partnerEdit->text());
    settings.setValue(QStringLiteral("order"), m_orderEdit->text());
    settings.setValue(QStringLiteral("program"), m_programCombo->currentData());
    settings.setValue(QStringLiteral("kind"), m_kindCombo->currentData());
    settings.setValue(QStringLiteral("status"), m_statusCombo->currentData());
    settings.setValue(QStringLiteral("currency"), m_currencyCombo->currentData());
    settings.setValue(QStringLiteral("from"), m_fromEdit->date());
    settings.setValue(QStringLiteral("to"), m_toEdit->date());
}

void TransactionFilterBar::restoreSettings(const QSettings &settings)
{
    reset(settings.value(QStringLiteral("partner")).toString(), settings.value(QStringLiteral("order")).toString());
    const QSignalBlocker program(m_programCombo), kind(m_kindCombo), status(m_statusCombo), currency(m_currencyCombo),
        from(m_fromEdit), to(m_toEdit);
    const auto choose = [&settings](QComboBox *combo, const QString &key) {
        combo->setCurrentIndex(qMax(0, combo->findData(settings.value(key))));
    };
    choose(m_programCombo, QStringLiteral("program"));
    choose(m_kindCombo, QStringLiteral("kind"));
    choose(m_statusCombo, QStringLiteral("status"));
    choose(m_currencyCombo, QStringLiteral("currency"));
    m_fromEdit->setDate(settings.value(QStringLiteral("from"), anyDate).toDate());
    m_toEdit->setDate(settings.value(QStringLiteral("to"), anyDate).toDate());
}

} // namespace PartnerDesk
