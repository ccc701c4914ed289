import DeskmateCore
import Foundation

/// A hand-made fortnight of encounters with known answers, for the period
/// report's tests: two desks in two branches, a complaint whose note holds
/// markup, a promise overdue, and a previous period to compare with.
enum PeriodReportFixture {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt
    static let goals = DeskGoals(acknowledgeSeconds: 60, serviceSeconds: 300)

    static func at(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    static func e(
        _ id: Int64, _ arrived: String, desk: String = "Main desk", branch: String = "Main library", patron: Int64? = nil,
        kind: QuestionKind = .reference, mode: ContactMode = .inPerson, read: Int? = nil, wait: Double? = nil,
        service: Double? = nil, note: String = "", followUp: FollowUp? = nil
    ) -> Encounter {
        let a = at(arrived)
        let served = wait.map { a.addingTimeInterval($0) }
        return Encounter(id: id, patronID: patron, desk: desk, branch: branch, staff: "JB", mode: mode, kind: kind,
                         read: read.flatMap(ReadLevel.init(rawValue:)), arrived: a, served: served,
                         closed: served.map { $0.addingTimeInterval(service ?? 0) }, note: note, followUp: followUp)
    }

    /// Monday 16 and Tuesday 17 November 2026, UTC.
    static let from = at("2026-11-16T00:00:00Z"), to = at("2026-11-18T00:00:00Z")
    static let now = at("2026-11-18T12:00:00Z")
    static let script = "<script>alert('x')</script> printer & \"toner\""
    static let owedPromise = FollowUp(id: 1, encounterID: 2, promise: "call back", due: "2026-11-17")

    static let current = [
        e(1, "2026-11-16T09:00:00Z", patron: 1, read: 3, wait: 30, service: 600),
        e(2, "2026-11-16T09:20:00Z", patron: 2, kind: .complaint, read: 2, wait: 120, service: 180, note: script, followUp: owedPromise),
        e(3, "2026-11-17T14:00:00Z", desk: "Reference", branch: "Eastside", kind: .directional, mode: .chat, read: 1, wait: 10, service: 60),
        e(4, "2026-11-17T14:30:00Z", desk: "Reference", branch: "Eastside", kind: .suggestion, wait: 40, service: 20, note: "more chairs"),
    ]
    static let before = [
        e(5, "2026-11-14T10:00:00Z", patron: 1, read: 3, wait: 50, service: 100,
          followUp: FollowUp(id: 2, encounterID: 5, promise: "hold the book", due: "2026-11-15", keptAt: at("2026-11-15T09:00:00Z"))),
        e(6, "2026-11-15T11:00:00Z", read: 2, wait: 200, service: 100),
    ]

    static func report(
        current: [Encounter] = current, before: [Encounter] = before, from: Date = from, to: Date = to,
        timeZone: TimeZone = utc, desk: String? = nil, branch: String? = nil
    ) -> PeriodReport {
        PeriodReport(
            from: from, to: to, desk: desk, branch: branch, encounters: current, previousEncounters: before,
            returningIDs: [1], previousReturningIDs: [], owed: [OwedFollowUp(followUp: owedPromise, encounter: current.count > 1 ? current[1] : e(2, "2026-11-16T09:20:00Z"), patron: nil)],
            goals: goals, timeZone: timeZone, now: now)
    }
}
