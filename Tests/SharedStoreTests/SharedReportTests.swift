import DeskmateCore
import Foundation
import Testing
import TestSupport

/// `deskmate report` reads through `PatronStore`: the same period report,
/// with the same numbers as the shift summary, from either store.
@Suite struct SharedReportTests {
    @Test("on SQLite") func onSQLite() throws { try check(.sqlite) }

    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func onPostgres() throws { try check(.postgres) }

    func check(_ kind: StoreKind) throws {
        let opened = try kind.open()
        let store = opened.store
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let day: Double = 86_400
        let p = try store.addPatron(PatronDraft(name: "Catherine Okafor"), now: t0.addingTimeInterval(-3 * day))
        // The period is t0 to t0 + 2 days; the day before it is in the previous period.
        _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(-day)))
        _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(3600)))
        _ = try store.logEncounter(encounter(kind: .complaint, arrived: t0.addingTimeInterval(7200), note: "<b>cold</b>"))
        var east = encounter(arrived: t0.addingTimeInterval(day), wait: 90)
        east.desk = "Reference"
        east.branch = "Eastside"
        _ = try store.logEncounter(east)

        let from = t0, to = t0.addingTimeInterval(2 * day), now = to
        let scopes: [(DeskScope, Int, Int)] = [(.all, 3, 1), (.branch("Eastside"), 1, 0), (.desk("Main desk", branch: "Main library"), 2, 1)]
        for (scope, count, before) in scopes {
            let report = try PeriodReport.fromStore(store: store, from: from, to: to, scope: scope, goals: DeskGoals(), timeZone: utc, now: now)
            let summary = try ShiftReport.fromStore(store: store, shift: nil, from: from, to: to, desk: scope, goals: DeskGoals(), timeZone: utc, now: now)
            #expect(report.now.total == count && report.previous.total == before, "\(kind) \(scope)")
            #expect(try JSONOutput.string(ReportJSON(report.now)) == JSONOutput.string(ReportJSON(summary)), "\(kind) \(scope)")
            #expect(report.byDay.map(\.count).reduce(0, +) == count && report.heatmap.flatMap { $0 }.map(\.count).reduce(0, +) == count)
        }
        let all = try PeriodReport.fromStore(store: store, from: from, to: to, scope: .all, goals: DeskGoals(), timeZone: utc, now: now)
        #expect(all.now.returningPatrons == 1 && all.now.newPatrons == 0, "seen the day before the period")
        #expect(all.desks.map { "\($0.desk ?? "")/\($0.branch)/\($0.now.total)/\($0.previous.total)" } == ["Reference/Eastside/1/0", "Main desk/Main library/2/1"])
        #expect(all.now.complaints.map(\.note) == ["<b>cold</b>"])
    }
}
