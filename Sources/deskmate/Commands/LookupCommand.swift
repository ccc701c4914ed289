import ArgumentParser
import DeskmateCore
import Foundation

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find patrons by a name as it was heard.",
        discussion: """
            Every word typed must match a word of the patron's name or preferred name, in any order: \
            the whole word or its beginning, then a nickname (jim finds James), a name that sounds \
            alike (smyth finds Smith), or one letter off. The closest matches come first (--json \
            says why each matched); notes are never shown here (patron show ID has them).
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The name, or its beginning.") var query: String
    @OptionGroup var list: ListOptions<LookupListing>

    static let defaultLimit = LookupListing.defaultLimit

    func run() throws {
        try Self.run(query: query, limit: list.limit, json: list.json, store: storeOptions.choice)
    }

    /// The lookup itself, for this command and for `QuickLookup`. It only
    /// reads, so a current store file is read on one read-only connection.
    static func run(query: String, limit: Int, json: Bool, store: StoreChoice) throws {
        let matches = try store.withStore(readOnly: true) { store in try store.lookup(query, limit: limit, now: Now.date()) }
        if json {
            try JSONOutput.print(matches: matches.map(JSONShapes.MatchJSON.init))
        } else if matches.isEmpty {
            Console.print("No patron matches “\(query)”.")
        } else {
            for match in matches { Console.print(PlainText.matchLine(match)) }
        }
    }
}
