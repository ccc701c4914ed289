import Foundation

/// Turns a name as typed or stored into the plain lower-case ASCII words the
/// matcher compares: "Zoë Ångström" → ["zoe", "angstrom"], "王伟" → ["wang", "wei"].
///
/// Folding costs microseconds a name (ICU transliteration), so the store
/// folds when a name is written, never per keystroke.
public enum NameFolding {
    /// Lower-case ASCII words of `text`, in order.
    public static func words(_ text: String) -> [String] {
        let folded = fold(text)
        return folded.split(separator: " ").map(String.init)
    }

    /// `text` folded to lower-case ASCII letters, digits and single spaces.
    public static func fold(_ text: String) -> String {
        var ascii = true
        for byte in text.utf8 where byte >= 0x80 { ascii = false; break }
        let latin: String
        if ascii {
            latin = text
        } else {
            latin = text.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? text
        }
        var out = ""
        out.reserveCapacity(latin.utf8.count)
        var pendingSpace = false
        for byte in latin.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(Unicode.Scalar(byte + 32))
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                continue // O'Brien → obrien
            default:
                pendingSpace = true
            }
        }
        return out
    }
}
