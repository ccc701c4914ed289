/// The patrons one lookup has found so far, and the order both stores give
/// them back in — kept here, beside the matcher, so the SQLite and the
/// PostgreSQL search share one definition of "best first" and cannot drift
/// apart in how they rank.
public struct SearchHits {
    public struct Hit {
        public var patronID: Int64
        public var score: Double
        public var kind: MatchKind
        public var names: String
    }

    private var found: [Int64: Hit] = [:]

    public init() {}

    public var count: Int { found.count }

    /// Adds the patron with these index values if their folded `names`
    /// match `query` at `ceiling` or better and they are not found yet;
    /// returns whether they were added.
    public mutating func add(id: Int64, score: Double, names: String, query: NameQuery, ceiling: MatchKind) -> Bool {
        guard found[id] == nil, let kind = query.kind(names: names, ceiling: ceiling) else { return false }
        found[id] = Hit(patronID: id, score: score, kind: kind, names: names)
        return true
    }

    /// The best `limit` hits: the closer kind of match first, then the
    /// better visit score, then the newer patron.
    public func best(_ limit: Int) -> [Hit] {
        found.values.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if a.score != b.score { return a.score > b.score }
            return a.patronID > b.patronID
        }.prefix(limit).map { $0 }
    }

    /// About how many patrons a walk down the visit scores reads before
    /// `wanted` more match, if the query's words occur independently: each
    /// word's patrons (`rows`, its index rows) are a share of all of them.
    public static func walkLength(wanted: Int, rows: [Int], patrons: Int) -> Double {
        var share = 1.0
        for count in rows { share *= min(1, Double(max(count, 1)) / Double(max(patrons, 1))) }
        return Double(wanted) / share
    }
}
