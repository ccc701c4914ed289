/// Turns untrusted text (patron names, notes, anything from the database or a
/// file) into text that is safe to draw on a terminal.
///
/// Why: a terminal obeys bytes. An ESC in a patron's name can clear the
/// screen, set the clipboard (OSC 52) or retitle the window; a CR or backspace
/// can make one field overwrite another; a bidi override can reorder what is
/// shown. Every such character becomes a visible marker instead, and every
/// grapheme of the result occupies one or two columns, so a field can never
/// move the cursor or hide text.
///
/// - C0 controls, DEL → Unicode Control Pictures (`␛`, `␇`, `␍`, `␊`, `␀`, `␡`…);
///   tab → one space.
/// - C1 controls (U+0080…U+009F), bidi overrides, embeddings, isolates and
///   marks, line/paragraph separators, and other invisible format characters
///   standing alone → `�` (U+FFFD).
/// - A combining mark with nothing to combine with → drawn on `◌` (U+25CC).
public enum TextSanitizer {
    /// Marker for characters that are neither printable nor a C0 control.
    public static let replacement: Character = "\u{FFFD}"

    /// The safe rendering of a whole single-line string.
    public static func sanitize(_ text: String) -> String {
        if isPlainASCII(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text { appendSafe(character, to: &result) }
        return result
    }

    /// Multi-line text split into safe lines on LF, CRLF, CR and U+2028/U+2029.
    public static func sanitizeLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            if character.isNewline {
                lines.append(current)
                current = ""
            } else {
                appendSafe(character, to: &current)
            }
        }
        lines.append(current)
        return lines
    }

    /// Appends the safe rendering of one grapheme cluster (one or a few characters).
    public static func appendSafe(_ character: Character, to output: inout String) {
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F {
            output.append(character)
            return
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return }
        if first.value < 0x20 || first.value == 0x7F {
            // Controls form clusters of their own (CR LF is the only pair).
            for scalar in scalars { output.unicodeScalars.append(controlPicture(scalar)) }
            return
        }
        for scalar in scalars where isDangerous(scalar) {
            output.append(replacement)
            return
        }
        if DisplayWidth.of(character) == 0 {
            switch first.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                output.append("\u{25CC}")
                output.append(character)
            default:
                output.append(replacement)
            }
            return
        }
        output.append(character)
    }

    /// Whether the text needs no work at all (printable ASCII only).
    @inlinable
    static func isPlainASCII(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F { return false }
        return true
    }

    static func controlPicture(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: return " "
        case 0x00..<0x20: return Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    /// Scalars that must never reach a terminal, even inside a cluster.
    static func isDangerous(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: return true       // C0, DEL, C1
        case 0x061C, 0x200E, 0x200F: return true         // bidi marks
        case 0x202A...0x202E, 0x2066...0x2069: return true  // bidi embeddings, overrides, isolates
        case 0x2028, 0x2029: return true                 // line and paragraph separators
        case 0xFFF9...0xFFFB: return true                // interlinear annotation
        default: return false
        }
    }
}

extension String {
    /// This string made safe to draw on a terminal: controls, escape sequences
    /// and bidi overrides become visible markers. See `TextSanitizer`.
    public var terminalSafe: String { TextSanitizer.sanitize(self) }

    /// This string split into lines, each safe to draw. See `TextSanitizer`.
    public var terminalSafeLines: [String] { TextSanitizer.sanitizeLines(self) }
}

extension String {
    /// Walks the text as it may be shown: each character after sanitizing,
    /// with its display width, until `body` returns false. Lazy, so a
    /// 100 KB note costs no more than what fits.
    func forEachShownCharacter(_ body: (_ character: Character, _ width: Int) -> Bool) {
        var safe = ""
        for original in self {
            safe.removeAll(keepingCapacity: true)
            TextSanitizer.appendSafe(original, to: &safe)
            for character in safe where !body(character, DisplayWidth.of(character)) { return }
        }
    }
}
