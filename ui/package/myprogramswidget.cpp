#include "myprogramswidget.h"

#include "core/money.h"
#include "core/rate.h"
#include "itemmodels/modelroles.h"
#include "store/programstore.h"
#include "tablesetup.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

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

QStandardItem *cell(const QString &text, const QVariant &sortValue)
{
    auto *item = new QStandardItem(text);
    item->setData(sortValue, ModelRoles::SortRole);
    item->setEditable(false);
    return item;
}

} // namespace

MyProgramsWidget::MyProgramsWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("MyProgramsWidget"));

    m_partnerHint = plainLabel(QStringLiteral("myProgramsPartnerHint"), this);
    m_partnerHint->setText(tr("Choose a partner to see the programs and join one for him."));
    m_noMembership = plainLabel(QStringLiteral("myProgramsNoMembership"), this);
    m_noMembership->setText(tr("You have no affiliate coupon code. Please join to a program to get coupon code"));
    m_noMembership->setStyleSheet(QStringLiteral("font-weight: bold;"));

    m_model = new QStandardItemModel(0, Count, this);
    m_model->setHorizontalHeaderLabels({tr("Program"), tr("Link Rate"), tr("Coupon Rate"), tr("Customer Discount"),
                                        tr("Payout Threshold"), tr("Membership")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("myProgramsTable"));
    setUpTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Membership, QHeaderView::Stretch);
    fitHeaderTitles(m_table, 110);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MyProgramsWidget::updateActions);

    m_joinButton = new QPushButton(tr("&Join…"), this);
    m_joinButton->setObjectName(QStringLiteral("joinProgramButton"));
    m_joinButton->setToolTip(tr("Join the selected program (asks for confirmation)"));
    connect(m_joinButton, &QPushButton::clicked, this, &MyProgramsWidget::joinSelected);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_joinButton->isEnabled())
            joinSelected();
    });

    m_status = plainLabel(QStringLiteral("myProgramsStatus"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_joinButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_partnerHint);
    layout->addWidget(m_noMembership);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setPartner(std::nullopt);
}

MyProgramsWidget::~MyProgramsWidget() = default;

void MyProgramsWidget::setPartner(const std::optional<Affiliate> &partner)
{
    if (!(partner && m_partner && partner->id == m_partner->id))
        m_status->clear();
    m_partner = partner;
    reload();
}

void MyProgramsWidget::reload()
{
    const std::optional<Program> selected = selectedProgram();
    ProgramStore store(m_database);
    m_programs.clear();
    if (m_partner) {
        const QList<Program> all = store.list();
        std::copy_if(all.cbegin(), all.cend(), std::back_inserter(m_programs),
                     [](const Program &program) { return program.active; });
        m_memberships = store.membershipsOf(m_partner->id);
    } else {
        m_memberships.clear();
    }

    m_model->removeRows(0, m_model->rowCount());
    int selectRow = -1;
    for (const Program &program : std::as_const(m_programs)) {
        QString membership;
        for (const PartnerDesk::Membership &m : std::as_const(m_memberships)) {
            if (m.programId == program.id && m.active)
                membership = m.primary ? tr("Member since %1 (primary)").arg(m.joinedAt.left(10))
                                       : tr("Member since %1").arg(m.joinedAt.left(10));
        }
        QList<QStandardItem *> row{
            cell(program.name, program.name),
            cell(tr("%1 %").arg(program.linkRate.toPercentString()), program.linkRate.basisPoints()),
            cell(tr("%1 %").arg(program.couponRate.toPercentString()), program.couponRate.basisPoints()),
            cell(tr("%1 %").arg(program.couponDiscount.toPercentString()), program.couponDiscount.basisPoints()),
            cell(Money(program.thresholdMinor, program.currency).toDisplayString(), program.thresholdMinor),
            cell(membership.isEmpty() ? tr("Not a member") : membership, membership),
        };
        row.first()->setData(program.id, ModelRoles::IdRole);
        if (selected && selected->id == program.id)
            selectRow = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (selectRow >= 0)
        m_table->selectRow(selectRow);

    const bool member = std::any_of(m_memberships.cbegin(), m_memberships.cend(),
                                    [](const PartnerDesk::Membership &m) { return m.active; });
    m_partnerHint->setVisible(!m_partner);
    m_noMembership->setVisible(m_partner && !member);
    m_table->setEnabled(m_partner.has_value());
    updateActions();
}

std::optional<Program> MyProgramsWidget::selectedProgram() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const qint64 id = m_model->index(rows.first().row(), Name).data(ModelRoles::IdRole).toLongLong();
    for (const Program &program : m_programs) {
        if (program.id == id)
            return program;
    }
    return std::nullopt;
}

bool MyProgramsWidget::isMember(qint64 programId) const
{
    return std::any_of(m_memberships.cbegin(), m_memberships.cend(),
                       [programId](const PartnerDesk::Membership &m) { return m.active && m.programId == programId; });
}

void MyProgramsWidget::updateActions()
{
    const std::optional<Program> program = selectedProgram();
    m_joinButton->setEnabled(m_partner && program && program->active && !isMember(program->id));
}

void MyProgramsWidget::joinSelected()
{
    const std::optional<Program> program = selectedProgram();
    if (!m_partner || !program || isMember(program->id))
        return;
    const Affiliate partner = *m_partner;

    QMessageBox confirm(QMessageBox::Question, tr("Join Program"),
                        tr("Join %1 as %2 (%3)?\n\nLink rate %4 %, coupon rate %5 %, customer discount %6 %, "
                           "payout threshold %7.")
                            .arg(program->name, partner.name, partner.code, program->linkRate.toPercentString(),
                                 program->couponRate.toPercentString(), program->couponDiscount.toPercentString(),
                                 Money(program->thresholdMinor, program->currency).toDisplayString()),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("joinConfirmation"));
    confirm.setDefaultButton(QMessageBox::No);
    if (confirm.exec() != QMessageBox::Yes)
        return;

    const Status joined = ProgramStore(m_database).join(partner.id, program->id);
    if (!joined) {
        QMessageBox::warning(this, tr("Join Program"), tr("Could not join %1: %2").arg(program->name, joined.error()));
        return;
    }
    m_status->setText(tr("%1 joined %2.").arg(partner.name, program->name));
    reload();
    Q_EMIT changed();
}

} // namespace PartnerDesk
