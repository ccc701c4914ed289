import ArgumentParser
import DeskmateCore
import Foundation

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find patrons by a name as it was heard.",
        discussion: "Every word typed must start a word of the patron's name or preferred name, in any order.")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The name, or its beginning.") var query: String
    @OptionGroup var list: ListOptions<LookupListing>

    func run() throws {
        let matches = try storeOptions.withStore { store in try store.lookup(query, limit: list.limit, now: Now.date()) }
        if list.json {
            try JSONOutput.print(matches.map(JSONShapes.MatchJSON.init))
        } else if matches.isEmpty {
            Console.print("No patron matches “\(query)”.")
        } else {
            for match in matches { Console.print(PlainText.matchLine(match)) }
        }
    }
}
