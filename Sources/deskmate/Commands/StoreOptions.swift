import ArgumentParser
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation

/// `--store`, accepted by every command that reads or writes patron data.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store file, or a shared store's postgresql://USER@HOST:PORT/DATABASE URL (default: $DESKMATE_STORE, else $XDG_DATA_HOME/deskmate/deskmate.sqlite).",
        valueName: "path-or-url"))
    var store: String?

    /// The store this command line names; everything below asks it.
    var choice: StoreChoice { StoreChoice(flag: store) }

    var path: String { choice.path }

    /// The shared store's URL when the store is one (`postgresql://` or `postgres://`).
    var sharedStoreURL: String? { choice.sharedStoreURL }

    func validate() throws { try choice.validate() }

    /// See `StoreChoice.withStore`.
    func withStore<T>(busyTimeout: TimeInterval = SQLiteStore.busyTimeout, _ body: (any OpenedStore) throws -> T) throws -> T {
        try choice.withStore(busyTimeout: busyTimeout, body)
    }

    /// Opens the store at `location`: a `postgresql://` URL or a file path.
    static func open(_ location: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout) throws -> any OpenedStore {
        if PostgresURL.isPostgresURL(location) { return try PostgresStore(url: PostgresURL(location)) }
        return try SQLiteStore(path: StoreLocation.resolve(flag: location), busyTimeout: busyTimeout)
    }

    /// A store named by a flag other than `--store` (`store copy --from/--to`),
    /// checked as `--store` is: a URL of another scheme is refused before
    /// anything is created, and no message shows a password.
    static func validate(location: String, flag: String) throws {
        if PostgresURL.isPostgresURL(location) {
            do { _ = try PostgresURL(location) } catch { throw ValidationError("\(flag): \(error.description)") }
        } else if let scheme = StoreLocation.urlScheme(of: location) {
            throw ValidationError("""
                \(flag) names a \(scheme):// store (\(StoreLocation.redacted(location))), which this Deskmate cannot open; \
                give the path of a store file or a postgresql:// URL. Nothing was created.
                """)
        }
    }

    /// A store's location fit for a message: a URL without its password.
    static func shown(_ location: String) -> String {
        PostgresURL.isPostgresURL(location) ? ((try? PostgresURL(location).redacted) ?? StoreLocation.redacted(location))
            : StoreLocation.resolve(flag: location)
    }

    func requireStoreFile(for command: String) throws { try choice.requireStoreFile(for: command) }

    /// See `StoreChoice.withStoreFile`.
    func withStoreFile<T>(
        for command: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout, _ body: (SQLiteStore) throws -> T
    ) throws -> T {
        try choice.withStoreFile(for: command, busyTimeout: busyTimeout, body)
    }
}

/// What the command line opens: the desk's interface, and moving and
/// maintaining the whole store, which both stores do.
protocol OpenedStore: StoreTransfer, StoreMaintenance {}
extension SQLiteStore: OpenedStore {}
extension PostgresStore: OpenedStore {}
