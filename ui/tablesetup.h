#pragma once

class QTableView;

namespace PartnerDesk {

// The look every PartnerDesk table shares: whole-row selection, no in-place editing, no vertical
// header, and rows of one fixed height, so the view never measures rows (which keeps tables of a
// million rows fast: a ResizeToContents vertical header costs ~60 µs a row).
void setUpTable(QTableView *table);

} // namespace PartnerDesk
