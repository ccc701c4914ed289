import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

extension PostgresStore {
    /// Patrons whose names match every word typed, in any order, best first,
    /// by the same rules as the SQLite store: exact words, then beginnings of
    /// words, then nicknames, then names that sound alike, then typos; within
    /// each, the best visit score first (ties: the newer patron first).
    public func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch] {
        let parsed = NameQuery(query)
        guard !parsed.isEmpty, limit > 0 else { return [] }
        return try read { session in
            var search = PostgresNameSearch(session: session, query: parsed, limit: limit)
            let found = try search.run()
            return try found.compactMap { hit in
                guard let patron = try Self.fetchPatron(session, id: hit.patronID) else { return nil }
                let last = try Self.lastEncounter(session, patronID: hit.patronID)
                let words = search.query.match(names: hit.names)?.words ?? []
                return PatronMatch(patron: patron, lastEncounter: last, reason: MatchReason(kind: hit.kind.name, words: words))
            }
        }
    }
}

/// One lookup on PostgreSQL, tier by tier (exact, prefix, joined, nickname,
/// phonetic, typo), stopping once `limit` patrons are found. Each tier reads
/// the index rows of one anchor — the query word whose matches cover the
/// fewest rows — best-scored first and at most `maxRows` of them, and checks
/// each against every query word with `NameQuery.kind`, the matcher the
/// SQLite store uses; alternatives (nicknames, sound-alike words, typos) are
/// found with the same tables and the same `NameMatching` code.
///
/// The SQLite store adds shortcuts for huge stores (merged best-first
/// streams, a walk down the visit scores) that read fewer rows but find the
/// same patrons; this reads the anchor's rows in one statement per tier,
/// which suits a server a network hop away.
struct PostgresNameSearch {
    struct Hit {
        var patronID: Int64
        var score: Double
        var kind: MatchKind
        var names: String
    }

    /// The most index rows one tier reads (best-scored first).
    static let maxRows = 60_000

    let session: BlockingPostgresConnection.Session
    var query: NameQuery
    let limit: Int
    private var hits: [Int64: Hit] = [:]
    private var prefixRows: [Int] = []

    init(session: BlockingPostgresConnection.Session, query: NameQuery, limit: Int) {
        self.session = session
        self.query = query
        self.limit = limit
    }

