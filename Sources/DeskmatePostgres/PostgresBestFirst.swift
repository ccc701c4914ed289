import Foundation
import PostgresNIO

/// Candidates for a lookup read from the server best-scored first, a page
/// at a time: each page starts after the last row of the one before (keyset
/// paging on `(score, patron_id)`), so the server reads only what the pages
/// hold, straight off an index in that order, and the lookup stops asking
/// once it has found enough. Pages grow (×4) so a query whose words rarely
/// go together costs a few round trips, not hundreds.
///
/// - `postings(of:)`: the `name_posting` rows of some words, each word read
///   down its primary key `(word, score, patron_id)` and merged (a LATERAL
///   top-N per word, then the best of those): the first page of a word a
///   million patrons share costs as little as a rare one.
/// - `patrons()`: every patron down `patron_rank (rank, id)`, with their
///   folded names — for a prefix too short to list its words.
struct PostgresBestFirst {
    struct Row {
        var id: Int64
        var score: Double
        var names: String
        /// The index word the row is of (empty for a patron of the walk).
        var word = ""
    }

    private enum Source { case postings([String]), patrons }

    private let source: Source
    private var pageRows: Int
    private var after = (score: Double.infinity, id: Int64.max)
    /// Whether every row was read (the last page came back short).
    private(set) var finished = false

    static let largestPage = 8_192

    private init(_ source: Source, wanted: Int, smallest: Int) {
        self.source = source
        pageRows = max(4 * wanted, smallest)
    }

    static func postings(of words: [String], wanted: Int) -> PostgresBestFirst {
        PostgresBestFirst(.postings(words), wanted: wanted, smallest: 64)
    }

    static func patrons(wanted: Int) -> PostgresBestFirst {
        PostgresBestFirst(.patrons, wanted: wanted, smallest: 256)
    }

    /// The next page, at most `max` rows; nil once every row was read.
    mutating func next(_ session: BlockingPostgresConnection.Session, max: Int) throws -> [Row]? {
        guard !finished, max > 0 else { return nil }
        let n = Int64(min(pageRows, max))
        pageRows = min(pageRows * 4, Self.largestPage)
        let rows: [PostgresRow]
        switch source {
        case .postings(let words):
            guard !words.isEmpty else { finished = true; return nil }
            rows = try session.query("""
                SELECT p.patron_id, p.score, p.names, w.word FROM unnest(\(words)::text[]) AS w(word)
                CROSS JOIN LATERAL (
                    SELECT n.patron_id, n.score, n.names FROM name_posting n
                    WHERE n.word = w.word AND (n.score, n.patron_id) < (\(after.score), \(after.id))
                    ORDER BY n.score DESC, n.patron_id DESC LIMIT \(n)
                ) p
                ORDER BY p.score DESC, p.patron_id DESC LIMIT \(n)
                """)
        case .patrons:
            rows = try session.query("""
                SELECT id, rank, folded, ''::text FROM patron WHERE (rank, id) < (\(after.score), \(after.id))
                ORDER BY rank DESC, id DESC LIMIT \(n)
                """)
        }
        let page = try rows.map { row in
            let (id, score, names, word) = try row.decode((Int64, Double, String, String).self)
            return Row(id: id, score: score, names: names, word: word)
        }
        if Int64(page.count) < n { finished = true }
        if let last = page.last { after = (last.score, last.id) }
        return page.isEmpty ? nil : page
    }
}
