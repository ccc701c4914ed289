import ArgumentParser
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation

/// `deskmate store …`: moving a whole store.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Move a whole store.", subcommands: [Copy.self])

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy everything from one store into a new, empty one.",
            discussion: """
                Patrons, encounters, follow-ups, running timers and shifts, with their numbers, so a \
                desk's store file can move into the library's shared store (--to postgresql://…) or the \
                shared store into a file for an archive. The target must hold nothing; the counts are \
                checked before the copy is committed, so it is whole or not there at all. The source is \
                only read. Either side is a store file's path or a postgresql:// URL.
                """)
        @Option(help: ArgumentHelp("The store to copy from.", valueName: "path-or-url")) var from: String
        @Option(help: ArgumentHelp("The new, empty store to copy into.", valueName: "path-or-url")) var to: String
        @Flag(help: "Print what was copied as JSON.") var json = false

        func validate() throws {
            try StoreOptions.validate(location: from, flag: "--from")
            try StoreOptions.validate(location: to, flag: "--to")
            if StoreOptions.shown(from) == StoreOptions.shown(to) { throw ValidationError("--from and --to name the same store.") }
            if !PostgresURL.isPostgresURL(from), !FileManager.default.fileExists(atPath: StoreLocation.resolve(flag: from)) {
                throw ValidationError("--from: there is no store file at \(StoreLocation.resolve(flag: from)).")
            }
        }

        func run() throws {
            let counts: StoreCounts
            do {
                let source = try StoreOptions.open(from)
                let target = try StoreOptions.open(to)
                counts = try StoreCopy.copy(from: source, to: target)
            } catch let error as StoreError {
                Console.error(error.description)
                throw ExitCode.failure
            }
            if json {
                try JSONOutput.print(StoreCopyJSON(from: StoreOptions.shown(from), to: StoreOptions.shown(to), counts: counts))
            } else {
                Console.print("Copied \(counts) from \(StoreOptions.shown(from)) to \(StoreOptions.shown(to)); the counts match.")
            }
        }
    }
}

/// `store copy --json`: where from, where to, and what was copied (the
/// counts' keys beside `from` and `to`).
struct StoreCopyJSON: Encodable {
    var from: String
    var to: String
    var counts: StoreCounts

    enum CodingKeys: String, CodingKey { case from, to }

    func encode(to encoder: Encoder) throws {
        try counts.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
    }
}
