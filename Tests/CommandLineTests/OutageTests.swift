import DeskmateCore
import Foundation
import Testing
import TestSupport
@testable import DeskmatePostgres

/// The shared store goes away mid-shift and comes back: `deskmate log` keeps
/// working (into the outbox), `deskmate sync` sends what it kept, and every
/// encounter is stored exactly once — also when a sync is killed at the worst
/// moment. Each test stops and starts a PostgreSQL cluster of its own (never
/// the shared test server, which other tests are using); one at a time, so
/// the suite adds one server's load to the run, not five (the crash tests
/// beside it time their kills by how long a program runs).
// Skipped (visibly) when DESKMATE_TEST_POSTGRES_URL is unset, except in CI,
// where a missing server fails (see PostgresTestServer).
@Suite(.serialized, .enabled(if: PostgresTestServer.shouldRun, "no PostgreSQL: set DESKMATE_TEST_POSTGRES_URL (Tests/Support/postgres-cluster.sh); in CI these tests fail instead"))
struct OutageTests {
    /// `log` with a fixed instant per note, so no test depends on today.
    func log(_ desk: DeskmateBinary, _ url: String, _ note: String, minute: Int, json: Bool = false) throws -> DeskmateBinary.Result {
        let closed = String(format: "2026-11-20T10:%02d:%02dZ", minute / 60, minute % 60)
        return try desk.run([
            "log", "--store", url, "--mode", "in-person", "--kind", "directional", "--note", note,
            "--closed", closed, "--desk", "Reference", "--staff", "JB",
        ] + (json ? ["--json"] : []))
    }

    /// Every note stored, as the store has them (one per encounter).
    func storedNotes(_ url: String) throws -> [String] {
        let store = try PostgresStore(urlString: url)
        let from = Date(timeIntervalSince1970: 1_795_132_800) // 2026-11-20T00:00:00Z
        return try store.encounters(arrivedFrom: from, to: from.addingTimeInterval(86_400)).map(\.note)
    }

    /// Logs "online" while the server is up, then `count` encounters while it
    /// is down (each held), and starts it again. Returns the held notes.
    func holdWhileDown(_ count: Int, _ desk: DeskmateBinary, _ cluster: OwnCluster) throws -> [String] {
        #expect(try log(desk, cluster.url, "online", minute: 0).status == 0)
        try cluster.pause()
        let notes = (1...count).map { "held \($0)" }
        for (i, note) in notes.enumerated() {
            let held = try log(desk, cluster.url, note, minute: i + 1)
            #expect(held.status == 0, "\(held.stderr)")
        }
        try cluster.resume()
        return notes
    }

