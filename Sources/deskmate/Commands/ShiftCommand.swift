import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct ShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift", abstract: "Start or end a shift at the desk.", subcommands: [Start.self, End.self])

    /// What `shift start` and `shift end` both take and do: the store, this
    /// desk's settings, and the shift printed as JSON or as one line.
    struct Options: ParsableArguments {
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var settingsOptions: SettingsOptions
        @Flag(help: "Print the shift as JSON.") var json = false

        /// Runs `body` on the store for this desk (its settings loaded first).
        func withDesk<T>(_ body: (any OpenedStore, DeskIdentity) throws -> T) throws -> T {
            let identity = try settingsOptions.load().identity
            return try storeOptions.withStore { store in try body(store, identity) }
        }

        func print(_ shift: Shift, text: String) throws {
            if json { try JSONOutput.print(ShiftJSON(shift)) } else { Console.print(text) }
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a shift at this desk (its open one is kept if there is one).")
        @OptionGroup var options: Options

        func run() throws {
            let shift = try options.withDesk { store, identity in
                try store.startShift(desk: identity.desk, branch: identity.branch, staff: identity.staff, at: Now.date())
            }
            try options.print(shift, text: "Shift \(shift.id) at \(shift.desk) (\(shift.staff)) since \(InstantFormat.iso8601(shift.started)).")
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "end", abstract: "End this desk's open shift.")
        @OptionGroup var options: Options

        func run() throws {
            let shift = try options.withDesk { store, identity -> Shift? in
                guard let open = try store.openShift(desk: identity.desk, branch: identity.branch) else { return nil }
                return try store.endShift(id: open.id, at: Now.date())
            }
            guard let shift else {
                Console.error("No shift is open.")
                throw ExitCode.failure
            }
            try options.print(shift, text: "Shift \(shift.id) ended.")
        }
    }
}
