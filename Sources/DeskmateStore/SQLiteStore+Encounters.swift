import DeskmateCore
import Foundation
import GRDB

extension SQLiteStore {
    /// Records a closed encounter, updates the patron's last visit and, when
    /// the encounter began as a running timer, removes that timer — all in one
    /// transaction, so a crash can neither lose the encounter nor count it twice.
    /// A draft whose `clientID` is already stored gets the stored encounter
    /// back and nothing is written (but the timer, if any, is removed): the
    /// writer lock and the transaction make the check and the insert one step.
    public func logEncounter(_ draft: EncounterDraft, closingTimer timerID: Int64?) throws -> Encounter {
        let checked = try CheckedEncounterDraft(draft)
        let clientID = draft.clientID?.uuidString.lowercased()
        return try write { db in
            if let clientID, let stored = try Self.encounters(
                db, sql: "SELECT * FROM encounter WHERE client_id = ?", arguments: [clientID]).first {
                if let timerID { try db.execute(sql: "DELETE FROM timer WHERE id = ?", arguments: [timerID]) }
                return stored
            }
            if let patronID = draft.patronID {
                guard try Self.fetchPatron(db, id: patronID) != nil else { throw StoreError.notFound("Patron \(patronID)") }
            }
            try db.execute(
                sql: """
                    INSERT INTO encounter (patron_id, desk, branch, staff, mode, kind, read, arrived, served, closed, note, client_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [draft.patronID, checked.desk, checked.branch, checked.staff, draft.mode.rawValue, draft.kind.rawValue,
                            draft.read?.rawValue, draft.arrived.timeIntervalSince1970, checked.served.timeIntervalSince1970,
                            draft.closed.timeIntervalSince1970, checked.note, clientID])
            let id = db.lastInsertedRowID
            try NoteSearchTable.index(db, encounterID: id, note: checked.note)
            var followUp: FollowUp?
            if let promise = checked.promise, !promise.isEmpty {
                try db.execute(
                    sql: "INSERT INTO follow_up (encounter_id, promise, due) VALUES (?, ?, ?)",
                    arguments: [id, promise, draft.followUp?.due])
                followUp = FollowUp(id: db.lastInsertedRowID, encounterID: id, promise: promise, due: draft.followUp?.due)
            }
            if let patronID = draft.patronID {
                try db.execute(
                    sql: """
                        UPDATE patron SET visit_count = visit_count + 1,
                            last_seen = max(coalesce(last_seen, 0), ?) WHERE id = ?
                        """,
                    arguments: [draft.arrived.timeIntervalSince1970, patronID])
            }
            if let timerID {
                try db.execute(sql: "DELETE FROM timer WHERE id = ?", arguments: [timerID])
            }
            return checked.encounter(id: id, followUp: followUp)
        }
    }

    public func deleteEncounter(id: Int64) throws {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT patron_id, note FROM encounter WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("Encounter \(id)")
            }
            try db.execute(sql: "DELETE FROM encounter WHERE id = ?", arguments: [id])
            // An undone note's words leave the index's segments too.
            if !((try row.decode(String?.self, forColumn: "note")) ?? "").isEmpty { try NoteSearchTable.optimize(db) }
            if let patronID: Int64 = try row.decode(forColumn: "patron_id") {
                // The patron's last visit is whatever remains.
                try db.execute(
                    sql: """
                        UPDATE patron SET visit_count = max(visit_count - 1, 0),
                            last_seen = (SELECT max(arrived) FROM encounter WHERE patron_id = ?) WHERE id = ?
                        """,
                    arguments: [patronID, patronID])
            }
        }
    }

    public func history(patronID: Int64, limit: Int) throws -> [Encounter] {
        try read { db in
            try Self.encounters(db, sql: """
                SELECT * FROM encounter WHERE patron_id = ? ORDER BY arrived DESC, id DESC LIMIT ?
                """, arguments: [patronID, limit])
        }
    }

    public func encounters(arrivedFrom: Date, to: Date) throws -> [Encounter] {
        try encounters(arrivedFrom: arrivedFrom, to: to, at: .all)
    }

    public func encounters(arrivedFrom: Date, to: Date, at desk: DeskScope) throws -> [Encounter] {
        try read { db in
            try Self.encounters(db, sql: """
                SELECT * FROM encounter WHERE arrived >= ? AND arrived < ?
                AND (?3 IS NULL OR desk = ?3) AND (?4 IS NULL OR branch = ?4) ORDER BY arrived, id
                """, arguments: [arrivedFrom.timeIntervalSince1970, to.timeIntervalSince1970, desk.name, desk.branchName])
        }
    }

    /// One statement for the whole set, its ids handed over as a JSON array:
    /// SQLite probes `encounter_patron (patron_id, arrived)` once per patron
    /// and stops at the first earlier encounter, without a round trip into
    /// Swift per patron (a year's report asks about most of the patrons).
    public func patronsSeen(before date: Date, among patronIDs: Set<Int64>) throws -> Set<Int64> {
        guard !patronIDs.isEmpty else { return [] }
        return try read { db in
            let list = "[" + patronIDs.map(String.init).joined(separator: ",") + "]"
            let rows = try Int64.fetchCursor(db, sql: """
                SELECT j.value FROM json_each(?) AS j
                WHERE EXISTS (SELECT 1 FROM encounter WHERE patron_id = j.value AND arrived < ?)
                """, arguments: [list, date.timeIntervalSince1970])
            var seen = Set<Int64>(minimumCapacity: patronIDs.count)
            while let id = try rows.next() { seen.insert(id) }
            return seen
        }
    }

    /// A patron's latest encounter with its follow-up. Statements are
    /// prepared once per connection: the lookup asks this on every keystroke.
    static func lastEncounter(_ db: Database, patronID: Int64) throws -> Encounter? {
        let lastRow = try db.cachedStatement(sql: """
            SELECT * FROM encounter WHERE patron_id = ? ORDER BY arrived DESC, id DESC LIMIT 1
            """)
        guard var last = try Row.fetchOne(lastRow, arguments: [patronID]).map(RowDecoding.encounter) else { return nil }
        let followUpRow = try db.cachedStatement(sql: "SELECT * FROM follow_up WHERE encounter_id = ? LIMIT 1")
        last.followUp = try Row.fetchOne(followUpRow, arguments: [last.id]).map { try RowDecoding.followUp($0) }
        return last
    }

    /// Encounters with their follow-ups attached.
    static func encounters(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Encounter] {
        var encounters: [Encounter] = []
        var columns: EncounterColumns?
        let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        while let row = try rows.next() {
            let layout = try columns ?? EncounterColumns(row)
            columns = layout
            encounters.append(try layout.decode(row))
        }
        guard !encounters.isEmpty else { return [] }
        let followUpRows: [Row]
        if encounters.count <= 500 {
            let ids = encounters.map(\.id)
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            followUpRows = try Row.fetchAll(
                db, sql: "SELECT * FROM follow_up WHERE encounter_id IN (\(marks))",
                arguments: StatementArguments(ids))
        } else {
            let low = encounters.map(\.id).min() ?? 0, high = encounters.map(\.id).max() ?? 0
            followUpRows = try Row.fetchAll(
                db, sql: "SELECT * FROM follow_up WHERE encounter_id BETWEEN ? AND ?", arguments: [low, high])
        }
        encounters.attach(try followUpRows.map { try RowDecoding.followUp($0) })
        return encounters
    }

    public func followUps(openOnly: Bool) throws -> [OwedFollowUp] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT f.id AS f_id, f.encounter_id AS f_encounter_id, f.promise AS f_promise,
                       f.due AS f_due, f.kept_at AS f_kept_at, e.*
                FROM follow_up f JOIN encounter e ON e.id = f.encounter_id
                \(openOnly ? "WHERE f.kept_at IS NULL" : "")
                ORDER BY f.kept_at IS NOT NULL, coalesce(f.due, '9999'), e.arrived
                """)
            return try rows.map { row in
                var encounter = try RowDecoding.encounter(row)
                let followUp = try RowDecoding.followUp(row, prefix: "f_")
                encounter.followUp = followUp
                let patron = try encounter.patronID.flatMap { try Self.fetchPatron(db, id: $0) }
                return OwedFollowUp(followUp: followUp, encounter: encounter, patron: patron)
            }
        }
    }

