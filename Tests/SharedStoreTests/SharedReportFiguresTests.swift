import DeskmateCore
import Foundation
import Testing
import TestSupport

/// Every number `deskmate report` prints, pinned against a straightforward
/// computation from the raw encounters (`PeriodReport(encounters:…)`, what
/// the report was before it read counts), on a seeded store of either kind:
/// desks of two branches, every kind, mode and READ level, fractional
/// waits, tallies, promises kept and overdue, complaints and suggestions,
/// returning and new patrons, a change of summer time, and the store's
/// writes that rewrite history — a correction, a deletion, a merge, a
/// forgotten patron and a purge. All five formats must come out the same.
@Suite struct SharedReportFiguresTests {
    @Test("on SQLite") func onSQLite() throws { try check(.sqlite) }

    @Test("on PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func onPostgres() throws { try check(.postgres) }

    /// Both stores seeded alike give the same report, to the last digit:
    /// what one store reads wrongly, both sides of `check` would share.
    @Test("the same on both stores", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func sameOnBothStores() throws {
        let seed = UInt64(Date().timeIntervalSince1970)
        let now = Self.dstEnd.addingTimeInterval(20 * 86_400)
        let from = Self.dstEnd.addingTimeInterval(-6 * 86_400 - 1_234.5), to = Self.dstEnd.addingTimeInterval(5 * 86_400 + 2_000)
        let reports = try [StoreKind.sqlite, .postgres].map { kind in
            let opened = try kind.open()
            try Self.fill(opened.store, seed: seed, now: now)
            return Self.formats(try PeriodReport.fromStore(
                store: opened.store, from: from, to: to, scope: .all, goals: DeskGoals(), timeZone: Self.london, now: now))
        }
        #expect(reports[0] == reports[1], "seed \(seed)")
    }

    static let london = TimeZone(identifier: "Europe/London") ?? .gmt
    /// 2026-10-25 01:00 UTC: summer time ends in London.
    static let dstEnd = Date(timeIntervalSince1970: 1_792_890_000)

    func check(_ kind: StoreKind) throws {
        let seed = UInt64(Date().timeIntervalSince1970)
        let opened = try kind.open()
        let store = opened.store
        let now = Self.dstEnd.addingTimeInterval(20 * 86_400)
        try Self.fill(store, seed: seed, now: now)
        let tz = Self.london, goals = DeskGoals()
        // Periods that start and end inside an hour, over the change of time,
        // a whole week, and one with nothing before it.
        let periods: [(Date, Date)] = [
            (Self.dstEnd.addingTimeInterval(-6 * 86_400 - 1_234.5), Self.dstEnd.addingTimeInterval(5 * 86_400 + 2_000)),
            (Self.dstEnd.addingTimeInterval(-3_600 * 3), Self.dstEnd.addingTimeInterval(4 * 86_400)),
            (Self.dstEnd.addingTimeInterval(-40 * 86_400), Self.dstEnd.addingTimeInterval(-33 * 86_400)),
        ]
        let scopes: [DeskScope] = [.all, .branch("Main library"), .desk("Main desk", branch: "Main library"), .one("Reference"), .branch("Nowhere")]
        for (from, to) in periods {
            for scope in scopes {
                let fast = try PeriodReport.fromStore(store: store, from: from, to: to, scope: scope, goals: goals, timeZone: tz, now: now)
                let slow = try ReportReference.report(store, from: from, to: to, scope: scope, goals: goals, timeZone: tz, now: now)
                let what = "\(kind) \(scope) \(from)…\(to) (seed \(seed))"
                #expect(fast.now.total == slow.now.total && fast.previous.total == slow.previous.total, "\(what)")
                #expect(fast.figures == slow.figures, "\(what)")
                #expect(Self.formats(fast) == Self.formats(slow), "\(what)")
            }
        }
        // The seed reached every figure the report has.
        let all = try ReportReference.report(store, from: periods[0].0, to: periods[0].1, scope: .all, goals: goals, timeZone: tz, now: now)
        #expect(all.now.returningPatrons > 0 && all.now.newPatrons > 0 && all.now.anonymous > 0, "seed \(seed)")
        #expect(!all.now.followUpsKept.isEmpty && all.overdue > 0 && !all.now.complaints.isEmpty, "seed \(seed)")
        #expect(all.desks.count == 3 && Set(all.now.byRead.keys).count == 6, "seed \(seed)")
    }

    static func formats(_ r: PeriodReport) -> [String] {
        let w = PeriodReportWriter(report: r, timeZone: london)
        return [w.text(), w.markdown(), w.csv(), (try? JSONOutput.string(PeriodReportJSON(r))) ?? "", PeriodReportHTML(report: r, timeZone: london).html()]
    }

    /// Ten weeks of encounters around the change of time, then the writes
    /// that change what was counted.
    static func fill(_ store: any PatronStore, seed: UInt64, now: Date) throws {
        var random = SampleRandom(seed: seed)
        let start = dstEnd.addingTimeInterval(-50 * 86_400)
        var patrons: [Int64] = []
        for i in 0..<24 { patrons.append(try store.addPatron(PatronDraft(name: "Patron \(i) Okafor"), now: start).id) }
        let desks = [("Main desk", "Main library"), ("Children's desk", "Main library"), ("Reference", "Eastside")]
        let notes = ["", "", "printer jammed", "more chairs", "<b>cold</b>"]
        var logged: [Encounter] = []
        for _ in 0..<420 {
            let arrived = start.addingTimeInterval(Double(random.int(0...(60 * 86_400))) + Double(random.int(0...9)) / 4)
            // Fractional waits, whole ones, none at all (a tally), and some repeats for the medians.
            let wait = random.chance(0.2) ? 0 : Double(random.int(0...400)) / (random.chance(0.5) ? 1 : 8)
            let service = random.chance(0.1) ? 0 : Double(random.int(0...900)) / (random.chance(0.5) ? 1 : 4)
            let (desk, branch) = random.pick(desks)
            let kind = random.pick(QuestionKind.allCases)
            var followUp: FollowUpDraft?
            if random.chance(0.12) {
                let due = DayFormat.string(arrived.addingTimeInterval(Double(random.int(-2...15)) * 86_400), timeZone: london)
                followUp = FollowUpDraft(promise: "call back", due: random.chance(0.1) ? nil : due)
            }
            let draft = EncounterDraft(
                patronID: random.chance(0.35) ? nil : random.pick(patrons), desk: desk, branch: branch, staff: "JB",
                mode: random.pick(ContactMode.allCases), kind: kind, read: random.chance(0.1) ? nil : ReadLevel(rawValue: random.int(1...6)),
                arrived: arrived, served: arrived.addingTimeInterval(wait), closed: arrived.addingTimeInterval(wait + service),
                note: kind == .complaint || kind == .suggestion ? random.pick(notes) : "", followUp: followUp)
            logged.append(try store.logEncounter(draft))
        }
        // Patrons first seen in the first period (new there, returning later).
        for i in 0..<3 {
            let fresh = try store.addPatron(PatronDraft(name: "Newcomer \(i) Byrne"), now: start).id
            let at = dstEnd.addingTimeInterval(Double(i) * 86_400 + 3_600 * 11.5)
            _ = try store.logEncounter(EncounterDraft(
                patronID: fresh, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .reference, read: ReadLevel(rawValue: 3),
                arrived: at, served: at.addingTimeInterval(45), closed: at.addingTimeInterval(300)))
        }
        // A tally sheet: anonymous questions for one past hour, served and closed on arrival.
        let sheet = dstEnd.addingTimeInterval(-2 * 86_400 + 10 * 3_600)
        for _ in 0..<7 {
            _ = try store.logEncounter(EncounterDraft(
                desk: "Reference", branch: "Eastside", staff: "JB", mode: .phone, kind: .directional, arrived: sheet, served: sheet, closed: sheet))
        }
        for owed in try store.followUps(openOnly: true) where random.chance(0.5) {
            _ = try store.keepFollowUp(id: owed.followUp.id, at: owed.encounter.arrived.addingTimeInterval(86_400))
        }
        // Whatever the seed: in the first period a promise kept, one overdue, a complaint.
        let day = dstEnd.addingTimeInterval(-86_400 + 3_600 * 14.25)
        for (kind, due) in [(QuestionKind.reference, "2026-10-25"), (.account, "2026-10-26"), (.complaint, nil)] {
            let e = try store.logEncounter(EncounterDraft(
                patronID: patrons[5], desk: "Children's desk", staff: "JB", mode: .chat, kind: kind, arrived: day, served: day.addingTimeInterval(12.5),
                closed: day.addingTimeInterval(100), note: kind == .complaint ? "too loud" : "", followUp: due.map { FollowUpDraft(promise: "email the list", due: $0) }))
            if kind == .reference, let f = e.followUp { _ = try store.keepFollowUp(id: f.id, at: day.addingTimeInterval(3_600)) }
        }
        for e in logged.prefix(30) where random.chance(0.5) {
            _ = try store.correctEncounter(
                id: e.id, EncounterCorrection(kind: random.pick(QuestionKind.allCases), mode: random.pick(ContactMode.allCases),
                                              read: ReadLevel(rawValue: random.int(1...6)), staff: "AK"), at: now)
        }
        for e in logged.suffix(10) { try store.deleteEncounter(id: e.id) }
        _ = try store.mergePatrons(keep: patrons[0], other: patrons[1])
        try store.forgetPatron(id: patrons[2])
        _ = try store.purge(arrivedBefore: start.addingTimeInterval(4 * 86_400))
    }
}