    mutating func run() throws -> [Hit] {
        prefixRows = try query.words.map { try rows(prefix: $0.text) }
        for tier in MatchKind.allCases {
            let changed = tier == .exact || tier == .prefix ? true : try addAlternatives(for: tier)
            if changed { try matchTier(tier) }
            if hits.count >= limit { break }
        }
        return hits.values.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if a.score != b.score { return a.score > b.score }
            return a.patronID > b.patronID
        }.prefix(limit).map { $0 }
    }

    private mutating func matchTier(_ tier: MatchKind) throws {
        var anchor = 0, fewest = Int.max
        var anchorWords: [String] = []
        for (i, word) in query.words.enumerated() {
            let alternatives = tier == .exact ? [word.text] : word.alternativeWords(upTo: tier)
            var count = tier == .exact ? 0 : prefixRows[i]
            for alternative in alternatives { count += try patrons(word: alternative) }
            if count < fewest { fewest = count; anchor = i; anchorWords = alternatives }
        }
        guard fewest > 0 else { return }
        let prefix = query.words[anchor].text
        let exactWords = tier == .exact ? [prefix] : anchorWords.filter { !$0.hasPrefix(prefix) }
        let usePrefix = tier != .exact
        let rows = try session.query("""
            SELECT patron_id, score, names FROM name_posting
            WHERE (\(usePrefix) AND word >= \(prefix) AND word < \(prefix + "\u{7F}")) OR word = ANY(\(exactWords))
            ORDER BY score DESC, patron_id DESC
            LIMIT \(Int64(Self.maxRows))
            """)
        for row in rows {
            let (id, score, names) = try row.decode((Int64, Double, String).self)
            guard hits[id] == nil, let kind = query.kind(names: names, ceiling: tier) else { continue }
            hits[id] = Hit(patronID: id, score: score, kind: kind, names: names)
        }
    }

    // MARK: Vocabulary

    private func patrons(word: String) throws -> Int {
        Int(try session.query("SELECT patrons FROM name_vocab WHERE word = \(word)").first?.decode(Int64.self) ?? 0)
    }

    private func rows(prefix: String) throws -> Int {
        Int(try session.query("""
            SELECT coalesce(sum(patrons), 0)::bigint FROM name_vocab WHERE word >= \(prefix) AND word < \(prefix + "\u{7F}")
            """).first?.decode(Int64.self) ?? 0)
    }

    /// Finds, for each query word, the name words it may also stand for at
    /// `tier` — the same rules as the SQLite store's search. Returns whether
    /// any word gained an alternative of this kind.
    private mutating func addAlternatives(for tier: MatchKind) throws -> Bool {
        let before = query.words.map { $0.alternativeWords(upTo: tier).count }
        switch tier {
        case .exact, .prefix:
            return false
        case .joined:
            try JoinedAnchors.add(to: &query, from: PostgresVocabulary(session: session))
        case .nickname:
            query.addTableAlternatives(for: .nickname)
        case .phonetic:
            for i in query.words.indices where query.words[i].text.count >= 2 {
                let keys = DoubleMetaphone.keySet(query.words[i].text)
                let rows = try session.query("SELECT word FROM name_sound WHERE key = ANY(\(keys)) ORDER BY key, word")
                for row in rows {
                    let word = try row.decode(String.self)
                    if word != query.words[i].text { query.words[i].add(word, as: .phonetic) }
                }
            }
            query.addTableAlternatives(for: .phonetic)
        case .typo:
            let limits = query.words.map { EditDistance.allowedEdits(forLength: $0.text.utf8.count) }
            guard limits.contains(where: { $0 > 0 }) else { return false }
            var texts = query.words.map { Array($0.text.utf8) }
            // Only words that begin with the query word's first or second
            // letter, as on SQLite.
            var starts = Set<UInt8>()
            for (i, text) in texts.enumerated() where limits[i] > 0 { starts.formUnion(text.prefix(2)) }
            for start in starts.sorted() {
                let low = String(decoding: [start], as: UTF8.self)
                let high = String(decoding: [start + 1], as: UTF8.self)
                let rows = try session.query("SELECT word FROM name_vocab WHERE word >= \(low) AND word < \(high) ORDER BY word")
                for row in rows {
                    let word = try row.decode(String.self)
                    var bytes = Array(word.utf8)
                    for i in texts.indices where limits[i] > 0 && abs(bytes.count - texts[i].count) <= limits[i] + 8 {
                        if let d = EditDistance.typoDistance(query: &texts[i], word: &bytes, limit: limits[i]), d > 0 {
                            query.words[i].add(word, as: .typo)
                        }
                    }
                }
            }
        }
        return query.words.map { $0.alternativeWords(upTo: tier).count } != before
    }
}

/// The vocabulary as the joined kind asks about it (`JoinedAnchors`), in one
/// statement per question: the server is a network hop away.
struct PostgresVocabulary: NameVocabulary {
    let session: BlockingPostgresConnection.Session

    func patrons(of words: [String]) throws -> [String: Int] {
        guard !words.isEmpty else { return [:] }
        var found: [String: Int] = [:]
        for row in try session.query("SELECT word, patrons FROM name_vocab WHERE word = ANY(\(words))") {
            let (word, count) = try row.decode((String, Int64).self)
            found[word] = Int(count)
        }
        return found
    }

    func words(startingWith prefix: String, max: Int) throws -> [String]? {
        let rows = try session.query("""
            SELECT word FROM name_vocab WHERE word >= \(prefix) AND word < \(prefix + "\u{7F}") ORDER BY word LIMIT \(Int64(max + 1))
            """)
        let words = try rows.map { try $0.decode(String.self) }
        return words.count > max ? nil : words
    }
}
