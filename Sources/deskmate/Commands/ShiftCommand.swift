import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct ShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift", abstract: "Start or end a shift at the desk.", subcommands: [Start.self, End.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "start", abstract: "Start a shift at this desk (its open one is kept if there is one).")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var settingsOptions: SettingsOptions
        @Flag(help: "Print the shift as JSON.") var json = false

        func run() throws {
            let identity = try settingsOptions.load().identity
            let shift = try storeOptions.withStore { try $0.startShift(desk: identity.desk, branch: identity.branch, staff: identity.staff, at: Now.date()) }
            if json { try JSONOutput.print(ShiftJSON(shift)) } else { Console.print("Shift \(shift.id) at \(shift.desk) (\(shift.staff)) since \(InstantFormat.iso8601(shift.started)).") }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "end", abstract: "End this desk's open shift.")
        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var settingsOptions: SettingsOptions
        @Flag(help: "Print the shift as JSON.") var json = false

        func run() throws {
            let identity = try settingsOptions.load().identity
            let shift = try storeOptions.withStore { store -> Shift? in
                guard let open = try store.openShift(desk: identity.desk, branch: identity.branch) else { return nil }
                return try store.endShift(id: open.id, at: Now.date())
            }
            guard let shift else {
                Console.error("No shift is open.")
                throw ExitCode.failure
            }
            if json { try JSONOutput.print(ShiftJSON(shift)) } else { Console.print("Shift \(shift.id) ended.") }
        }
    }
}
