import Foundation
import Testing
import TestSupport
@testable import DeskmatePostgres

/// The command line on a shared PostgreSQL store: each test gets a database
/// of its own on the test server, so the commands see the user's default schema.
// Skipped (visibly) when DESKMATE_TEST_POSTGRES_URL is unset, except in CI,
// where a missing server fails (see PostgresTestServer).
@Suite(.enabled(if: PostgresTestServer.shouldRun, "no PostgreSQL server: set DESKMATE_TEST_POSTGRES_URL (Tests/Support/postgres-cluster.sh); in CI these tests fail instead"))
struct SharedStoreCommandTests {
    /// A new, empty database on the test server and its URL (password included).
    func freshDatabase() throws -> String { try SharedStoreDatabase.fresh().url }

    @Test func aPatronRecordedAtOneDeskIsRecalledAtAnother() throws {
        let url = try freshDatabase()
        let reference = DeskmateBinary(), children = DeskmateBinary()
        defer { reference.cleanUp(); children.cleanUp() }
        let added = try reference.run("patron", "add", "Quentin Okafor", "--preferred", "Q", "--store", url)
        #expect(added.status == 0, "\(added.stderr)")
        let logged = try reference.run(
            "log", "--store", url, "--patron", "1", "--mode", "in-person", "--kind", "reference",
            "--follow-up", "call back", "--due", "2026-11-25", "--desk", "Reference", "--staff", "JB")
        #expect(logged.status == 0, "\(logged.stderr)")
        // The second desk names the store through DESKMATE_STORE.
        var other = children
        other.environment["DESKMATE_STORE"] = url
        let found = try other.run("lookup", "okafro")
        #expect(found.status == 0 && found.stdout.contains("Quentin Okafor"), "\(found.stdout) \(found.stderr)")
        #expect(try other.run("history", "1").stdout.contains("call back"))
        #expect(try other.run("followups", "--open").stdout.contains("call back"))
        #expect(try other.run("followup", "done", "1").status == 0)
        #expect(try other.run("followups", "--open").stdout.contains("No follow-ups are owed."))
        #expect(try other.run("patron", "edit", "1", "--note", "large print").status == 0)
        #expect(try other.run("patron", "show", "1").stdout.contains("large print"))
        #expect(try other.run("forget", "1").status == 0)
        #expect(try other.run("lookup", "quentin").stdout.contains("No patron matches"))
        // No file store was made on either machine.
        #expect(!FileManager.default.fileExists(atPath: reference.storePath))
        #expect(!FileManager.default.fileExists(atPath: other.storePath))
    }

    /// Twenty `deskmate log` processes at once on one shared store: all
    /// stored, none reports an error.
    @Test func twentyProcessesLoggingAtOnce() throws {
        let url = try freshDatabase()
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        #expect(try desk.run("patron", "add", "Shared Patron", "--store", url).status == 0)
        let children = try (0..<20).map { i in
            try Subprocess.spawn(DeskmateBinary.url.path, [
                "log", "--store", url, "--patron", "1", "--mode", "phone", "--kind", "directional",
                "--note", "desk \(i)", "--desk", "Desk \(i)", "--staff", "S\(i)",
            ], environment: desk.environment)
        }
        let results = children.map { $0.wait(seconds: 120) }
        for (i, result) in results.enumerated() {
            #expect(result.status == 0 && result.stderr.isEmpty, "process \(i): \(result.status) \(result.stderr)")
        }
        let history = try desk.run("history", "1", "--store", url, "--json")
        let rows = try JSONSerialization.jsonObject(with: Data(history.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(rows.count == 20)
        #expect(Set(rows.compactMap { $0["note"] as? String }) == Set((0..<20).map { "desk \($0)" }))
        let patron = try desk.run("patron", "show", "1", "--store", url, "--json")
        let shown = try JSONSerialization.jsonObject(with: Data(patron.stdout.utf8)) as? [String: Any] ?? [:]
        let visits = shown["visitCount"] ?? (shown["patron"] as? [String: Any])?["visitCount"]
        #expect(visits as? Int == 20, "\(patron.stdout)")
    }

    @Test func anUnreachableServerIsOneLineAndExitOne() throws {
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        let start = Date()
        let result = try desk.run("lookup", "ann", "--store", "postgresql://desk:hunter2@127.0.0.1:1/deskmate?sslmode=disable")
        #expect(result.status == 1)
        #expect(result.stderr.contains("127.0.0.1:1"), "\(result.stderr)")
        #expect(!result.stderr.contains("hunter2") && !result.stdout.contains("hunter2"))
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        #expect(Date().timeIntervalSince(start) < 15)
        #expect(!FileManager.default.fileExists(atPath: desk.folder + "/postgresql:"))
    }

    @Test func commandsThatNeedAFileSaySo() throws {
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        for arguments in [["backup", "/tmp/x.sqlite"], ["export", "patrons"], ["seed", "--patrons", "1"]] {
            let result = try desk.run(arguments + ["--store", "postgresql://desk:hunter2@127.0.0.1:1/deskmate"])
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("needs a store file"), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("hunter2"))
        }
        let other = try desk.run("lookup", "ann", "--store", "mysql://desk:hunter2@h/db")
        #expect(other.status == 64 && !other.stderr.contains("hunter2"), "\(other.stderr)")
    }
}
