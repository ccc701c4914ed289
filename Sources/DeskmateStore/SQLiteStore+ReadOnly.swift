import DeskmateCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

extension SQLiteStore {
    /// The store at `path` on one read-only connection, for a command that
    /// only reads (`lookup`), or nil when the file is not simply a current
    /// store to read: missing or empty, not writable here, or in need of a
    /// migration. The caller then opens it the usual way (`init(path:)`),
    /// which creates, migrates or refuses it as it always has.
    ///
    /// Why: the usual way opens the file three times (a read-only look at its
    /// identity, then a pool's writer and a reader, each of which reads the
    /// schema), sets the writer up and, on closing, checkpoints under the
    /// writer lock: most of a script's `lookup` after start-up itself. This
    /// way opens it once. A file that is not a Deskmate store, a newer store,
    /// a damaged or a locked one throws exactly what `init(path:)` throws,
    /// from the same checks in the same order; and the files are tightened
    /// to 0600 as every open does.
    public static func openedForReading(path: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout)
        throws(StoreError) -> SQLiteStore?
    {
        var info = stat()
        let folder = (path as NSString).deletingLastPathComponent
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
              access(path, R_OK | W_OK) == 0, access(folder.isEmpty ? "." : folder, W_OK) == 0
        else { return nil }
        try checkHeader(path)
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            guard try queue.read({ db in try isCurrent(db, path: path) }) else {
                try? queue.close()
                return nil
            }
        } catch {
            throw storeError(error, path: path)
        }
        try PrivateFiles.touch(path)
        PrivateFiles.tighten([path + "-wal", path + "-shm", path + ".lock"])
        return try SQLiteStore(writer: queue, path: path, writerLock: nil, current: true, readOnly: true)
    }
}
