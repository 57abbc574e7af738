// Must not compile: the store sits below sync.
#include "sync/outbox.h"
