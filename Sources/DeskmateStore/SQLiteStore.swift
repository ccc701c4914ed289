import DeskmateCore
import Foundation
import GRDB

/// The desk's own store: one SQLite file (WAL, `synchronous = FULL`, foreign
/// keys on) in the user's data folder, readable by nobody else.
///
/// Opening never changes a file that is not a Deskmate store, one written by
/// a newer Deskmate, or a damaged one: it throws a `StoreError` that says so.
public final class SQLiteStore: PatronStore, @unchecked Sendable {
    public let path: String
    /// The database: a `DatabasePool` on the store's file, or whatever writer
    /// the caller handed in (an in-memory `DatabaseQueue` in tests).
    let writer: any DatabaseWriter
    /// Serialises writers across processes (see `WriterLock`); nil for a
    /// database that is not a file other programs can open.
    let writerLock: WriterLock?

    /// How long a write waits for another desk before saying the store is busy.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (creating if needed) the store at `path`.
    public convenience init(path: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout) throws(StoreError) {
        let folder = (path as NSString).deletingLastPathComponent
        try PrivateFiles.makeFolder(folder.isEmpty ? "." : folder)
        try Self.checkHeader(path)
        let current = try Self.checkIdentity(path)
        try PrivateFiles.touch(path)

        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "deskmate"
        config.prepareDatabase { db in
            // Deleted patron text is overwritten, not left in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        let lock = WriterLock(storePath: path, timeout: busyTimeout)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw Self.storeError(error, path: path)
        }
        PrivateFiles.tighten([path + "-wal", path + "-shm"])
        try self.init(writer: pool, path: path, writerLock: lock, current: current)
        PrivateFiles.tighten([path + "-wal", path + "-shm", path + ".lock"])
    }

    /// A store on a database the caller opened, as GRDB's demo `AppDatabase`
    /// takes one: `DatabaseQueue()` gives a store in memory, for tests where
    /// a file is not the point. No file hardening applies; the schema does.
    ///
    /// - Parameter path: what error messages call the database.
    public convenience init(writer: some DatabaseWriter, path: String = "the in-memory store") throws(StoreError) {
        try self.init(writer: writer, path: path, writerLock: nil, current: false)
    }

    /// - Parameter current: the file was just seen to be a Deskmate store with
    ///   every migration applied, so opening needs no write and no lock.
    /// - Parameter readOnly: `writer` is a read-only connection to a store
    ///   already seen current (`openedForReading`): nothing to prepare.
    init(writer: any DatabaseWriter, path: String, writerLock: WriterLock?, current: Bool, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.writer = writer
        self.writerLock = writerLock
        if !readOnly { try prepare(current: current) }
    }

    deinit {
        // The closing checkpoint writes the WAL back into the file: it must
        // not race another desk's write (see WriterLock).
        try? withWriterLock { try writer.close() }
    }

    /// Runs `body` holding the cross-process writer lock, when there is one.
    func withWriterLock<T>(_ body: () throws -> T) throws -> T {
        guard let writerLock else { return try body() }
        return try writerLock.withLock(body)
    }

