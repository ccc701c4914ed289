import DeskmateCore
import Foundation
import GRDB
import NameMatching

extension SQLiteStore {
    /// Adds many patrons in one transaction: all of them, or — on any
    /// failure — none. Prepared once, folded per row, fast at a million rows.
    public func importPatrons(_ drafts: [PatronDraft], now: Date) throws -> Int {
        try importPatrons(now: now) { add in try drafts.forEach(add) }
    }

    /// The same, for drafts made one at a time while the transaction is open
    /// (`produce` calls `add` for each), so a million-row file never has to
    /// be held as a million drafts.
    public func importPatrons(now: Date, _ produce: (_ add: (PatronDraft) throws -> Void) throws -> Void) throws -> Int {
        let created = now.timeIntervalSince1970
        return try write { db in
            let lastID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM patron") ?? 0
            let insert = try db.makeStatement(sql: """
                INSERT INTO patron (name, preferred_name, pronunciation, notes, created, folded)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            var count = 0
            try produce { draft in
                let fields = try CheckedPatronDraft(draft, requireName: true)
                let folded = NameFolding.foldPatron(name: fields.name ?? "", preferredName: fields.preferredName)
                try insert.execute(arguments: [
                    fields.name, fields.preferredName, fields.pronunciation, fields.notes, created, folded,
                ])
                count += 1
            }
            try NameIndexTables.indexPatrons(db, after: lastID)
            return count
        }
    }

    /// Every patron, in id order, for export.
    public func allPatrons(_ body: (Patron) throws -> Void) throws {
        try read { db in
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM patron ORDER BY id")
            while let row = try cursor.next() { try body(try RowDecoding.patron(row)) }
        }
    }

    /// Every encounter, in arrival order, for export.
    public func allEncounters(_ body: (Encounter) throws -> Void) throws {
        try read { db in
            var followUps: [Int64: FollowUp] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT * FROM follow_up") {
                let f = try RowDecoding.followUp(row)
                followUps[f.encounterID] = f
            }
            let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM encounter ORDER BY arrived, id")
            while let row = try cursor.next() {
                var e = try RowDecoding.encounter(row)
                e.followUp = followUps[e.id]
                try body(e)
            }
        }
    }
}
