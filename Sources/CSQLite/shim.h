// SQLite 3, the system library (Debian: libsqlite3-dev), for the snapshot read in place.
#include <sqlite3.h>

// sqlite3_db_config is variadic, which Swift cannot call: the one setting Accord needs.
// Closing a connection then leaves the write-ahead log to the next checkpoint instead of
// copying it into the database (and syncing both) every time.
static inline int accord_sqlite_keep_wal_on_close(sqlite3 *db) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}
