import DeskmateCore
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

extension SQLiteStore {
    /// What a finished backup holds.
    public struct BackupSummary: Sendable, Equatable {
        public var path: String
        public var bytes: Int
        public var patrons: Int
        public var encounters: Int
    }

    /// Copies the store into `destination` with SQLite's online backup, while
    /// other desks may keep writing.
    ///
    /// The copy is one consistent snapshot (a read transaction), written to a
    /// temporary file beside `destination` (mode 0600), checked with
    /// `PRAGMA integrity_check`, flushed to disk and only then renamed into
    /// place: `destination` is either the old file or the whole new backup,
    /// never a truncated one. The backup takes no writer lock, so the desks are
    /// never held up.
    public func backup(to destination: String) throws(StoreError) -> BackupSummary {
        let folder = (destination as NSString).deletingLastPathComponent
        let dir = folder.isEmpty ? "." : folder
        let name = (destination as NSString).lastPathComponent
        let temp = dir + "/." + name + ".partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let sidecars = [temp + "-journal", temp + "-wal", temp + "-shm"]
        func removeTemp() {
            for file in [temp] + sidecars { unlink(file) }
        }

        // Create the file ourselves, exclusively and 0600, before SQLite opens it.
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Self.fileError(errno, path: destination) }
        _ = fchmod(fd, 0o600)
        close(fd)

        var summary = BackupSummary(path: destination, bytes: 0, patrons: 0, encounters: 0)
        do {
            var config = Configuration()
            config.label = "deskmate-backup"
            let queue = try DatabaseQueue(path: temp, configuration: config)
            do {
                try writer.backup(to: queue)
                try queue.inDatabase { db in
                    let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                    guard check == ["ok"] else {
                        throw StoreError.corrupt(path: path, detail: "its backup failed the integrity check")
                    }
                    summary.patrons = try Int.fetchOne(db, sql: "SELECT count(*) FROM patron") ?? 0
                    summary.encounters = try Int.fetchOne(db, sql: "SELECT count(*) FROM encounter") ?? 0
                }
                try queue.close()
            } catch {
                try? queue.close()
                throw error
            }
            PrivateFiles.tighten([temp])
            try Self.flush(temp, path: destination)
            guard rename(temp, destination) == 0 else { throw Self.fileError(errno, path: destination) }
            // The rename itself must survive a power cut.
            try Self.flush(dir, path: destination)
        } catch {
            removeTemp()
            if let error = error as? DatabaseError, error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR
                || error.resultCode == .SQLITE_CANTOPEN || error.resultCode == .SQLITE_READONLY {
                throw Self.storeError(error, path: destination)
            }
            throw Self.storeError(error, path: path)
        }
        for file in sidecars { unlink(file) }
        var st = stat()
        if stat(destination, &st) == 0 { summary.bytes = Int(st.st_size) }
        return summary
    }

    /// `fsync` on a file or folder.
    static func flush(_ file: String, path: String) throws(StoreError) {
        let fd = open(file, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw fileError(errno, path: path) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL && errno != EROFS { throw fileError(errno, path: path) }
    }

    static func fileError(_ code: Int32, path: String) -> StoreError {
        switch code {
        case ENOSPC, EDQUOT: .diskFull(path: path)
        case EROFS, EACCES, EPERM: .readOnly(path: path)
        default: .cannotOpen(path: path, detail: String(cString: strerror(code)))
        }
    }
}
