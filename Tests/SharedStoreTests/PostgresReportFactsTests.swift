import DeskmateCore
import Foundation
import PostgresNIO
import Testing
import TestSupport
@testable import DeskmatePostgres

/// The packed hourly facts a report reads on the shared store
/// (`PostgresReportFacts`) must say what the encounters say, whatever
/// changed them: the store's own writes (repacked in the same
/// transaction), a change made with another client (read from the
/// encounters while marked stale), a packing this version cannot read,
/// the one pass a bulk repack takes, and a schema from before the facts.
@Suite(.enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
struct PostgresReportFactsTests {
    typealias Figures = SharedReportFiguresTests
    static let now = Figures.dstEnd.addingTimeInterval(20 * 86_400)

    /// A filled store (the shared report test's encounters and rewrites)
    /// and a raw connection to its schema, as psql would be.
    func filled(seed: UInt64) throws -> (store: PostgresStore, raw: BlockingPostgresConnection, reopen: () throws -> PostgresStore) {
        let url = try PostgresURL(try PostgresTestServer.requireURL())
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let store = try PostgresStore(url: url, schema: schema)
        try Figures.fill(store, seed: seed, now: Self.now)
        let raw = BlockingPostgresConnection(url: url, setUp: ["SET search_path TO \(schema)"])
        return (store, raw, { try PostgresStore(url: url, schema: schema) })
    }

    /// The report as the store gives it, against the one computed from
    /// every encounter, over periods that begin and end inside an hour.
    static func expectReportsMatch(_ store: PostgresStore, _ what: String) throws {
        let periods: [(Date, Date)] = [
            (Figures.dstEnd.addingTimeInterval(-6 * 86_400 - 1_234.5), Figures.dstEnd.addingTimeInterval(5 * 86_400 + 2_000)),
            (Figures.dstEnd.addingTimeInterval(-40 * 86_400), Figures.dstEnd.addingTimeInterval(-33 * 86_400)),
        ]
        let scopes: [DeskScope] = [.all, .branch("Main library"), .one("Reference")]
        var counted = 0
        for (from, to) in periods {
            for scope in scopes {
                let fast = try PeriodReport.fromStore(
                    store: store, from: from, to: to, scope: scope, goals: DeskGoals(), timeZone: Figures.london, now: now)
                let slow = try ReportReference.report(
                    store, from: from, to: to, scope: scope, goals: DeskGoals(), timeZone: Figures.london, now: now)
                let differs = ReportReference.difference(fast, slow)
                #expect(differs == nil, "\(what): \(scope) \(from)…\(to): \(differs ?? "")")
                counted += fast.now.total
            }
        }
        #expect(counted > 100, "\(what): the periods hold encounters")
    }

    /// Every packed hour equals its encounters, nothing is left stale, each
    /// patron's first encounter is right, and no packed fact names a patron
    /// the store no longer holds (a forgotten one).
    static func expectPackedFactsTrue(_ raw: BlockingPostgresConnection, _ what: String) throws {
        try raw.withSession { session in
            #expect(try session.query("SELECT count(*) FROM report_facts_stale").first?.decode(Int64.self) == 0, "\(what): no hour left stale")
            let rows = try session.query("SELECT hour, branch, desk, facts FROM report_facts")
            #expect(!rows.isEmpty, "\(what): hours are packed")
            let patrons = Set(try session.query("SELECT id FROM patron").map { try $0.decode(Int64.self) })
            var packed = 0
            for row in rows {
                let (hour, branch, desk, bytes) = try row.decode((Int64, String, String, ByteBuffer).self)
                let bucket = PostgresReportFacts.Bucket(hour: hour, branch: branch, desk: desk)
                var read = EncounterFacts(desk: desk, branch: branch)
                #expect(bytes.withUnsafeReadableBytes { read.append(encoded: $0, arrivedIn: -Double.infinity..<Double.infinity) })
                let truth = try PostgresReportFacts.facts(session, of: [bucket], arrivedIn: -Double.infinity..<Double.infinity)[bucket]
                #expect(read.encoded() == truth?.encoded(), "\(what): hour \(bucket)")
                let named = read.withReader { r in (0..<r.count).map { r.patron($0) }.filter { $0 != 0 } }
                #expect(named.allSatisfy(patrons.contains), "\(what): hour \(bucket) names only patrons the store holds")
                packed += read.count
            }
            let encounters = try session.query("SELECT count(*) FROM encounter").first?.decode(Int64.self)
            #expect(Int64(packed) == encounters, "\(what): every encounter is packed once")
            let first = try session.query("SELECT patron_id, first_arrived FROM patron_first ORDER BY patron_id")
                .map { try $0.decode((Int64, Double).self) }
            let truth = try session.query("""
                SELECT patron_id, min(arrived) FROM encounter WHERE patron_id IS NOT NULL GROUP BY patron_id ORDER BY patron_id
                """).map { try $0.decode((Int64, Double).self) }
            #expect(first.map(\.0) == truth.map(\.0) && first.map(\.1) == truth.map(\.1), "\(what): each patron's first encounter")
        }
    }

    @Test func theStoresOwnWritesKeepEveryHourPacked() throws {
        let seed = TestSeed.seed()
        let (store, raw, _) = try filled(seed: seed)
        try Self.expectPackedFactsTrue(raw, "seed \(seed)")
        try Self.expectReportsMatch(store, "seed \(seed)")
    }

    /// A report reads its two periods side by side, the second on a
    /// connection of its own that it closes after: between reports a desk
    /// holds one connection to the server.
    @Test func aReportLeavesOneConnectionOpen() throws {
        let seed = TestSeed.seed()
        let (store, _, _) = try filled(seed: seed)
        #expect(store.readsConcurrently)
        try Self.expectReportsMatch(store, "seed \(seed)")
        #expect(store.connection.isConnected)
        #expect(!store.reportConnection.isConnected, "the report's second connection is closed after it (seed \(seed))")
    }

    @Test func aChangeMadeWithAnotherClientIsReadFromTheEncounters() throws {
        let seed = TestSeed.seed()
        let (store, raw, _) = try filled(seed: seed)
        // Straight into the database, as psql would: the triggers mark the
        // hours, nothing repacks them.
        try raw.withSession { session in
            for sql in [
                "UPDATE encounter SET kind = 'suggestion', served = arrived + 1234.5 WHERE id % 3 = 0",
                "UPDATE encounter SET patron_id = NULL WHERE id % 5 = 0",
                "UPDATE encounter SET desk = 'Reference', branch = 'Eastside' WHERE id % 11 = 0",
                "DELETE FROM encounter WHERE id % 7 = 0",
            ] { try session.execute(sql) }
        }
        let stale = try raw.withSession { try $0.query("SELECT count(*) FROM report_facts_stale").first?.decode(Int64.self) ?? 0 }
        #expect(stale > 50, "the changed hours are marked (seed \(seed))")
        try Self.expectReportsMatch(store, "stale hours, seed \(seed)")
        // The next write of the store repacks them.
        let at = Figures.dstEnd.addingTimeInterval(3 * 86_400)
        _ = try store.logEncounter(EncounterDraft(desk: "Main desk", staff: "JB", mode: .phone, kind: .reference, arrived: at, served: at, closed: at))
        try Self.expectPackedFactsTrue(raw, "after the next write, seed \(seed)")
    }

    @Test func aPackingThisVersionCannotReadIsReadFromTheEncounters() throws {
        let seed = TestSeed.seed()
        let (store, raw, _) = try filled(seed: seed)
        try raw.withSession { session in
            try session.execute("UPDATE report_facts SET facts = '\\x63'::bytea || substring(facts from 2) WHERE hour % 2 = 0")
            try session.execute("UPDATE report_facts SET facts = '\\x01ffff'::bytea WHERE hour % 2 = 1 AND hour % 3 = 0")
        }
        try Self.expectReportsMatch(store, "unreadable packing, seed \(seed)")
    }

    /// Many stale hours are repacked in one pass over the encounters.
    @Test func theOnePassRepacksEveryStaleHour() throws {
        let seed = TestSeed.seed()
        let (store, raw, _) = try filled(seed: seed)
        try raw.withSession { session in
            try session.transaction {
                try session.execute("UPDATE report_facts SET facts = '\\x01'::bytea, encounters = 0")
                try session.execute("INSERT INTO report_facts VALUES (-5, 'Main library', 'Gone desk', 1, '\\x01'::bytea)")
                try session.execute("""
                    INSERT INTO report_facts_stale SELECT hour, branch, desk FROM report_facts
                    UNION SELECT deskmate_report_hour(arrived), branch, desk FROM encounter
                    """)
                try PostgresReportFacts.refresh(session, bulkThreshold: 0)
            }
        }
        try Self.expectPackedFactsTrue(raw, "one pass, seed \(seed)")
        #expect(try raw.withSession { try $0.query("SELECT count(*) FROM report_facts WHERE hour = -5").first?.decode(Int64.self) } == 0)
        try Self.expectReportsMatch(store, "one pass, seed \(seed)")
    }

    /// A schema from before the facts (version 6): they are packed as it opens.
    @Test func aVersion6SchemaIsPackedAsItOpens() throws {
        let seed = TestSeed.seed()
        let (_, raw, reopen) = try filled(seed: seed)
        try raw.withSession { session in
            for sql in [
                "DROP TRIGGER report_facts_insert ON encounter", "DROP TRIGGER report_facts_delete ON encounter",
                "DROP TRIGGER report_facts_update ON encounter", "DROP TRIGGER report_facts_truncate ON encounter",
                "DROP TRIGGER report_facts_patron_gone ON patron",
                "DROP FUNCTION deskmate_report_inserted, deskmate_report_deleted, deskmate_report_updated, deskmate_report_truncated, deskmate_report_patron_gone, deskmate_patron_first_again, deskmate_report_hour CASCADE",
                "DROP TABLE report_facts, report_facts_stale, patron_first", "DROP INDEX encounter_shown_whole",
                "UPDATE deskmate_schema SET version = 6",
                "UPDATE encounter SET kind = 'complaint' WHERE id % 4 = 0",
            ] { try session.execute(sql) }
        }
        let store = try reopen()
        try Self.expectPackedFactsTrue(raw, "migrated, seed \(seed)")
        try Self.expectReportsMatch(store, "migrated, seed \(seed)")
    }
}
