import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI

/// Kate's long history and the library's promises, for the history screen
/// and the list of what is owed.
extension Fixture {
    /// Twelve visits, one a week, newest first; every third with a promise.
    static func kateHistory() -> [Encounter] {
        (0..<12).map { i in
            let arrived = now.addingTimeInterval(-86_400 * 7 * Double(i + 1) + Double(i) * 600)
            var e = Encounter(
                id: Int64(300 + i), patronID: 1, desk: "Main desk", staff: i % 2 == 0 ? "JB" : "AK",
                mode: i % 3 == 0 ? .phone : .inPerson, kind: i % 2 == 0 ? .reference : .readersAdvisory,
                read: ReadLevel(rawValue: 1 + i % 4), arrived: arrived, served: arrived.addingTimeInterval(30),
                closed: arrived.addingTimeInterval(400), note: i == 1 ? "" : "Visit \(12 - i): large-print westerns")
            if i % 3 == 0 {
                e.followUp = FollowUp(id: Int64(40 + i), encounterID: e.id, promise: "hold the next Louis L'Amour",
                                      due: "2026-10-0\(1 + i % 9)", keptAt: i == 0 ? nil : arrived.addingTimeInterval(86_400))
            }
            return e
        }
    }

    /// One promise of each standing, given in the store's order (kept last).
    static func promises() -> [OwedFollowUp] {
        func owed(_ id: Int64, _ promise: String, due: String?, kept: Date? = nil, patron: Patron?) -> OwedFollowUp {
            OwedFollowUp(
                followUp: FollowUp(id: id, encounterID: 50 + id, promise: promise, due: due, keptAt: kept),
                encounter: Encounter(id: 50 + id, patronID: patron?.id, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .reference,
                                     arrived: now.addingTimeInterval(-86_400 * Double(id))),
                patron: patron)
        }
        return [
            owed(1, "scans of the mill photos", due: "2026-11-16", patron: zoe),
            owed(2, "call when the ILL arrives", due: "2026-11-17", patron: kate),
            owed(3, "a reading list on Polish folk tales", due: "2026-11-20", patron: wei),
            owed(4, "check the donated maps", due: nil, patron: nil),
            owed(5, "renew the museum pass", due: "2026-11-10", kept: now.addingTimeInterval(-3600), patron: kate),
        ]
    }
}

extension Fixture {
    /// This shift's encounters at the desk, newest first: Kate's reference
    /// question (a promise), an anonymous direction, a tally.
    static func shiftEncounters() -> [Encounter] {
        var kates = Encounter(
            id: 120, patronID: 1, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .reference, read: ReadLevel(rawValue: 3),
            arrived: now.addingTimeInterval(-600), served: now.addingTimeInterval(-560), closed: now.addingTimeInterval(-300),
            note: "Large-print westerns")
        kates.followUp = FollowUp(id: 60, encounterID: 120, promise: "hold the new L'Amour", due: "2026-11-19")
        return [
            kates,
            Encounter(id: 119, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .directional, read: ReadLevel(rawValue: 1),
                      arrived: now.addingTimeInterval(-1800), served: now.addingTimeInterval(-1790), closed: now.addingTimeInterval(-1700),
                      note: "Toilets"),
            Encounter(id: 118, desk: "Main desk", staff: "JB", mode: .phone, kind: .policy, read: ReadLevel(rawValue: 1),
                      arrived: now.addingTimeInterval(-3000), served: now.addingTimeInterval(-3000), closed: now.addingTimeInterval(-2900)),
        ]
    }
}
