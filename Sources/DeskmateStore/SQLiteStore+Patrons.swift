import DeskmateCore
import Foundation
import GRDB
import NameMatching

extension SQLiteStore {
    public func addPatron(_ draft: PatronDraft, now: Date) throws -> Patron {
        let fields = try CheckedPatronDraft(draft, requireName: true)
        return try write { db in
            try db.execute(
                sql: """
                    INSERT INTO patron (name, preferred_name, pronunciation, notes, created, folded)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [fields.name, fields.preferredName, fields.pronunciation, fields.notes,
                            now.timeIntervalSince1970, NameFolding.foldPatron(name: fields.name ?? "", preferredName: fields.preferredName)])
            let id = db.lastInsertedRowID
            try NameIndexTables.index(db, patronID: id, name: fields.name ?? "", preferredName: fields.preferredName)
            return Patron(id: id, name: fields.name ?? "", preferredName: fields.preferredName,
                          pronunciation: fields.pronunciation, notes: fields.notes, created: now)
        }
    }

    public func patron(id: Int64) throws -> Patron? {
        try read { db in try Self.fetchPatron(db, id: id) }
    }

    static func fetchPatron(_ db: Database, id: Int64) throws -> Patron? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM patron WHERE id = ?"), arguments: [id])
            .map { try RowDecoding.patron($0) }
    }

    public func editPatron(id: Int64, _ draft: PatronDraft) throws -> Patron {
        let fields = try CheckedPatronDraft(draft, requireName: false)
        return try write { db in
            guard var patron = try Self.fetchPatron(db, id: id) else { throw StoreError.notFound("Patron \(id)") }
            if let name = fields.name { patron.name = name }
            if draft.preferredName != nil { patron.preferredName = fields.preferredName }
            if draft.pronunciation != nil { patron.pronunciation = fields.pronunciation }
            if draft.notes != nil { patron.notes = fields.notes }
            try db.execute(
                sql: """
                    UPDATE patron SET name = ?, preferred_name = ?, pronunciation = ?, notes = ?, folded = ?
                    WHERE id = ?
                    """,
                arguments: [patron.name, patron.preferredName, patron.pronunciation, patron.notes,
                            NameFolding.foldPatron(name: patron.name, preferredName: patron.preferredName), id])
            try NameIndexTables.index(db, patronID: id, name: patron.name, preferredName: patron.preferredName)
            return patron
        }
    }

    public func forgetPatron(id: Int64) throws {
        try write { db in
            guard try Self.fetchPatron(db, id: id) != nil else { throw StoreError.notFound("Patron \(id)") }
            // Their encounters stay only as anonymous counts: no link, no note, no promise.
            try db.execute(sql: """
                DELETE FROM follow_up WHERE encounter_id IN (SELECT id FROM encounter WHERE patron_id = ?)
                """, arguments: [id])
            try db.execute(sql: "UPDATE encounter SET patron_id = NULL, note = '' WHERE patron_id = ?", arguments: [id])
            // The triggers took their notes out of the search; merging its
            // segments takes the words out of the file too.
            try NoteSearchTable.optimize(db)
            try db.execute(sql: "UPDATE timer SET patron_id = NULL WHERE patron_id = ?", arguments: [id])
            try NameIndexTables.remove(db, patronID: id)
            try db.execute(sql: "DELETE FROM patron WHERE id = ?", arguments: [id])
        }
        try wipeRemovedText(done: "Patron \(id) is forgotten")
    }

    /// Empties the WAL after a forget or purge has committed, so the removed
    /// text is in none of the store's files. When another program's open read
    /// keeps it from doing so, the message says what was done and what waits,
    /// rather than "busy, try again" — trying the forget again would only
    /// find no patron.
    func wipeRemovedText(done: String) throws {
        do {
            try checkpointTruncate()
        } catch StoreError.locked {
            throw StoreError.failed("""
                \(done), but another program is reading the store, so the removed text is still in \
                \((path as NSString).lastPathComponent)-wal. It is wiped at the next forget or purge, or when \
                the last program closes the store.
                """)
        }
    }

    /// Writes the WAL back and empties it, so deleted text lingers in neither
    /// file (with `secure_delete` on, freed pages are zeroed).
    ///
    /// The pragma does not fail when another connection (a second desk in
    /// the middle of a read) keeps it from finishing: it answers `busy = 1`
    /// and leaves the WAL as it was. So the answer is checked; a busy
    /// checkpoint is tried again for about two seconds (beyond the busy
    /// timeout each try waits), then reported as `.locked` rather than taken
    /// for done.
    public func checkpointTruncate() throws {
        let deadline = Date().addingTimeInterval(2)
        while true {
            let busy: Int
            do {
                busy = try withWriterLock {
                    try writer.writeWithoutTransaction { db in
                        try Int.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") ?? 1
                    }
                }
            } catch {
                throw Self.storeError(error, path: path)
            }
            if busy == 0 { return }
            if Date() >= deadline { throw StoreError.locked(path: path) }
            usleep(50_000)
        }
    }
}
