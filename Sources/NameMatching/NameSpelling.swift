/// Beginnings of family names that are written more than one way for one
/// name as heard: MacDonald and McDonald, Van den Berg and Van der Berg.
///
/// Joins and splits (O'Sullivan, o sullivan, osullivan) need no table: the
/// matcher compares words with the spaces of the name left out
/// (`NameQuery`). What it cannot see is a particle spelt differently, and
/// that is this short list. Each rule applies only at the start of a word
/// (or of words typed apart and joined), and only when at least three
/// letters follow it, so "mack" is not "mck".
public enum NameSpelling {
    /// (written, also written) pairs, both ways round.
    static let swaps: [(from: [UInt8], to: [UInt8])] = {
        let pairs = [("mac", "mc"), ("vanden", "vander"), ("vonden", "vonder"), ("fitz", "fits")]
        var out: [([UInt8], [UInt8])] = []
        for (a, b) in pairs {
            out.append((Array(a.utf8), Array(b.utf8)))
            out.append((Array(b.utf8), Array(a.utf8)))
        }
        return out
    }()

    /// Other spellings of the folded word `bytes` ("mcdonald" → "macdonald"),
    /// without the word itself.
    public static func variants(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        for (from, to) in swaps where bytes.count >= from.count + 3 && bytes.starts(with: from) {
            let variant = to + bytes[from.count...]
            if variant != bytes && !out.contains(variant) { out.append(variant) }
        }
        return out
    }
}
