import DeskmateCore
import Foundation
import GRDB

/// Running timers and shifts: the desk's state that must survive quitting.
/// Both belong to a desk, so desks sharing the file keep their own.
extension SQLiteStore {
    public func startTimer(arrived: Date, mode: ContactMode, desk: String, branch: String) throws -> WaitingPatron {
        let desk = try InputLimits.check(desk, field: "desk", limit: InputLimits.desk)
        let branch = try CheckedEncounterDraft.branch(branch)
        return try write { db in
            try db.execute(sql: "INSERT INTO timer (arrived, mode, desk, branch) VALUES (?, ?, ?, ?)",
                           arguments: [arrived.timeIntervalSince1970, mode.rawValue, desk, branch])
            return WaitingPatron(id: db.lastInsertedRowID, arrived: arrived, mode: mode)
        }
    }

    public func updateTimer(_ timer: WaitingPatron) throws {
        try write { db in
            try db.execute(
                sql: "UPDATE timer SET served = ?, patron_id = ?, mode = ? WHERE id = ?",
                arguments: [timer.served?.timeIntervalSince1970, timer.patronID, timer.mode.rawValue, timer.id])
        }
    }

    public func removeTimer(id: Int64) throws {
        try write { db in try db.execute(sql: "DELETE FROM timer WHERE id = ?", arguments: [id]) }
    }

    public func timers(desk: String, branch: String) throws -> [WaitingPatron] {
        let (desk, branch) = DeskNames.stored(desk: desk, branch: branch)
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM timer WHERE desk = ? AND branch = ? ORDER BY arrived, id", arguments: [desk, branch])
                .map(RowDecoding.timer)
        }
    }

    public func openShift(desk: String, branch: String) throws -> Shift? {
        try latestShift(desk: desk, branch: branch, "ended IS NULL ORDER BY started DESC")
    }

    public func startShift(desk: String, branch: String, staff: String, at: Date) throws -> Shift {
        let desk = try InputLimits.check(desk, field: "desk", limit: InputLimits.desk)
        let branch = try CheckedEncounterDraft.branch(branch)
        let staff = try InputLimits.check(staff, field: "staff initials", limit: InputLimits.staff)
        return try write { db in
            if let open = try Row.fetchOne(db, sql: "SELECT * FROM shift WHERE desk = ? AND branch = ? AND ended IS NULL LIMIT 1",
                                           arguments: [desk, branch]).map(RowDecoding.shift) {
                return open
            }
            try db.execute(sql: "INSERT INTO shift (desk, branch, staff, started) VALUES (?, ?, ?, ?)",
                           arguments: [desk, branch, staff, at.timeIntervalSince1970])
            return Shift(id: db.lastInsertedRowID, desk: desk, branch: branch, staff: staff, started: at)
        }
    }

    public func endShift(id: Int64, at: Date) throws -> Shift {
        try write { db in
            guard var shift = try Row.fetchOne(db, sql: "SELECT * FROM shift WHERE id = ?", arguments: [id]).map(RowDecoding.shift) else {
                throw StoreError.notFound("Shift \(id)")
            }
            if shift.ended == nil {
                let end = max(at, shift.started)
                try db.execute(sql: "UPDATE shift SET ended = ? WHERE id = ?", arguments: [end.timeIntervalSince1970, id])
                shift.ended = end
            }
            return shift
        }
    }

    public func shift(id: Int64) throws -> Shift? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM shift WHERE id = ?", arguments: [id]).map(RowDecoding.shift)
        }
    }

    public func lastEndedShift(desk: String, branch: String) throws -> Shift? {
        try latestShift(desk: desk, branch: branch, "ended IS NOT NULL ORDER BY ended DESC")
    }

    /// The first of this desk's shifts that `condition` (a fixed SQL
    /// condition and order, never user input) picks.
    private func latestShift(desk: String, branch: String, _ condition: String) throws -> Shift? {
        let (desk, branch) = DeskNames.stored(desk: desk, branch: branch)
        return try read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM shift WHERE desk = ? AND branch = ? AND \(condition) LIMIT 1", arguments: [desk, branch]
            ).map(RowDecoding.shift)
        }
    }
}
