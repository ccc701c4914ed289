/// The typo tier's pass over a store's vocabulary, the same on both stores:
/// which words to read, and which query word each one read may be a slip of.
///
/// Only words that begin with a query word's first or second letter are
/// read: slips in haste rarely hit the first letter (and a misheard first
/// sound is the phonetic tier's), and this keeps the scan to a slice of a
/// large vocabulary instead of all of it.
public struct TypoScan {
    private var texts: [[UInt8]]
    private let limits: [Int]
    /// The first bytes of the vocabulary words to read, in order.
    public let starts: [UInt8]

    /// Nil when no query word is long enough to allow an edit.
    public init?(_ query: NameQuery) {
        limits = query.words.map { EditDistance.allowedEdits(forLength: $0.text.utf8.count) }
        guard limits.contains(where: { $0 > 0 }) else { return nil }
        texts = query.words.map { Array($0.text.utf8) }
        var starts = Set<UInt8>()
        for (i, text) in texts.enumerated() where limits[i] > 0 { starts.formUnion(text.prefix(2)) }
        self.starts = starts.sorted()
    }

    /// The vocabulary range of each start: words from `low` up to `high`.
    public var ranges: [(low: String, high: String)] {
        starts.map { (String(decoding: [$0], as: UTF8.self), String(decoding: [$0 + 1], as: UTF8.self)) }
    }

    /// Adds `word` (read from the vocabulary) as a typo alternative of each
    /// query word it is one or two edits away from.
    public mutating func consider(_ word: String, in query: inout NameQuery) {
        var bytes = Array(word.utf8)
        for i in texts.indices where limits[i] > 0 && abs(bytes.count - texts[i].count) <= limits[i] + 8 {
            if let d = EditDistance.typoDistance(query: &texts[i], word: &bytes, limit: limits[i]), d > 0 {
                query.words[i].add(word, as: .typo)
            }
        }
    }
}
