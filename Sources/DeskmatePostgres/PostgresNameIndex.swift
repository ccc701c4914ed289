import DeskmateCore
import Foundation
import NameMatching
import PostgresNIO

/// The lookup's index on PostgreSQL, the same three tables as the SQLite
/// store's `NameIndexTables` and written the same way: in Swift, whenever a
/// name is written, so folding, Double Metaphone keys and visit scores come
/// from one implementation (`NameMatching`) and both stores rank alike.
///
/// - `name_posting(word, score, patron_id, names)`: every folded word of
///   every patron's names with the patron's visit score and folded names.
/// - `name_vocab(word, patrons)`: the distinct words and how many patrons
///   have each; a word nobody has any more leaves no trace.
/// - `name_sound(key, word)`: the Double Metaphone keys of the vocabulary.
///
/// Counting is done with `INSERT … ON CONFLICT` and `UPDATE … RETURNING`, so
/// desks adding patrons with the same name at once count right.
enum PostgresNameIndex {
    /// The distinct words of a patron's folded names, in order.
    static func words(_ folded: String) -> [String] {
        var seen = Set<Substring>()
        var out: [String] = []
        for word in folded.split(separator: " ") where seen.insert(word).inserted { out.append(String(word)) }
        return out
    }

    /// Writes the index rows of one patron (none may exist yet).
    static func index(_ session: BlockingPostgresConnection.Session, patronID: Int64, folded: String, score: Double) throws {
        for word in words(folded) {
            try session.query("""
                INSERT INTO name_posting (word, score, patron_id, names) VALUES (\(word), \(score), \(patronID), \(folded))
                ON CONFLICT DO NOTHING
                """)
            let rows = try session.query("""
                INSERT INTO name_vocab (word, patrons) VALUES (\(word), 1)
                ON CONFLICT (word) DO UPDATE SET patrons = name_vocab.patrons + 1
                RETURNING patrons
                """)
            if try rows.first?.decode(Int64.self) == 1 {
                for key in DoubleMetaphone.keySet(word) {
                    try session.query("INSERT INTO name_sound (key, word) VALUES (\(key), \(word)) ON CONFLICT DO NOTHING")
                }
            }
        }
    }

    /// Removes one patron's index rows and uncounts their words.
    static func remove(_ session: BlockingPostgresConnection.Session, patronID: Int64) throws {
        let old = try session.query("DELETE FROM name_posting WHERE patron_id = \(patronID) RETURNING word")
            .map { try $0.decode(String.self) }
        for word in Set(old).sorted() {
            let rows = try session.query("""
                UPDATE name_vocab SET patrons = patrons - 1 WHERE word = \(word) RETURNING patrons
                """)
            if let left = try rows.first?.decode(Int64.self), left <= 0 {
                try session.query("DELETE FROM name_vocab WHERE word = \(word) AND patrons <= 0")
                try session.query("DELETE FROM name_sound WHERE word = \(word)")
            }
        }
    }
}

extension PostgresNameIndex {
    /// Counts the vocabulary and writes its sound keys from `name_posting`
    /// at once, after a bulk load (`store copy`) wrote postings without them.
    static func rebuildVocabulary(_ session: BlockingPostgresConnection.Session) throws {
        try session.execute("DELETE FROM name_sound")
        try session.execute("DELETE FROM name_vocab")
        let words = try session.query("""
            INSERT INTO name_vocab (word, patrons) SELECT word, count(DISTINCT patron_id) FROM name_posting GROUP BY word
            RETURNING word
            """).map { try $0.decode(String.self) }
        var sounds = RowsInsert("name_sound", ["key", "word"], suffix: "ON CONFLICT DO NOTHING")
        for word in words {
            for key in DoubleMetaphone.keySet(word) {
                try sounds.add(session) { b in b.append(key); b.append(word) }
            }
        }
        try sounds.flush(session)
    }
}
