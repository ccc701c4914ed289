extension NameQuery {
    /// Finds, for each query word, the name words it may also stand for at
    /// `tier`: joins and splits, nicknames from the table, vocabulary words
    /// with a Double Metaphone key in common, or vocabulary words one or two
    /// edits away. Both stores search with it, asking their own vocabulary
    /// tables, so both find the same patrons. Returns whether any word
    /// gained an alternative of this kind (if none did, the tier would read
    /// and match just what the one before it did).
    public mutating func addAlternatives(for tier: MatchKind, from vocabulary: some NameVocabulary) throws -> Bool {
        let before = words.map { $0.alternativeWords(upTo: tier).count }
        switch tier {
        case .exact, .prefix:
            return false
        case .joined:
            try JoinedAnchors.add(to: &self, from: vocabulary)
        case .nickname:
            addTableAlternatives(for: .nickname)
        case .phonetic:
            let spoken = words.indices.filter { words[$0].text.count >= 2 }
            let keys = spoken.map { DoubleMetaphone.keySet(words[$0].text) }
            let sounds = try vocabulary.words(soundingLike: Set(keys.joined()))
            for (n, i) in spoken.enumerated() {
                for key in keys[n] {
                    for word in sounds[key] ?? [] where word != words[i].text { words[i].add(word, as: .phonetic) }
                }
            }
            addTableAlternatives(for: .phonetic)
        case .typo:
            guard var scan = TypoScan(self) else { return false }
            var query = self
            try vocabulary.words(in: scan.ranges) { scan.consider($0, in: &query) }
            self = query
        }
        return words.map { $0.alternativeWords(upTo: tier).count } != before
    }
}
