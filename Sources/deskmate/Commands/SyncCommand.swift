import ArgumentParser
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation

/// `deskmate sync`: sends what the outbox holds to the shared store.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Send the encounters waiting in the outbox to the shared store.",
        discussion: """
            Encounters logged while the shared (postgresql://) store could not be reached wait in \
            the outbox, $XDG_DATA_HOME/deskmate/outbox.sqlite. This sends them, oldest first; each \
            arrives exactly once, even when a sync is interrupted and run again. An encounter whose \
            patron is no longer in the store (forgotten at another desk) arrives as an anonymous \
            count, without its note or promise. Exit status 0 when nothing waits any more, 1 when the \
            store still cannot be reached or refused an encounter (the rest wait).
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Print what was sent as JSON: { sent, withoutPatron, waiting, error }.") var json = false

    func run() throws {
        guard let url = storeOptions.sharedStoreURL else {
            throw ValidationError("""
                deskmate sync sends the outbox to a shared postgresql:// store; \(storeOptions.path) is a store \
                file, which is written at once and never uses the outbox.
                """)
        }
        let existing: Outbox?
        do {
            existing = try CommandOutbox.existing()
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        guard let outbox = existing else {
            try report(Outbox.SendResult())
            return
        }
        let store: PostgresStore
        do {
            store = try PostgresStore(url: PostgresURL(url))
        } catch {
            try report(Outbox.SendResult(held: (try? outbox.pendingCount()) ?? 0, firstError: error))
            return
        }
        try report(outbox.send(to: store, stored: CommandOutbox.stall))
    }

    /// Prints the result; exits 1 (after printing) when anything still waits.
    private func report(_ result: Outbox.SendResult) throws {
        if json {
            try JSONOutput.print(JSONShapes.SyncJSON(
                sent: result.sent, withoutPatron: result.withoutPatron, waiting: result.held,
                error: result.firstError?.description))
        }
        let sent = result.sent > 0 ? "Sent \(CommandOutbox.summary(result)); " : ""
        if let error = result.firstError {
            Console.error("\(error.description) \(sent)\(CommandOutbox.count(result.held)) still waiting in the outbox.")
            throw ExitCode.failure
        }
        if result.held > 0 {
            // Another desk process held more while this one sent.
            Console.error("\(sent)\(CommandOutbox.count(result.held)) arrived in the outbox meanwhile; run deskmate sync again.")
            throw ExitCode.failure
        }
        if !json {
            Console.print(result.sent > 0 ? "Sent \(CommandOutbox.summary(result)); none wait." : "Nothing waits in the outbox.")
        }
    }
}
