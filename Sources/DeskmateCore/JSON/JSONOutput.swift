import Foundation

/// Encodes JSON that is safe to print to a terminal: JSONEncoder escapes C0
/// controls, and this also escapes C1 controls and bidi/format characters
/// that a terminal could act on.
public enum JSONOutput {
    public static func string(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(InstantFormat.iso8601(date))
        }
        let data = try encoder.encode(value)
        return safeForTerminal(String(decoding: data, as: UTF8.self))
    }

    /// `lookup --json`'s results: the same text as `string(_:)`, written by
    /// `JSONText` when it can write every value exactly as JSONEncoder does.
    ///
    /// Why: JSONEncoder's first use in a process asks the Swift runtime about
    /// each encoded type's conformances, a scan of the binary's tables each
    /// time, which was about a tenth of a script's whole `lookup`.
    public static func string(matches: [JSONShapes.MatchJSON]) throws -> String {
        try handWritten(matches: matches) ?? string(matches)
    }

    /// The hand-written text, or nil when a value is one `JSONText` leaves
    /// to JSONEncoder (a fractional or huge number of seconds).
    public static func handWritten(matches: [JSONShapes.MatchJSON]) -> String? {
        JSONText.array(matches.map(\.jsonText)).map { safeForTerminal($0.pretty()) }
    }

    /// JSON text with C1 controls and bidi/format characters escaped too.
    static func safeForTerminal(_ json: String) -> String {
        // Everything escaped here is U+007F or above: plain ASCII is safe as it is.
        if json.utf8.allSatisfy({ $0 < 0x7F }) { return json }
        var out = ""
        out.unicodeScalars.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            let v = scalar.value
            if (0x7F...0x9F).contains(v) || v == 0x061C || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0xFEFF || v == 0x2028 || v == 0x2029 {
                out += String(format: "\\u%04x", v)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
