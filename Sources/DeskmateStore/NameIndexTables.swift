import Foundation
import GRDB
import NameMatching

/// The lookup's index: every folded word of every patron's names, so a
/// prefix typed at the desk is an index range scan, never a table scan.
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
    }

    /// (Re)writes the index rows of one patron.
    static func index(_ db: Database, patronID: Int64, name: String, preferredName: String?, isNew: Bool = false) throws {
        if !isNew { try remove(db, patronID: patronID) }
        let words = Set(NameFolding.words(name) + NameFolding.words(preferredName ?? ""))
        let statement = try db.cachedStatement(sql: "INSERT OR IGNORE INTO name_word (word, patron_id) VALUES (?, ?)")
        for word in words {
            try statement.execute(arguments: [word, patronID])
        }
    }

    static func remove(_ db: Database, patronID: Int64) throws {
        try db.execute(sql: "DELETE FROM name_word WHERE patron_id = ?", arguments: [patronID])
    }
}