    @Test func aServerGoneMidShiftLosesNothingAndDoublesNothing() throws {
        let cluster = try OwnCluster()
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        for i in 0..<3 {
            let logged = try log(desk, cluster.url, "before \(i)", minute: i)
            #expect(logged.status == 0 && logged.stderr.isEmpty && logged.stdout.hasPrefix("Logged encounter"), "\(logged.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: desk.folder + "/data/deskmate/outbox.sqlite"))

        try cluster.pause()
        for i in 0..<2 {
            let held = try log(desk, cluster.url, "during \(i)", minute: 10 + i)
            #expect(held.status == 0, "\(held.stderr)")
            #expect(held.stderr.split(separator: "\n").count == 1, "\(held.stderr)")
            #expect(held.stderr.contains("cannot be reached; the encounter is kept in the outbox (\(i + 1) waiting)"), "\(held.stderr)")
            #expect(!held.stderr.contains(cluster.password))
        }
        let heldJSON = try log(desk, cluster.url, "during 2", minute: 12, json: true)
        #expect(heldJSON.status == 0, "\(heldJSON.stderr)")
        let shape = try #require(try JSONSerialization.jsonObject(with: Data(heldJSON.stdout.utf8)) as? [String: Any])
        #expect(shape["held"] as? Bool == true && shape["waiting"] as? Int == 3 && shape["id"] is NSNull)
        #expect(shape["note"] as? String == "during 2" && (shape["clientId"] as? String).flatMap(UUID.init) != nil)
        let outbox = desk.folder + "/data/deskmate/outbox.sqlite"
        let mode = try FileManager.default.attributesOfItem(atPath: outbox)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let stillDown = try desk.run("sync", "--store", cluster.url)
        #expect(stillDown.status == 1)
        #expect(stillDown.stderr.split(separator: "\n").count == 1 && stillDown.stderr.contains("3 encounters still waiting"), "\(stillDown.stderr)")

        try cluster.resume()
        let synced = try desk.run("sync", "--store", cluster.url)
        #expect(synced.status == 0, "\(synced.stderr)")
        #expect(synced.stdout.contains("Sent 3 encounters; none wait."), "\(synced.stdout)")
        #expect(try storedNotes(cluster.url) == ["before 0", "before 1", "before 2", "during 0", "during 1", "during 2"])
        let again = try desk.run("sync", "--store", cluster.url, "--json")
        #expect(again.status == 0)
        let nothing = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        #expect(nothing["sent"] as? Int == 0 && nothing["waiting"] as? Int == 0 && nothing["error"] is NSNull)

        // Down again: the next log, once the server is back, sends what waits first.
        try cluster.pause()
        #expect(try log(desk, cluster.url, "later 0", minute: 20).status == 0)
        try cluster.resume()
        let next = try log(desk, cluster.url, "later 1", minute: 21)
        #expect(next.status == 0 && next.stderr.contains("Sent 1 encounter from the outbox."), "\(next.stderr)")
        #expect(try storedNotes(cluster.url).filter { $0.hasPrefix("later") } == ["later 0", "later 1"])
        #expect(try desk.run("sync", "--store", cluster.url).stdout.contains("Nothing waits"))
    }

    /// Forgetting reaches the outbox, even while the server is down: the
    /// patron's waiting encounter keeps only its count.
    @Test func forgetReachesTheOutbox() throws {
        let cluster = try OwnCluster()
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        #expect(try desk.run("patron", "add", "Zelda Quist", "--store", cluster.url).status == 0)
        try cluster.pause()
        let held = try desk.run(
            "log", "--store", cluster.url, "--patron", "1", "--mode", "phone", "--kind", "reference",
            "--note", "Zelda asked about Quist family papers", "--closed", "2026-11-20T10:00:00Z")
        #expect(held.status == 0, "\(held.stderr)")
        let forgot = try desk.run("forget", "1", "--store", cluster.url)
        #expect(forgot.status == 1, "the store itself cannot be reached yet: \(forgot.stderr)")
        let outbox = try Data(contentsOf: URL(fileURLWithPath: desk.folder + "/data/deskmate/outbox.sqlite"))
        #expect(outbox.range(of: Data("Zelda".utf8)) == nil)
        try cluster.resume()
        #expect(try desk.run("forget", "1", "--store", cluster.url).status == 0)
        #expect(try desk.run("sync", "--store", cluster.url).status == 0)
        let store = try PostgresStore(urlString: cluster.url)
        let from = Date(timeIntervalSince1970: 1_795_132_800)
        let stored = try store.encounters(arrivedFrom: from, to: from.addingTimeInterval(86_400))
        #expect(stored.count == 1 && stored[0].patronID == nil && stored[0].note.isEmpty)
    }

    /// One store object (a desk screen's) across a restart: unreachable
    /// while the server is down, working again on the first call after.
    @Test func aStoreReconnectsOnTheFirstCallAfterTheServerIsBack() throws {
        let cluster = try OwnCluster()
        let store = try PostgresStore(urlString: cluster.url)
        _ = try store.addPatron(PatronDraft(name: "Ada Quist"), now: Date(timeIntervalSince1970: 1_795_132_800))
        try cluster.pause()
        do {
            _ = try store.patron(id: 1)
            Issue.record("a stopped server answered")
        } catch let error as StoreError {
            #expect(error.isUnreachable, "\(error)")
        }
        try cluster.resume()
        #expect(try store.patron(id: 1)?.name == "Ada Quist")
    }

    @Test func aSyncKilledMidwayThenRunAgainStoresEachOnce() throws {
        let cluster = try OwnCluster()
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        let heldNotes = try holdWhileDown(24, desk, cluster)

        // Killed once the store has the 10th entry and before the outbox let
        // it go: the 10th is then both stored and held.
        var environment = desk.environment
        environment["DESKMATE_TEST_SYNC_STALL"] = "10"
        let sync = try Subprocess.spawn(DeskmateBinary.url.path, ["sync", "--store", cluster.url], environment: environment)
        var stored = try storedNotes(cluster.url).count
        while stored < 11, sync.poll() == nil {
            usleep(20_000)
            stored = try storedNotes(cluster.url).count
        }
        sync.kill(SIGKILL)
        let killed = sync.wait()
        #expect(killed.status != 0, "the sync was to stall, not finish: \(killed.stdout) \(killed.stderr)")
        #expect(stored == 11)

        let rerun = try desk.run("sync", "--store", cluster.url, "--json")
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(rerun.stdout.utf8)) as? [String: Any])
        #expect(result["sent"] as? Int == 15 && result["waiting"] as? Int == 0, "\(rerun.stdout)")
        let notes = try storedNotes(cluster.url)
        #expect(notes == ["online"] + heldNotes, "each exactly once, in the order they were closed")
    }
}

