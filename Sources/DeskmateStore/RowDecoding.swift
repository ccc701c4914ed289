import DeskmateCore
import Foundation
import GRDB

/// Turns stored rows into domain values without ever trapping: a value of the
/// wrong type throws, an unknown mode or kind falls back to a safe default.
enum RowDecoding {
    /// A stored instant; one that is not finite or lies beyond the year 9999
    /// (a damaged or tampered store) is treated as missing, so no later
    /// arithmetic or `Int` conversion on it can trap.
    static func date(_ seconds: Double?) -> Date? {
        guard let seconds, seconds.isFinite, abs(seconds) < 253_402_300_800 else { return nil }
        return Date(timeIntervalSince1970: seconds)
    }

    static func patron(_ row: Row, prefix: String = "") throws -> Patron {
        let column = NamedColumns(row: row, prefix: prefix)
        return Patron(
            id: try column("id"), name: try column("name"), preferredName: try column("preferred_name"),
            pronunciation: try column("pronunciation"), notes: try column("notes"),
            created: try column.requiredDate("created"), lastSeen: try column.date("last_seen"),
            visitCount: try column("visit_count") as Int? ?? 0)
    }

    static func encounter(_ row: Row) throws -> Encounter {
        try EncounterColumns(row).decode(row)
    }

    static func followUp(_ row: Row, prefix: String = "") throws -> FollowUp {
        let column = NamedColumns(row: row, prefix: prefix)
        return FollowUp(
            id: try column("id"), encounterID: try column("encounter_id"), promise: try column("promise"),
            due: try column("due"), keptAt: try column.date("kept_at"))
    }

    static func shift(_ row: Row) throws -> Shift {
        let column = NamedColumns(row: row)
        return Shift(
            id: try column("id"), desk: try column("desk"), branch: try column("branch"), staff: try column("staff"),
            started: try column.requiredDate("started"), ended: try column.date("ended"))
    }

    static func timer(_ row: Row) throws -> WaitingPatron {
        let column = NamedColumns(row: row)
        return WaitingPatron(
            id: try column("id"), arrived: try column.requiredDate("arrived"), served: try column.date("served"),
            patronID: try column("patron_id"), mode: ContactMode(rawValue: try column("mode")) ?? .inPerson)
    }
}

/// A row's columns read by name, under a prefix where a join gave them one
/// (`f_id`): one place where a column name becomes a value, and where a
/// stored instant always passes through `RowDecoding.date`.
struct NamedColumns {
    let row: Row
    var prefix = ""

    func callAsFunction<Value: DatabaseValueConvertible>(_ column: String) throws -> Value {
        try row.decode(forColumn: prefix + column)
    }

    /// An instant that may be missing (or damaged: then it is missing too).
    func date(_ column: String) throws -> Date? { RowDecoding.date(try self(column)) }

    /// An instant every row has; a damaged one reads as 1970 rather than
    /// failing the whole read.
    func requiredDate(_ column: String) throws -> Date { try date(column) ?? Date(timeIntervalSince1970: 0) }
}

/// Where each encounter column sits in a statement's rows, found once by
/// name: a summary decodes thousands of rows, and finding columns by name
/// for every value cost more than the rest of the decoding.
struct EncounterColumns {
    /// The columns an encounter is read from.
    enum Column: Int, CaseIterable {
        case id, patronID, desk, branch, staff, mode, kind, read, arrived, served, closed, note

        /// The column's name in the table: the case's own, but for `patron_id`.
        var name: String { self == .patronID ? "patron_id" : "\(self)" }
    }

    /// By `Column.rawValue`: where the column sits in the rows.
    private let indexes: [Int]

    init(_ row: Row) throws {
        var byName: [String: Int] = [:]
        for (i, name) in row.columnNames.enumerated() where byName[name.lowercased()] == nil {
            byName[name.lowercased()] = i
        }
        indexes = try Column.allCases.map { column in
            guard let i = byName[column.name] else { throw StoreError.failed("The store has no encounter column \(column.name).") }
            return i
        }
    }

    subscript(_ column: Column) -> Int { indexes[column.rawValue] }

    func decode(_ row: Row) throws -> Encounter {
        let mode: String = try row.decode(atIndex: self[.mode])
        let kind: String = try row.decode(atIndex: self[.kind])
        let read: Int? = try row.decode(atIndex: self[.read])
        return Encounter(
            id: try row.decode(atIndex: self[.id]),
            patronID: try row.decode(atIndex: self[.patronID]),
            desk: try row.decode(atIndex: self[.desk]),
            branch: try row.decode(atIndex: self[.branch]),
            staff: try row.decode(atIndex: self[.staff]),
            mode: ContactMode(rawValue: mode) ?? .inPerson,
            kind: QuestionKind(rawValue: kind) ?? .other,
            read: read.flatMap(ReadLevel.init(rawValue:)),
            arrived: RowDecoding.date(try row.decode(atIndex: self[.arrived])) ?? Date(timeIntervalSince1970: 0),
            served: RowDecoding.date(try row.decode(atIndex: self[.served])),
            closed: RowDecoding.date(try row.decode(atIndex: self[.closed])),
            note: try row.decode(String?.self, atIndex: self[.note]) ?? "")
    }
}
