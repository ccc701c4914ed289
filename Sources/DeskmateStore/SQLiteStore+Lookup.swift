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
        guard let parsed = NameQuery(lookingUp: query, limit: limit) else { return [] }
        return try read { db in
            var search = NameSearch(db: db, query: parsed, limit: limit)
            return try search.run().compactMap { hit in
                guard let patron = try SQLiteStore.fetchPatron(db, id: hit.patronID) else { return nil }
                let last = try SQLiteStore.lastEncounter(db, patronID: hit.patronID)
                let words = search.query.match(names: hit.names)?.words ?? []
                return PatronMatch(
                    patron: patron, lastEncounter: last, reason: MatchReason(kind: hit.kind.name, words: words))
            }
        }
    }
}

/// One lookup, tier by tier (exact, prefix, joined, nickname, phonetic, typo),
/// stopping as soon as `limit` patrons are found. Each tier reads candidates
/// for one anchor — the query word whose matches cover the fewest index rows
/// — and checks them against the other words using the folded names stored
/// beside every index row. How it reads them depends on how many there are:
///
/// - few (≤ `fullReadRows`): all of them, then sorted by score;
/// - many (a one- or two-letter word matching a large part of the store):
///   patrons from the best score down, stopping once `limit` match — when a
///   word covers many patrons, the best-scored ones are near the top. This
///   is chosen only when the walk is expected to be shorter than reading the
///   anchor's rows (the query's share of patrons estimated from the word
///   counts); it is capped at four times that estimate (at most `walkRows`),
///   and if it ends short and the anchor's rows are not too many
///   (≤ `fallbackRows`) they are read whole instead.
///
/// Nicknames, sound-alike words and typos are looked up in the vocabulary
/// only for the tiers that are reached, so a query with plenty of exact or
/// prefix matches never pays for them.
struct NameSearch {
    typealias Hit = SearchHits.Hit

    static let fullReadRows = 6_000
    static let mergeWords = 24
    static let walkRows = 60_000
    static let fallbackRows = 60_000

    let db: Database
    var query: NameQuery
    let limit: Int
    private var hits = SearchHits()
    private var prefixRows: [Int] = []
    /// Index rows of words a merge read to the end, for the weaker tiers.
    private var readToEnd: [String: [(score: Double, id: Int64, names: String)]] = [:]
    private var keptRows = 0
    /// About how many patrons there are (the highest id: no count scan).
    private var patronCount = 0

    init(db: Database, query: NameQuery, limit: Int) {
        self.db = db
        self.query = query
        self.limit = limit
    }

    mutating func run() throws -> [Hit] {
        prefixRows = try query.words.map { try rows(prefix: $0.text) }
        patronCount = try Int.fetchOne(db.cachedStatement(sql: "SELECT coalesce(max(id), 0) FROM patron")) ?? 0
        let vocabulary = SQLiteVocabulary(db: db)
        for tier in MatchKind.allCases {
            if tier == .exact {
                try exactTier()
            } else {
                // When no query word gained an alternative, this tier would
                // read and match exactly what the previous one did.
                let changed = tier == .prefix ? true : try query.addAlternatives(for: tier, from: vocabulary)
                if changed { try matchTier(tier) }
            }
            if hits.count >= limit { break }
        }
        return hits.best(limit)
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
        let prefix = query.words[anchor].text
        if let words = try vocabulary(prefix: prefix, max: Self.mergeWords) {
            let streams = words + anchorWords.filter { !$0.hasPrefix(prefix) }
            if streams.count <= Self.mergeWords {
                try merge(streams, tier: tier)
                return
            }
        }
        // How many patrons a best-first walk would read to find enough, if
        // the words occur independently of each other.
        let walk = SearchHits.walkLength(wanted: limit - hits.count, rows: prefixRows, patrons: patronCount)
        if fewest > Self.fullReadRows && walk < Double(fewest) {
            try walkBestFirst(tier, rows: Int(min(Double(Self.walkRows), max(2_000, 4 * walk))))
            if hits.count >= limit || fewest > Self.fallbackRows { return }
        }
        try readAll(prefix: query.words[anchor].text, words: anchorWords, tier: tier)
    }

