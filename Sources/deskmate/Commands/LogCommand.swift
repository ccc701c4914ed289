import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a closed encounter.",
        discussion: """
            Instants are ISO 8601 (2026-11-22T14:05:00Z) or local (2026-11-22 14:05) and default \
            to now; --served defaults to --arrived, --arrived to --closed.
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The patron's id; leave out for an anonymous question.") var patron: Int64?
    @Option(help: "How they reached the desk: \(ContactMode.allCases.map(\.rawValue).joined(separator: ", ")).")
    var mode: ContactMode
    @Option(help: "What it was about: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: QuestionKind
    @Option(help: "Effort on the READ scale, 1 (directions) to 6 (in-depth consultation).") var read: Int?
    @Option(help: "When they walked up or the phone rang.") var arrived: TimeArgument?
    @Option(help: "When staff turned to them.") var served: TimeArgument?
    @Option(help: "When the encounter ended.") var closed: TimeArgument?
    @Option(help: "A one-line note.") var note: String = ""
    @Option(name: .customLong("follow-up"), help: "What was promised.") var followUp: String?
    @Option(help: "When the follow-up is due, e.g. 2026-11-24.") var due: String?
    @Option(help: "Staff initials.") var staff: String?
    @Option(help: "The desk's name.") var desk: String?
    @Flag(help: "Print the encounter as JSON.") var json = false

    func validate() throws {
        if let read, ReadLevel(rawValue: read) == nil { throw ValidationError("--read must be from 1 to 6.") }
        if due != nil && followUp == nil { throw ValidationError("--due goes with --follow-up.") }
        if let due, !DayFormat.isValid(due) { throw ValidationError("--due needs a date like 2026-11-24.") }
    }

    func run() throws {
        let closedAt = closed?.date ?? Now.date()
        let arrivedAt = arrived?.date ?? served?.date ?? closedAt
        let desk = DeskIdentity.current(desk: desk, staff: staff)
        let encounter = try storeOptions.withStore { store in
            try store.logEncounter(EncounterDraft(
                patronID: patron, desk: desk.desk, staff: desk.staff, mode: mode, kind: kind,
                read: read.flatMap(ReadLevel.init(rawValue:)), arrived: arrivedAt, served: served?.date,
                closed: closedAt, note: note, followUp: followUp.map { FollowUpDraft(promise: $0, due: due) }))
        }
        if json {
            try JSONOutput.print(JSONShapes.EncounterJSON(encounter))
        } else {
            var line = "Logged encounter \(encounter.id)"
            if let f = encounter.followUp { line += " with follow-up \(f.id)" }
            Console.print(line + ".")
        }
    }
}

/// Who is at which desk: flags, then `DESKMATE_STAFF`/`DESKMATE_DESK`, then
/// the login name's initials and "Main desk".
struct DeskIdentity {
    var desk: String
    var staff: String

    static func current(desk: String?, staff: String?) -> DeskIdentity {
        let env = ProcessInfo.processInfo.environment
        let login = env["USER"] ?? "staff"
        return DeskIdentity(
            desk: desk ?? env["DESKMATE_DESK"] ?? "Main desk",
            staff: staff ?? env["DESKMATE_STAFF"] ?? String(login.prefix(3)).uppercased())
    }
}

struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "followups", abstract: "Follow-ups promised to patrons.")
    @OptionGroup var storeOptions: StoreOptions
    @Flag(help: "Only those still owed.") var open = false
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        let owed = try storeOptions.withStore { store in try store.followUps(openOnly: open) }
        if json {
            try JSONOutput.print(owed.map {
                JSONShapes.OwedJSON(followUp: .init($0.followUp), encounter: .init($0.encounter), patron: $0.patron.map(JSONShapes.PatronJSON.init))
            })
        } else if owed.isEmpty {
            Console.print(open ? "No follow-ups are owed." : "No follow-ups yet.")
        } else {
            for item in owed { Console.print(PlainText.followUpLine(item)) }
        }
    }
}

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup", abstract: "Mark a follow-up as kept.", subcommands: [Done.self])

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark a follow-up as kept, now.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The follow-up's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() throws {
            let followUp = try storeOptions.withStore { store in try store.keepFollowUp(id: id, at: Now.date()) }
            if json { try JSONOutput.print(JSONShapes.FollowUpJSON(followUp)) } else { Console.print("Follow-up \(id) kept.") }
        }
    }
}
