import DeskmateCore
import GRDB
import NameMatching

/// The notes search's full-text index (FTS5): each encounter's note,
/// folded as names are, under the encounter's id.
///
/// What keeps it in step with `encounter`, in the same transaction as
/// every write: triggers take a note out when its encounter is deleted or
/// its note changes in any way (a correction, a forget, a purge — whatever
/// code or tool does it), so the index never finds a note that is no
/// longer there; the store's writes put the new note's words in
/// (`index`, `indexEncounters`). The index holds only letters, digits and
/// spaces: folding happens in Swift, as it does for names, so no
/// tokenizer of our own has to be registered on every connection.
///
/// FTS5 keeps the words of a deleted note in its segments until they are
/// merged (Debian's SQLite 3.40 has no `secure-delete` option for FTS5), so
/// every write that takes a note away — forget, purge, a corrected note,
/// an undone save — ends with `optimize` in its own transaction: the
/// segments are merged into one without those words, and with
/// `secure_delete` on the freed pages are zeroed, so a forgotten note's
/// words leave the store's files at once, as a forgotten name does.
/// (The merge took 50 ms on 1.1 million seeded notes and 0.2 s on 2.8 million; it runs on the desk's store worker, never the input thread.)
/// `deskmate maintain` runs it as well, before its `VACUUM`.
enum NoteSearchTable {
    static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v8-notes-search") { db in
            // detail=none: the search asks for words, never phrases, so no
            // positions are kept; columnsize=0: no ranking, so no sizes.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE encounter_note_search USING fts5(
                    folded, tokenize = 'ascii', detail = none, columnsize = 0);
                CREATE TRIGGER encounter_note_search_delete AFTER DELETE ON encounter BEGIN
                    DELETE FROM encounter_note_search WHERE rowid = old.id;
                END;
                CREATE TRIGGER encounter_note_search_note AFTER UPDATE OF note ON encounter
                WHEN new.note IS NOT old.note BEGIN
                    DELETE FROM encounter_note_search WHERE rowid = old.id;
                END;
                """)
            try indexEncounters(db, after: 0)
        }
    }

    /// Puts `note`'s words in the index for the encounter, in place of any
    /// it had; an empty note (or one that folds to nothing) leaves none.
    static func index(_ db: Database, encounterID: Int64, note: String) throws {
        try db.execute(sql: "DELETE FROM encounter_note_search WHERE rowid = ?", arguments: [encounterID])
        let folded = NoteSearchWords.indexed(note)
        guard !folded.isEmpty else { return }
        try db.cachedStatement(sql: "INSERT INTO encounter_note_search (rowid, folded) VALUES (?, ?)")
            .execute(arguments: [encounterID, folded])
    }

    /// Indexes the notes of every encounter after `id` (a store copied or
    /// seeded in bulk, or one from before the index).
    static func indexEncounters(_ db: Database, after id: Int64) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO encounter_note_search (rowid, folded) VALUES (?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT id, note FROM encounter WHERE id > ? AND note <> '' ORDER BY id",
                                       arguments: [id])
        // Seeded and copied stores repeat notes ("hours", "printing"): each
        // is folded once, in a cache kept small.
        var folds: [String: String] = [:]
        while let row = try rows.next() {
            let note: String = row[1]
            let folded: String
            if let known = folds[note] {
                folded = known
            } else {
                folded = NoteSearchWords.indexed(note)
                if folds.count >= 4_096 { folds.removeAll(keepingCapacity: true) }
                folds[note] = folded
            }
            if !folded.isEmpty { try insert.execute(arguments: [row[0] as Int64, folded]) }
        }
    }

    /// Merges every segment into one, leaving out the words of notes that
    /// were taken out (with `secure_delete` on, the freed pages are zeroed).
    static func optimize(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO encounter_note_search (encounter_note_search) VALUES ('optimize')")
    }

    /// Above this many notes matching, the newest are found by walking the
    /// encounters by arrival rather than by sorting every match.
    static let walkAbove = 2_000

    /// The encounters of `scope` whose notes hold every word, newest first.
    ///
    /// Two plans, chosen by how many notes match (FTS5 counts 555,000 in
    /// about 13 ms): few are read from the index and sorted by arrival
    /// (`CROSS JOIN` keeps SQLite from walking every encounter instead); many
    /// — a common word — are taken as a set, and `encounter_arrived` is
    /// walked from the newest until `limit` of them are found, instead of
    /// sorting half a million rows (on 5M encounters: 181 ms rather than 448 ms
    /// as a whole process; the two statements alone take 73 ms in `sqlite3`).
    static func search(_ db: Database, _ words: NoteSearchWords, limit: Int, scope: DeskScope,
                       walkAbove: Int = walkAbove) throws -> [NoteHit] {
        guard !words.isEmpty, limit > 0 else { return [] }
        let query = words.fts5Query
        let matching = try Int.fetchOne(db.cachedStatement(sql: """
            SELECT count(*) FROM encounter_note_search WHERE encounter_note_search MATCH ?
            """), arguments: [query]) ?? 0
        guard matching > 0 else { return [] }
        let sql = matching <= walkAbove ? """
            SELECT e.* FROM encounter_note_search s CROSS JOIN encounter e ON e.id = s.rowid
            WHERE encounter_note_search MATCH ?1 AND e.note <> ''
            AND (?2 IS NULL OR e.desk = ?2) AND (?3 IS NULL OR e.branch = ?3)
            ORDER BY e.arrived DESC, e.id DESC LIMIT ?4
            """ : """
            SELECT e.* FROM encounter e INDEXED BY encounter_arrived
            WHERE e.id IN (SELECT rowid FROM encounter_note_search WHERE encounter_note_search MATCH ?1) AND e.note <> ''
            AND (?2 IS NULL OR e.desk = ?2) AND (?3 IS NULL OR e.branch = ?3)
            ORDER BY e.arrived DESC, e.id DESC LIMIT ?4
            """
        let rows = try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [query, scope.name, scope.branchName, limit])
        return try rows.map { NoteHit(try RowDecoding.encounter($0)) }
    }
}
