/// The words of a notes search, folded as names are (case, accents and
/// other scripts never matter), and the query each store's full-text index
/// is given for them.
///
/// Why the query is built here and never from the typed text: both
/// indexes have a syntax of their own (FTS5's quotes, `*`, `NEAR`, `-`,
/// parentheses; `to_tsquery`'s `&`, `|`, `!`, `:`). Folding leaves only
/// the letters a–z and digits, and each word is quoted as well, so no typed
/// text can reach either syntax, however hostile.
public struct NoteSearchWords: Equatable, Sendable {
    /// Folded words, in the order typed; at most `limit` of them.
    public let words: [String]

    /// More words than a note search needs: the rest are left out rather
    /// than handed to the index (a pasted page is not a question).
    public static let limit = 16

    public init(_ text: String) {
        words = Array(NameFolding.words(text).prefix(Self.limit))
    }

    public var isEmpty: Bool { words.isEmpty }

    /// What a note is indexed as: its folded words, space-separated. Folding
    /// drops apostrophes (O'Brien → obrien), so a note with one is indexed
    /// split at them as well: "Zoë's thesis" is found by `zoes` and by `zoe`.
    public static func indexed(_ note: String) -> String {
        let joined = NameFolding.fold(note)
        guard note.unicodeScalars.contains(where: { apostrophes.contains($0) }) else { return joined }
        let split = NameFolding.fold(String(String.UnicodeScalarView(note.unicodeScalars.map { apostrophes.contains($0) ? " " : $0 })))
        let extra = Set(split.split(separator: " ")).subtracting(joined.split(separator: " "))
        return extra.isEmpty ? joined : joined + " " + extra.sorted().joined(separator: " ")
    }

    /// The characters folding drops inside a word: ', `, ‘, ’, ‛, ʼ.
    private static let apostrophes: Set<Unicode.Scalar> = ["'", "`", "\u{2018}", "\u{2019}", "\u{201B}", "\u{02BC}"]

    /// For FTS5's `MATCH`: every word, the last as the start of a word too
    /// (`interlib` finds "interlibrary"): `"ill" "interlib"*`.
    public var fts5Query: String {
        words.enumerated().map { i, word in "\"\(word)\"" + (i == words.count - 1 ? "*" : "") }.joined(separator: " ")
    }

    /// For PostgreSQL's `to_tsquery('simple', …)`, given as a bound
    /// parameter: `'ill' & 'interlib':*`.
    public var tsQuery: String {
        words.enumerated().map { i, word in "'\(word)'" + (i == words.count - 1 ? ":*" : "") }.joined(separator: " & ")
    }
}
