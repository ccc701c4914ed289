import DeskmateCore
import Foundation
import PostgresNIO

/// Running timers and shifts: the desk's state that must survive quitting.
/// Both belong to a desk, so the desks sharing the server keep their own.
extension PostgresStore {
    public func startTimer(arrived: Date, mode: ContactMode, desk: String, branch: String) throws -> WaitingPatron {
        let desk = try InputLimits.check(desk, field: "desk", limit: InputLimits.desk)
        let branch = try CheckedEncounterDraft.branch(branch)
        return try write { session in
            let rows = try session.query("""
                INSERT INTO timer (arrived, mode, desk, branch)
                VALUES (\(arrived.timeIntervalSince1970), \(mode.rawValue), \(desk), \(branch))
                RETURNING id
                """)
            return WaitingPatron(id: try rows.first?.decode(Int64.self) ?? 0, arrived: arrived, mode: mode)
        }
    }

    public func updateTimer(_ timer: WaitingPatron) throws {
        _ = try write { session in
            try session.query("""
                UPDATE timer SET served = \(timer.served?.timeIntervalSince1970), patron_id = \(timer.patronID),
                    mode = \(timer.mode.rawValue) WHERE id = \(timer.id)
                """)
        }
    }

    public func removeTimer(id: Int64) throws {
        _ = try write { session in try session.query("DELETE FROM timer WHERE id = \(id)") }
    }

    public func timers(desk: String, branch: String) throws -> [WaitingPatron] {
        let (desk, branch) = DeskNames.stored(desk: desk, branch: branch)
        return try read { session in
            try session.query("""
                SELECT \(unescaped: PostgresRows.timerColumns) FROM timer WHERE desk = \(desk) AND branch = \(branch) ORDER BY arrived, id
                """).map(PostgresRows.timer)
        }
    }

    public func openShift(desk: String, branch: String) throws -> Shift? {
        let (desk, branch) = DeskNames.stored(desk: desk, branch: branch)
        return try read { session in
            try session.query("""
                SELECT \(unescaped: PostgresRows.shiftColumns) FROM shift WHERE desk = \(desk) AND branch = \(branch) AND ended IS NULL
                ORDER BY started DESC LIMIT 1
                """).first.map(PostgresRows.shift)
        }
    }

    /// Opens a shift at the desk, or returns the one already open there. An
    /// advisory lock makes "is one open? if not, open one" a single step when
    /// two screens of one desk start together.
    public func startShift(desk: String, branch: String, staff: String, at: Date) throws -> Shift {
        let desk = try InputLimits.check(desk, field: "desk", limit: InputLimits.desk)
        let branch = try CheckedEncounterDraft.branch(branch)
        let staff = try InputLimits.check(staff, field: "staff initials", limit: InputLimits.staff)
        return try write { session in
            try session.query("SELECT pg_advisory_xact_lock(hashtext('deskmate-shift:' || current_schema()))")
            if let open = try session.query("""
                SELECT \(unescaped: PostgresRows.shiftColumns) FROM shift
                WHERE desk = \(desk) AND branch = \(branch) AND ended IS NULL LIMIT 1
                """).first.map(PostgresRows.shift) {
                return open
            }
            let rows = try session.query("""
                INSERT INTO shift (desk, branch, staff, started)
                VALUES (\(desk), \(branch), \(staff), \(at.timeIntervalSince1970)) RETURNING id
                """)
            return Shift(id: try rows.first?.decode(Int64.self) ?? 0, desk: desk, branch: branch, staff: staff, started: at)
        }
    }

    public func endShift(id: Int64, at: Date) throws -> Shift {
        try write { session in
            guard var shift = try session.query("""
                SELECT \(unescaped: PostgresRows.shiftColumns) FROM shift WHERE id = \(id) FOR UPDATE
                """).first.map(PostgresRows.shift) else {
                throw StoreError.notFound("Shift \(id)")
            }
            if shift.ended == nil {
                let end = max(at, shift.started)
                try session.query("UPDATE shift SET ended = \(end.timeIntervalSince1970) WHERE id = \(id)")
                shift.ended = end
            }
            return shift
        }
    }

    public func shift(id: Int64) throws -> Shift? {
        try read { session in
            try session.query("SELECT \(unescaped: PostgresRows.shiftColumns) FROM shift WHERE id = \(id)")
                .first.map(PostgresRows.shift)
        }
    }

    public func lastEndedShift(desk: String, branch: String) throws -> Shift? {
        let (desk, branch) = DeskNames.stored(desk: desk, branch: branch)
        return try read { session in
            try session.query("""
                SELECT \(unescaped: PostgresRows.shiftColumns) FROM shift
                WHERE desk = \(desk) AND branch = \(branch) AND ended IS NOT NULL
                ORDER BY ended DESC LIMIT 1
                """).first.map(PostgresRows.shift)
        }
    }
}
