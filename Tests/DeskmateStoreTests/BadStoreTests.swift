import DeskmateCore
import DeskmateStore
import Foundation
import TestSupport
import Testing

/// Each kind of bad file gets a clear error and is never changed.
@Suite struct BadStoreTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func randomBytesAreNotAStore() throws {
        let dir = TempFolder()
        let path = dir.file("random.sqlite")
        let seed: UInt64 = 7
        var random = SampleRandom(seed: seed)
        let junk = Data((0..<8192).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        try junk.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADeskmateStore(path: path), "seed \(seed)") { try SQLiteStore(path: path) }
        #expect(bytes(path) == junk, "seed \(seed)")
    }

    @Test func aTextFileIsNotAStore() throws {
        let dir = TempFolder()
        let path = dir.file("notes.txt")
        try Data("my shopping list\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADeskmateStore(path: path)) { try SQLiteStore(path: path) }
        #expect(bytes(path) == Data("my shopping list\n".utf8))
    }

    @Test func anotherProgramsSQLiteIsNotAStore() throws {
        let dir = TempFolder()
        let path = dir.file("other.sqlite")
        try sqlite(path, "CREATE TABLE t(x); INSERT INTO t VALUES (1);")
        let before = bytes(path)
        #expect(throws: StoreError.notADeskmateStore(path: path)) { try SQLiteStore(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func aNewerStoreIsLeftAlone() throws {
        let dir = TempFolder()
        let path = dir.file("newer.sqlite")
        do { _ = try SQLiteStore(path: path) }
        try sqlite(path, "INSERT INTO grdb_migrations VALUES ('v99-from-the-future');")
        let before = bytes(path)
        #expect(throws: StoreError.newerStore(path: path)) { try SQLiteStore(path: path) }
        #expect(bytes(path) == before)
    }

    @Test func aTruncatedStoreIsReported() throws {
        let dir = TempFolder()
        let path = dir.file("cut.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            for i in 0..<200 { _ = try store.addPatron(PatronDraft(name: "Patron \(i) Example"), now: t0) }
            try store.checkpointTruncate()
        }
        let whole = try #require(bytes(path))
        let cut = whole.prefix(whole.count / 2 + 100)
        try cut.write(to: URL(fileURLWithPath: path))
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        // Opening may succeed (the header is intact); reading what was cut off must not crash.
        do {
            let store = try SQLiteStore(path: path)
            var count = 0
            try store.allPatrons { _ in count += 1 }
            Issue.record("read \(count) patrons from a truncated file without an error")
        } catch let error as StoreError {
            #expect(!error.description.isEmpty)
        }
    }

    @Test func aFlippedHeaderByteIsReported() throws {
        let dir = TempFolder()
        let path = dir.file("flip.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            _ = try store.addPatron(PatronDraft(name: "Ann"), now: t0)
            try store.checkpointTruncate()
        }
        var data = try #require(bytes(path))
        data[3] ^= 0xFF
        try data.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADeskmateStore(path: path)) { try SQLiteStore(path: path) }
        #expect(bytes(path) == data)
    }

    @Test func aLockedStoreSaysSoQuickly() throws {
        let dir = TempFolder()
        let path = dir.file("locked.sqlite")
        let store = try SQLiteStore(path: path, busyTimeout: 0.3)
        // Another program holds the write lock.
        let lock = open(path + ".lock", O_RDWR)
        #expect(lock >= 0)
        defer { close(lock) }
        #expect(flock(lock, LOCK_EX) == 0)
        #expect(throws: StoreError.locked(path: path)) { try store.addPatron(PatronDraft(name: "Ann"), now: t0) }
        flock(lock, LOCK_UN)
        #expect(try store.addPatron(PatronDraft(name: "Ann"), now: t0).id == 1)
    }

    /// Files private whatever mode they were made with. The umask is not
    /// changed here (it belongs to the whole test process, whose other tests
    /// run at the same time): the store file is made world-readable and
    /// writable with chmod after creating it, as a umask of 0 would leave it.
    /// (CommandLineTests.storeFilesArePrivateUnderUmaskZero runs the program
    /// itself under `umask 0`.)
    @Test func filesArePrivateWhateverTheUmask() throws {
        let dir = TempFolder()
        let folder = dir.file("data/deskmate")
        let path = folder + "/deskmate.sqlite"
        do { _ = try SQLiteStore(path: path) }
        for suffix in ["", "-wal", "-shm", ".lock"] where FileManager.default.fileExists(atPath: path + suffix) {
            #expect(chmod(path + suffix, 0o666) == 0)
        }
        #expect(mode(path) == 0o666)
        let store = try SQLiteStore(path: path)
        _ = try store.addPatron(PatronDraft(name: "Ann"), now: t0)
        #expect(mode(folder) == 0o700)
        for file in [path, path + "-wal", path + "-shm", path + ".lock"] where FileManager.default.fileExists(atPath: file) {
            #expect(mode(file) == 0o600, "\(file)")
        }
    }

    func mode(_ path: String) -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { return -1 }
        return Int(st.st_mode & 0o777)
    }
}

/// Runs the sqlite3 shell on a file, as another program would.
func sqlite(_ path: String, _ sql: String) throws {
    let result = try Subprocess.run("/usr/bin/sqlite3", [path, sql])
    guard result.status == 0 else { throw CLIError(message: "sqlite3 \(sql): exit \(result.status): \(result.stderr)") }
}
