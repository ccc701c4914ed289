import TerminalUI

extension String {
    /// The text made safe for a terminal, line by line: no byte that came
    /// from patron data can act as a control sequence, while the line breaks
    /// we print ourselves stay.
    var safeForTerminal: String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { TextSanitizer.sanitize(String($0)) }
            .joined(separator: "\n")
    }
}
