/// Damerau–Levenshtein distance (optimal string alignment: insertions,
/// deletions, substitutions and swaps of two neighbouring letters), for
/// names typed in haste: "Smiht" is one edit from "Smith".
///
/// Bounded, so comparing a query word with every word of the vocabulary
/// stops early on words that are obviously far.
public enum EditDistance {
    /// How many edits a query word of this length may have: none under four
    /// letters (too many short words are one edit apart), one up to seven,
    /// two from eight.
    public static func allowedEdits(forLength length: Int) -> Int {
        length < 4 ? 0 : (length < 8 ? 1 : 2)
    }

    /// The distance between `a` and `b`, or nil when it exceeds `limit`.
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int? {
        var x: [UInt8] = Array(a.utf8), y: [UInt8] = Array(b.utf8)
        return distance(&x, &y, limit: limit)
    }

    /// The same on byte arrays (folded words are ASCII).
    public static func distance(_ a: inout [UInt8], _ b: inout [UInt8], limit: Int) -> Int? {
        let n = a.count, m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 { return m <= limit ? m : nil }
        if m == 0 { return n <= limit ? n : nil }
        var before = [Int](repeating: 0, count: m + 1)
        var previous = Array(0...m)
        var current = [Int](repeating: 0, count: m + 1)
        for i in 1...n {
            current[0] = i
            var rowBest = i
            for j in 1...m {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, before[j - 2] + 1)
                }
                current[j] = value
                rowBest = min(rowBest, value)
            }
            if rowBest > limit { return nil }
            swap(&before, &previous)
            swap(&previous, &current)
        }
        let result = previous[m]
        return result <= limit ? result : nil
    }

    /// The smaller of the distance to `word` and to its beginning of the
    /// query's length, so a half-typed word with a slip ("smiy" for
    /// "smith") is caught while typing; nil beyond `limit`.
    public static func typoDistance(query: inout [UInt8], word: inout [UInt8], limit: Int) -> Int? {
        let whole = distance(&query, &word, limit: limit)
        guard word.count > query.count, whole != 0 else { return whole }
        var head = Array(word.prefix(query.count))
        let partial = distance(&query, &head, limit: limit)
        switch (whole, partial) {
        case let (w?, p?): return min(w, p)
        case let (w?, nil): return w
        case let (nil, p?): return p
        default: return nil
        }
    }
}
