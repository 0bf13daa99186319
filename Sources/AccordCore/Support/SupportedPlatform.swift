// Accord is built for Linux only: its file system, locking and terminal code call Glibc and
// ncursesw directly. Say so at once rather than fail somewhere inside.
#if !os(Linux)
#error("Accord builds on Linux only (see README, Requirements).")
#endif
