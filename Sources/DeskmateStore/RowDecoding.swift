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
        let mode: String = try row.decode(forColumn: "mode")
        let kind: String = try row.decode(forColumn: "kind")
        let read: Int? = try row.decode(forColumn: "read")
        return Encounter(
            id: try row.decode(forColumn: "id"),
            patronID: try row.decode(forColumn: "patron_id"),
            desk: try row.decode(forColumn: "desk"),
            staff: try row.decode(forColumn: "staff"),
            mode: ContactMode(rawValue: mode) ?? .inPerson,
            kind: QuestionKind(rawValue: kind) ?? .other,
            read: read.flatMap(ReadLevel.init(rawValue:)),
            arrived: date(try row.decode(forColumn: "arrived")) ?? Date(timeIntervalSince1970: 0),
            served: date(try row.decode(forColumn: "served")),
            closed: date(try row.decode(forColumn: "closed")),
            note: try row.decode(String?.self, forColumn: "note") ?? "")
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
