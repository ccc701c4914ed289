import DeskmateCore
import DeskmateStore

/// Runs the desk screen on a store until staff quit.
enum DeskLauncher {
    static func run(store: SQLiteStore, identity: DeskIdentity) throws {
        Console.error("the desk screen is not built yet; use the subcommands (deskmate --help).")
    }
}
