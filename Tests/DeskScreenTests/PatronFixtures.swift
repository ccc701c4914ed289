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
