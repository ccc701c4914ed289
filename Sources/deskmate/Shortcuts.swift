#if canImport(Glibc)
import Glibc
#endif

/// Whether start-up's shortcuts are off: `QuickLookup`, `parseQuickly` and
/// the read-only store of `lookup`.
///
/// Hidden and for tests only: a non-empty `DESKMATE_NO_SHORTCUTS` makes every
/// command line go the long way (argument-parser's real root, the store
/// opened for writing), so a test can run the same arguments both ways and
/// see that the shortcuts change nothing a user sees. Read with `getenv`:
/// Foundation's environment dictionary is more than this needs at start-up.
enum Shortcuts {
    static let disabled: Bool = {
        guard let value = getenv("DESKMATE_NO_SHORTCUTS") else { return false }
        return value.pointee != 0
    }()
}
