import DeskmateCore
import Foundation
import Testing
import TestSupport
@testable import DeskmatePostgres

/// What only the shared store has to get right: whose schema it is, desks
/// starting and writing at once, and a server that is not there.
// Skipped (visibly) when DESKMATE_TEST_POSTGRES_URL is unset, except in CI.
@Suite(.enabled(if: PostgresTestServer.shouldRun, postgresSkipReason))
struct PostgresStoreTests {
    /// A fresh schema name and a raw connection to it, for setting the scene.
    func scene() throws -> (url: PostgresURL, schema: String, raw: BlockingPostgresConnection) {
        let url = try PostgresURL(try PostgresTestServer.requireURL())
        let schema = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let raw = BlockingPostgresConnection(
            url: url, setUp: ["CREATE SCHEMA IF NOT EXISTS \(schema)", "SET search_path TO \(schema)"])
        return (url, schema, raw)
    }

    func tables(_ raw: BlockingPostgresConnection) throws -> [String] {
        try raw.withSession { session in
            try session.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                .map { try $0.decode(String.self) }
        }
    }

    @Test func aSchemaWithOtherTablesIsLeftUntouched() throws {
        let (url, schema, raw) = try scene()
        try raw.withSession { session in try session.execute("CREATE TABLE loans (id int)") }
        #expect(throws: StoreError.notADeskmateStore(path: url.redacted)) { try PostgresStore(url: url, schema: schema) }
        #expect(try tables(raw) == ["loans"])
    }

    @Test func aNewerSchemaIsLeftUntouched() throws {
        let (url, schema, raw) = try scene()
        _ = try PostgresStore(url: url, schema: schema)
        try raw.withSession { session in try session.execute("UPDATE deskmate_schema SET version = 99") }
        let before = try tables(raw)
        #expect(throws: StoreError.newerStore(path: url.redacted)) { try PostgresStore(url: url, schema: schema) }
        #expect(try tables(raw) == before)
        let version = try raw.withSession { try $0.query("SELECT version FROM deskmate_schema").first?.decode(Int64.self) }
        #expect(version == 99)
    }