    /// Makes the database a Deskmate store of this version: marks a new one,
    /// refuses a foreign or newer one, migrates an older one. A store already
    /// current (the common case, every time a command starts) only gets its
    /// connection setting, so a lookup from a script neither waits for the
    /// writer lock nor opens a write transaction.
    private func prepare(current: Bool) throws(StoreError) {
        do {
            if current {
                // setUpWALMode resets this to NORMAL; FULL survives power cuts.
                try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                return
            }
            try withWriterLock {
                try writer.writeWithoutTransaction { db in
                    // setUpWALMode resets this to NORMAL; FULL survives power cuts.
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                    try Self.claim(db, as: Schema.self, path: path)
                }
                try Schema.migrator.migrate(writer)
                // A migration can leave megabytes in the WAL (the notes
                // index of a whole store): emptied now, or the next program
                // to open the store alone reads all of it to rebuild the
                // WAL's index (1,249 reads, about a millisecond more for
                // every script's lookup after the notes search's migration).
                if writerLock != nil {
                    try writer.writeWithoutTransaction { db in _ = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Marks an empty database as a file of `format` (the store, or the
    /// outbox), or refuses one that holds tables and is not, or one a newer
    /// Deskmate migrated: nothing of those is changed.
    static func claim(_ db: Database, as format: any SQLiteFileFormat.Type, path: String) throws {
        let applicationID = format.applicationID
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID != applicationID {
            guard tables == 0 else { throw StoreError.notADeskmateStore(path: path) }
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        }
        if try format.migrator.hasBeenSuperseded(db) { throw StoreError.newerStore(path: path) }
    }

    /// A file that exists and is not empty must start like SQLite before
    /// SQLite is allowed near it.
    static func checkHeader(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) { throw .cannotOpen(path: path, detail: "permission denied") }
            return
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 100)) ?? Data()
        if head.isEmpty { return }
        guard head.count == 100, head.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw .notADeskmateStore(path: path)
        }
    }

    /// Before the file is opened for writing (which would switch it to WAL),
    /// a read-only look makes sure it is a Deskmate store of a version this
    /// program knows, so nothing else is ever changed. Returns whether it is
    /// already fully migrated.
    private static func checkIdentity(_ path: String) throws(StoreError) -> Bool {
        // stat(2), not FileManager's attributes: those look up the owner's
        // and group's names too, a tenth of a script's `lookup`.
        var info = stat()
        guard stat(path, &info) == 0, info.st_size > 0 else { return false }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in try isCurrent(db, path: path) }
        } catch {
            throw storeError(error, path: path)
        }
    }

    /// Whether the database is a Deskmate store with every migration
    /// applied; throws for a foreign file with tables or a newer store.
    static func isCurrent(_ db: Database, path: String) throws -> Bool {
        let appID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appID != Schema.applicationID && tables > 0 { throw StoreError.notADeskmateStore(path: path) }
        guard appID == Schema.applicationID else { return false }
        if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerStore(path: path) }
        return try Schema.migrator.hasCompletedMigrations(db)
    }

    /// Runs a write transaction holding the cross-process writer lock. It
    /// ends by repacking the report's facts of the hours it changed, in
    /// the same transaction (see `ReportFactsTable`).
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try withWriterLock {
                try writer.write { db in
                    let result = try body(db)
                    try ReportFactsTable.refresh(db)
                    return result
                }
            }
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.storeError(error, path: path)
        }
    }

    /// Maps SQLite's result codes to messages staff can act on.
    static func storeError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        // GRDB's decoding errors quote the whole row: patron data must never
        // reach an error message.
        if error is RowDecodingError { return .corrupt(path: path, detail: "a stored value is not of the expected kind") }
        guard let db = error as? DatabaseError else { return .failed("Store error at \(path): \(type(of: error))") }
        switch db.resultCode {
        case .SQLITE_NOTADB: return .notADeskmateStore(path: path)
        case .SQLITE_CORRUPT: return .corrupt(path: path, detail: "the database is malformed")
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_READONLY: return .readOnly(path: path)
        case .SQLITE_FULL: return .diskFull(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, detail: "SQLite cannot open the file or its folder")
        case .SQLITE_IOERR: return .cannotOpen(path: path, detail: "input/output error")
        case .SQLITE_CONSTRAINT: return .invalidInput(db.message ?? "a stored value was refused")
        default: return .failed("Store error at \(path): \(db.message ?? "\(db.resultCode)")")
        }
    }
}

extension SQLiteStore {
    /// A fresh store in memory: for tests of what the store does, where a
    /// file and its hardening are not the point.
    public static func inMemory() throws(StoreError) -> SQLiteStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue()
        } catch {
            throw storeError(error, path: "the in-memory store")
        }
        return try SQLiteStore(writer: queue)
    }
}
