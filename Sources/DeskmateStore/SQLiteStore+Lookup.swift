import DeskmateCore
import Foundation
import GRDB
import NameMatching

extension SQLiteStore {
    /// Patrons whose names match every word typed, in any order, best first:
    /// exact words, then beginnings of words, then nicknames, then names that
    /// sound alike, then typos; within each, the best visit score first.
    ///
    /// The work is bounded whatever is typed: see `NameSearch`.
    public func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch] {
        let parsed = NameQuery(query)
        guard !parsed.isEmpty, limit > 0 else { return [] }
        return try read { db in
            var search = NameSearch(db: db, query: parsed, limit: limit)
            let found = try search.run()
            return try found.compactMap { hit in
                guard let patron = try Self.fetchPatron(db, id: hit.patronID) else { return nil }
                let words = search.query.match(names: hit.names)?.words ?? []
                return PatronMatch(
                    patron: patron,
                    lastEncounter: try Self.lastEncounter(db, patronID: patron.id),
                    reason: MatchReason(kind: hit.kind.name, words: words))
            }
        }
    }
}

/// One lookup, tier by tier (exact, prefix, nickname, phonetic, typo),
/// stopping as soon as `limit` patrons are found. Each tier reads candidates
/// for one anchor — the query word whose matches cover the fewest index rows
/// — and checks them against the other words using the folded names stored
/// beside every index row. How it reads them depends on how many there are:
///
/// - few (≤ `fullReadRows`): all of them, then sorted by score;
/// - many (a one- or two-letter word matching a large part of the store):
///   patrons from the best score down, stopping once `limit` match — when a
///   word covers many patrons, the best-scored ones are near the top; the
///   walk is capped at `walkRows`, and if it ends short and the anchor's rows
///   are not too many (≤ `fallbackRows`) they are read whole instead.
///
/// Nicknames, sound-alike words and typos are looked up in the vocabulary
/// only for the tiers that are reached, so a query with plenty of exact or
/// prefix matches never pays for them.
struct NameSearch {
    struct Hit {
        var patronID: Int64
        var score: Double
        var kind: MatchKind
        var names: String
    }

    static let fullReadRows = 6_000
    static let walkRows = 60_000
    static let fallbackRows = 60_000

    let db: Database
    var query: NameQuery
    let limit: Int
    private var hits: [Int64: Hit] = [:]
    private var prefixRows: [Int] = []

    init(db: Database, query: NameQuery, limit: Int) {
        self.db = db
        self.query = query
        self.limit = limit
    }

    mutating func run() throws -> [Hit] {
        prefixRows = try query.words.map { try rows(prefix: $0.text) }
        for tier in MatchKind.allCases {
            if tier == .exact {
                try exactTier()
            } else {
                try addAlternatives(for: tier)
                try matchTier(tier)
            }
            if hits.count >= limit { break }
        }
        return hits.values.sorted { a, b in
            if a.kind != b.kind { return a.kind < b.kind }
            if a.score != b.score { return a.score > b.score }
            return a.patronID > b.patronID
        }.prefix(limit).map { $0 }
    }

    // MARK: Tiers

    /// Every query word a whole name word: the anchor's rows come best-scored
    /// first straight from the index, so this stops at `limit`.
    private mutating func exactTier() throws {
        var anchor = 0, fewest = Int.max
        for (i, word) in query.words.enumerated() {
            let count = try patrons(word: word.text)
            if count < fewest { fewest = count; anchor = i }
        }
        guard fewest > 0 else { return }
        let statement = try db.cachedStatement(sql: """
            SELECT patron_id, score, names FROM name_posting WHERE word = ?
            ORDER BY score DESC, patron_id DESC
            """)
        let cursor = try Row.fetchCursor(statement, arguments: [query.words[anchor].text])
        var read = 0
        while let row = try cursor.next(), hits.count < limit, read < Self.fallbackRows {
            read += 1
            consider(row, ceiling: .exact)
        }
    }

    private mutating func matchTier(_ tier: MatchKind) throws {
        var anchor = 0, fewest = Int.max
        var anchorWords: [String] = []
        for (i, word) in query.words.enumerated() {
            let alternatives = word.alternativeWords(upTo: tier)
            var count = prefixRows[i]
            for alternative in alternatives { count += try patrons(word: alternative) }
            if count < fewest { fewest = count; anchor = i; anchorWords = alternatives }
        }
        guard fewest > 0 else { return }
        if fewest > Self.fullReadRows {
            try walkBestFirst(tier)
            if hits.count >= limit || fewest > Self.fallbackRows { return }
        }
        try readAll(prefix: query.words[anchor].text, words: anchorWords, tier: tier)
    }

