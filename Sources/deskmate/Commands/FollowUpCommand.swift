import ArgumentParser
import DeskmateCore
import Foundation

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Mark a follow-up as kept, or owed again.", subcommands: [Done.self, Reopen.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark a follow-up as kept, now.")
        @OptionGroup var followUp: FollowUpTarget

        func run() throws {
            try followUp.change({ store, id in try store.keepFollowUp(id: id, at: Now.date()) }, done: "Follow-up \(followUp.id) kept.")
        }
    }
}
