// SQLite 3, the system library (Debian: libsqlite3-dev), for the snapshot read in place.
#include <sqlite3.h>