    private mutating func readAll(prefix: String, words: [String], tier: MatchKind) throws {
        let range = try db.cachedStatement(sql: """
            SELECT patron_id, score, names FROM name_posting WHERE word >= ? AND word < ?
            """)
        let cursor = try Row.fetchCursor(range, arguments: [prefix, prefix + "\u{7F}"])
        while let row = try cursor.next() { consider(row, ceiling: tier) }
        let exact = try db.cachedStatement(sql: "SELECT patron_id, score, names FROM name_posting WHERE word = ?")
        for word in words where !word.hasPrefix(prefix) {
            let cursor = try Row.fetchCursor(exact, arguments: [word])
            while let row = try cursor.next() { consider(row, ceiling: tier) }
        }
    }

    /// Patrons from the best score down until `limit` more match.
    private mutating func walkBestFirst(_ tier: MatchKind) throws {
        let statement = try db.cachedStatement(sql: """
            SELECT id, rank, folded FROM patron ORDER BY rank DESC, id DESC
            """)
        let cursor = try Row.fetchCursor(statement)
        let wanted = limit - hits.count
        var added = 0, read = 0
        while let row = try cursor.next(), added < wanted, read < Self.walkRows {
            read += 1
            if consider(row, ceiling: tier) { added += 1 }
        }
    }

    /// Adds the patron of `row` (id, score, folded names) if it matches and
    /// is new; returns whether it was added.
    @discardableResult
    private mutating func consider(_ row: Row, ceiling: MatchKind) -> Bool {
        let id: Int64 = row[0]
        guard hits[id] == nil else { return false }
        let names: String = row[2]
        guard let kind = query.kind(names: names, ceiling: ceiling) else { return false }
        hits[id] = Hit(patronID: id, score: row[1], kind: kind, names: names)
        return true
    }

    // MARK: Vocabulary

    private func patrons(word: String) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT patrons FROM name_vocab WHERE word = ?"), arguments: [word]) ?? 0
    }

    private func rows(prefix: String) throws -> Int {
        try Int.fetchOne(
            db.cachedStatement(sql: "SELECT coalesce(sum(patrons), 0) FROM name_vocab WHERE word >= ? AND word < ?"),
            arguments: [prefix, prefix + "\u{7F}"]) ?? 0
    }

    /// Finds, for each query word, the name words it may also stand for at
    /// `tier`: nicknames from the table, vocabulary words with a Double
    /// Metaphone key in common, or vocabulary words one or two edits away.
    private mutating func addAlternatives(for tier: MatchKind) throws {
        switch tier {
        case .exact, .prefix:
            return
        case .nickname:
            for i in query.words.indices {
                for word in Nicknames.bundled.alternatives(of: query.words[i].text).sorted() {
                    query.words[i].add(word, as: .nickname)
                }
            }
        case .phonetic:
            let statement = try db.cachedStatement(sql: "SELECT word FROM name_sound WHERE key = ?")
            for i in query.words.indices where query.words[i].text.count >= 2 {
                for key in DoubleMetaphone.keySet(query.words[i].text) {
                    for word in try String.fetchAll(statement, arguments: [key]) where word != query.words[i].text {
                        query.words[i].add(word, as: .phonetic)
                    }
                }
            }
        case .typo:
            let limits = query.words.map { EditDistance.allowedEdits(forLength: $0.text.utf8.count) }
            guard limits.contains(where: { $0 > 0 }) else { return }
            var texts = query.words.map { Array($0.text.utf8) }
            let cursor = try String.fetchCursor(db.cachedStatement(sql: "SELECT word FROM name_vocab"))
            while let word = try cursor.next() {
                var bytes = Array(word.utf8)
                for i in texts.indices where limits[i] > 0 && abs(bytes.count - texts[i].count) <= limits[i] + 8 {
                    if let d = EditDistance.typoDistance(query: &texts[i], word: &bytes, limit: limits[i]), d > 0 {
                        query.words[i].add(word, as: .typo)
                    }
                }
            }
        }
    }
}
