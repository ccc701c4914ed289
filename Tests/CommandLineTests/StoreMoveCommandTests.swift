import Foundation
import Testing
import TestSupport
@testable import DeskmatePostgres

/// `store copy` and `maintain` through the command line.
@Suite struct StoreMoveCommandTests {
    /// A desk's file: a patron with a promise, an anonymous question.
    func deskFile(_ cli: DeskmateBinary) throws {
        #expect(try cli.run("patron", "add", "Catherine Okafor", "--preferred", "Kate").status == 0)
        #expect(try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--follow-up", "call back",
                            "--due", "2026-11-25", "--desk", "Reference", "--branch", "Eastside").status == 0)
        #expect(try cli.run("log", "--mode", "chat", "--kind", "directional").status == 0)
    }

    @Test func copyRefusesWhatItCannotDoAndNeverTouchesTheSource() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try deskFile(cli)
        let copied = try cli.json("store", "copy", "--from", cli.storePath, "--to", cli.file("archive.sqlite"), "--json")
        let shape = try #require(copied as? [String: Any])
        #expect(shape["patrons"] as? Int == 1 && shape["encounters"] as? Int == 2 && shape["followUps"] as? Int == 1)
        #expect(Set(shape.keys) == ["from", "to", "patrons", "encounters", "followUps", "timers", "shifts", "changes"])
        let history = try cli.run("history", "1", "--store", cli.file("archive.sqlite"))
        #expect(history.status == 0 && history.stdout.contains("call back"), "\(history.stdout)")

        let again = try cli.run("store", "copy", "--from", cli.storePath, "--to", cli.file("archive.sqlite"))
        #expect(again.status == 1 && again.stderr.contains("already holds data"), "\(again.stderr)")
        let missing = try cli.run("store", "copy", "--from", cli.file("nothing.sqlite"), "--to", cli.file("new.sqlite"))
        #expect(missing.status == 64 && missing.stderr.contains("no store file"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.file("nothing.sqlite")) && !FileManager.default.fileExists(atPath: cli.file("new.sqlite")))
        let same = try cli.run("store", "copy", "--from", cli.storePath, "--to", cli.storePath)
        #expect(same.status == 64 && same.stderr.contains("same store"), "\(same.stderr)")
        let scheme = try cli.run("store", "copy", "--from", cli.storePath, "--to", "mysql://u:hunter2@h/db")
        #expect(scheme.status == 64 && !scheme.stderr.contains("hunter2"), "\(scheme.stderr)")
        #expect(try cli.run("lookup", "kate").stdout.contains("Catherine Okafor"), "the source is as it was")

        let maintained = try cli.run("maintain")
        #expect(maintained.status == 0 && maintained.stdout.contains("VACUUM"), "\(maintained.stdout) \(maintained.stderr)")
        #expect(try cli.run("lookup", "kate").stdout.contains("Catherine Okafor"), "maintain keeps every live row")
    }
}

/// The same on the shared store: a desk's file moves in, and after `forget`
/// and `maintain` a canary name is in no table file of the server's data
/// directory (its write-ahead log is another matter: see the README).
@Suite(.enabled(if: PostgresTestServer.shouldRun, "no PostgreSQL server: set DESKMATE_TEST_POSTGRES_URL (Tests/Support/postgres-cluster.sh); in CI these tests fail instead"))
struct SharedStoreMoveTests {
    @Test func aDesksFileMovesIntoTheSharedStore() throws {
        let (url, _) = try SharedStoreDatabase.fresh()
        let desk = DeskmateBinary(), other = DeskmateBinary()
        defer { desk.cleanUp(); other.cleanUp() }
        try StoreMoveCommandTests().deskFile(desk)
        let moved = try desk.run("store", "copy", "--from", desk.storePath, "--to", url)
        #expect(moved.status == 0 && moved.stdout.contains("the counts match"), "\(moved.stdout) \(moved.stderr)")
        #expect(!moved.stdout.contains(try #require(PostgresURL(url).password)), "the password is never shown")
        // Another desk finds her with her last encounter, on the shared store.
        let found = try other.run("lookup", "okafro", "--store", url)
        #expect(found.status == 0 && found.stdout.contains("Catherine Okafor"), "\(found.stdout) \(found.stderr)")
        #expect(try other.run("followups", "--open", "--store", url).stdout.contains("call back"))
        let summary = try #require(try other.json("summary", "--all", "--from", "2000-01-01", "--store", url, "--format", "json") as? [String: Any])
        #expect(summary["byBranch"] as? [String: Int] == ["Eastside": 1, "Main library": 1])
        // New patrons on the shared store continue after the copied ones.
        let next = try #require(try other.json("patron", "add", "Zoë Ångström", "--store", url, "--json") as? [String: Any])
        #expect(next["id"] as? Int == 2)
        let again = try desk.run("store", "copy", "--from", desk.storePath, "--to", url)
        #expect(again.status == 1 && again.stderr.contains("already holds data"), "\(again.stderr)")
    }

