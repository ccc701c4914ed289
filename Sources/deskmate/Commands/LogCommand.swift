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
    @Option(help: "When the follow-up is due: 2026-11-24, tomorrow, +3 (days after --closed) or fri, as on the desk screen.")
    var due: String?
    @Option(help: "Staff initials.") var staff: String?
    @Option(help: "The desk's name.") var desk: String?
    @Option(help: "The desk's branch.") var branch: String?
    @Flag(help: "Print the encounter as JSON.") var json = false

    func validate() throws {
        try NumericRange.readLevel.validate(read, flag: "--read")
        if due != nil && followUp == nil { throw ValidationError("--due goes with --follow-up.") }
        if let due, dueDay(due) == nil { throw ValidationError("--due needs a day like 2026-11-24, tomorrow, +3 or fri.") }
    }

    func run() throws {
        let closedAt = closed?.date ?? Now.date()
        let arrivedAt = arrived?.date ?? served?.date ?? closedAt
        let desk = DeskIdentity.current(desk: desk, branch: branch, staff: staff)
        let encounter = try storeOptions.withStore { store in
            try store.logEncounter(EncounterDraft(
                patronID: patron, desk: desk.desk, branch: desk.branch, staff: desk.staff, mode: mode, kind: kind,
                read: read.flatMap(ReadLevel.init(rawValue:)), arrived: arrivedAt, served: served?.date,
                closed: closedAt, note: note, followUp: followUp.map { FollowUpDraft(promise: $0, due: due.flatMap(dueDay)) }))
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

extension LogCommand {
    /// `--due` as a `yyyy-MM-dd` day, read as the screen's Due field reads
    /// it; relative forms count from when the encounter closed.
    func dueDay(_ text: String) -> String? {
        DeskCalendar(timeZone: .current).dueDay(text, now: closed?.date ?? Now.date())
    }
}
