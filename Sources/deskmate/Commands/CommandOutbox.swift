import DeskmateCore
import DeskmateStore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The outbox as `log`, `sync` and `forget` use it (see `Outbox`). Only a
/// shared store ever fills it; a store file is written at once or not at all.
enum CommandOutbox {
    static var path: String { Outbox.defaultPath() }

    /// The outbox when its file exists: looking never creates one.
    static func existing() throws(StoreError) -> Outbox? {
        FileManager.default.fileExists(atPath: path) ? try Outbox(path: path) : nil
    }

    /// Sends what waits before a new save, saying on standard error what was
    /// sent and what would not go. Returns the first error when the store
    /// cannot be reached (so the caller holds its draft too), else nil.
    static func sendWaiting(to store: any PatronStore) -> StoreError? {
        let outbox: Outbox?
        do {
            outbox = try existing()
        } catch {
            Console.error("The outbox could not be read, so nothing in it was sent: \(error.description)")
            return nil
        }
        guard let outbox, (try? outbox.pendingCount()) ?? 0 > 0 else { return nil }
        let result = outbox.send(to: store)
        if result.sent > 0 { Console.error("Sent \(summary(result)) from the outbox.") }
        if let error = result.firstError {
            if error.isUnreachable { return error }
            Console.error("\(count(result.held)) in the outbox could not be sent (\(error.description)); `deskmate sync` tries again.")
        }
        return nil
    }

    /// "3 encounters" / "1 encounter".
    static func count(_ n: Int) -> String { "\(n) encounter\(n == 1 ? "" : "s")" }

    /// "3 encounters (1 without its patron, who is no longer in the store)".
    static func summary(_ result: Outbox.SendResult) -> String {
        var text = count(result.sent)
        if result.withoutPatron > 0 {
            text += " (\(result.withoutPatron) without \(result.withoutPatron == 1 ? "its patron, who is" : "their patrons, who are") no longer in the store)"
        }
        return text
    }

    /// Hidden and for tests only: `DESKMATE_TEST_SYNC_STALL=N` makes `sync`
    /// stop for good once the store has its N-th entry and before the outbox
    /// lets it go, the worst moment for a kill; the tests kill it there.
    static var stall: (Int) -> Void {
        guard let text = ProcessInfo.processInfo.environment["DESKMATE_TEST_SYNC_STALL"], let n = Int(text), n > 0 else {
            return { _ in }
        }
        return { sent in
            guard sent == n else { return }
            while true { pause() }
        }
    }
}
