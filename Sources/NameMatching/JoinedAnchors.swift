/// What a store's vocabulary of name words (every distinct folded word and
/// how many patrons have it, and each word's Double Metaphone keys) answers,
/// for finding joins, splits, sound-alikes and typos
/// (`NameQuery.addAlternatives`).
public protocol NameVocabulary {
    /// How many patrons have each of `words`; words no patron has are left out.
    func patrons(of words: [String]) throws -> [String: Int]
    /// The vocabulary words starting with `prefix` (itself included), or
    /// nil when there are more than `max`.
    func words(startingWith prefix: String, max: Int) throws -> [String]?
    /// The vocabulary words with each of these sound keys, by key, each
    /// key's words in byte order; keys no word has may be left out.
    func words(soundingLike keys: Set<String>) throws -> [String: [String]]
    /// Hands `body` the vocabulary words in each range (`low` included,
    /// `high` not), range by range, each range's words in byte order.
    func words(in ranges: [(low: String, high: String)], _ body: (String) -> Void) throws
}

/// Finds, for the `joined` kind, the name words whose index rows hold every
/// patron a join or split of the query could match (`NameQuery.Word.anchors`),
/// from the store's vocabulary, so both stores read the same candidates:
///
/// - words typed apart, run together ("o sullivan" → "osullivan"), or a
///   particle spelt another way ("mcdonald" → "macdonald"): the vocabulary
///   words starting with that spelling;
/// - a spelling that is name words written apart ("annemarie" → "anne" +
///   "marie", "vanderberg" → "van" + "der" + "berg"): it must split into
///   vocabulary words, the last one perhaps only begun (`minBegun`); the
///   rarest of them is the anchor, since every such patron has it.
public enum JoinedAnchors {
    /// More words than this starting with a run's letters: too unspecific
    /// to read (a letter or two typed so far), so no anchor.
    public static let maxStarting = 8
    /// A split whose last word is only begun ("annemar") counts from this
    /// many letters of it, after a first word of two letters or more: a
    /// word being typed ("larse") nearly always splits into some short word
    /// and the start of another ("lars" + "e"), and reading every Lars for
    /// it would cost a keystroke more than it finds.
    public static let minBegun = 3
    /// Words typed apart are read as one from this many letters ("o sul"):
    /// fewer ("li a") begin too many names to be worth reading at a keystroke.
    public static let minJoined = 4

    /// Adds the anchors to `query`'s words, and tells it whether any join
    /// can match (none can without an anchor).
    public static func add(to query: inout NameQuery, from vocabulary: some NameVocabulary) throws {
        defer { query.joinsPossible = query.words.contains { !$0.anchors.isEmpty } }
        var splitTexts: [(run: Range<Int>, text: String, begun: Bool)] = []
        for run in query.runs {
            for (k, spelling) in run.spellings.enumerated() {
                let text = String(decoding: spelling, as: UTF8.self)
                let own = k == 0 && run.words.count == 1
                // The words starting with this spelling: anchors, unless it
                // is a word as typed (its own beginnings are read anyway).
                let starting = try vocabulary.words(startingWith: text, max: own ? 0 : maxStarting)
                if !own, let starting, run.words.count == 1 || spelling.count >= minJoined {
                    for word in starting { for i in run.words { query.words[i].addAnchor(word) } }
                }
                // Words typed apart, split again, are what was typed: only
                // their other spellings ("vander" for "van den") may split
                // into other words. A spelling that begins some name word
                // ("alexande") is being typed: it splits only into whole words.
                if run.words.count == 1 ? spelling.count >= 4 : k > 0 {
                    splitTexts.append((run.words, text, starting?.isEmpty ?? false))
                }
            }
        }
        guard !splitTexts.isEmpty else { return }
        // Every beginning of every spelling, looked up at once.
        var beginnings = Set<String>()
        for (_, text, _) in splitTexts { beginnings.formUnion(properPrefixes(text)) }
        var counts = try vocabulary.patrons(of: beginnings.sorted())
        for (run, text, begun) in splitTexts {
            for anchor in try splits(text, begun: begun, counts: &counts, vocabulary: vocabulary, depth: 2) {
                for i in run { query.words[i].addAnchor(anchor) }
            }
        }
    }

    private static func properPrefixes(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return [] }
        return (1..<bytes.count).map { String(decoding: bytes[..<$0], as: UTF8.self) }
    }

    /// The rarest word of each way `text` splits into a vocabulary word and
    /// a remainder that is a vocabulary word, begins one (when `begun`), or
    /// splits again (up to `depth` splits).
    private static func splits(
        _ text: String, begun: Bool, counts: inout [String: Int], vocabulary: some NameVocabulary, depth: Int
    ) throws -> [String] {
        var anchors: [String] = []
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return [] }
        for cut in 1..<bytes.count {
            let head = String(decoding: bytes[..<cut], as: UTF8.self)
            guard let headCount = counts[head], headCount > 0 else { continue }
            let rest = String(decoding: bytes[cut...], as: UTF8.self)
            if counts[rest] == nil { counts[rest] = try vocabulary.patrons(of: [rest])[rest] ?? 0 }
            if let restCount = counts[rest], restCount > 0 {
                anchors.append(restCount < headCount ? rest : head)
            } else if begun && rest.utf8.count >= minBegun && cut >= 2,
                      try !(vocabulary.words(startingWith: rest, max: 1)?.isEmpty ?? false) {
                anchors.append(head) // the last word only begun, or more than one starting so
            } else if depth > 1 {
                let missing = properPrefixes(rest).filter { counts[$0] == nil }
                if !missing.isEmpty {
                    let found = try vocabulary.patrons(of: missing)
                    for word in missing { counts[word] = found[word] ?? 0 }
                }
                for deeper in try splits(rest, begun: begun, counts: &counts, vocabulary: vocabulary, depth: depth - 1) {
                    anchors.append((counts[deeper] ?? 0) < headCount ? deeper : head)
                }
            }
        }
        return anchors
    }
}
