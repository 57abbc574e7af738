#pragma once

class QLabel;
class QTableView;
class QWidget;

namespace PartnerDesk {

// The look every PartnerDesk table shares: whole-row selection, no in-place editing, no vertical
// header, and rows of one fixed height, so the view never measures rows (which keeps tables of a
// million rows fast: a ResizeToContents vertical header costs ~60 µs a row).
void setUpTable(QTableView *table);

// Each column at least as wide as its title (and `minimum`), without measuring a single row.
void fitHeaderTitles(QTableView *table, int minimum = 70);

// A label above a view, as one widget for a splitter.
QWidget *labelled(QLabel *label, QWidget *content, QWidget *parent);

} // namespace PartnerDesk