    @Test func forgetAndMaintainLeaveNoCanaryInTheTableFiles() throws {
        let (url, database) = try SharedStoreDatabase.fresh()
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        let canary = "Quentinzanzibarcanary"
        #expect(try desk.run("patron", "add", canary + " Okafor", "--note", canary + " prefers large print", "--store", url).status == 0)
        #expect(try desk.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--note", "asked for " + canary,
                             "--follow-up", "call " + canary, "--store", url).status == 0)
        // A word only in an anonymous note, purged rather than forgotten.
        let purged = "Quokkapurgecanary"
        #expect(try desk.run("log", "--mode", "phone", "--kind", "reference", "--arrived", "2020-01-06T10:00:00Z",
                             "--closed", "2020-01-06T10:05:00Z", "--note", purged + " microfilm", "--store", url).status == 0)
        let files = try DataFiles(database: database)
        // The control: with the rows written out, the scan does find the canary.
        try files.checkpoint()
        #expect(try files.holding(canary) > 0, "the scan can see the canary before it is forgotten")
        #expect(try files.holding(canary.lowercased()) > 0, "and its folded form in the name index")
        #expect(try files.holding(purged.lowercased()) > 0, "and a note's folded form for the notes search")

        #expect(try desk.run("forget", "1", "--store", url).status == 0)
        #expect(try desk.run("purge", "--before", "2021-01-01", "--store", url).status == 0)
        let maintained = try desk.run("maintain", "--store", url)
        #expect(maintained.status == 0 && maintained.stdout.contains("VACUUM FULL"), "\(maintained.stdout) \(maintained.stderr)")
        try files.checkpoint()
        #expect(try files.holding(canary) == 0, "no table file holds the forgotten name")
        #expect(try files.holding(canary.lowercased()) == 0, "nor its folded form")
        #expect(try files.holding(purged) == 0 && files.holding(purged.lowercased()) == 0, "nor the purged note, nor its folded form")
        #expect(try desk.run("notes", "search", "quokkapurge", "--store", url).stdout == "No notes match.\n")
        #expect(try desk.run("lookup", "quentin", "--store", url).stdout.contains("No patron matches"))
    }
}

/// A new database on the test server for one test, and its URL.
enum SharedStoreDatabase {
    static func fresh() throws -> (url: String, name: String) {
        let base = try PostgresURL(try PostgresTestServer.requireURL())
        let name = "cli_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        let admin = BlockingPostgresConnection(url: base, setUp: [])
        try admin.withSession { session in try session.execute("CREATE DATABASE \(name)") }
        let url = try PostgresTestServer.requireURL()
        let authorityStart = try #require(url.range(of: "://")).upperBound
        let pathStart = try #require(url[authorityStart...].firstIndex(of: "/"))
        let pathEnd = url[pathStart...].firstIndex(of: "?") ?? url.endIndex
        return (String(url[..<pathStart]) + "/" + name + String(url[pathEnd...]), name)
    }
}

/// The table files of one database in the test cluster's data directory.
struct DataFiles {
    let folder: String
    let database: String

    init(database: String) throws {
        self.database = database
        let oid = try PostgresTestServer.superuser("SELECT oid FROM pg_database WHERE datname = '\(database)'", database: "postgres")
        #expect(oid.status == 0, "\(oid.stderr)")
        let cluster = try #require(PostgresTestServer.clusterFolder)
        folder = cluster + "/data/base/" + oid.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(FileManager.default.fileExists(atPath: folder), "\(folder)")
    }

    /// Writes every changed page to the table files (and drops files a
    /// rewrite left behind), so what the scan reads is what the server keeps.
    func checkpoint() throws {
        let result = try PostgresTestServer.superuser("CHECKPOINT", database: database)
        #expect(result.status == 0, "\(result.stderr)")
    }

    /// How many of the database's files hold `text`.
    func holding(_ text: String) throws -> Int {
        let needle = Data(text.utf8)
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder)
        return names.filter { name in
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else { return false }
            return data.range(of: needle) != nil
        }.count
    }
}
