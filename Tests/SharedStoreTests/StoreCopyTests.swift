import DeskmateCore
import Foundation
import Testing
import TestSupport

/// `store copy` between every pair of store kinds: everything arrives with
/// its numbers, lookups rank alike on the copy, new rows continue after the
/// copied ones, and a target that holds data or a count that does not match
/// leaves the target as it was.
@Suite struct StoreCopyTests {
    @Test("SQLite to SQLite") func sqliteToSQLite() throws { try copyKeepsEverything(from: .sqlite, to: .sqlite) }

    @Test("SQLite to PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func sqliteToPostgres() throws { try copyKeepsEverything(from: .sqlite, to: .postgres) }

    @Test("PostgreSQL to SQLite", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func postgresToSQLite() throws { try copyKeepsEverything(from: .postgres, to: .sqlite) }

    @Test("PostgreSQL to PostgreSQL", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func postgresToPostgres() throws { try copyKeepsEverything(from: .postgres, to: .postgres) }

    /// A desk's morning in two branches: patrons, a kept and an open promise,
    /// an anonymous question, a waiting patron, an ended and an open shift.
    @discardableResult
    func fill(_ store: any PatronStore) throws -> Encounter {
        let kate = try store.addPatron(PatronDraft(name: "Catherine Okafor", preferredName: "Kate", pronunciation: "oh-KAH-for",
                                                   notes: "large print"), now: t0)
        let zoe = try store.addPatron(PatronDraft(name: "Zoë Ångström"), now: t0)
        _ = try store.addPatron(PatronDraft(name: "Siobhán O'Sullivan"), now: t0)
        // A gap in the numbers, as forgetting leaves one.
        let gone = try store.addPatron(PatronDraft(name: "Gone Patron"), now: t0)
        try store.forgetPatron(id: gone.id)
        let kept = try store.logEncounter(encounter(patron: kate.id, arrived: t0, note: "ILL", followUp: FollowUpDraft(promise: "call back", due: "2026-11-18")))
        _ = try store.keepFollowUp(id: try #require(kept.followUp).id, at: t0.addingTimeInterval(3600))
        _ = try store.logEncounter(encounter(patron: zoe.id, arrived: t0.addingTimeInterval(60), followUp: FollowUpDraft(promise: "find the map")))
        var west = encounter(arrived: t0.addingTimeInterval(120))
        west.desk = "Reference"
        west.branch = "Westside"
        let westLogged = try store.logEncounter(west)
        let ended = try store.startShift(desk: "Reference", branch: "Westside", staff: "AK", at: t0)
        _ = try store.endShift(id: ended.id, at: t0.addingTimeInterval(7200))
        _ = try store.startShift(desk: "Main desk", branch: DeskNames.defaultBranch, staff: "JB", at: t0)
        var waiting = try store.startTimer(arrived: t0.addingTimeInterval(300), mode: .phone, desk: "Main desk", branch: DeskNames.defaultBranch)
        waiting.patronID = zoe.id
        waiting.served = t0.addingTimeInterval(310)
        try store.updateTimer(waiting)
        _ = try store.correctEncounter(id: westLogged.id, EncounterCorrection(kind: .policy, staff: "AK"), at: t0.addingTimeInterval(900))
        return kept
    }

    func copyKeepsEverything(from sourceKind: StoreKind, to targetKind: StoreKind) throws {
        let source = try sourceKind.open(), target = try targetKind.open()
        let kept = try fill(source.store)
        let from = try #require(source.store as? any StoreTransfer), to = try #require(target.store as? any StoreTransfer)
        let counts = try StoreCopy.copy(from: from, to: to)
        #expect(counts == StoreCounts(patrons: 3, encounters: 3, followUps: 2, timers: 1, shifts: 2, changes: 1))
        #expect(try to.counts() == counts)

        let a = source.store, b = target.store
        for id in Int64(1)...5 { #expect(try a.patron(id: id) == b.patron(id: id), "patron \(id)") }
        let period = (t0.addingTimeInterval(-1), t0.addingTimeInterval(1000))
        #expect(try a.encounters(arrivedFrom: period.0, to: period.1) == b.encounters(arrivedFrom: period.0, to: period.1))
        #expect(try a.followUps(openOnly: false) == b.followUps(openOnly: false))
        for id in Int64(1)...3 { #expect(try a.encounterChanges(id: id) == b.encounterChanges(id: id), "trail of encounter \(id)") }
        #expect(try b.encounterChanges(id: 3).first?.fields.first?.to == "policy")
        #expect(try a.timers(desk: "Main desk", branch: DeskNames.defaultBranch) == b.timers(desk: "Main desk", branch: DeskNames.defaultBranch))
        #expect(try a.openShift(desk: "Main desk", branch: DeskNames.defaultBranch) == b.openShift(desk: "Main desk", branch: DeskNames.defaultBranch))
        #expect(try a.lastEndedShift(desk: "Reference", branch: "Westside") == b.lastEndedShift(desk: "Reference", branch: "Westside"))
        for query in ["kate", "okafro", "zoe", "angstrom", "o'sullivan", "gone"] {
            #expect(try a.lookup(query, limit: 5, now: t0).map(\.patron.id) == b.lookup(query, limit: 5, now: t0).map(\.patron.id), "\(query)")
        }
        #expect(try b.lookup("catherine", limit: 5, now: t0).first?.lastEncounter?.followUp?.isKept == true)
        #expect(try b.searchNotes("ill", limit: 5, scope: .all).map(\.encounterID) == [kept.id], "the copy's notes are searched")
        // New rows continue after the copied numbers.
        let next = try b.addPatron(PatronDraft(name: "New Person"), now: t0)
        #expect(next.id == 4, "after the highest copied patron")
        let logged = try b.logEncounter(encounter(arrived: t0.addingTimeInterval(500), followUp: FollowUpDraft(promise: "x")))
        #expect(logged.id == 4 && logged.followUp?.id == 3)
        #expect(try b.startShift(desk: "Children", branch: DeskNames.defaultBranch, staff: "JB", at: t0).id == 3)
        #expect(try b.startTimer(arrived: t0, mode: .chat, desk: "Children", branch: DeskNames.defaultBranch).id == 2)

        // A target that holds data is refused and left as it was.
        let before = try to.counts()
        #expect(throws: StoreError.self) { try StoreCopy.copy(from: from, to: to) }
        #expect(try to.counts() == before)
    }

    /// A source whose rows do not add up to its counts (a damaged store, or
    /// one written to during the copy): the target keeps nothing.
    @Test("a count that does not match keeps nothing (SQLite)") func aMismatchKeepsNothingOnSQLite() throws {
        try aMismatchKeepsNothing(.sqlite)
    }

    @Test("a count that does not match keeps nothing (PostgreSQL)", .enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
    func aMismatchKeepsNothingOnPostgres() throws { try aMismatchKeepsNothing(.postgres) }

    func aMismatchKeepsNothing(_ kind: StoreKind) throws {
        let source = try StoreKind.sqlite.open(), target = try kind.open()
        try fill(source.store)
        let from = try #require(source.store as? any StoreTransfer), to = try #require(target.store as? any StoreTransfer)
        var claimed = try from.counts()
        claimed.encounters += 1
        #expect(throws: StoreCopy.mismatch(expected: claimed, found: try from.counts())) {
            try to.writeAll(expecting: claimed) { sink in try from.readAll(pageSize: 2, sink) }
        }
        #expect(try to.counts().isEmpty, "nothing of the copy was kept")
        #expect(try target.store.lookup("kate", limit: 5, now: t0).isEmpty, "nor its name index")
    }
}