    public func keepFollowUp(id: Int64, at: Date) throws -> FollowUp {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM follow_up WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("Follow-up \(id)")
            }
            var followUp = try RowDecoding.followUp(row)
            if followUp.keptAt == nil {
                try db.execute(sql: "UPDATE follow_up SET kept_at = ? WHERE id = ?", arguments: [at.timeIntervalSince1970, id])
                followUp.keptAt = at
            }
            return followUp
        }
    }

    public func reopenFollowUp(id: Int64) throws -> FollowUp {
        try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM follow_up WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound("Follow-up \(id)")
            }
            var followUp = try RowDecoding.followUp(row)
            try db.execute(sql: "UPDATE follow_up SET kept_at = NULL WHERE id = ?", arguments: [id])
            followUp.keptAt = nil
            return followUp
        }
    }

    public func encounter(id: Int64) throws -> Encounter? {
        try read { db in try Self.encounters(db, sql: "SELECT * FROM encounter WHERE id = ?", arguments: [id]).first }
    }

    public func purge(arrivedBefore date: Date) throws -> Int {
        let count = try write { db in
            let cutoff = date.timeIntervalSince1970
            try db.execute(sql: """
                DELETE FROM follow_up WHERE encounter_id IN (SELECT id FROM encounter WHERE arrived < ?)
                """, arguments: [cutoff])
            try db.execute(sql: """
                UPDATE encounter SET patron_id = NULL, note = ''
                WHERE arrived < ? AND (patron_id IS NOT NULL OR note <> '')
                """, arguments: [cutoff])
            let purged = db.changesCount
            if purged > 0 { try NoteSearchTable.optimize(db) } // the purged notes' words leave the index's segments
            return purged
        }
        try wipeRemovedText(done: "\(count) encounter\(count == 1 ? " is" : "s are") purged")
        return count
    }
}
