extension String {
    /// Every line made safe for a terminal: no byte that came from patron data
    /// can act as a control sequence; line breaks we print ourselves stay.
    var terminalSafeLines: String {
        split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).tempSafe }
            .joined(separator: "\n")
    }

    // TEMPORARY until TerminalUI's sanitizer lands.
    var tempSafe: String {
        var out = ""
        for s in unicodeScalars {
            let v = s.value
            if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
                out += "\u{FFFD}"
            } else { out.unicodeScalars.append(s) }
        }
        return out
    }
}
