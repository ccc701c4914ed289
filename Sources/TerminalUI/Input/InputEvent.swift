/// A key press, as the app's `update` sees it.
///
/// Why an enum of our own: the app must not know ncurses key codes, and tests
/// drive screens by feeding these values directly.
public enum Key: Hashable, Sendable {
    /// A printable character (never a control character).
    case character(Character)
    case enter, escape, backspace, delete, tab, backTab
    case up, down, left, right
    case home, end, pageUp, pageDown
    /// Ctrl plus a letter, as a lowercase letter: Ctrl-L is `.control("l")`.
    /// Ctrl-I and Ctrl-M arrive as `.tab` and `.enter`.
    case control(Character)
    /// F1 is `.function(1)`.
    case function(Int)
}

/// Something that happened at the terminal.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal now has this many columns and rows; redraw at that size.
    case resize(width: Int, height: Int)
}