    /// The anchor's words read side by side, each best-scored first straight
    /// off the index, merged into one best-first stream: the first `limit`
    /// patrons that match are the best, so this usually reads a few dozen
    /// rows even for a word a million patrons share.
    private mutating func merge(_ words: [String], tier: MatchKind) throws {
        typealias Posting = (score: Double, id: Int64, names: String)
        // A stream is either a cursor on the index or, for a word already
        // read to its end by an earlier tier, that word's rows kept in memory
        // (a weaker tier re-checks them against its new alternatives
        // without asking SQLite again).
        var cursors: [RowCursor?] = []
        var kept: [[Posting]] = []
        var positions: [Int] = []
        var recording: [[Posting]?] = []
        var heads: [Posting?] = []
        for (i, word) in words.enumerated() {
            if let rows = readToEnd[word] {
                cursors.append(nil)
                kept.append(rows)
                positions.append(1)
                recording.append(nil)
                heads.append(rows.first)
                continue
            }
            // One prepared statement per stream, all open at once.
            let statement = try db.cachedStatement(sql: """
                SELECT /* stream \(i) */ patron_id, score, names FROM name_posting WHERE word = ?
                ORDER BY score DESC, patron_id DESC
                """)
            let cursor = try Row.fetchCursor(statement, arguments: [word])
            let head: Posting? = try cursor.next().map { ($0[1], $0[0], $0[2]) }
            cursors.append(cursor)
            kept.append([])
            positions.append(0)
            recording.append(head.map { [$0] } ?? [])
            heads.append(head)
        }
        let wanted = limit - hits.count
        var added = 0, read = 0
        while added < wanted, read < Self.fallbackRows {
            var best = -1
            for i in heads.indices {
                guard let head = heads[i] else { continue }
                if best < 0 { best = i; continue }
                let other = heads[best]!
                if head.score > other.score || (head.score == other.score && head.id > other.id) { best = i }
            }
            guard best >= 0, let head = heads[best] else { break }
            read += 1
            if add(id: head.id, score: head.score, names: head.names, ceiling: tier) { added += 1 }
            if let cursor = cursors[best] {
                let next: Posting? = try cursor.next().map { ($0[1], $0[0], $0[2]) }
                heads[best] = next
                if let next {
                    if recording[best] != nil && keptRows < Self.fallbackRows {
                        recording[best]!.append(next)
                        keptRows += 1
                    } else {
                        recording[best] = nil
                    }
                } else if let rows = recording[best] {
                    readToEnd[words[best]] = rows
                }
            } else {
                heads[best] = positions[best] < kept[best].count ? kept[best][positions[best]] : nil
                positions[best] += 1
            }
        }
    }

    /// The vocabulary words starting with `prefix`, or nil when there are
    /// more than `max`.
    private func vocabulary(prefix: String, max: Int) throws -> [String]? {
        let words = try String.fetchAll(
            db.cachedStatement(sql: "SELECT word FROM name_vocab WHERE word >= ? AND word < ? LIMIT ?"),
            arguments: [prefix, prefix + "\u{7F}", max + 1])
        return words.count > max ? nil : words
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
    private mutating func walkBestFirst(_ tier: MatchKind, rows: Int) throws {
        let statement = try db.cachedStatement(sql: """
            SELECT id, rank, folded FROM patron ORDER BY rank DESC, id DESC
            """)
        let cursor = try Row.fetchCursor(statement)
        let wanted = limit - hits.count
        var added = 0, read = 0
        while let row = try cursor.next(), added < wanted, read < rows {
            read += 1
            if consider(row, ceiling: tier) { added += 1 }
        }
    }

    /// Adds the patron of `row` (id, score, folded names) if it matches and
    /// is new; returns whether it was added.
    @discardableResult
    private mutating func consider(_ row: Row, ceiling: MatchKind) -> Bool {
        add(id: row[0], score: row[1], names: row[2], ceiling: ceiling)
    }

    private mutating func add(id: Int64, score: Double, names: String, ceiling: MatchKind) -> Bool {
        hits.add(id: id, score: score, names: names, query: query, ceiling: ceiling)
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
}

/// The vocabulary as the weaker kinds ask about it (`NameVocabulary`).
struct SQLiteVocabulary: NameVocabulary {
    let db: Database

    /// One statement for all the words (a split's every beginning), in
    /// batches that stay under SQLite's limit on parameters.
    func patrons(of words: [String]) throws -> [String: Int] {
        var found: [String: Int] = [:]
        var start = 0
        while start < words.count {
            let batch = Array(words[start..<min(words.count, start + 200)])
            start += batch.count
            let marks = Array(repeating: "?", count: batch.count).joined(separator: ",")
            let rows = try Row.fetchCursor(
                db.cachedStatement(sql: "SELECT word, patrons FROM name_vocab WHERE word IN (\(marks))"),
                arguments: StatementArguments(batch))
            while let row = try rows.next() { found[row[0]] = row[1] }
        }
        return found
    }

    func words(startingWith prefix: String, max: Int) throws -> [String]? {
        let words = try String.fetchAll(
            db.cachedStatement(sql: "SELECT word FROM name_vocab WHERE word >= ? AND word < ? ORDER BY word LIMIT ?"),
            arguments: [prefix, prefix + "\u{7F}", max + 1])
        return words.count > max ? nil : words
    }

    /// One cached statement, run once per key.
    func words(soundingLike keys: Set<String>) throws -> [String: [String]] {
        let statement = try db.cachedStatement(sql: "SELECT word FROM name_sound WHERE key = ? ORDER BY word")
        var found: [String: [String]] = [:]
        for key in keys { found[key] = try String.fetchAll(statement, arguments: [key]) }
        return found
    }

    func words(in ranges: [(low: String, high: String)], _ body: (String) -> Void) throws {
        let statement = try db.cachedStatement(sql: "SELECT word FROM name_vocab WHERE word >= ? AND word < ?")
        for range in ranges {
            let cursor = try String.fetchCursor(statement, arguments: [range.low, range.high])
            while let word = try cursor.next() { body(word) }
        }
    }
}