extension OutageTests {
    /// The plain binary (no stall) killed with SIGKILL as soon as the store
    /// has some of the held entries, wherever in its loop that lands; the
    /// next sync finishes, and each encounter is stored once.
    @Test func aSyncKilledAnywhereThenRunAgainStoresEachOnce() throws {
        let cluster = try OwnCluster()
        let desk = DeskmateBinary()
        defer { desk.cleanUp() }
        let heldNotes = try holdWhileDown(40, desk, cluster)
        let sync = try Subprocess.spawn(DeskmateBinary.url.path, ["sync", "--store", cluster.url], environment: desk.environment)
        while try storedNotes(cluster.url).count < 2, sync.poll() == nil { usleep(5_000) }
        sync.kill(SIGKILL)
        let killed = sync.wait()
        let rerun = try desk.run("sync", "--store", cluster.url, "--json")
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(rerun.stdout.utf8)) as? [String: Any])
        print("sync killed (exit \(killed.status)); the next sync sent \(result["sent"] ?? "?") of 40")
        #expect(try storedNotes(cluster.url) == ["online"] + heldNotes, "each exactly once, in the order they were closed")
    }
}

/// A PostgreSQL cluster of one test's own (Tests/Support/postgres-cluster.sh),
/// stopped and removed when the test is done.
final class OwnCluster {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Support/postgres-cluster.sh").path
    let url: String
    let dir: String
    var password: String { ((try? PostgresURL(url))?.password).flatMap { $0 } ?? "" }

    init() throws {
        let started = try Self.run("start")
        var values: [String: String] = [:]
        for line in started.split(separator: "\n") where line.hasPrefix("export ") {
            let assignment = line.dropFirst("export ".count)
            guard let equals = assignment.firstIndex(of: "=") else { continue }
            values[String(assignment[..<equals])] = String(assignment[assignment.index(after: equals)...])
                .trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        url = try #require(values["DESKMATE_TEST_POSTGRES_URL"])
        dir = try #require(values["DESKMATE_TEST_POSTGRES_DIR"])
    }

    deinit { _ = try? Self.run("stop", dir) }

    func pause() throws { try Self.run("pause", dir) }
    func resume() throws { try Self.run("resume", dir) }

    @discardableResult
    private static func run(_ arguments: String...) throws -> String {
        let result = try Subprocess.run("/bin/bash", [script] + arguments, environment: ProcessInfo.processInfo.environment)
        guard result.status == 0 else {
            throw CLIError(message: "postgres-cluster.sh \(arguments.first ?? ""): exit \(result.status): \(result.stderr)")
        }
        return result.stdout
    }
}
