import ArgumentParser
import DeskmateCore
import Foundation

extension FollowUpCommand {
    /// `deskmate followup reopen ID`: a promise marked kept by mistake is owed again.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Mark a kept follow-up as owed again.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The follow-up's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let followUp = try storeOptions.withStore { store in try store.reopenFollowUp(id: id) }
            if json { try JSONOutput.print(JSONShapes.FollowUpJSON(followUp)) } else { Console.print("Follow-up \(id) is owed again.") }
        }
    }
}
