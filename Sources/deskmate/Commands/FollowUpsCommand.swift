import ArgumentParser
import DeskmateCore
import Foundation

struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "followups", abstract: "Follow-ups promised to patrons.")
    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Only those still owed.") var open = false
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        let owed = try storeOptions.withStore { store in try store.followUps(openOnly: open) }
        if json {
            try JSONOutput.print(owed.map(JSONShapes.OwedJSON.init))
        } else if owed.isEmpty {
            Console.print(open ? "No follow-ups are owed." : "No follow-ups yet.")
        } else {
            for item in owed { Console.print(PlainText.followUpLine(item)) }
        }
    }
}
