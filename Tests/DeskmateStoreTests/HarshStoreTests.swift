import DeskmateCore
import DeskmateStore
import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Stores the world is unkind to: a full disk, a read-only file or folder, a
/// damaged page, another program holding the write lock. Each gets a clear
/// `StoreError`, the file is left as it was, and what was saved before stays.
///
/// The full-disk and read-only cases mount a small tmpfs or a read-only bind
/// mount (root is not stopped by file modes); where mounting is not
/// permitted they are skipped.
@Suite(.serialized) struct HarshStoreTests {
    static let canMount: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/bin/mount") else { return false }
        let dir = TempFolder()
        let probe = dir.file("probe")
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        guard (try? Subprocess.run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]))?.status == 0 else {
            return false
        }
        _ = try? Subprocess.run("/bin/umount", [probe])
        return true
    }()

    static func mount(_ arguments: [String]) throws {
        let result = try Subprocess.run("/bin/mount", arguments)
        guard result.status == 0 else { throw CLIError(message: "mount \(arguments): \(result.stderr)") }
    }

    static func unmount(_ path: String) {
        for _ in 0..<20 {
            if (try? Subprocess.run("/bin/umount", [path]))?.status == 0 { return }
            usleep(50_000)
        }
    }

    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test(.enabled(if: HarshStoreTests.canMount, "mounting a tmpfs is not permitted here"))
    func aFullDiskSaysSoAndKeepsWhatWasSaved() throws {
        let dir = TempFolder()
        let disk = dir.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        try Self.mount(["-t", "tmpfs", "-o", "size=1m", "tmpfs", disk])
        defer { Self.unmount(disk) }
        let path = disk + "/deskmate.sqlite"
        var saved = 0
        var failure: StoreError?
        do {
            let store = try SQLiteStore(path: path, busyTimeout: 1)
            let filler = String(repeating: "x", count: 1_900)
            for i in 0..<2_000 {
                do {
                    _ = try store.addPatron(PatronDraft(name: "Patron \(i) Example", notes: filler), now: t0)
                    saved += 1
                } catch let error as StoreError {
                    failure = error
                    break
                }
            }
            #expect(failure == .diskFull(path: path), "\(String(describing: failure))")
            #expect(failure?.description.contains("is full; nothing was saved") == true)
            // A backup onto the full disk fails cleanly and leaves no partial file.
            #expect(throws: StoreError.self) { try store.backup(to: disk + "/backup.sqlite") }
            let left = try FileManager.default.contentsOfDirectory(atPath: disk).filter { $0.contains("backup") }
            #expect(left.isEmpty, "\(left)")
            // Reading still works on a full disk.
            var count = 0
            try store.allPatrons { _ in count += 1 }
            #expect(count == saved)
        }
        #expect(saved > 10)
        // Everything saved before is there, and the file is sound.
        let probe = try Subprocess.run("/usr/bin/sqlite3", [path, "PRAGMA integrity_check; SELECT count(*) FROM patron;"])
        #expect(probe.stdout == "ok\n\(saved)\n", "\(probe.stdout) \(probe.stderr)")
        print("full disk: \(saved) patrons saved on a 1 MB tmpfs, then: \(failure?.description ?? "no error")")
    }

    @Test(.enabled(if: HarshStoreTests.canMount, "bind mounts are not permitted here"))
    func aReadOnlyFolderSaysSoAndChangesNothing() throws {
        let dir = TempFolder()
        let folder = dir.file("ro")
        let path = folder + "/deskmate.sqlite"
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
            try store.checkpointTruncate()
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let data = bytes(path)
        try Self.mount(["--bind", folder, folder])
        defer { Self.unmount(folder) }
        try Self.mount(["-o", "remount,bind,ro", folder])
        do {
            let store = try SQLiteStore(path: path)
            #expect(throws: StoreError.self) { try store.addPatron(PatronDraft(name: "Bo Ek"), now: t0) }
        } catch {
            // Refusing to open at all is as good, if it says why.
            #expect(error == .readOnly(path: path) || error.description.contains("cannot"), "\(error)")
        }
        #expect(bytes(path) == data)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == before)
    }

    @Test(.enabled(if: HarshStoreTests.canMount, "bind mounts are not permitted here"))
    func aReadOnlyFileSaysSoAndChangesNothing() throws {
        let dir = TempFolder()
        let path = dir.file("deskmate.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
            try store.checkpointTruncate()
        }
        let data = bytes(path)
        try Self.mount(["--bind", path, path])
        defer { Self.unmount(path) }
        try Self.mount(["-o", "remount,bind,ro", path])
        var message = ""
        do {
            let store = try SQLiteStore(path: path)
            do {
                _ = try store.addPatron(PatronDraft(name: "Bo Ek"), now: t0)
                Issue.record("wrote to a read-only file")
            } catch let error as StoreError {
                message = error.description
                #expect(error == .readOnly(path: path), "\(error)")
            }
        } catch let error as StoreError {
            message = error.description
            #expect(error == .readOnly(path: path) || error.description.contains("cannot"), "\(error)")
        }
        #expect(!message.isEmpty)
        #expect(bytes(path) == data)
        print("read-only file: \(message)")
    }

    /// A damaged page in the middle of the file (not the header): reading
    /// reports the damage, nothing crashes, the file is not changed.
    @Test func aDamagedPageIsReportedNotCrashedOn() throws {
        let dir = TempFolder()
        let path = dir.file("damaged.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            for i in 0..<300 {
                _ = try store.addPatron(PatronDraft(name: "Patron \(i) Example", notes: "note \(i)"), now: t0)
            }
            try store.checkpointTruncate()
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let root = try Subprocess.run("/usr/bin/sqlite3", [path, "SELECT rootpage FROM sqlite_master WHERE name = 'patron'"])
        let page = Int(root.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 2
        var data = try #require(bytes(path))
        let offset = (page - 1) * 4096
        try #require(offset < data.count)
        data[offset] = 0x6B          // not a b-tree page type
        data[offset + 3] = 0xFF      // and an impossible cell count
        try data.write(to: URL(fileURLWithPath: path))
        do {
            let store = try SQLiteStore(path: path)
            var count = 0
            try store.allPatrons { _ in count += 1 }
            Issue.record("read \(count) patrons from a damaged page")
        } catch let error as StoreError {
            #expect(error == .corrupt(path: path, detail: "the database is malformed"), "\(error)")
        }
        #expect(bytes(path) == data)
    }

    /// Random single-byte damage anywhere past the header, many times: every
    /// read either works or throws a `StoreError` — never a trap. (A trap
    /// would end this whole test process.)
    @Test func randomByteFlipsNeverCrash() throws {
        let dir = TempFolder()
        let path = dir.file("base.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            for i in 0..<60 {
                let p = try store.addPatron(PatronDraft(name: "Patron \(i) Example", preferredName: "P\(i)", notes: "n\(i)"), now: t0)
                _ = try store.logEncounter(encounter(patron: p.id, arrived: t0.addingTimeInterval(Double(i) * 60),
                                                     note: "e\(i)", followUp: FollowUpDraft(promise: "call", due: "2026-12-01")))
            }
            _ = try store.startTimer(arrived: t0, mode: .phone, desk: "Main desk")
            _ = try store.startShift(desk: "Main desk", staff: "JB", at: t0)
            try store.checkpointTruncate()
        }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let original = try #require(bytes(path))
        // DESKMATE_TEST_SEED=<seed> tries other damage; every message carries the seed.
        let seed = TestSeed.seed(default: 2026)
        var random = SampleRandom(seed: seed)
        var outcomes = (opened: 0, refused: 0, readErrors: 0, readClean: 0)
        let rounds = 25
        let pages = original.count / 4096
        for round in 0..<rounds {
            let copy = dir.file("flip-\(round).sqlite")
            var data = original
            // One byte in a page header or cell pointer array (where damage
            // matters most), one anywhere past the file header.
            let page = 1 + Int(random.next() % UInt64(max(pages - 1, 1)))
            let inHeader = min(page * 4096 + Int(random.next() % 40), data.count - 1)
            data[inHeader] ^= UInt8(truncatingIfNeeded: 1 + random.next() % 255)
            let offset = 100 + Int(random.next() % UInt64(data.count - 100))
            data[offset] ^= UInt8(truncatingIfNeeded: 1 + random.next() % 255)
            #expect(data != original, "round \(round): the flips changed nothing (seed \(seed))")
            try data.write(to: URL(fileURLWithPath: copy))
            do {
                let store = try SQLiteStore(path: copy)
                outcomes.opened += 1
                do {
                    try store.allPatrons { _ in }
                    try store.allEncounters { _ in }
                    _ = try store.lookup("patron 1", limit: 5, now: t0)
                    _ = try store.followUps(openOnly: false)
                    _ = try store.timers(desk: "Main desk")
                    _ = try store.openShift(desk: "Main desk")
                    _ = try store.encounters(arrivedFrom: .distantPast, to: .distantFuture)
                    for id in 1...5 { _ = try store.history(patronID: Int64(id), limit: 10) }
                    outcomes.readClean += 1
                } catch is StoreError {
                    outcomes.readErrors += 1
                }
            } catch is StoreError {
                outcomes.refused += 1
            }
            for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: copy + suffix) }
        }
        // Every round ended in one of the three outcomes (a trap would have
        // ended the test process; any other error would have failed the test)…
        #expect(outcomes.refused + outcomes.readErrors + outcomes.readClean == rounds, "\(outcomes) (seed \(seed))")
        // …and the damage was real: some copies were found damaged.
        #expect(outcomes.refused + outcomes.readErrors > 0, "no damage was ever noticed: \(outcomes) (seed \(seed))")
        print("random byte flips (seed \(seed)): \(rounds) damaged copies, \(outcomes.refused) refused at open, "
            + "\(outcomes.readErrors) reported on read, \(outcomes.readClean) read without notice")
    }

    /// Another program (the sqlite3 shell) holds `BEGIN EXCLUSIVE` beyond the
    /// busy timeout: `.locked`, quickly, and the write is not half-done.
    @Test func aStoreHeldBySQLite3BeyondTheTimeoutSaysBusy() throws {
        let dir = TempFolder()
        let path = dir.file("held.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 0.3)
        _ = try store.addPatron(PatronDraft(name: "Ann Lee"), now: t0)
        let ready = dir.file("ready")
        let holder = try Subprocess.spawn(
            "/usr/bin/sqlite3", [path], stdin: Data("BEGIN EXCLUSIVE;\n.shell touch \(ready)\n.shell sleep 10\nROLLBACK;\n".utf8))
        defer { holder.kill(); holder.wait(seconds: 5) }
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: ready) && Date() < deadline { usleep(20_000) }
        try #require(FileManager.default.fileExists(atPath: ready), "sqlite3 never took the lock")
        #expect(throws: StoreError.locked(path: path)) {
            try store.logEncounter(encounter(patron: 1, note: "during", followUp: FollowUpDraft(promise: "call")))
        }
        // Reading is not blocked by another writer (WAL).
        #expect(try store.patron(id: 1)?.name == "Ann Lee")
        holder.kill()
        holder.wait(seconds: 5)
        #expect(try store.encounters(arrivedFrom: .distantPast, to: .distantFuture).isEmpty)
        #expect(try store.followUps(openOnly: false).isEmpty)
        #expect(try store.logEncounter(encounter(patron: 1, note: "after")).id >= 1)
    }
}

struct CLIError: Error { var message: String }
