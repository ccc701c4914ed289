import DeskmateCore
import Foundation
import GRDB
import Testing
import TestSupport
@testable import DeskmateStore

/// The packed hourly facts a report reads on a file (`ReportFactsTable`)
/// must say what the encounters say, whatever changed them: the store's
/// own writes (repacked in the same transaction), a change made with
/// another tool (read from the encounters while marked stale), a packing
/// this version cannot read, and a store from before the facts.
@Suite struct ReportFactsTests {
    static let tz = TimeZone(identifier: "Europe/London") ?? .gmt
    /// Fifteen days of the store's random encounters, starting at `t0`.
    static let span = 15 * 86_400.0

    /// Encounters at three desks over fifteen days, with patrons, tallies,
    /// promises, complaints — then corrections, deletions, a merge, a
    /// forgotten patron and a purge, all through the store.
    /// A store in memory, filled from this run's seed.
    static func filled() throws -> (store: SQLiteStore, seed: UInt64) {
        let seed = TestSeed.seed()
        let store = try SQLiteStore.inMemory()
        try fill(store, seed: seed)
        return (store, seed)
    }

    static func fill(_ store: SQLiteStore, seed: UInt64) throws {
        var rng = SampleRandom(seed: seed)
        let desks = [("Main desk", "Main library"), ("Reference", "Eastside"), ("Reference", "Main library")]
        var patrons: [Int64] = []
        for i in 0..<12 { patrons.append(try store.addPatron(PatronDraft(name: "Patron \(i)"), now: t0).id) }
        var saved: [Encounter] = []
        for _ in 0..<400 {
            var draft = encounter(
                patron: rng.int(0...3) == 0 ? nil : rng.pick(patrons), kind: rng.pick(QuestionKind.allCases),
                arrived: t0.addingTimeInterval(Double(rng.int(0...Int(span))) + 0.25), wait: Double(rng.int(0...900)) + 0.5,
                service: Double(rng.int(10...1_200)), note: rng.int(0...2) == 0 ? "printing help" : "",
                followUp: rng.int(0...9) == 0 ? FollowUpDraft(promise: "call back", due: "2026-11-20") : nil)
            (draft.desk, draft.branch) = rng.pick(desks)
            if rng.int(0...9) == 0 { draft.served = nil }
            draft.mode = rng.pick(ContactMode.allCases)
            draft.read = ReadLevel(rawValue: rng.int(1...6))
            saved.append(try store.logEncounter(draft))
        }
        for e in saved.prefix(30) {
            _ = try store.correctEncounter(id: e.id, EncounterCorrection(kind: .complaint, mode: .email, read: ReadLevel(rawValue: 6), staff: "AK"), at: t0)
        }
        for e in saved.dropFirst(30).prefix(20) { try store.deleteEncounter(id: e.id) }
        _ = try store.mergePatrons(keep: patrons[0], other: patrons[1])
        try store.forgetPatron(id: patrons[2])
        _ = try store.purge(arrivedBefore: t0.addingTimeInterval(86_400))
    }

    /// The report as the store gives it, against the reference, over
    /// periods that begin and end inside an hour, and every kind of scope.
    static func expectReportsMatch(_ store: SQLiteStore, _ what: String) throws {
        let day = 86_400.0
        let periods: [(Double, Double)] = [(0, span), (3 * day + 1_800.5, 9 * day + 59.75), (7 * day, 8 * day)]
        let scopes: [DeskScope] = [.all, .one("Reference"), .desk("Reference", branch: "Eastside"), .branch("Main library")]
        var counted = 0
        for (a, b) in periods {
            for scope in scopes {
                let from = t0.addingTimeInterval(a), to = t0.addingTimeInterval(b)
                let fast = try PeriodReport.fromStore(
                    store: store, from: from, to: to, scope: scope, goals: DeskGoals(), timeZone: tz, now: t0.addingTimeInterval(span))
                let slow = try ReportReference.report(
                    store, from: from, to: to, scope: scope, goals: DeskGoals(), timeZone: tz, now: t0.addingTimeInterval(span))
                let differs = ReportReference.difference(fast, slow)
                #expect(differs == nil, "\(what): \(scope) \(a)…\(b): \(differs ?? "")")
                counted += fast.now.total
            }
        }
        #expect(counted > 1_000, "\(what): the periods hold encounters")
    }

