import ArgumentParser
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Record a closed encounter.",
        discussion: """
            Instants are ISO 8601 (2026-11-22T14:05:00Z) or local (2026-11-22 14:05) and default \
            to now; --served defaults to --arrived, --arrived to --closed.

            On a shared (postgresql://) store, encounters waiting in the outbox are sent first. When \
            the shared store cannot be reached, the encounter is kept in the outbox \
            ($XDG_DATA_HOME/deskmate/outbox.sqlite), a line on standard error says so, the exit status \
            is 0, and `deskmate sync` or the next log sends it, exactly once. With --json it is printed \
            with "held": true and "id": null.
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
    @OptionGroup var place: RecordingDeskOptions
    @Flag(help: "Print the encounter as JSON.") var json = false

    func validate() throws {
        try NumericRange.readLevel.validate(read, flag: "--read")
        if due != nil && followUp == nil { throw ValidationError("--due goes with --follow-up.") }
        if let due, dueDay(due) == nil { throw ValidationError("--due needs a day like 2026-11-24, tomorrow, +3 or fri.") }
    }

    func run() throws {
        let closedAt = closed?.date ?? Now.date()
        let arrivedAt = arrived?.date ?? served?.date ?? closedAt
        let desk = place.identity
        let draft = EncounterDraft(
            patronID: patron, desk: desk.desk, branch: desk.branch, staff: desk.staff, mode: mode, kind: kind,
            read: read.flatMap(ReadLevel.init(rawValue:)), arrived: arrivedAt, served: served?.date,
            closed: closedAt, note: note, followUp: followUp.map { FollowUpDraft(promise: $0, due: due.flatMap(dueDay)) })
        if let url = storeOptions.sharedStoreURL {
            try logShared(draft, url: url)
            return
        }
        let encounter = try storeOptions.withStore { store in try store.logEncounter(draft) }
        try show(encounter: encounter, clientID: nil)
    }

    private func show(encounter: Encounter, clientID: UUID?, waiting: Int = 0) throws {
        if json {
            try JSONOutput.print(JSONShapes.LoggedJSON(
                encounter: JSONShapes.EncounterJSON(encounter), held: false, clientId: clientID, waiting: waiting))
        } else {
            var line = "Logged encounter \(encounter.id)"
            if let f = encounter.followUp { line += " with follow-up \(f.id)" }
            Console.print(line + ".")
        }
    }
}

extension LogCommand {
    /// On a shared store the encounter gets its client id before anything is
    /// sent, and what the outbox holds goes first. When the store cannot be
    /// reached — before, or in the middle of, the send — the encounter is held
    /// in the outbox: if the store did take it just before the connection was
    /// lost, the client id makes the later send return that one.
    private func logShared(_ draft: EncounterDraft, url: String) throws {
        var draft = draft
        let clientID = UUID()
        draft.clientID = clientID
        do {
            let store = try PostgresStore(url: PostgresURL(url))
            if let unreachable = CommandOutbox.sendWaiting(to: store) { throw unreachable }
            let encounter = try store.logEncounter(draft)
            let waiting = (try? CommandOutbox.existing()?.pendingCount()) ?? 0
            try show(encounter: encounter, clientID: clientID, waiting: waiting)
        } catch let error as StoreError where error.isUnreachable {
            let place = (try? PostgresURL(url).redacted) ?? StoreLocation.redacted(url)
            let waiting: Int
            do {
                let outbox = try Outbox(path: CommandOutbox.path)
                try outbox.hold(draft)
                waiting = try outbox.pendingCount()
            } catch {
                Console.error("\(place) cannot be reached, and the outbox could not keep the encounter: \(error.description) Nothing was saved.")
                throw ExitCode.failure
            }
            Console.error("""
                The shared store \(place) cannot be reached; the encounter is kept in the outbox (\(waiting) waiting) and will be sent by \
                `deskmate sync` or the next log.
                """)
            if json {
                try JSONOutput.print(JSONShapes.LoggedJSON(
                    encounter: JSONShapes.EncounterJSON(held: draft), held: true, clientId: clientID, waiting: waiting))
            }
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode.failure
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
