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
        return String(decoding: escapingControls(data), as: UTF8.self)
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
        return String(decoding: escapingControls(Data(json.utf8)), as: UTF8.self)
    }

    /// Whether the terminal could act on `v`: DEL and C1 controls, the
    /// Arabic letter mark, zero-width and bidi marks and embeddings,
    /// isolates, the byte-order mark, the line and paragraph separators.
    static func mustEscape(_ v: UInt32) -> Bool {
        (0x7F...0x9F).contains(v) || v == 0x061C || (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0xFEFF || v == 0x2028 || v == 0x2029
    }

    /// The encoder's UTF-8 with each such character written `\uXXXX`. It
    /// works on bytes: a year's report is tens of megabytes, and only the
    /// lead bytes those characters start with (7F, C2, D8, E2, EF) are looked
    /// at more closely.
    static func escapingControls(_ data: Data) -> [UInt8] {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> [UInt8] in
            var out = [UInt8]()
            out.reserveCapacity(bytes.count)
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                guard b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2 || b == 0xEF else {
                    out.append(b)
                    i += 1
                    continue
                }
                // The scalar at i (the encoder writes valid UTF-8).
                let length = b < 0x80 ? 1 : b < 0xE0 ? 2 : 3
                guard i + length <= n else {
                    out.append(b)
                    i += 1
                    continue
                }
                var v = UInt32(b)
                if length == 2 { v = (UInt32(b & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F) }
                if length == 3 { v = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F) }
                if mustEscape(v) {
                    out += Array(String(format: "\\u%04x", v).utf8)
                } else {
                    out += UnsafeRawBufferPointer(rebasing: bytes[i..<(i + length)])
                }
                i += length
            }
            return out
        }
    }
}
