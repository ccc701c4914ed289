import Foundation

/// Writes RFC 4180 CSV that is safe to open in a spreadsheet.
public enum CSVWriter {
    /// One record, CRLF-terminated as RFC 4180 asks.
    public static func record(_ fields: [String]) -> String {
        fields.map(cell).joined(separator: ",") + "\r\n"
    }

    /// A cell quoted when it needs to be, and neutralised when it starts like
    /// a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR): a leading `'`
    /// makes spreadsheets show it as text instead of running it.
    public static func cell(_ text: String) -> String {
        // Most cells (numbers, codes, plain notes) need nothing: one pass over
        // the bytes says so without building a new string.
        var plain = true
        for (i, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"): plain = false
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), UInt8(ascii: "\t"),
                 UInt8(ascii: " "):
                if i == 0 { plain = false }
            default: break
            }
            if !plain { break }
        }
        if plain && text.utf8.last != UInt8(ascii: " ") { return text }
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
