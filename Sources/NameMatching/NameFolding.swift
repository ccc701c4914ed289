import Foundation

/// Turns a name as typed or stored into the plain lower-case ASCII words the
/// matcher compares: "Zoë Ångström" → ["zoe", "angstrom"], "王伟" → ["wang", "wei"].
///
/// ICU transliteration costs about 11 µs a name, so Latin letters (the vast
/// majority of names at a desk) are folded by `FoldTable` first and ICU is
/// only asked about names in other scripts. Even so, the store folds when a
/// name is written, never per keystroke; queries are folded once per lookup.
public enum NameFolding {
    /// Lower-case ASCII words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        let folded = fold(text)
        return folded.split(separator: " ").map(String.init)
    }

    /// `text` folded to lower-case ASCII letters, digits and single spaces.
    /// What a store keeps for matching a patron: their name and preferred
    /// name, folded together (written when a name is written, never per keystroke).
    public static func foldPatron(name: String, preferredName: String?) -> String {
        fold(name + " " + (preferredName ?? ""))
    }

    public static func fold(_ text: String) -> String {
        if let latin = tableFold(text) { return normalize(latin) }
        let latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? text
        return normalize(Array(latin.utf8))
    }

    /// Whether `text` folds without ICU (ASCII and the Latin letters of `FoldTable`).
    public static func foldsByTable(_ text: String) -> Bool { tableFold(text) != nil }

    private static let table: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        table.reserveCapacity(FoldTable.entries.count)
        for (scalar, ascii) in FoldTable.entries { table[scalar] = Array(ascii.utf8) }
        return table
    }()

    /// The bytes of `text` with every non-ASCII scalar replaced from the
    /// table, or nil when some scalar is not in it (ICU must decide).
    private static func tableFold(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii { bytes.append(contentsOf: text.utf8); return bytes }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else if (0x300...0x36F).contains(value) {
                continue // a combining accent, as in a decomposed "é"
            } else if let replacement = table[value] {
                bytes.append(contentsOf: replacement)
            } else {
                return nil
            }
        }
        return bytes
    }

    /// Lower-case letters and digits, any run of other characters as one
    /// space, apostrophes dropped (O'Brien → obrien).
    private static func normalize<Bytes: Sequence<UInt8>>(_ latin: Bytes) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(32)
        var pendingSpace = false
        for byte in latin {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace && !out.isEmpty { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue
            default:
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