    /// A schema from before timers had a desk (version 1), with a waiting
    /// line and shifts: brought to the current version, its timers join the
    /// desk of the open shift and the shifts keep their desks; all of it,
    /// encounters too, belongs to the default branch (version 3).
    @Test func aVersion1SchemaKeepsItsTimersAndShifts() throws {
        let (url, schema, raw) = try scene()
        let t = t0.timeIntervalSince1970
        try raw.withSession { session in
            try session.execute("CREATE TABLE deskmate_schema (version bigint NOT NULL)")
            try session.execute("INSERT INTO deskmate_schema (version) VALUES (1)")
            for statement in PostgresSchema.migrations[0].components(separatedBy: ";\n")
            where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                try session.execute(statement)
            }
            try session.execute("INSERT INTO shift (desk, staff, started, ended) VALUES ('Reference', 'JB', \(t - 7200), \(t - 3600))")
            try session.execute("INSERT INTO shift (desk, staff, started) VALUES ('Reference', 'AK', \(t))")
            try session.execute("INSERT INTO timer (arrived, mode) VALUES (\(t + 10), 'phone')")
            try session.execute("""
                INSERT INTO encounter (desk, staff, mode, kind, arrived, served, closed)
                VALUES ('Reference', 'AK', 'phone', 'policy', \(t + 5), \(t + 5), \(t + 60))
                """)
        }
        let store = try PostgresStore(url: url, schema: schema)
        #expect(try store.timers(desk: "Reference", branch: DeskNames.defaultBranch).map(\.arrived) == [t0.addingTimeInterval(10)])
        #expect(try store.timers(desk: "Main desk", branch: DeskNames.defaultBranch).isEmpty)
        #expect(try store.openShift(desk: "Reference", branch: DeskNames.defaultBranch)?.staff == "AK")
        #expect(try store.lastEndedShift(desk: "Reference", branch: DeskNames.defaultBranch)?.staff == "JB")
        #expect(try store.openShift(desk: "Reference", branch: DeskNames.defaultBranch)?.branch == DeskNames.defaultBranch)
        #expect(try store.timers(desk: "Reference", branch: "Eastside").isEmpty)
        #expect(try store.encounters(arrivedFrom: t0, to: t0.addingTimeInterval(100)).map(\.branch) == [DeskNames.defaultBranch])
        let version = try raw.withSession { try $0.query("SELECT version FROM deskmate_schema").first?.decode(Int64.self) }
        #expect(version == Int64(PostgresSchema.version))
    }

    /// A schema from before the notes search (version 5): its notes are
    /// folded and indexed in the migration, then found like new ones.
    @Test func aVersion5SchemaHasItsNotesFound() throws {
        let (url, schema, raw) = try scene()
        let t = t0.timeIntervalSince1970
        try raw.withSession { session in
            try session.execute("CREATE TABLE deskmate_schema (version bigint NOT NULL)")
            try session.execute("INSERT INTO deskmate_schema (version) VALUES (5)")
            for sql in PostgresSchema.migrations[0..<5] {
                for statement in sql.components(separatedBy: ";\n") where !statement.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    try session.execute(statement)
                }
            }
            for (i, note) in ["Ångström units", "", "units of time"].enumerated() {
                try session.query("""
                    INSERT INTO encounter (desk, staff, mode, kind, arrived, served, closed, note)
                    VALUES ('Reference', 'AK', 'phone', 'policy', \(t + Double(i)), \(t + Double(i)), \(t + 60), \(note))
                    """)
            }
        }
        let store = try PostgresStore(url: url, schema: schema)
        #expect(try store.searchNotes("units", limit: 5, scope: .all).map(\.encounterID) == [3, 1])
        #expect(try store.searchNotes("ANGSTROM", limit: 5, scope: .all).map(\.encounterID) == [1])
        #expect(try store.purge(arrivedBefore: t0.addingTimeInterval(1)) == 1)
        #expect(try store.searchNotes("units", limit: 5, scope: .all).map(\.encounterID) == [3])
    }

    /// Ten desks opening a brand-new store at the same moment: the advisory
    /// lock lets one create the tables; the others find them made.
    @Test func desksStartingTogetherCreateTheSchemaOnce() throws {
        let (url, schema, raw) = try scene()
        // The schema itself exists (as a library's would); its tables do not.
        try raw.withSession { _ in }
        let errors = LockedList<String>()
        DispatchQueue.concurrentPerform(iterations: 10) { _ in
            do { _ = try PostgresStore(url: url, schema: schema) } catch { errors.append("\(error)") }
        }
        #expect(errors.items.isEmpty)
        let versions = try raw.withSession { try $0.query("SELECT count(*) FROM deskmate_schema").first?.decode(Int64.self) }
        #expect(versions == 1)
    }

    /// Twenty desks, each with its own connection, logging at once for the
    /// same patrons: every encounter stored, every visit counted, no error.
    @Test func twentyWritersAtOnceLoseNothing() throws {
        let (url, schema, _) = try scene()
        let first = try PostgresStore(url: url, schema: schema)
        let patrons = try (0..<4).map { try first.addPatron(PatronDraft(name: "Shared Patron \($0)"), now: t0).id }
        let stores = try (0..<20).map { _ in try PostgresStore(url: url, schema: schema) }
        let errors = LockedList<String>()
        let perWriter = 15
        DispatchQueue.concurrentPerform(iterations: 20) { w in
            for i in 0..<perWriter {
                do {
                    _ = try stores[w].logEncounter(encounter(
                        patron: patrons[(w + i) % 4], arrived: t0.addingTimeInterval(Double(w * 1000 + i)),
                        note: "w\(w) e\(i)", followUp: i % 5 == 0 ? FollowUpDraft(promise: "p\(w)-\(i)") : nil))
                } catch {
                    errors.append("\(error)")
                }
            }
        }
        #expect(errors.items.isEmpty, "\(errors.items.prefix(3))")
        let all = try first.encounters(arrivedFrom: t0, to: t0.addingTimeInterval(1_000_000))
        #expect(all.count == 20 * perWriter)
        #expect(Set(all.map(\.note)).count == 20 * perWriter)
        #expect(try first.followUps(openOnly: true).count == 20 * 3)
        let visits = try patrons.map { try #require(try first.patron(id: $0)).visitCount }
        #expect(visits.reduce(0, +) == 20 * perWriter)
    }

    /// Nothing listens on the port: one clear error within a few seconds,
    /// naming host and port, never the password.
    @Test func anUnreachableServerIsOneClearError() throws {
        let url = try PostgresURL("postgresql://desk:hunter2@127.0.0.1:1/deskmate?sslmode=disable", environment: [:])
        let start = Date()
        do {
            _ = try PostgresStore(url: url)
            Issue.record("opened a store on a closed port")
        } catch {
            #expect(error.description.contains("127.0.0.1:1"), "\(error)")
            #expect(!error.description.contains("hunter2"), "\(error)")
            #expect(!error.description.contains("\n"))
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func aWrongPasswordIsSaidPlainly() throws {
        var url = try PostgresURL(try PostgresTestServer.requireURL())
        url.password = "not-the-password"
        #expect(throws: StoreError.cannotOpen(
            path: url.redacted, detail: "the server refused user \(url.user) (wrong password, or not allowed to connect).")) {
            try PostgresStore(url: url)
        }
    }
}

/// A list many threads append to.
final class LockedList<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [T] = []
    func append(_ value: T) { lock.lock(); values.append(value); lock.unlock() }
    var items: [T] { lock.lock(); defer { lock.unlock() }; return values }
}
