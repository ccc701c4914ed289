import ArgumentParser
import DeskmateCore
import Foundation

extension FollowUpCommand {
    /// `deskmate followup reopen ID`: a promise marked kept by mistake is owed again.
    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reopen", abstract: "Mark a kept follow-up as owed again.")
        @OptionGroup var followUp: FollowUpTarget

        func run() throws {
            try followUp.change({ store, id in try store.reopenFollowUp(id: id) }, done: "Follow-up \(followUp.id) is owed again.")
        }
    }
}
