import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

extension PostgresStore {
    /// Patrons whose names match every word typed, in any order, best first,
    /// by the same rules as the SQLite store: exact words, then beginnings of
    /// words, then nicknames, then names that sound alike, then typos; within
    /// each, the best visit score first (ties: the newer patron first).
    ///
    /// The search is `PostgresNameSearch`; the patrons found and their last
    /// encounters are then read for all of them at once (three statements
    /// whatever the limit), not one round trip per patron.
    public func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch] {
        guard let parsed = NameQuery(lookingUp: query, limit: limit) else { return [] }
        return try read { session in
            var search = PostgresNameSearch(session: session, query: parsed, limit: limit)
            let found = try search.run()
            let ids = found.map(\.patronID)
            let patrons = try Self.fetchPatrons(session, ids: ids)
            let last = try Self.lastEncounters(session, patronIDs: ids)
            return found.compactMap { hit in
                guard let patron = patrons[hit.patronID] else { return nil }
                let words = search.query.match(names: hit.names)?.words ?? []
                return PatronMatch(patron: patron, lastEncounter: last[hit.patronID], reason: MatchReason(kind: hit.kind.name, words: words))
            }
        }
    }

    /// The patrons with these ids, by id, in one statement.
    static func fetchPatrons(_ session: BlockingPostgresConnection.Session, ids: [Int64]) throws -> [Int64: Patron] {
        guard !ids.isEmpty else { return [:] }
        var patrons: [Int64: Patron] = [:]
        for row in try session.query("SELECT \(unescaped: PostgresRows.patronColumns) FROM patron WHERE id = ANY(\(ids))") {
            let patron = try PostgresRows.patron(row)
            patrons[patron.id] = patron
        }
        return patrons
    }

    /// Each patron's latest encounter with its follow-up, by patron: one
    /// index probe per patron (`encounter_patron`), in one statement.
    static func lastEncounters(_ session: BlockingPostgresConnection.Session, patronIDs: [Int64]) throws -> [Int64: Encounter] {
        guard !patronIDs.isEmpty else { return [:] }
        var last: [Int64: Encounter] = [:]
        for encounter in try encounters(session, """
            SELECT e.* FROM unnest(\(patronIDs)::bigint[]) AS p(id)
            CROSS JOIN LATERAL (
                SELECT \(unescaped: PostgresRows.encounterColumns) FROM encounter WHERE patron_id = p.id
                ORDER BY arrived DESC, id DESC LIMIT 1
            ) e
            """) {
            if let id = encounter.patronID { last[id] = encounter }
        }
        return last
    }
}

/// The vocabulary as the weaker kinds ask about it (`NameVocabulary`), in one
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

    func words(soundingLike keys: Set<String>) throws -> [String: [String]] {
        guard !keys.isEmpty else { return [:] }
        var found: [String: [String]] = [:]
        for row in try session.query("SELECT key, word FROM name_sound WHERE key = ANY(\(Array(keys))) ORDER BY key, word") {
            let (key, word) = try row.decode((String, String).self)
            found[key, default: []].append(word)
        }
        return found
    }

    func words(in ranges: [(low: String, high: String)], _ body: (String) -> Void) throws {
        let rows = try session.query("""
            SELECT v.word FROM unnest(\(ranges.map(\.low))::text[], \(ranges.map(\.high))::text[])
                 WITH ORDINALITY AS q(lo, hi, i)
            JOIN name_vocab v ON v.word >= q.lo AND v.word < q.hi ORDER BY q.i, v.word
            """)
        for row in rows { body(try row.decode(String.self)) }
    }
}
