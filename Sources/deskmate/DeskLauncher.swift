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
        let (hold, sendHeld) = outbox(for: store)
        let requests = DeskStoreRequests(store: store, config: config, writeFile: { text, path in
            try PrivateFiles.makeFolder((path as NSString).deletingLastPathComponent)
            try AtomicFile.write(text, to: path)
        }, hold: hold, sendHeld: sendHeld)
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

    /// On a shared store, closed encounters it cannot take go to this
    /// computer's outbox (the one `deskmate log` and `sync` use), and what
    /// waits there is sent when the store answers again. The file is opened
    /// for each use and made only when something must wait in it; a store
    /// file needs none.
    static func outbox(for store: any PatronStore) -> (DeskStoreRequests.Hold?, DeskStoreRequests.SendHeld?) {
        guard !(store is SQLiteStore) else { return (nil, nil) }
        let path = CommandOutbox.path
        let hold: DeskStoreRequests.Hold = { draft in _ = try Outbox(path: path).hold(draft) }
        let sendHeld: DeskStoreRequests.SendHeld = {
            guard FileManager.default.fileExists(atPath: path), let outbox = try? Outbox(path: path) else { return 0 }
            return outbox.send(to: store).sent
        }
        return (hold, sendHeld)
    }
}
