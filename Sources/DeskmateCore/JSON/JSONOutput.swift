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
        var out = ""
        out.unicodeScalars.reserveCapacity(data.count)
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
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
