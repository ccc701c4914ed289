import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

/// One lookup on PostgreSQL, tier by tier (exact, prefix, joined, nickname,
/// phonetic, typo), stopping once `limit` patrons are found — the same
/// candidates and the same order as the SQLite store's `NameSearch`, read
/// in few round trips, since the server is a network hop away:
///
/// - Each tier reads the index rows of one anchor (the query word whose
///   matches cover the fewest rows): its vocabulary words and alternatives,
///   best-scored first, in keyset pages (`PostgresBestFirst`), checking each
///   patron against every query word with `NameQuery.kind`, and stops once
///   `limit` patrons match. When a word covers many patrons, the best ones
///   are near the top, so a page or two suffices; sorting every matching row
///   (tens of thousands for a short prefix) is never needed.
/// - A prefix too short to list its words (more than `mergeWords` of them,
///   a letter or so) walks the patrons down their visit scores instead, as
///   SQLite does, when that is expected to be shorter.
/// - Word counts are read for every word of a tier in one statement.
struct PostgresNameSearch {
    typealias Hit = SearchHits.Hit

    /// The most words of a prefix read side by side; more go to the walk.
    /// As on SQLite: a first page reads this many words' top rows, so a
    /// letter's 50-odd words cost more than walking the best patrons.
    static let mergeWords = 24
    /// The most index rows one tier reads (best-scored first), as on SQLite.
    static let maxRows = 60_000
    /// Below this many index rows, reading them beats walking the patrons.
    static let fullReadRows = 6_000

    let session: BlockingPostgresConnection.Session
    var query: NameQuery
    let limit: Int
    private var hits = SearchHits()
    /// Per query word: the index rows of the words it begins, and those
    /// words (nil when there are more than `mergeWords`).
    private var prefixes: [(rows: Int, words: [String]?)] = []
    /// How many patrons have each vocabulary word asked about so far.
    private var counts: [String: Int] = [:]
    /// About how many patrons there are (the highest id: no count scan).
    private var patronCount = 0
    /// Index rows of words a tier read to the end, best first, so a weaker
    /// tier re-checks them against its new alternatives from memory instead
    /// of reading them from the server again (as SQLite's merge does).
    private var readToEnd: [String: [PostgresBestFirst.Row]] = [:]
    private var keptRows = 0

    init(session: BlockingPostgresConnection.Session, query: NameQuery, limit: Int) {
        self.session = session
        self.query = query
        self.limit = limit
    }

    mutating func run() throws -> [Hit] {
        try readPrefixes()
        let vocabulary = PostgresVocabulary(session: session)
        for tier in MatchKind.allCases {
            // When no query word gained an alternative, this tier would read
            // and match exactly what the previous one did.
            let changed = tier == .exact || tier == .prefix ? true : try query.addAlternatives(for: tier, from: vocabulary)
            if changed { try matchTier(tier) }
            if hits.count >= limit { break }
        }
        return hits.best(limit)
    }

    private mutating func matchTier(_ tier: MatchKind) throws {
        let alternatives = query.words.map { tier == .exact ? [$0.text] : $0.alternativeWords(upTo: tier) }
        try count(alternatives.flatMap { $0 })
        var anchor = 0, fewest = Int.max
        for i in query.words.indices {
            let count = (tier == .exact ? 0 : prefixes[i].rows) + alternatives[i].reduce(0) { $0 + (counts[$1] ?? 0) }
            if count < fewest { fewest = count; anchor = i }
        }
        guard fewest > 0 else { return }
        if tier == .exact {
            try readBestFirst([query.words[anchor].text], tier: tier)
            return
        }
        let prefix = query.words[anchor].text
        let others = alternatives[anchor].filter { !$0.hasPrefix(prefix) }
        if let words = prefixes[anchor].words {
            try readBestFirst(words + others, tier: tier)
            return
        }
        let walk = SearchHits.walkLength(wanted: limit - hits.count, rows: prefixes.map(\.rows), patrons: patronCount)
        if fewest > Self.fullReadRows && walk < Double(fewest) {
            try walkBestFirst(tier, rows: Int(min(Double(Self.maxRows), max(2_000, 4 * walk))))
            if hits.count >= limit || fewest > Self.maxRows { return }
        }
        let words = try session.query("""
            SELECT word FROM name_vocab WHERE word >= \(prefix) AND word < \(prefix + "\u{7F}") ORDER BY word
            """).map { try $0.decode(String.self) }
        try readBestFirst(words + others, tier: tier)
    }

