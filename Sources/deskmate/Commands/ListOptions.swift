import ArgumentParser
import DeskmateCore

/// What a listing command lists, as its `--limit` needs to know: the noun
/// its help names, the default, and the range a limit must fall in.
protocol Listing {
    static var noun: String { get }
    static var defaultLimit: Int { get }
    static var range: NumericRange { get }
}

/// `--limit N` and `--json`, declared once for the commands that list what
/// they found; the limit is checked against its range before anything is
/// opened, as every number staff give is (`NumericRange`).
struct ListOptions<Listed: Listing>: ParsableArguments {
    @Option(help: ArgumentHelp("At most this many \(Listed.noun).")) var limit = Listed.defaultLimit
    @Flag(help: "Print as JSON.") var json = false

    func validate() throws {
        try Listed.range.validate(limit, flag: "--limit")
    }
}

/// `lookup`: patrons found by name.
enum LookupListing: Listing {
    static let noun = "results", defaultLimit = 10, range = NumericRange.lookupLimit
}

/// `history`: one patron's encounters.
enum HistoryListing: Listing {
    static let noun = "encounters", defaultLimit = 50, range = NumericRange.historyLimit
}

/// `notes search`: past encounters whose note holds the words.
enum NotesListing: Listing {
    static let noun = "encounters", defaultLimit = 20, range = NumericRange.notesLimit
}
