/// Why the terminal could not be opened, in words a person can act on.
///
/// Why: the desk app is started by staff, often from a launcher or over ssh;
/// "Error opening terminal" alone does not tell them what to change.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, redirected, cron…).
    case notATerminal(stream: String)
    /// TERM is unset or empty.
    case noTerminalType
    /// TERM is `dumb`: no cursor movement, so no full-screen interface.
    case dumbTerminal
    /// ncurses has no terminfo entry for TERM.
    case unknownTerminalType(String)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; the interactive screen needs one (run it in a terminal window, not through a pipe or redirect)."
        case .noTerminalType:
            return "TERM is not set, so the terminal type is unknown; try TERM=xterm-256color."
        case .dumbTerminal:
            return "TERM=dumb cannot show a full-screen interface; try TERM=xterm-256color."
        case .unknownTerminalType(let name):
            return "TERM=\(name) is not a terminal type this machine knows; try TERM=xterm-256color."
        }
    }
}