    /// What every packed hour and first encounter should be, from the encounters.
    static func expectPackedFactsTrue(_ store: SQLiteStore, _ what: String) throws {
        try store.writer.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM report_facts_stale") == 0, "\(what): no hour left stale")
            let rows = try Row.fetchAll(db, sql: "SELECT hour, branch, desk, facts FROM report_facts")
            #expect(!rows.isEmpty)
            var packed = 0
            for row in rows {
                let bucket = ReportFactsTable.Bucket(hour: row[0], branch: row[1], desk: row[2])
                var read = EncounterFacts(desk: bucket.desk, branch: bucket.branch)
                let data: Data = row[3]
                #expect(data.withUnsafeBytes { read.append(encoded: $0, arrivedIn: -Double.infinity..<Double.infinity) })
                let truth = try ReportFactsTable.facts(db, of: bucket, arrivedIn: -Double.infinity..<Double.infinity)
                #expect(read.encoded() == truth.encoded(), "\(what): hour \(bucket)")
                packed += read.count
            }
            #expect(packed == (try Int.fetchOne(db, sql: "SELECT count(*) FROM encounter")), "\(what): every encounter is packed once")
            let first = try Row.fetchAll(db, sql: "SELECT patron_id, first_arrived FROM patron_first ORDER BY patron_id")
            let truth = try Row.fetchAll(db, sql: """
                SELECT patron_id, min(arrived) AS first_arrived FROM encounter WHERE patron_id IS NOT NULL GROUP BY patron_id ORDER BY patron_id
                """)
            #expect(first == truth, "\(what): each patron's first encounter")
        }
    }

    @Test func theStoresOwnWritesKeepEveryHourPacked() throws {
        let (store, seed) = try Self.filled()
        try Self.expectPackedFactsTrue(store, "seed \(seed)")
        try Self.expectReportsMatch(store, "seed \(seed)")
    }

    @Test func aChangeMadeWithAnotherToolIsReadFromTheEncounters() throws {
        let (store, seed) = try Self.filled()
        // Straight into the database, as the sqlite3 shell would: the
        // triggers mark the hours, nothing repacks them.
        try store.writer.write { db in
            try db.execute(sql: """
                UPDATE encounter SET kind = 'suggestion', served = arrived + 1234.5 WHERE id % 3 = 0;
                UPDATE encounter SET patron_id = NULL WHERE id % 5 = 0;
                UPDATE encounter SET desk = 'Reference', branch = 'Eastside' WHERE id % 11 = 0;
                DELETE FROM encounter WHERE id % 7 = 0;
                """)
        }
        let stale = try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM report_facts_stale") ?? 0 }
        #expect(stale > 50, "the changed hours are marked (seed \(seed))")
        try Self.expectReportsMatch(store, "stale hours, seed \(seed)")
        // The next write of the store repacks them.
        _ = try store.logEncounter(encounter(arrived: t0.addingTimeInterval(5 * 86_400)))
        try Self.expectPackedFactsTrue(store, "after the next write, seed \(seed)")
    }

    /// Past two thousand stale hours (a purge of a year, a migration) they
    /// are repacked in one pass over their span: the same packing.
    @Test func manyStaleHoursAreRepackedInOnePass() throws {
        let (store, seed) = try Self.filled()
        try store.writer.write { db in
            try db.execute(sql: """
                UPDATE encounter SET read = 1 + (id % 6), served = arrived + 0.5 WHERE id % 2 = 0;
                DELETE FROM encounter WHERE id % 13 = 0;
                DELETE FROM report_facts WHERE hour % 5 = 0;
                INSERT OR IGNORE INTO report_facts_stale SELECT hour, branch, desk FROM report_facts WHERE hour % 5 = 1;
                INSERT OR IGNORE INTO report_facts_stale
                    SELECT DISTINCT CAST(arrived / 3600 AS INTEGER), branch, desk FROM encounter WHERE CAST(arrived / 3600 AS INTEGER) % 5 = 0;
                """)
            try ReportFactsTable.refresh(db, bulkAbove: 0)
        }
        try Self.expectPackedFactsTrue(store, "one pass, seed \(seed)")
        try Self.expectReportsMatch(store, "one pass, seed \(seed)")
    }

    @Test func aPackingThisVersionCannotReadIsReadFromTheEncounters() throws {
        let (store, seed) = try Self.filled()
        try store.writer.write { db in
            try db.execute(sql: "UPDATE report_facts SET facts = X'63' || substr(facts, 2) WHERE hour % 2 = 0")
            try db.execute(sql: "UPDATE report_facts SET facts = X'01FFFF' WHERE hour % 2 = 1 AND hour % 3 = 0")
        }
        try Self.expectReportsMatch(store, "unreadable packing, seed \(seed)")
    }

    /// A store from before the facts (v8): they are packed as it opens.
    @Test func aStoreFromBeforeTheFactsIsPackedAsItOpens() throws {
        let seed = TestSeed.seed()
        let dir = TempFolder()
        let path = dir.file("v8.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            try Self.fill(store, seed: seed)
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: undoReportFactsSQL + "UPDATE encounter SET kind = 'complaint' WHERE id % 4 = 0;")
        }
        try queue.close()
        let store = try SQLiteStore(path: path)
        try Self.expectPackedFactsTrue(store, "migrated, seed \(seed)")
        try Self.expectReportsMatch(store, "migrated, seed \(seed)")
    }
}
