// libsodium, the system library (Debian: libsodium-dev): Ed25519 signatures on journal records
// and BLAKE2b for key fingerprints.
#include <sodium.h>
