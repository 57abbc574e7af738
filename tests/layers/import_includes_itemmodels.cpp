// Must not compile: import sits below the item models.
#include "itemmodels/transactiontablemodel.h"
