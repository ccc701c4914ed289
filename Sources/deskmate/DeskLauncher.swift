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
    static func run(store: SQLiteStore, identity: DeskIdentity, goals: DeskGoals) throws {
        let terminal: Terminal
        do {
            terminal = try Terminal.open()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        defer { terminal.close() }

        // Handover notes stay beside the store, in its private folder.
        let handovers = (store.path as NSString).deletingLastPathComponent + "/handovers"
        let config = DeskConfig(
            desk: identity.desk, branch: identity.branch, staff: identity.staff, goals: goals, timeZone: .current, handoverFolder: handovers)
        let requests = DeskStoreRequests(store: store, config: config) { text, path in
            try PrivateFiles.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(text, to: path)
        }
        DeskRuntime(terminal: terminal, requests: requests, clock: Now.date).run()
    }
}
