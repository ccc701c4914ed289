import DeskmateCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Adds many patrons in one transaction: all of them, or — on any
    /// failure — none. Prepared once, folded per row, fast at a million rows.
    public func importPatrons(_ drafts: [PatronDraft], now: Date) throws -> Int {
        let created = now.timeIntervalSince1970
        return try write { db in
            let lastID = try Int64.fetchOne(db, sql: "SELECT coalesce(max(id), 0) FROM patron") ?? 0
            let insert = try db.makeStatement(sql: """
                INSERT INTO patron (name, preferred_name, pronunciation, notes, created, folded)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
            for draft in drafts {
                let fields = try PatronFields(draft, requireName: true)
                try insert.execute(arguments: [
                    fields.name, fields.preferredName, fields.pronunciation, fields.notes, created, fields.folded,
                ])
            }
            try NameIndexTables.indexPatrons(db, after: lastID)
            return drafts.count
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
