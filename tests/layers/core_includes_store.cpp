// Must not compile: core is the bottom layer and cannot see the store's headers.
#include "store/database.h"
