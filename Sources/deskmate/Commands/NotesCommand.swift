import ArgumentParser
import DeskmateCore
import Foundation

/// `deskmate notes search`: what was answered before, found by the words
/// of its note, so that no one researches the same question twice.
struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes", abstract: "Search the notes of past encounters.", subcommands: [Search.self])

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Past encounters whose note holds every word, newest first, without the patron.",
            discussion: """
                Words match whole words of a note, in any order, case and accents aside (as names \
                are matched); the last word may be the start of one (interlib finds interlibrary). \
                Searches every desk on the store unless --desk NAME (that desk of this branch, or of \
                --branch B) or --branch B alone is given. Never shows who asked. Notes of forgotten \
                patrons and purged encounters are never found.
                """)

        @OptionGroup var storeOptions: StoreOptions
        @OptionGroup var settingsOptions: SettingsOptions
        @Argument(help: "The words to find.") var words: [String]
        @OptionGroup var list: ListOptions<NotesListing>

        func validate() throws {
            try settingsOptions.validateNamedDesk(everyDesk: "search every desk")
        }

        func run() throws {
            let (_, identity) = try settingsOptions.load()
            let query = words.joined(separator: " ")
            let hits = try storeOptions.withStore { store in
                try store.searchNotes(query, limit: list.limit, scope: settingsOptions.everyDeskUnlessNamed(identity))
            }
            if list.json {
                try JSONOutput.print(hits.map(JSONShapes.NoteHitJSON.init))
            } else if hits.isEmpty {
                Console.print("No notes match.")
            } else {
                let now = Now.date()
                for hit in hits { Console.print(hit.line(timeZone: .current, now: now)) }
            }
        }
    }
}
