import Foundation
import TestSupport
import Testing

/// Two desks on one store, backups taken while desks write, purge while a
/// desk writes. (A store held by another program: `HarshStoreTests` for the
/// store, `TerminalAbuseTests` for the desk screen.)
@Suite(.serialized, .enabled(if: StoreProbe.isAvailable, "sqlite3 is not installed"))
struct ConcurrencyTests {
    /// A shell loop logging `count` encounters at `desk`, one `deskmate log` each.
    static func writer(_ cli: DeskmateBinary, desk: String, count: Int, extra: String = "") throws -> Subprocess.Child {
        let script = """
            i=0
            while [ $i -lt \(count) ]; do
              "$DESKMATE" log --mode phone --kind other --desk "\(desk)" --note "\(desk)-$i" \(extra) >/dev/null || echo "log $i failed: $?" >&2
              i=$((i+1))
            done
            """
        var environment = cli.environment
        environment["DESKMATE"] = DeskmateBinary.url.path
        return try Subprocess.spawn("/bin/sh", ["-c", script], environment: environment)
    }

    @Test func twoDesksLoggingAtOnceLoseNothing() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("patron", "add", "Ann Lee").status == 0)
        let perDesk = 50
        let a = try Self.writer(cli, desk: "Desk A", count: perDesk)
        let b = try Self.writer(cli, desk: "Desk B", count: perDesk)
        let resultA = a.wait(seconds: 120), resultB = b.wait(seconds: 120)
        #expect(resultA.status == 0 && resultB.status == 0)
        for result in [resultA, resultB] {
            #expect(!result.stderr.contains("locked"), "\(result.stderr)")
            #expect(!result.stderr.contains("busy"), "\(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
        let store = StoreProbe(path: cli.storePath)
        #expect(try store.integrity() == "ok")
        let counts = try store.rows("SELECT desk, count(*), count(DISTINCT note) FROM encounter GROUP BY desk ORDER BY desk")
        #expect(counts == [["Desk A", "\(perDesk)", "\(perDesk)"], ["Desk B", "\(perDesk)", "\(perDesk)"]])
        let errors = resultA.stderr.split(separator: "\n").count + resultB.stderr.split(separator: "\n").count
        print("two desks: \(2 * perDesk) encounters logged concurrently, "
            + "\(counts.map { $0.count > 1 ? Int($0[1]) ?? 0 : 0 }.reduce(0, +)) stored, \(errors) error lines")
    }

    @Test func aBackupTakenWhileAnotherDeskWritesIsSound() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("patron", "add", "Ann Lee", "--note", "likes maps").status == 0)
        let writer = try Self.writer(cli, desk: "Desk A", count: 25, extra: "--follow-up promise")
        var backups: [(path: String, encounters: Int)] = []
        let deadline = Date().addingTimeInterval(60)
        var index = 0
        while writer.poll() == nil && Date() < deadline && index < 8 {
            let path = cli.file("backup-\(index).sqlite")
            let result = try cli.run("backup", path)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.isEmpty)
            backups.append((path, 0))
            index += 1
            usleep(50_000)
        }
        let written = writer.wait(seconds: 120)
        #expect(written.status == 0 && written.stderr.isEmpty, "\(written.stderr)")
        #expect(!backups.isEmpty)
        var previous = -1
        for i in backups.indices {
            let path = backups[i].path
            var st = stat()
            #expect(stat(path, &st) == 0 && st.st_mode & 0o777 == 0o600, "\(path) is not private")
            let probe = StoreProbe(path: path)
            #expect(try probe.integrity() == "ok", "\(path)")
            let rows = try probe.rows("SELECT count(*), (SELECT count(*) FROM follow_up) FROM encounter")
            let count = Int(rows.first?[0] ?? "") ?? -1
            // Each backup is one snapshot: every encounter has its follow-up.
            #expect(rows.first?[0] == rows.first?[1], "\(path): \(rows)")
            #expect(count >= previous, "backups go back in time")
            previous = count
            backups[i].encounters = count
        }
        // No temporary file is left beside the backups.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cli.folder).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        print("backup under write: \(backups.count) backups taken while 25 encounters were logged, "
            + "encounters in them \(backups.map(\.encounters)), all passed integrity_check")

        // A backup restores: copied over a store, it opens and holds what it held.
        let restored = cli.file("restored/deskmate.sqlite")
        try FileManager.default.createDirectory(atPath: cli.file("restored"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: backups[backups.count - 1].path, toPath: restored)
        let history = try cli.run("history", "1", "--limit", "1000", "--json", "--store", restored)
        #expect(history.status == 0, "\(history.stderr)")
        let found = try cli.run("lookup", "ann", "--store", restored)
        #expect(found.stdout.contains("Ann Lee"))
    }

    @Test func backupRefusesToClobberAndHasHelp() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("backup", "--help").stdout.contains("USAGE"))
        let none = try cli.run("backup", cli.file("b.sqlite"))
        #expect(none.status == 1 && none.stderr.contains("no store"), "\(none.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.storePath), "backup created a store")
        #expect(try cli.run("patron", "add", "Ann Lee").status == 0)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: cli.file("notes.txt")))
        let clobber = try cli.run("backup", cli.file("notes.txt"))
        #expect(clobber.status == 1 && clobber.stderr.contains("--overwrite"))
        #expect(try String(contentsOfFile: cli.file("notes.txt"), encoding: .utf8) == "keep me")
        let itself = try cli.run("backup", cli.storePath, "--overwrite")
        #expect(itself.status == 1 && itself.stderr.contains("cannot replace the store"))
        #expect(try cli.run("backup", cli.file("notes.txt"), "--overwrite").status == 0)
        #expect(try StoreProbe(path: cli.file("notes.txt")).integrity() == "ok")
        // A folder gets a dated file inside it.
        try FileManager.default.createDirectory(atPath: cli.file("backups"), withIntermediateDirectories: true)
        #expect(try cli.run("backup", cli.file("backups")).status == 0)
        let inside = try FileManager.default.contentsOfDirectory(atPath: cli.file("backups"))
        #expect(inside.count == 1 && inside[0].hasPrefix("deskmate-") && inside[0].hasSuffix(".sqlite"), "\(inside)")
        // A folder that cannot be written: a clear message, nothing left behind.
        let missing = try cli.run("backup", cli.file("no/such/folder/b.sqlite"))
        #expect(missing.status == 1 && missing.stderr.contains("no/such/folder"), "\(missing.stderr)")
    }

    /// `deskmate purge --before DATE` while another desk logs: old encounters
    /// keep their counts, lose patron, note and promise, and `grep -a` finds
    /// the old notes in none of the store's files.
    @Test func purgeWhileAnotherDeskWrites() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("patron", "add", "Ann Lee").status == 0)
        for day in 1...9 {
            let result = try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "other",
                                     "--arrived", "2024-03-0\(day)T10:00:00Z", "--closed", "2024-03-0\(day)T10:05:00Z",
                                     "--note", "Purgecanary \(day)", "--follow-up", "Purgepromise \(day)")
            #expect(result.status == 0, "\(result.stderr)")
        }
        let writer = try Self.writer(cli, desk: "Desk B", count: 20)
        let purged = try cli.run("purge", "--before", "2025-01-01")
        #expect(purged.status == 0, "\(purged.stderr)")
        #expect(purged.stdout.contains("Purged 9 encounters"), "\(purged.stdout)")
        let bad = try cli.run("purge", "--before", "last tuesday")
        #expect(bad.status != 0 && bad.stderr.contains("--before needs a date"), "\(bad.stderr)")
        let written = writer.wait(seconds: 120)
        #expect(written.status == 0 && written.stderr.isEmpty, "\(written.stderr)")
        let rows = try StoreProbe(path: cli.storePath).rows("""
            SELECT count(*), sum(patron_id IS NULL AND note = ''), (SELECT count(*) FROM follow_up)
            FROM encounter WHERE arrived < strftime('%s', '2025-01-01')
            """)
        #expect(rows == [["9", "9", "0"]])
        #expect(try StoreProbe(path: cli.storePath).rows("SELECT count(*) FROM encounter WHERE desk = 'Desk B'") == [["20"]])
        let found = try Subprocess.run("/bin/grep", ["-a", "-r", "-l", "Purgecanary\\|Purgepromise", cli.folder + "/data"])
        #expect(found.stdout.isEmpty, "old notes still on disk in \(found.stdout)")
    }
}
