import Foundation

/// The command line's one clock: every command asks `Now.date()` for "now"
/// rather than calling `Date()` itself.
///
/// Hidden and for tests only: the environment variable `DESKMATE_NOW`, an
/// instant as the command line takes them (`2026-11-22T14:05:00Z`), makes the
/// clock start at that instant when the program starts and run on from there
/// at the real pace (so the desk screen's timers still tick). Without it, or
/// when it does not parse, "now" is the machine's clock. A test that hands the
/// program its clock does not depend on the day it is run.
enum Now {
    /// Read with `getenv`: Foundation's environment dictionary costs a
    /// script's `lookup` a few percent of its start-up for one variable.
    private static let offset: TimeInterval = {
        guard let value = getenv("DESKMATE_NOW"), case let text = String(cString: value), !text.isEmpty,
              let start = TimeArgument.parse(text) else { return 0 }
        return start.timeIntervalSince(Date())
    }()

    static func date() -> Date { Date().addingTimeInterval(offset) }
}
