import DeskmateCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Serialises writers across processes with an advisory `flock` on
/// `<store>.lock`.
///
/// Debian's SQLite 3.40 can corrupt a WAL database when two connections write
/// or checkpoint at the same instant (fixed upstream in 3.51.3). Two desks on
/// one machine therefore take this lock around every write and around the
/// final checkpoint, so SQLite never sees two writers at once.
final class WriterLock: @unchecked Sendable {
    private let path: String
    private let timeout: TimeInterval
    private let mutex = NSLock()
    private var fd: Int32 = -1
    private var depth = 0

    init(storePath: String, timeout: TimeInterval) {
        self.path = storePath + ".lock"
        self.timeout = timeout
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Runs `body` holding the lock; re-entrant within the process.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        mutex.lock()
        defer { mutex.unlock() }
        if depth == 0 { try acquire() }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { _ = flock(fd, LOCK_UN) }
        }
        return try body()
    }

    private func acquire() throws {
        if fd < 0 {
            let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            if opened < 0 {
                // A read-only folder: there can be no other writer either way,
                // and the write itself will report the read-only store.
                if errno == EACCES || errno == EROFS { return }
                throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
            }
            _ = fchmod(opened, 0o600)
            fd = opened
        }
        let deadline = Date().addingTimeInterval(timeout)
        var pause: UInt32 = 1_000
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw StoreError.cannotOpen(path: path, detail: String(cString: strerror(errno)))
            }
            if Date() > deadline { throw StoreError.locked(path: path.replacingOccurrences(of: ".lock", with: "")) }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
    }
}
