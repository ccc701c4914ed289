// The C side of the ncurses backend.
//
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched
// on here, before any header. Swift 6 cannot use C globals (stdscr, stdout)
// or function-like macros (A_BOLD, COLOR_PAIR), so they are wrapped in
// static inline functions. Signal handlers live here too: a C handler that
// only stores into a volatile sig_atomic_t is async-signal-safe by definition.
#ifndef DESKMATE_CNCURSESW_SHIM_H
#define DESKMATE_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <ncurses.h>

static inline WINDOW *deskmate_stdscr(void) { return stdscr; }
static inline FILE *deskmate_stdout(void) { return stdout; }
static inline FILE *deskmate_stdin(void) { return stdin; }
static inline int deskmate_colors(void) { return COLORS; }
static inline int deskmate_color_pairs(void) { return COLOR_PAIRS; }
static inline int deskmate_ccharw_max(void) { return CCHARW_MAX; }

static inline attr_t deskmate_a_normal(void) { return WA_NORMAL; }
static inline attr_t deskmate_a_bold(void) { return WA_BOLD; }
static inline attr_t deskmate_a_dim(void) { return WA_DIM; }
static inline attr_t deskmate_a_reverse(void) { return WA_REVERSE; }
static inline attr_t deskmate_a_underline(void) { return WA_UNDERLINE; }
static inline attr_t deskmate_a_italic(void) { return WA_ITALIC; }

static inline int deskmate_key_f0(void) { return KEY_F0; }
static inline WINDOW *deskmate_curscr(void) { return curscr; }

// What the C library (and so ncurses) thinks a character's width is. Used
// only to detect disagreement with our own widths, never for layout.
int wcwidth(wchar_t);
static inline int deskmate_c_wcwidth(wchar_t c) { return wcwidth(c); }

// Signals: the handler records the latest signal; the app loop polls it.
static volatile sig_atomic_t deskmate_pending_signal_value = 0;

static void deskmate_record_signal(int signal_number) {
    deskmate_pending_signal_value = signal_number;
}

// Installs the recording handler without SA_RESTART, so a blocking read
// returns early and the loop sees the signal promptly.
static inline int deskmate_set_signal_handler(int signal_number, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal_number, &action, NULL);
}

static inline int deskmate_catch_signal(int signal_number) {
    return deskmate_set_signal_handler(signal_number, deskmate_record_signal);
}

static inline int deskmate_ignore_signal(int signal_number) {
    return deskmate_set_signal_handler(signal_number, SIG_IGN);
}

static inline int deskmate_default_signal(int signal_number) {
    return deskmate_set_signal_handler(signal_number, SIG_DFL);
}

// A parent (tmux's server, for one) may start us with signals blocked; then a
// resize, ^Z or SIGTERM would never wake the key wait. Unblock the ones the
// desk relies on.
static inline int deskmate_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    int wanted[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGPIPE };
    for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) sigaddset(&set, wanted[i]);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// The pending signal number (0 if none), cleared by reading it.
static inline int deskmate_take_pending_signal(void) {
    int value = deskmate_pending_signal_value;
    deskmate_pending_signal_value = 0;
    return value;
}

static inline int deskmate_peek_pending_signal(void) {
    return deskmate_pending_signal_value;
}

#endif
