import DeskmateCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Creates folders 0700 and files 0600 whatever the umask: patron records are
/// confidential, so nobody else on a shared desk machine may read them.
public enum PrivateFiles {
    /// Creates `folder` and any missing parents with mode 0700.
    public static func makeFolder(_ folder: String) throws(StoreError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDir) {
            guard isDir.boolValue else { throw .cannotOpen(path: folder, detail: "it is a file, not a folder") }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw .cannotOpen(path: folder, detail: String(cString: strerror(errno)))
        }
        _ = chmod(folder, 0o700)
    }

    /// Creates `path` empty with mode 0600 if it does not exist; tightens it
    /// to 0600 if it does. Never truncates.
    public static func touch(_ path: String) throws(StoreError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        if fd < 0 {
            let code = errno
            if code == EACCES || code == EROFS || code == EPERM {
                // A read-only file can still be read; the caller decides.
                if access(path, R_OK) == 0 { return }
                throw .readOnly(path: path)
            }
            if code == ENOSPC { throw .diskFull(path: path) }
            throw .cannotOpen(path: path, detail: String(cString: strerror(code)))
        }
        _ = fchmod(fd, 0o600)
        close(fd)
    }

    /// Sets 0600 on the files SQLite keeps beside the store.
    public static func tighten(_ paths: [String]) {
        for path in paths where FileManager.default.fileExists(atPath: path) {
            _ = chmod(path, 0o600)
        }
    }
}
