import Foundation

/// Where output goes: standard output for results, standard error for
/// messages, both made safe for a terminal.
enum Console {
    static func print(_ text: String) {
        Swift.print(text.safeForTerminal)
    }

    /// Output in a file format (CSV, JSON, Markdown): written as it is when
    /// going to a file or pipe, made safe when standard output is a terminal.
    static func write(document text: String) {
        let safe = isatty(STDOUT_FILENO) == 1 ? text.safeForTerminal : text
        FileHandle.standardOutput.write(Data(safe.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("deskmate: " + text.safeForTerminal + "\n").utf8))
    }
}
