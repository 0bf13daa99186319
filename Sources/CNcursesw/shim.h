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

// wcwidth is not visible through Glibc from Swift.
static inline int accord_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
