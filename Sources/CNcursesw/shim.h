// Shim for ncursesw: wide-character API on, and the macros Swift cannot import
// wrapped as static inline functions or constants.
#ifndef ACCORD_CNCURSESW_SHIM_H
#define ACCORD_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Global variables (rejected by strict concurrency as mutable globals).
static inline WINDOW *accord_stdscr(void) { return stdscr; }
static inline int accord_lines(void) { return LINES; }
static inline int accord_cols(void) { return COLS; }
static inline int accord_colors(void) { return COLORS; }
static inline int accord_color_pairs(void) { return COLOR_PAIRS; }

// Attributes (the macros contain casts Swift cannot import).
static inline attr_t accord_a_normal(void) { return A_NORMAL; }
static inline attr_t accord_a_bold(void) { return A_BOLD; }
static inline attr_t accord_a_dim(void) { return A_DIM; }
static inline attr_t accord_a_reverse(void) { return A_REVERSE; }
static inline attr_t accord_a_underline(void) { return A_UNDERLINE; }
static inline attr_t accord_a_italic(void) { return A_ITALIC; }
static inline attr_t accord_color_pair(short pair) { return (attr_t)COLOR_PAIR(pair); }

// Keys and mouse.
static inline int accord_key_f(int n) { return KEY_F(n); }
static inline mmask_t accord_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t accord_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t accord_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t accord_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t accord_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t accord_button5_pressed(void) { return BUTTON5_PRESSED; }

// Terminal capabilities: 1 when the terminal can address the cursor.
static inline int accord_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// Bracketed paste (xterm's ctlseqs: CSI ? 2004 h / l), which ncurses does not manage:
// written straight to the terminal, and undone on a crash as on every other way out.
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static inline void accord_write_all(int fd, const char *text, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, text, length);
        if (written <= 0) return;
        text += written;
        length -= (size_t)written;
    }
}

static inline void accord_bracketed_paste(int on) {
    accord_write_all(1, on ? "\033[?2004h" : "\033[?2004l", 8);
}

// The modes a shell expects back (as `stty sane` sets them, on what the terminal has now):
// nothing is kept aside, since Swift does not import a header's static storage.
static inline void accord_sane_terminal(void) {
    struct termios modes;
    if (tcgetattr(0, &modes) != 0) return;
    modes.c_iflag |= ICRNL | IXON | BRKINT;
    modes.c_oflag |= OPOST | ONLCR;
    modes.c_lflag |= ICANON | ECHO | ECHOE | ECHOK | ISIG | IEXTEN;
    tcsetattr(0, TCSANOW, &modes);
}

// On a fatal signal (a Swift trap is SIGILL or SIGTRAP): paste mode off, the cursor shown,
// the alternate screen left, the terminal's modes as they were — then die of the signal.
static void accord_fatal_signal(int signal) {
    const char *reset = "\033[?2004l\033[?25h\033[?1049l\033[0m\r\n";
    accord_write_all(1, reset, strlen(reset));
    accord_sane_terminal();
    raise(signal);
}

static inline void accord_install_crash_guard(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = accord_fatal_signal;
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    int signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) sigaction(signals[i], &action, NULL);
}

// Suspends the process (Ctrl-Z): the caller has left curses; returns once continued.
static inline void accord_suspend(void) {
    accord_sane_terminal();
    kill(0, SIGTSTP);
}

// wcwidth is not visible through Glibc from Swift.
static inline int accord_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
