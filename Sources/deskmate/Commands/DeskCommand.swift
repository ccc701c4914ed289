import ArgumentParser
import DeskScreen
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation

struct DeskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk",
        abstract: "Open the desk screen (the default).")
    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var settingsOptions: SettingsOptions

    func run() throws {
        try TerminalCheck.requireTerminal()
        let (settings, identity) = try settingsOptions.load()
        if let url = storeOptions.sharedStoreURL {
            try runShared(url: url, settings: settings, identity: identity)
            return
        }
        // Another desk holds the store for milliseconds; a program holding it
        // longer gets a one-line message after a second, not a frozen screen.
        try storeOptions.withStore(busyTimeout: 1) { store in
            if let days = settings.retentionDays {
                // A store busy elsewhere must not keep the desk from opening:
                // retention is applied again at the next start (or by `deskmate purge`).
                _ = try? store.purge(arrivedBefore: Now.date().addingTimeInterval(-Double(days) * 86_400))
            }
            try DeskLauncher.run(store: store, identity: identity, goals: settings.goals)
        }
    }

    /// The desk on the shared PostgreSQL store. A server that cannot be
    /// reached (after the connect deadline, a few seconds) does not keep the
    /// desk closed: it opens saying so and connects when the server answers.
    /// A store that refuses (not Deskmate's, newer, wrong password) is one
    /// line and exit 1. Retention is not applied from a desk here: on a
    /// shared store it is the library's, by `deskmate purge`.
    private func runShared(url: String, settings: DeskSettings, identity: DeskIdentity) throws {
        let parsed: PostgresURL
        do {
            parsed = try PostgresURL(url)
        } catch {
            Console.error(error.description)
            throw ExitCode.failure
        }
        let store = DeferredStore { try PostgresStore(url: parsed) }
        var unreachable: String?
        do {
            _ = try store.store()
        } catch let error as StoreError where error.isUnreachable {
            unreachable = error.description
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode.failure
        } catch {
            Console.error("\(error)")
            throw ExitCode.failure
        }
        try DeskLauncher.run(store: store, identity: identity, goals: settings.goals, unreachable: unreachable)
    }
}

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the desk screen on a throwaway store of sample patrons.",
        discussion: "The sample store lives in a private temporary folder and is deleted on quit; your own store is not touched.")
    @Flag(help: "Create the sample store, print where it is, and keep it instead of opening the screen.")
    var keep = false

    func run() throws {
        let folder = NSTemporaryDirectory() + "deskmate-demo-\(getpid())"
        let path = folder + "/demo.sqlite"
        if !keep { try TerminalCheck.requireTerminal() }
        do {
            let store = try SQLiteStore(path: path)
            try DemoFiller.fill(store, now: Now.date(), timeZone: .current)
            if keep {
                Console.print("Sample store: \(path)")
                return
            }
            defer { try? FileManager.default.removeItem(atPath: folder) }
            try DeskLauncher.run(store: store, identity: DeskIdentity(desk: "Main desk", staff: "JB"), goals: DeskGoals())
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode.failure
        }
    }
}

/// Fills a store with `DemoDesk`'s sample morning.
enum DemoFiller {
    static func fill(_ store: SQLiteStore, now: Date, timeZone: TimeZone) throws {
        let demo = DemoDesk(now: now, timeZone: timeZone)
        var ids: [Int64] = []
        for draft in demo.patrons { ids.append(try store.addPatron(draft, now: now.addingTimeInterval(-60 * 86_400)).id) }
        for planned in demo.encounters {
            var draft = planned.draft
            draft.patronID = planned.patronIndex.map { ids[$0] }
            _ = try store.logEncounter(draft)
        }
        for seconds in demo.waitingSince { _ = try store.startTimer(arrived: now.addingTimeInterval(-seconds), mode: .inPerson, desk: DeskNames.defaultDesk, branch: DeskNames.defaultBranch) }
        _ = try store.startShift(desk: DeskNames.defaultDesk, branch: DeskNames.defaultBranch, staff: "JB", at: demo.shiftStarted)
    }
}

/// The desk screen needs a real terminal on both ends.
enum TerminalCheck {
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("""
                the desk screen needs a terminal on standard input and output. \
                For scripts, use the subcommands instead: deskmate --help lists them \
                (lookup, log, followups, export …).
                """)
            throw ExitCode(2)
        }
    }
}
