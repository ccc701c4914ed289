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
        Patron(
            id: try row.decode(forColumn: prefix + "id"),
            name: try row.decode(forColumn: prefix + "name"),
            preferredName: try row.decode(forColumn: prefix + "preferred_name"),
            pronunciation: try row.decode(forColumn: prefix + "pronunciation"),
            notes: try row.decode(forColumn: prefix + "notes"),
            created: date(try row.decode(forColumn: prefix + "created")) ?? Date(timeIntervalSince1970: 0),
            lastSeen: date(try row.decode(forColumn: prefix + "last_seen")),
            visitCount: try row.decode(Int?.self, forColumn: prefix + "visit_count") ?? 0)
    }

    static func encounter(_ row: Row) throws -> Encounter {
        try EncounterColumns(row).decode(row)
    }

    static func followUp(_ row: Row, prefix: String = "") throws -> FollowUp {
        FollowUp(
            id: try row.decode(forColumn: prefix + "id"),
            encounterID: try row.decode(forColumn: prefix + "encounter_id"),
            promise: try row.decode(forColumn: prefix + "promise"),
            due: try row.decode(forColumn: prefix + "due"),
            keptAt: date(try row.decode(forColumn: prefix + "kept_at")))
    }

    static func shift(_ row: Row) throws -> Shift {
        Shift(
            id: try row.decode(forColumn: "id"),
            desk: try row.decode(forColumn: "desk"),
            branch: try row.decode(forColumn: "branch"),
            staff: try row.decode(forColumn: "staff"),
            started: date(try row.decode(forColumn: "started")) ?? Date(timeIntervalSince1970: 0),
            ended: date(try row.decode(forColumn: "ended")))
    }

    static func timer(_ row: Row) throws -> WaitingPatron {
        let mode: String = try row.decode(forColumn: "mode")
        return WaitingPatron(
            id: try row.decode(forColumn: "id"),
            arrived: date(try row.decode(forColumn: "arrived")) ?? Date(timeIntervalSince1970: 0),
            served: date(try row.decode(forColumn: "served")),
            patronID: try row.decode(forColumn: "patron_id"),
            mode: ContactMode(rawValue: mode) ?? .inPerson)
    }
}

/// Where each encounter column sits in a statement's rows, found once by
/// name: a summary decodes thousands of rows, and finding columns by name
/// for every value cost more than the rest of the decoding.
struct EncounterColumns {
    let id, patronID, desk, branch, staff, mode, kind, read, arrived, served, closed, note: Int

    init(_ row: Row) throws {
        var indexes: [String: Int] = [:]
        for (i, name) in row.columnNames.enumerated() where indexes[name.lowercased()] == nil {
            indexes[name.lowercased()] = i
        }
        func index(_ name: String) throws -> Int {
            guard let i = indexes[name] else { throw StoreError.failed("The store has no encounter column \(name).") }
            return i
        }
        id = try index("id")
        patronID = try index("patron_id")
        desk = try index("desk")
        branch = try index("branch")
        staff = try index("staff")
        mode = try index("mode")
        kind = try index("kind")
        read = try index("read")
        arrived = try index("arrived")
        served = try index("served")
        closed = try index("closed")
        note = try index("note")
    }

    func decode(_ row: Row) throws -> Encounter {
        let mode: String = try row.decode(atIndex: mode)
        let kind: String = try row.decode(atIndex: kind)
        let read: Int? = try row.decode(atIndex: read)
        return Encounter(
            id: try row.decode(atIndex: id),
            patronID: try row.decode(atIndex: patronID),
            desk: try row.decode(atIndex: desk),
            branch: try row.decode(atIndex: branch),
            staff: try row.decode(atIndex: staff),
            mode: ContactMode(rawValue: mode) ?? .inPerson,
            kind: QuestionKind(rawValue: kind) ?? .other,
            read: read.flatMap(ReadLevel.init(rawValue:)),
            arrived: RowDecoding.date(try row.decode(atIndex: arrived)) ?? Date(timeIntervalSince1970: 0),
            served: RowDecoding.date(try row.decode(atIndex: served)),
            closed: RowDecoding.date(try row.decode(atIndex: closed)),
            note: try row.decode(String?.self, atIndex: note) ?? "")
    }
}
