#pragma once

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace PartnerDesk::TableSetup {

// Rows of one fixed height: the view never measures them, which keeps long tables fast.
inline void fixedRows(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
}

// Each column at least as wide as its title (and `minimum`), without measuring a single row.
inline void fitHeaderTitles(QTableView *table, int minimum = 70)
{
    QHeaderView *header = table->horizontalHeader();
    const QAbstractItemModel *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, qMax(minimum, header->fontMetrics().horizontalAdvance(title) + 28));
    }
}

// A label above a view, as one widget for a splitter.
inline QWidget *labelled(QLabel *label, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

} // namespace PartnerDesk::TableSetup