    /// The index rows of `words`, best-scored first, until `limit` patrons
    /// match or `maxRows` rows are read: the words read to the end before
    /// from memory, the others from the server, merged.
    private mutating func readBestFirst(_ words: [String], tier: MatchKind) throws {
        let fresh = Array(Set(words.filter { readToEnd[$0] == nil })).sorted()
        let kept = Set(words).subtracting(fresh).flatMap { readToEnd[$0]! }.sorted(by: Self.isBetter)
        var pages = PostgresBestFirst.postings(of: fresh, wanted: limit - hits.count)
        var page: [PostgresBestFirst.Row] = [], p = 0, k = 0
        var recorded: [PostgresBestFirst.Row]? = []
        let wanted = limit - hits.count
        var added = 0, read = 0
        while added < wanted, read < Self.maxRows {
            if p == page.count, !pages.finished {
                page = try pages.next(session, max: Self.maxRows - read) ?? []
                p = 0
                if recorded != nil && keptRows + (recorded?.count ?? 0) + page.count <= Self.maxRows {
                    recorded?.append(contentsOf: page)
                } else {
                    recorded = nil
                }
            }
            let fromServer = p < page.count ? page[p] : nil
            let fromMemory = k < kept.count ? kept[k] : nil
            guard let row = Self.better(fromServer, fromMemory) else { break }
            if let fromServer, row.id == fromServer.id && row.score == fromServer.score && row.word == fromServer.word { p += 1 } else { k += 1 }
            read += 1
            if hits.add(id: row.id, score: row.score, names: row.names, query: query, ceiling: tier) { added += 1 }
        }
        // Every fresh word read to its end: keep its rows for weaker tiers.
        if pages.finished, p == page.count, let recorded {
            for word in fresh { readToEnd[word] = [] }
            for row in recorded { readToEnd[row.word, default: []].append(row) }
            keptRows += recorded.count
        }
    }

    private static func isBetter(_ a: PostgresBestFirst.Row, _ b: PostgresBestFirst.Row) -> Bool {
        a.score != b.score ? a.score > b.score : a.id > b.id
    }

    private static func better(_ a: PostgresBestFirst.Row?, _ b: PostgresBestFirst.Row?) -> PostgresBestFirst.Row? {
        guard let a else { return b }
        guard let b else { return a }
        return isBetter(b, a) ? b : a
    }

    /// Patrons from the best visit score down until `limit` more match.
    private mutating func walkBestFirst(_ tier: MatchKind, rows: Int) throws {
        var pages = PostgresBestFirst.patrons(wanted: limit - hits.count)
        try read(&pages, tier: tier, rows: rows)
    }

    private mutating func read(_ pages: inout PostgresBestFirst, tier: MatchKind, rows: Int) throws {
        let wanted = limit - hits.count
        var added = 0, read = 0
        while added < wanted, read < rows, let page = try pages.next(session, max: rows - read) {
            for row in page {
                read += 1
                if hits.add(id: row.id, score: row.score, names: row.names, query: query, ceiling: tier) {
                    added += 1
                    if added == wanted { break }
                }
            }
        }
    }

    // MARK: Vocabulary

    /// Each query word's prefix rows and words, its own patron count (the
    /// exact tier's), and the patron count, in one statement.
    private mutating func readPrefixes() throws {
        let lows = query.words.map(\.text)
        let highs = lows.map { $0 + "\u{7F}" }
        let rows = try session.query("""
            SELECT q.i,
                   (SELECT coalesce(sum(v.patrons), 0)::bigint FROM name_vocab v WHERE v.word >= q.lo AND v.word < q.hi),
                   ARRAY(SELECT v.word FROM name_vocab v WHERE v.word >= q.lo AND v.word < q.hi
                         ORDER BY v.word LIMIT \(Int64(Self.mergeWords + 1))),
                   (SELECT coalesce(max(v.patrons), 0)::bigint FROM name_vocab v WHERE v.word = q.lo),
                   (SELECT coalesce(max(id), 0) FROM patron)
            FROM unnest(\(lows)::text[], \(highs)::text[]) WITH ORDINALITY AS q(lo, hi, i)
            ORDER BY q.i
            """)
        prefixes = []
        for row in rows {
            let (i, sum, words, own, patrons) = try row.decode((Int64, Int64, [String], Int64, Int64).self)
            prefixes.append((Int(sum), words.count > Self.mergeWords ? nil : words))
            if lows.indices.contains(Int(i) - 1) { counts[lows[Int(i) - 1]] = Int(own) }
            patronCount = Int(patrons)
        }
        guard prefixes.count == query.words.count else {
            throw StoreError.failed("The server did not count the name index's words.")
        }
    }

    /// Reads the patron counts of `words` not asked about yet, at once.
    private mutating func count(_ words: [String]) throws {
        let missing = Array(Set(words.filter { counts[$0] == nil }))
        guard !missing.isEmpty else { return }
        for word in missing { counts[word] = 0 }
        for row in try session.query("SELECT word, patrons FROM name_vocab WHERE word = ANY(\(missing))") {
            let (word, patrons) = try row.decode((String, Int64).self)
            counts[word] = Int(patrons)
        }
    }
}
