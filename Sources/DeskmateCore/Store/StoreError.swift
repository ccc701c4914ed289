import Foundation

/// Why the store could not do what was asked, in words fit to show staff.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case invalidInput(String)
    case notADeskmateStore(path: String)
    case newerStore(path: String)
    case corrupt(path: String, detail: String)
    case locked(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case cannotOpen(path: String, detail: String)
    /// The shared store's server cannot be reached now (no connection, no
    /// answer in time, connection lost). Unlike the other cases this one
    /// passes: the same call may work in a moment, so the desk keeps working
    /// and keeps what it could not send (the outbox) instead of failing.
    case unreachable(place: String, detail: String)
    case failed(String)

    /// Whether the store cannot be reached now but may be in a moment.
    public var isUnreachable: Bool {
        if case .unreachable = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .notFound(let what): "\(what) was not found."
        case .invalidInput(let why): why
        case .notADeskmateStore(let path) where path.contains("://"):
            "\(path) holds tables that are not Deskmate's; they were left untouched. Choose another database with --store."
        case .notADeskmateStore(let path): "\(path) is not a Deskmate store; it was left untouched. Choose another file with --store."
        case .newerStore(let path) where path.contains("://"):
            "\(path) was written by a newer Deskmate; update Deskmate to open it. The database was left untouched."
        case .newerStore(let path): "\(path) was written by a newer Deskmate; update Deskmate to open it. The file was left untouched."
        case .corrupt(let path, let detail): "\(path) is damaged (\(detail)); it was left untouched. Restore it from a backup."
        case .locked(let path): "\(path) is busy in another program; try again in a moment."
        case .readOnly(let path): "\(path) cannot be written (read-only file or folder)."
        case .diskFull(let path): "The disk holding \(path) is full; nothing was saved."
        case .cannotOpen(let path, let detail): "Cannot open \(path): \(detail)"
        case .unreachable(_, let detail): detail
        case .failed(let detail): detail
        }
    }
}
