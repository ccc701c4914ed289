import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct PatronCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patron",
        abstract: "Add, show or change a patron the desk remembers.",
        subcommands: [Add.self, Show.self, Edit.self, Merge.self])

    struct Fields: ParsableArguments {
        @Option(help: "What the patron likes to be called.") var preferred: String?
        @Option(help: "How to say the name, e.g. \"KAH-tuh-leen\".") var pronounce: String?
        @Option(help: "A note staff choose to keep, e.g. \"prefers large print\".") var note: String?
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Remember a new patron.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The patron's full name.") var name: String
        @OptionGroup var fields: Fields
        @Flag(help: "Print the new patron as JSON.") var json = false

        func run() throws {
            let patron = try storeOptions.withStore { store in
                try store.addPatron(
                    PatronDraft(name: name, preferredName: fields.preferred, pronunciation: fields.pronounce, notes: fields.note),
                    now: Now.date())
            }
            if json { try JSONOutput.print(JSONShapes.PatronJSON(patron)) } else { Console.print("Added patron \(patron.id): \(patron.name)") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a patron's card: names, notes and recent encounters.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The patron's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let (patron, history) = try storeOptions.withStore { store -> (Patron?, [Encounter]) in
                (try store.patron(id: id), try store.history(patronID: id, limit: 5))
            }
            guard let patron else {
                Console.error("Patron \(id) was not found.")
                throw ExitCode.failure
            }
            if json {
                try JSONOutput.print(JSONShapes.CardJSON(patron: patron, recent: history))
            } else {
                Console.print(PlainText.card(patron, history: history))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change a patron's names or notes.",
            discussion: "Give only the fields to change; an empty value (\"\") clears a field.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The patron's id.") var id: Int64
        @Option(help: "The full name.") var name: String?
        @OptionGroup var fields: Fields
        @Flag(help: "Print the patron as JSON.") var json = false

        func run() throws {
            let patron = try storeOptions.withStore { store in
                try store.editPatron(id: id, PatronDraft(
                    name: name, preferredName: fields.preferred, pronunciation: fields.pronounce, notes: fields.note))
            }
            if json { try JSONOutput.print(JSONShapes.PatronJSON(patron)) } else { Console.print(PlainText.card(patron, history: [])) }
        }
    }
}

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Forget a patron for good.",
        discussion: """
            Removes the patron's names, pronunciation and notes, and the notes and \
            follow-ups of their encounters. The encounters remain only as anonymous \
            counts. Deleted text is overwritten in the store and its journal. On a shared \
            store, the patron's encounters waiting in this desk's outbox are made anonymous too.
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The patron's id.") var id: Int64

    func run() throws {
        // A shared store's patron may have encounters waiting in this desk's
        // outbox: they are forgotten there first, which needs no network.
        if storeOptions.sharedStoreURL != nil {
            do {
                try CommandOutbox.existing()?.forget(patronID: id)
            } catch {
                Console.error("The outbox could not be changed, so nothing was forgotten: \(error.description)")
                throw ExitCode.failure
            }
        }
        try storeOptions.withStore { store in try store.forgetPatron(id: id) }
        Console.print("Patron \(id) has been forgotten.")
    }
}

struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Strip patron links and notes from old encounters.",
        discussion: """
            Encounters that arrived before the date lose their patron, note and follow-up; their counts \
            stay for statistics. With neither option, the config file's privacy.retention_days is used, \
            so a nightly `deskmate purge` applies the desk's retention even on days the screen is not opened.
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "A date like 2025-11-22; older encounters are purged.") var before: String?
    @Option(name: .customLong("older-than-days"), help: "Purge encounters older than this many days.") var olderThanDays: Int?

    func validate() throws {
        if before != nil && olderThanDays != nil { throw ValidationError("Give --before or --older-than-days, not both.") }
        try NumericRange.retentionDays.validate(olderThanDays, flag: "--older-than-days")
    }

    func run() throws {
        let date: Date
        let label: String
        if let before {
            guard let parsed = TimeArgument.parse(before) else {
                Console.error("--before needs a date like 2025-11-22, not \(before).")
                throw ExitCode.validationFailure
            }
            (date, label) = (parsed, before)
        } else {
            guard let days = try olderThanDays ?? SettingsOptions.parse([]).load().settings.retentionDays else {
                Console.error("Give --before DATE or --older-than-days N, or set privacy.retention_days in \(SettingsOptions.configPath).")
                throw ExitCode.validationFailure
            }
            (date, label) = (Now.date().addingTimeInterval(-Double(days) * 86_400), "\(days) days ago")
        }
        let count = try storeOptions.withStore { store in try store.purge(arrivedBefore: date) }
        Console.print("Purged \(count) encounter\(count == 1 ? "" : "s") from before \(label).")
    }
}
