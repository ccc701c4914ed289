import ArgumentParser
import DeskmateCore
import Foundation

/// `deskmate encounter show|edit`: a saved encounter and its corrections.
struct EncounterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "encounter", abstract: "Show or correct a saved encounter.", subcommands: [Show.self, Edit.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "An encounter, with who corrected what and when.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The encounter's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let (encounter, changes) = try storeOptions.withStore { store in
                guard let found = try store.encounter(id: id) else { throw StoreError.notFound("Encounter \(id)") }
                return (found, try store.encounterChanges(id: id))
            }
            try EncounterCommand.print(encounter, changes: changes, json: json)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a saved encounter; the correction is kept in its trail.",
            discussion: """
                Only the fields given change. The trail keeps when, who and which fields, with the old \
                and new kind, mode, READ level and due day; a note's or a promise's old text is not kept. \
                --follow-up "" removes the promise. Summaries count the corrected values.
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The encounter's id.") var id: Int64
        @Option(help: "What it was about: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: QuestionKind?
        @Option(help: "How they reached the desk: \(ContactMode.allCases.map(\.rawValue).joined(separator: ", ")).") var mode: ContactMode?
        @Option(help: "Effort on the READ scale, 1 to 6.") var read: Int?
        @Option(help: "The note as it should read.") var note: String?
        @Option(name: .customLong("follow-up"), help: "The promise as it should read (\"\" removes it).") var followUp: String?
        @Option(help: "When the follow-up is due: 2026-11-24, tomorrow, +3 or fri.") var due: String?
        @Option(help: "Who corrects it (default: $DESKMATE_STAFF or the login's initials).") var staff: String?
        @Flag(help: "Print the corrected encounter and its trail as JSON.") var json = false

        func validate() throws {
            try NumericRange.readLevel.validate(read, flag: "--read")
            if due != nil && followUp == nil { throw ValidationError("--due goes with --follow-up.") }
            if let due, DeskCalendar(timeZone: .current).dueDay(due, now: Now.date()) == nil {
                throw ValidationError("--due needs a day like 2026-11-24, tomorrow, +3 or fri.")
            }
            if kind == nil && mode == nil && read == nil && note == nil && followUp == nil {
                throw ValidationError("Say what to correct: --kind, --mode, --read, --note or --follow-up.")
            }
        }

        func run() throws {
            let who = DeskIdentity.current(desk: nil, staff: staff).staff
            let now = Now.date()
            let correction = EncounterCorrection(
                kind: kind, mode: mode, read: read.flatMap(ReadLevel.init(rawValue:)), note: note,
                followUp: followUp.map { FollowUpDraft(promise: $0, due: due.flatMap { DeskCalendar(timeZone: .current).dueDay($0, now: now) }) },
                staff: who)
            let (encounter, changes) = try storeOptions.withStore { store in
                (try store.correctEncounter(id: id, correction, at: now), try store.encounterChanges(id: id))
            }
            try EncounterCommand.print(encounter, changes: changes, json: json)
        }
    }

    static func print(_ encounter: Encounter, changes: [EncounterChange], json: Bool) throws {
        if json {
            try JSONOutput.print(JSONShapes.EncounterWithChangesJSON(encounter, changes: changes))
            return
        }
        Console.print("#\(encounter.id)  \(encounter.desk)  " + EncounterLine.text(encounter, timeZone: .current, now: Now.date()))
        for change in changes {
            let fields = change.fields.map { f in
                f.from != nil || f.to != nil ? "\(f.name) \(f.from ?? "—") → \(f.to ?? "—")" : f.name
            }
            Console.print("  corrected \(InstantFormat.iso8601(change.at)) by \(change.staff): \(fields.joined(separator: ", "))")
        }
    }
}
