import Foundation
import GRDB
import NameMatching

/// The lookup's index, written whenever a name is, so a keystroke at the desk
/// costs index range scans and never a fold, a phonetic key or a table scan.
///
/// - `name_posting(word, score, patron_id, names)`: every folded word of
///   every patron's names, ordered by word and then by the patron's visit
///   score (`VisitScore`), carrying the patron's folded names so a candidate
///   is checked against the other query words without touching `patron`.
///   "The best-scored Smiths" is a backward range scan that stops at the limit.
/// - `name_vocab(word, patrons)`: the distinct name words and how many
///   patrons have each, to choose the rarest query word as the anchor, to
///   know in advance how many rows a prefix covers, and to look for typos.
/// - `name_sound(key, word)`: the Double Metaphone keys of the vocabulary.
/// - `patron.rank` with the covering index `patron_rank(rank, id, folded)`:
///   every patron best-scored first, for one-letter queries that match a
///   large part of the store, where the best few are found by reading from
///   the top until enough match.
///
/// A trigger keeps the scores current when an encounter changes a patron's
/// last visit or visit count, so the encounter code need not know about it.
enum NameIndexTables {
    static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-name-words") { db in
            try db.execute(sql: """
                CREATE TABLE name_word (
                    word TEXT NOT NULL,
                    patron_id INTEGER NOT NULL REFERENCES patron(id) ON DELETE CASCADE,
                    PRIMARY KEY (word, patron_id)
                ) WITHOUT ROWID;
                CREATE INDEX name_word_patron ON name_word(patron_id);
                """)
        }
        migrator.registerMigration("v3-name-keys") { db in
            try db.execute(sql: """
                DROP TABLE name_word;
                ALTER TABLE patron ADD COLUMN rank REAL NOT NULL DEFAULT 0;
                CREATE INDEX patron_rank ON patron(rank, id, folded);
                CREATE TABLE name_posting (
                    word TEXT NOT NULL,
                    score REAL NOT NULL,
                    patron_id INTEGER NOT NULL,
                    names TEXT NOT NULL,
                    PRIMARY KEY (word, score, patron_id)
                ) WITHOUT ROWID;
                CREATE INDEX name_posting_patron ON name_posting(patron_id);
                CREATE TABLE name_vocab (
                    word TEXT PRIMARY KEY,
                    patrons INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE name_sound (
                    key TEXT NOT NULL,
                    word TEXT NOT NULL,
                    PRIMARY KEY (key, word)
                ) WITHOUT ROWID;
                CREATE TRIGGER patron_visit_score AFTER UPDATE OF last_seen, visit_count ON patron
                BEGIN
                    UPDATE patron SET rank = \(VisitScore.sql(lastSeen: "NEW.last_seen", visits: "NEW.visit_count"))
                        WHERE id = NEW.id;
                    UPDATE name_posting SET score = \(VisitScore.sql(lastSeen: "NEW.last_seen", visits: "NEW.visit_count"))
                        WHERE patron_id = NEW.id;
                END;
                UPDATE patron SET rank = \(VisitScore.sql());
                """)
            // Existing patrons are indexed as a bulk import would be.
            try indexPatrons(db, after: 0)
        }
    }

    /// The distinct words of a patron's folded names.
    static func words(_ folded: String) -> [String] {
        var seen = Set<Substring>()
        var out: [String] = []
        for word in folded.split(separator: " ") where seen.insert(word).inserted { out.append(String(word)) }
        return out
    }

    /// (Re)writes the index rows of one patron, whose `folded` column and
    /// visit score are already stored.
    static func index(_ db: Database, patronID: Int64, name: String, preferredName: String?, isNew: Bool = false) throws {
        if !isNew { try remove(db, patronID: patronID) }
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT folded, rank FROM patron WHERE id = ?"), arguments: [patronID])
        else { return }
        let folded: String = row[0]
        let score: Double = row[1]
        let insert = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO name_posting (word, score, patron_id, names) VALUES (?, ?, ?, ?)
            """)
        for word in words(folded) {
            try insert.execute(arguments: [word, score, patronID, folded])
            try countWord(db, word, by: 1)
        }
    }

    static func remove(_ db: Database, patronID: Int64) throws {
        let old = try String.fetchAll(
            db.cachedStatement(sql: "SELECT DISTINCT word FROM name_posting WHERE patron_id = ?"), arguments: [patronID])
        try db.cachedStatement(sql: "DELETE FROM name_posting WHERE patron_id = ?").execute(arguments: [patronID])
        for word in old { try countWord(db, word, by: -1) }
    }

    /// Adds `delta` patrons to `word` in the vocabulary; a new word gets its
    /// sound keys, a word nobody has any more leaves no trace.
    private static func countWord(_ db: Database, _ word: String, by delta: Int) throws {
        let patrons = try Int.fetchOne(
            db.cachedStatement(sql: "SELECT patrons FROM name_vocab WHERE word = ?"), arguments: [word])
        switch (patrons, delta > 0) {
        case (nil, true):
            try db.cachedStatement(sql: "INSERT INTO name_vocab (word, patrons) VALUES (?, ?)").execute(arguments: [word, delta])
            try addSounds(db, word)
        case (let count?, _) where count + delta > 0:
            try db.cachedStatement(sql: "UPDATE name_vocab SET patrons = ? WHERE word = ?").execute(arguments: [count + delta, word])
        case (_?, _):
            try db.cachedStatement(sql: "DELETE FROM name_vocab WHERE word = ?").execute(arguments: [word])
            try db.cachedStatement(sql: "DELETE FROM name_sound WHERE word = ?").execute(arguments: [word])
        default:
            break
        }
    }

    private static func addSounds(_ db: Database, _ word: String) throws {
        let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO name_sound (key, word) VALUES (?, ?)")
        for key in DoubleMetaphone.keySet(word) { try insert.execute(arguments: [key, word]) }
    }

    /// Indexes every patron whose id is above `lastID` in one pass: postings
    /// are gathered unsorted in a temporary table and inserted in index
    /// order, which is many times faster than inserting a million rows at
    /// random places of a B-tree. For imports and synthetic stores.
    static func indexPatrons(_ db: Database, after lastID: Int64) throws {
        let big = try (Int.fetchOne(db, sql: "SELECT count(*) FROM patron WHERE id > ?", arguments: [lastID]) ?? 0) > 20_000
        try db.execute(sql: """
            CREATE TEMP TABLE IF NOT EXISTS pending_posting (word TEXT, score REAL, patron_id INTEGER, names TEXT);
            DELETE FROM pending_posting;
            """)
        var counts: [String: Int] = [:]
        let insert = try db.makeStatement(sql: "INSERT INTO pending_posting VALUES (?, ?, ?, ?)")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT id, folded, rank FROM patron WHERE id > ? ORDER BY id", arguments: [lastID])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            let folded: String = row[1]
            let score: Double = row[2]
            for word in words(folded) {
                try insert.execute(arguments: [word, score, id, folded])
                counts[word, default: 0] += 1
            }
        }
        if big { try db.execute(sql: "DROP INDEX IF EXISTS name_posting_patron") }
        try db.execute(sql: """
            INSERT OR IGNORE INTO name_posting (word, score, patron_id, names)
                SELECT word, score, patron_id, names FROM pending_posting ORDER BY word, score, patron_id;
            DELETE FROM pending_posting;
            """)
        if big { try db.execute(sql: "CREATE INDEX IF NOT EXISTS name_posting_patron ON name_posting(patron_id)") }
        let upsert = try db.makeStatement(sql: """
            INSERT INTO name_vocab (word, patrons) VALUES (?, ?)
            ON CONFLICT(word) DO UPDATE SET patrons = patrons + excluded.patrons
            """)
        for (word, count) in counts.sorted(by: { $0.key < $1.key }) {
            try upsert.execute(arguments: [word, count])
            try addSounds(db, word)
        }
    }
}
