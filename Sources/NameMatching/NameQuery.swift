/// A query as typed at the desk, folded once, and the rule that decides
/// whether a patron's names match it: every query word must match some word
/// of the name or preferred name, in any order — as an exact word, as its
/// beginning, or through one of the alternatives the store found for it
/// (nicknames, words that sound alike, words one or two slips away).
///
/// The check works on the folded names kept in the index, byte by byte, so
/// thousands of candidates can be checked per keystroke without allocating.
public struct NameQuery: Sendable {
    public struct Word: Sendable {
        /// The folded query word.
        public let text: String
        let bytes: [UInt8]
        /// Whole name words this query word also stands for, and why.
        public private(set) var alternatives: [(word: [UInt8], kind: MatchKind)] = []

        init(_ text: String) {
            self.text = text
            bytes = Array(text.utf8)
        }

        /// Adds `word` as an alternative of `kind`, keeping the strongest reason.
        public mutating func add(_ word: String, as kind: MatchKind) {
            let bytes = Array(word.utf8)
            if let i = alternatives.firstIndex(where: { $0.word == bytes }) {
                if kind < alternatives[i].kind { alternatives[i].kind = kind }
            } else {
                alternatives.append((bytes, kind))
            }
        }

        /// The alternatives of at most `ceiling`, as strings.
        public func alternativeWords(upTo ceiling: MatchKind) -> [String] {
            alternatives.filter { $0.kind <= ceiling }.map { String(decoding: $0.word, as: UTF8.self) }
        }

        /// How `name` (one folded name word) matches this query word, if at all.
        func kind(_ name: UnsafeBufferPointer<UInt8>, ceiling: MatchKind) -> MatchKind? {
            let q = bytes.count
            if name.count >= q {
                var same = true
                for k in 0..<q where name[k] != bytes[k] { same = false; break }
                // A prefix is no match at all when only exact words count
                // (the exact tier): else it would fill that tier's places.
                let kind: MatchKind = name.count == q ? .exact : .prefix
                if same && kind <= ceiling { return kind }
            }
            var best: MatchKind?
            for alternative in alternatives where alternative.kind <= ceiling && alternative.word.count == name.count {
                if best.map({ alternative.kind < $0 }) ?? true, alternative.word.elementsEqual(name) {
                    best = alternative.kind
                }
            }
            return best
        }
    }

    public var words: [Word]

    /// At most this many words of a query count (and this many letters of
    /// each): names are rarely longer, and it bounds the work of a pasted
    /// paragraph.
    public static let maxWords = 8
    public static let maxLetters = 40

    /// Folds `text` into query words ("Kathryn  Smyth" → kathryn, smyth).
    public init(_ text: String) {
        words = NameFolding.words(String(text.prefix(Self.maxWords * (Self.maxLetters + 1))))
            .prefix(Self.maxWords).map { Word(String($0.prefix(Self.maxLetters))) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// How the patron whose folded names are `names` matches, counting only
    /// reasons up to `ceiling`; nil when some query word matches nothing.
    public func kind(names: String, ceiling: MatchKind = .typo) -> MatchKind? {
        var names = names
        return names.withUTF8 { buffer in match(buffer, ceiling: ceiling, collect: nil) }
    }

    /// The kind and, for each query word, the name word it matched.
    public func match(names: String, ceiling: MatchKind = .typo) -> (kind: MatchKind, words: [String])? {
        var names = names
        var collected: [String] = []
        let kind = names.withUTF8 { buffer in match(buffer, ceiling: ceiling, collect: &collected) }
        return kind.map { ($0, collected) }
    }

    private func match(
        _ names: UnsafeBufferPointer<UInt8>, ceiling: MatchKind, collect: UnsafeMutablePointer<[String]>?
    ) -> MatchKind? {
        var overall = MatchKind.exact
        for word in words {
            var best: MatchKind?
            var bestRange = 0..<0
            var start = 0
            let count = names.count
            while start < count {
                var end = start
                while end < count && names[end] != 32 { end += 1 }
                if end > start {
                    let slice = UnsafeBufferPointer(rebasing: names[start..<end])
                    if let k = word.kind(slice, ceiling: ceiling), best.map({ k < $0 }) ?? true {
                        best = k
                        bestRange = start..<end
                        if k == .exact { break }
                    }
                }
                start = end + 1
            }
            guard let best else { return nil }
            overall = max(overall, best)
            collect?.pointee.append(String(decoding: UnsafeBufferPointer(rebasing: names[bestRange]), as: UTF8.self))
        }
        return overall
    }
}
