import ArgumentParser
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation

/// The store a command line names (`--store`, else `DESKMATE_STORE`, else
/// the settings file, else the default file) and how it is opened.
///
/// Why apart from `StoreOptions`: a plain value can be made without
/// argument-parser, so `QuickLookup` opens the store exactly as `lookup` does.
struct StoreChoice {
    /// `--store` as typed, if it was.
    var flag: String?

    var path: String { StoreLocation.resolve(flag: given?.value) }

    /// The store as given (flag, then `DESKMATE_STORE`, then `url` under
    /// `[store]` in the settings file) and where it came from.
    private var given: (value: String, source: String)? {
        if let flag, !flag.isEmpty { return (flag, "--store") }
        if let env = ProcessInfo.processInfo.environment["DESKMATE_STORE"], !env.isEmpty { return (env, "DESKMATE_STORE") }
        if let url = Self.configuredStore, !url.isEmpty { return (url, "\(SettingsOptions.configPath), [store] url") }
        return nil
    }

    /// `url` under `[store]` in the settings file, read only when neither the
    /// flag nor the environment names a store. A file that cannot be read is
    /// left to the commands that read the whole file, which say why.
    private static var configuredStore: String? {
        guard let data = FileManager.default.contents(atPath: SettingsOptions.configPath),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return (try? DeskSettings(toml: text))?.storeURL
    }

    /// The shared store's URL when the store is one (`postgresql://` or `postgres://`).
    var sharedStoreURL: String? {
        guard let given, PostgresURL.isPostgresURL(given.value) else { return nil }
        return given.value
    }

    /// A `postgresql://` store must parse; any other `scheme://` is refused
    /// before anything is created: taken for a path it would become folders
    /// named after the URL, password and all. Messages never show a password.
    func validate() throws {
        guard let given, let scheme = StoreLocation.urlScheme(of: given.value) else { return }
        if PostgresURL.isPostgresURL(given.value) {
            do {
                _ = try PostgresURL(given.value)
            } catch {
                throw ValidationError("\(given.source): \(error.description)")
            }
            return
        }
        throw ValidationError("""
            \(given.source) names a \(scheme):// store (\(StoreLocation.redacted(given.value))), which this Deskmate \
            cannot open; give the path of a store file or a postgresql:// URL. Nothing was created.
            """)
    }

    /// Opens the store — the SQLite file, or the shared PostgreSQL store — and
    /// runs `body` on it through `PatronStore`; a store problem becomes one
    /// clear line on standard error and exit status 1.
    /// - Parameter busyTimeout: how long a write waits for another program
    ///   holding a store file; the desk screen waits less, so its timers never
    ///   stand still for long.
    /// - Parameter readOnly: the command only reads (`lookup`): a store file
    ///   already current is read through one read-only connection
    ///   (`SQLiteStore.openedForReading`); any other file is opened as usual.
    func withStore<T>(
        busyTimeout: TimeInterval = SQLiteStore.busyTimeout, readOnly: Bool = false, _ body: (any OpenedStore) throws -> T
    ) throws -> T {
        do {
            if readOnly, sharedStoreURL == nil, !Shortcuts.disabled,
               let store = try SQLiteStore.openedForReading(path: path, busyTimeout: busyTimeout) {
                return try body(store)
            }
            return try body(try StoreOptions.open(sharedStoreURL ?? path, busyTimeout: busyTimeout))
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }

    /// Refuses a shared store for a command that needs a store file — before
    /// `path` is used, which for a URL would be nonsense with a password in it.
    func requireStoreFile(for command: String) throws {
        guard let url = sharedStoreURL else { return }
        let shown = (try? PostgresURL(url).redacted) ?? StoreLocation.redacted(url)
        Console.error("deskmate \(command) needs a store file for now; \(shown) is a shared PostgreSQL store.")
        throw ExitCode(64)
    }

    /// For what only the SQLite store does yet (backup, import, export, seed,
    /// the desk screen): a shared store gets one line saying so, exit 64.
    func withStoreFile<T>(
        for command: String, busyTimeout: TimeInterval = SQLiteStore.busyTimeout, _ body: (SQLiteStore) throws -> T
    ) throws -> T {
        try requireStoreFile(for: command)
        do {
            let store = try SQLiteStore(path: path, busyTimeout: busyTimeout)
            return try body(store)
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}
