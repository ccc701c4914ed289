extension NameQuery {
    /// Adds what the editable tables say each query word may also be, for
    /// `tier`: nicknames (`Nicknames`) for the nickname kind, names as they
    /// are said (`SaidAs`) for the phonetic kind. Both stores call this, so
    /// they find the same alternatives in the same order.
    public mutating func addTableAlternatives(for tier: MatchKind) {
        for i in words.indices {
            let found: Set<String>
            switch tier {
            case .nickname: found = Nicknames.bundled.alternatives(of: words[i].text)
            case .phonetic: found = SaidAs.bundled.alternatives(of: words[i].text)
            case .exact, .prefix, .joined, .typo: return
            }
            for word in found.sorted() { words[i].add(word, as: tier) }
        }
    }
}
