#pragma once

#include <Qt>

namespace PartnerDesk {

// Roles every PartnerDesk item model answers beyond Qt's own.
namespace ModelRoles {
enum Role
{
    IdRole = Qt::UserRole + 1, // the row's database id (qint64)
    SortRole,                  // the cell's raw value, for sorting: numbers as numbers, not "20 %"
    ActiveRole,                // false for an inactive row; the view greys it (models/ has no Qt Gui)
    AttentionRole,             // a cell that needs attention: 1 warning, 2 error (a warning colour and icon)
};
} // namespace ModelRoles

} // namespace PartnerDesk
