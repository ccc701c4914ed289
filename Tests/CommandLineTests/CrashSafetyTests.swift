import Foundation
import TestSupport
import Testing

/// `deskmate log` killed with SIGKILL at random moments: the store stays
/// sound and every encounter whose command reported it is there exactly once.
/// `Tests/Soak/soak.sh` does the same hundreds of times with two writers.
@Suite(.serialized, .enabled(if: StoreProbe.isAvailable, "sqlite3 is not installed"))
struct CrashSafetyTests {
    @Test func sigkillAtRandomMomentsLosesNothingReported() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("patron", "add", "Crash Test Patron").status == 0)
        // How long one `log` takes here, so the kills spread over its whole life
        // (start, open, write, commit, print, close).
        let started = Date()
        #expect(try cli.run(logArguments("warm-up")).status == 0)
        var lifetime = max(Date().timeIntervalSince(started), 0.01)

        // DESKMATE_TEST_SEED=<seed> repeats a run; every message carries the seed.
        let seed = TestSeed.seed()
        var random = SplitMix(seed: seed)
        var reported: [String: Int] = [:]
        var killed = 0, exited = 0
        let rounds = 30
        for round in 0..<rounds {
            let marker = "crash-\(round)"
            let child = try Subprocess.spawn(DeskmateBinary.url.path, logArguments(marker), environment: cli.environment)
            usleep(UInt32(Double(random.next() % 1000) / 1000 * lifetime * 1.3 * 1_000_000))
            child.kill(SIGKILL)
            let result = child.wait(seconds: 20)
            if result.timedOut { Issue.record("round \(round) (seed \(seed)): log hung for 20 s"); continue }
            if result.status == 128 + SIGKILL { killed += 1 } else { exited += 1 }
            if let id = Self.reportedID(result.stdout) { reported[marker] = id }
            // On a loaded machine one warm-up can be quicker than the runs
            // after it: while no run has got as far as reporting, the window
            // grows, so the kills still reach the end of a `log`'s life.
            if result.status == 128 + SIGKILL && reported.isEmpty { lifetime *= 1.25 }
            if result.status != 0 && result.status != 128 + SIGKILL {
                Issue.record("round \(round) (seed \(seed)): exit \(result.status): \(result.stderr)")
            }
        }

        let store = StoreProbe(path: cli.storePath)
        #expect(try store.integrity() == "ok", "seed \(seed)")
        let rows = try store.rows("""
            SELECT e.note, count(*), min(e.id), (SELECT count(*) FROM follow_up f WHERE f.encounter_id = min(e.id)
                AND f.promise = 'call ' || e.note) FROM encounter e WHERE e.note LIKE 'crash-%' GROUP BY e.note
            """)
        var stored: [String: (count: Int, id: Int, followUps: Int)] = [:]
        for row in rows where row.count == 4 {
            stored[row[0]] = (Int(row[1]) ?? -1, Int(row[2]) ?? -1, Int(row[3]) ?? -1)
        }
        var lost = 0
        for (marker, id) in reported {
            guard let found = stored[marker] else { lost += 1; Issue.record("\(marker) was reported as \(id) and is missing (seed \(seed))"); continue }
            #expect(found.id == id, "\(marker) (seed \(seed))")
        }
        for (marker, found) in stored {
            #expect(found.count == 1, "\(marker) is stored \(found.count) times (seed \(seed))")
            // The encounter and its follow-up are one transaction: both or neither.
            #expect(found.followUps == 1, "\(marker) has \(found.followUps) follow-ups (seed \(seed))")
        }
        // The patron's visit count moved in the same transaction as each encounter.
        let visits = try store.rows("SELECT visit_count, (SELECT count(*) FROM encounter WHERE patron_id = 1) FROM patron WHERE id = 1")
        #expect(visits.first?[0] == visits.first?[1], "visit count and encounters disagree: \(visits) (seed \(seed))")
        // The store still takes writes after all that.
        let after = try cli.run(logArguments("after"))
        #expect(after.status == 0, "\(after.stderr) (seed \(seed))")
        #expect(lost == 0, "seed \(seed)")
        // The test means something only if kills landed while a log was
        // running, and some logs got as far as reporting their encounter.
        #expect(killed > 0, "no run was killed: the kills all came too late (seed \(seed))")
        #expect(reported.count > 0, "no run reported an encounter: the kills all came too early (seed \(seed))")
        print("crash safety: \(rounds) runs, \(killed) killed, \(exited) finished first, \(reported.count) reported, "
            + "\(stored.count) stored, \(lost) lost (seed \(seed))")
    }

    func logArguments(_ marker: String) -> [String] {
        ["log", "--patron", "1", "--mode", "phone", "--kind", "other", "--note", marker, "--follow-up", "call " + marker]
    }

    /// The id in "Logged encounter 12 with follow-up 12." — printed only after the commit.
    static func reportedID(_ stdout: String) -> Int? {
        guard let range = stdout.range(of: "Logged encounter ") else { return nil }
        let digits = stdout[range.upperBound...].prefix { $0.isNumber }
        guard stdout[range.upperBound...].dropFirst(digits.count).first.map({ $0 == " " || $0 == "." }) == true else { return nil }
        return Int(digits)
    }
}

/// Reads a store with the sqlite3 shell: another program's view of the file.
struct StoreProbe {
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") }
    let path: String

    func integrity() throws -> String {
        try run("PRAGMA integrity_check;").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Rows split on the unit separator.
    func rows(_ sql: String) throws -> [[String]] {
        try run(sql).split(separator: "\n").map { $0.components(separatedBy: "\u{1F}") }
    }

    func run(_ sql: String) throws -> String {
        let result = try Subprocess.run(
            "/usr/bin/sqlite3", ["-bail", "-separator", "\u{1F}", "-cmd", ".timeout 10000", path, sql])
        guard result.status == 0 else { throw CLIError(message: "sqlite3 \(sql): \(result.stderr)") }
        return result.stdout
    }
}

/// A small seeded generator, so a failing run can be repeated.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
