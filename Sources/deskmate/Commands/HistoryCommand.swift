import ArgumentParser
import DeskmateCore
import Foundation

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "A patron's encounters, newest first.")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The patron's id.") var patronID: Int64
    @OptionGroup var list: ListOptions<HistoryListing>

    func run() throws {
        let encounters = try storeOptions.withStore { store in
            guard try store.patron(id: patronID) != nil else { throw StoreError.notFound("Patron \(patronID)") }
            return try store.history(patronID: patronID, limit: list.limit)
        }
        if list.json {
            try JSONOutput.print(encounters.map(JSONShapes.EncounterJSON.init))
        } else if encounters.isEmpty {
            Console.print("No encounters yet.")
        } else {
            for e in encounters { Console.print("#\(e.id)  " + EncounterLine.text(e, timeZone: .current, now: Now.date())) }
        }
    }
}
