import DeskmateCore
import Foundation
import PostgresNIO

/// Turns the shared store's rows into domain values, by column name, with
/// the same forgiving rules as the SQLite store: an impossible instant is
/// treated as missing, an unknown mode or kind falls back to a safe default.
enum PostgresRows {
    static func date(_ seconds: Double?) -> Date? {
        guard let seconds, seconds.isFinite, abs(seconds) < 253_402_300_800 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    static let patronColumns = "id, name, preferred_name, pronunciation, notes, created, last_seen, visit_count"

    /// A row of `SELECT \(patronColumns)`.
    static func patron(_ row: PostgresRow) throws -> Patron {
        let (id, name, preferred, pronunciation, notes, created, lastSeen, visits) =
            try row.decode((Int64, String, String?, String?, String?, Double, Double?, Int64).self)
        return Patron(
            id: id, name: name, preferredName: preferred, pronunciation: pronunciation, notes: notes,
            created: date(created) ?? Date(timeIntervalSince1970: 0), lastSeen: date(lastSeen), visitCount: Int(visits))
    }

    static let encounterColumns = "id, patron_id, desk, staff, mode, kind, read, arrived, served, closed, note, branch"

    /// A row starting with `encounterColumns`.
    static func encounter(_ row: PostgresRow) throws -> Encounter {
        let cells = row.makeRandomAccess()
        let mode = try cells[4].decode(String.self)
        let kind = try cells[5].decode(String.self)
        let read = try cells[6].decode(Int64?.self)
        return Encounter(
            id: try cells[0].decode(Int64.self),
            patronID: try cells[1].decode(Int64?.self),
            desk: try cells[2].decode(String.self),
            branch: try cells[11].decode(String.self),
            staff: try cells[3].decode(String.self),
            mode: ContactMode(rawValue: mode) ?? .inPerson,
            kind: QuestionKind(rawValue: kind) ?? .other,
            read: read.flatMap { ReadLevel(rawValue: Int($0)) },
            arrived: date(try cells[7].decode(Double.self)) ?? Date(timeIntervalSince1970: 0),
            served: date(try cells[8].decode(Double?.self)),
            closed: date(try cells[9].decode(Double?.self)),
            note: try cells[10].decode(String?.self) ?? "")
    }

    static let followUpColumns = "id, encounter_id, promise, due, kept_at"

    /// A row with `followUpColumns` starting at column `from`.
    static func followUp(_ row: PostgresRow, from start: Int = 0) throws -> FollowUp {
        let cells = row.makeRandomAccess()
        return FollowUp(
            id: try cells[start].decode(Int64.self),
            encounterID: try cells[start + 1].decode(Int64.self),
            promise: try cells[start + 2].decode(String.self),
            due: try cells[start + 3].decode(String?.self),
            keptAt: date(try cells[start + 4].decode(Double?.self)))
    }

    static let shiftColumns = "id, desk, staff, started, ended, branch"

    static func shift(_ row: PostgresRow) throws -> Shift {
        let (id, desk, staff, started, ended, branch) = try row.decode((Int64, String, String, Double, Double?, String).self)
        return Shift(id: id, desk: desk, branch: branch, staff: staff, started: date(started) ?? Date(timeIntervalSince1970: 0), ended: date(ended))
    }

    static let timerColumns = "id, arrived, served, patron_id, mode"

    static func timer(_ row: PostgresRow) throws -> WaitingPatron {
        let (id, arrived, served, patronID, mode) = try row.decode((Int64, Double, Double?, Int64?, String).self)
        return WaitingPatron(
            id: id, arrived: date(arrived) ?? Date(timeIntervalSince1970: 0), served: date(served),
            patronID: patronID, mode: ContactMode(rawValue: mode) ?? .inPerson)
    }
}
