/// A query as typed at the desk, folded once, and the rule that decides
/// whether a patron's names match it: every query word must match some word
/// of the name or preferred name, in any order — as an exact word, as its
/// beginning, or through one of the alternatives the store found for it
/// (nicknames, words that sound alike, words one or two slips away).
///
/// From the `joined` kind on, words may also be written joined or apart:
/// query words typed apart may match one name word ("o sullivan" →
/// O'Sullivan), one query word may match name words written apart
/// ("annemarie" → Anne-Marie), and a particle may be spelt another way
/// ("mcdonald" → MacDonald, `NameSpelling`).
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
        /// Name words to read candidates from for the `joined` kind: words a
        /// join or split of this query word may start with. Never a match
        /// by themselves ("anne" is read for "annemarie", but Anne Smith
        /// does not match it).
        public private(set) var anchors: [String] = []

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

        /// Adds a name word to read candidates from for the `joined` kind.
        public mutating func addAnchor(_ word: String) {
            if word != text && !anchors.contains(word) { anchors.append(word) }
        }

        /// The alternatives of at most `ceiling`, as strings, and from the
        /// `joined` kind on the anchors: every whole word whose index rows a
        /// lookup at `ceiling` must read besides the words this one begins.
        public func alternativeWords(upTo ceiling: MatchKind) -> [String] {
            var words = alternatives.filter { $0.kind <= ceiling }.map { String(decoding: $0.word, as: UTF8.self) }
            if ceiling >= .joined { words += anchors.filter { !words.contains($0) } }
            return words
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

    /// Consecutive query words (one to three) and the ways their letters,
    /// run together, may be written (`NameSpelling`): what the `joined` kind
    /// compares with the name's letters run together.
    public struct Run: Sendable {
        public let words: Range<Int>
        public let spellings: [[UInt8]]
    }

    public var words: [Word]
    public private(set) var runs: [Run] = []
    /// Whether a join or split can match at all. A store sets this to false
    /// when the vocabulary holds no word one could start with
    /// (`JoinedAnchors`), so the weaker kinds' candidates are not compared
    /// letter by letter for nothing.
    public var joinsPossible = true

    /// At most this many words of a query count (and this many letters of
    /// each): names are rarely longer, and it bounds the work of a pasted
    /// paragraph.
    public static let maxWords = 8
    public static let maxLetters = 40
    /// At most this many query words typed apart may be one name word.
    public static let maxRun = 3

    /// Folds `text` into query words ("Kathryn  Smyth" → kathryn, smyth).
    public init(_ text: String) {
        words = NameFolding.words(String(text.prefix(Self.maxWords * (Self.maxLetters + 1))))
            .prefix(Self.maxWords).map { Word(String($0.prefix(Self.maxLetters))) }
        for start in words.indices {
            for end in (start + 1)...min(words.count, start + Self.maxRun) {
                let joined = words[start..<end].flatMap(\.bytes)
                runs.append(Run(words: start..<end, spellings: [joined] + NameSpelling.variants(joined)))
            }
        }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The query a store's lookup runs for `text`, or nil when there is
    /// nothing to look for: no word typed, or no patron wanted.
    public init?(lookingUp text: String, limit: Int) {
        guard limit > 0 else { return nil }
        self.init(text)
        if isEmpty { return nil }
    }

    /// How the patron whose folded names are `names` matches, counting only
    /// reasons up to `ceiling`; nil when some query word matches nothing.
    public func kind(names: String, ceiling: MatchKind = .typo) -> MatchKind? {
        var names = names
        return names.withUTF8 { buffer in match(buffer, ceiling: ceiling, collecting: false) }?.kind
    }

    /// The kind and, for each query word (or words matched together), the
    /// name word (or words) it matched.
    public func match(names: String, ceiling: MatchKind = .typo) -> (kind: MatchKind, words: [String])? {
        var names = names
        return names.withUTF8 { buffer in match(buffer, ceiling: ceiling, collecting: true) }
    }

    private func match(
        _ names: UnsafeBufferPointer<UInt8>, ceiling: MatchKind, collecting: Bool
    ) -> (kind: MatchKind, words: [String])? {
        let plain = matchEach(names, ceiling: ceiling, collecting: collecting)
        if ceiling < .joined || !joinsPossible { return plain }
        if let plain, plain.kind <= .joined { return plain }
        guard let joined = JoinedMatch(query: self, names: names, ceiling: ceiling).best(collecting: collecting) else {
            return plain
        }
        if let plain, plain.kind <= joined.kind { return plain }
        return joined
    }

    /// Every query word on its own against the name words.
    private func matchEach(
        _ names: UnsafeBufferPointer<UInt8>, ceiling: MatchKind, collecting: Bool
    ) -> (kind: MatchKind, words: [String])? {
        var overall = MatchKind.exact
        var collected: [String] = []
        for word in words {
            guard let (best, range) = Self.best(word, in: names, ceiling: ceiling) else { return nil }
            overall = max(overall, best)
            if collecting { collected.append(String(decoding: UnsafeBufferPointer(rebasing: names[range]), as: UTF8.self)) }
        }
        return (overall, collected)
    }

    /// The strongest match of `word` among the name words, and where it is.
    static func best(_ word: Word, in names: UnsafeBufferPointer<UInt8>, ceiling: MatchKind) -> (MatchKind, Range<Int>)? {
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
        return best.map { ($0, bestRange) }
    }
}
