import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

/// `--store`, accepted by every command that reads or writes patron data.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store file (default: $DESKMATE_STORE, else $XDG_DATA_HOME/deskmate/deskmate.sqlite).",
        valueName: "path"))
    var store: String?

    var path: String { StoreLocation.resolve(flag: store) }

    /// A `scheme://` store is refused before anything is created: taken for
    /// a path it would become folders named after the URL, password and all.
    func validate() throws {
        let given: (value: String, source: String)? =
            if let store, !store.isEmpty { (store, "--store") }
            else if let env = ProcessInfo.processInfo.environment["DESKMATE_STORE"], !env.isEmpty { (env, "DESKMATE_STORE") }
            else { nil }
        guard let given, let scheme = StoreLocation.urlScheme(of: given.value) else { return }
        throw ValidationError("""
            \(given.source) names a \(scheme):// store (\(StoreLocation.redacted(given.value))), which this Deskmate \
            cannot open; give the path of a store file. Nothing was created.
            """)
    }

    /// Opens the store and runs `body`; a store problem becomes one clear
    /// line on standard error and exit status 1.
    /// - Parameter busyTimeout: how long a write waits for another program
    ///   holding the store; the desk screen waits less, so its timers never
    ///   stand still for long.
    func withStore<T>(busyTimeout: TimeInterval = SQLiteStore.busyTimeout, _ body: (SQLiteStore) throws -> T) throws -> T {
        do {
            let store = try SQLiteStore(path: path, busyTimeout: busyTimeout)
            return try body(store)
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
