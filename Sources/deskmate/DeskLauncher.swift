import ArgumentParser
import DeskScreen
import DeskmateCore
import DeskmateStore
import Foundation
import NcursesBackend

/// Opens the real terminal and runs the desk screen's runtime on it: the
/// command line's only part in the screen is choosing the terminal, the
/// store and where handover notes go.
enum DeskLauncher {
    /// - Parameter unreachable: what the shared store said when it could not
    ///   be reached as the desk opened; the desk then opens in that state
    ///   and keeps trying.
    static func run(store: any PatronStore, identity: DeskIdentity, goals: DeskGoals, unreachable: String? = nil) throws {
        let terminal: Terminal
        do {
            terminal = try Terminal.open()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { terminal.close() }

        let config = DeskConfig(
            desk: identity.desk, branch: identity.branch, staff: identity.staff, goals: goals, timeZone: .current, handoverFolder: handoverFolder(for: store))
        // The outbox (`hold`, `sendHeld`) is wired here; without it a closed
        // encounter the shared store cannot take is kept in memory.
        let requests = DeskStoreRequests(store: store, config: config) { text, path in
            try PrivateFiles.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(text, to: path)
        }
        if let unreachable { requests.markUnreachable(unreachable) }
        DeskRuntime(terminal: terminal, requests: requests, clock: Now.date).run()
    }

    /// Handover notes stay beside a store file, in its private folder; for a
    /// shared store, in this computer's data folder (`$XDG_DATA_HOME/deskmate/handovers`),
    /// made private when the first note is written.
    static func handoverFolder(for store: any PatronStore) -> String {
        if let file = store as? SQLiteStore { return (file.path as NSString).deletingLastPathComponent + "/handovers" }
        return StoreLocation.defaultFolder() + "/handovers"
    }
}
