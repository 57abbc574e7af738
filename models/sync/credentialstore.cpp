#include "credentialstore.h"

// CredentialStore has no code of its own; this file gives its moc output a home.
