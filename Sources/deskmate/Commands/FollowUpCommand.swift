import ArgumentParser
import DeskmateCore
import Foundation

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Mark a follow-up as kept, or owed again.", subcommands: [Done.self, Reopen.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a follow-up as kept, now.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The follow-up's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let followUp = try storeOptions.withStore { store in try store.keepFollowUp(id: id, at: Now.date()) }
            if json { try JSONOutput.print(JSONShapes.FollowUpJSON(followUp)) } else { Console.print("Follow-up \(id) kept.") }
        }
    }
}
