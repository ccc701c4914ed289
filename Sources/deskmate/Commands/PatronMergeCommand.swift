import ArgumentParser
import DeskmateCore
import Foundation

extension PatronCommand {
    /// `deskmate patron merge KEEP OTHER`: two records of one person become one.
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Merge two records of one person into the first.",
            discussion: """
                OTHER's encounters, promises and waiting timers move to KEEP; KEEP's empty preferred name, \
                pronunciation and notes are filled from OTHER's; visits add up and the last visit is the \
                later one. OTHER is then removed as `forget` removes a patron: its name is in none of the \
                store's files afterwards (on PostgreSQL, after `deskmate maintain`).
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The patron to keep.") var keep: Int64
        @Argument(help: "The patron merged into it, then removed.") var other: Int64
        @Flag(help: "Print the kept patron as JSON.") var json = false

        func validate() throws {
            if keep == other { throw ValidationError("KEEP and OTHER are the same patron.") }
        }

        func run() throws {
            let merged = try storeOptions.withStore { store in try store.mergePatrons(keep: keep, other: other) }
            if json { try JSONOutput.print(JSONShapes.PatronJSON(merged)) } else { Console.print("Patron \(other) is merged into \(keep).") }
        }
    }
}
