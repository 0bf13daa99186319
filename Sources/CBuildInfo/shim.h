// What the build knows that the sources cannot: the commit it was made from. scripts/install
// passes it (swift build -Xcc -DACCORD_COMMIT='"…"'); a plain `swift build` leaves it empty.
#ifndef ACCORD_BUILD_INFO_H
#define ACCORD_BUILD_INFO_H

#ifndef ACCORD_COMMIT
#define ACCORD_COMMIT ""
#endif

static inline const char *accord_build_commit(void) { return ACCORD_COMMIT; }

#endif
