/// Characters a name, a one-line note or a desk's name never legitimately
/// holds: C0 controls, DEL, C1 controls, and the bidirectional embedding,
/// override and isolate controls.
///
/// Why refuse rather than store them: the screens show markers in their
/// place, but stored bytes travel on unchanged into CSV and JSON exports,
/// handover notes and backups, and from there into spreadsheets, mail and
/// tools that do not mark them (an OSC 52 sequence in a name can write to a
/// clipboard; U+202E can make a note read backwards).
public enum ControlCharacters {
    /// The first refused character: where it is (counting characters from 1,
    /// as a person counts what they see) and what kind it is.
    public struct Found: Equatable, Sendable, CustomStringConvertible {
        public let position: Int
        public let scalar: Unicode.Scalar

        /// "a control character (ESC, U+001B) at character 5" — never the
        /// character itself, which could act on the terminal that shows it.
        public var description: String { "\(ControlCharacters.kind(of: scalar)) at character \(position)" }
    }

    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    public static func first(in text: String) -> Found? {
        // Fast path: nearly every name is free of them.
        guard text.unicodeScalars.contains(where: isRefused) else { return nil }
        for (index, character) in text.enumerated() {
            if let scalar = character.unicodeScalars.first(where: isRefused) {
                return Found(position: index + 1, scalar: scalar)
            }
        }
        return nil
    }

    /// What kind of character it is, with its code point, in words.
    static func kind(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069: return "a bidirectional control (\(code))"
        case 0x7F: return "a control character (DEL, \(code))"
        case 0x80...0x9F: return "a C1 control character (\(code))"
        default:
            let names: [UInt32: String] = [
                0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF", 0x0D: "CR", 0x1B: "ESC",
            ]
            let name = names[scalar.value].map { "\($0), " } ?? ""
            return "a control character (\(name)\(code))"
        }
    }
}
