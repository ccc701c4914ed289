import ArgumentParser
import DeskmateCore
import Foundation

/// `deskmate tally`: anonymous questions counted on paper, or in an hour
/// when the computer was down, recorded afterwards. They are encounters
/// like any other, so every summary and report counts them as if made live.
struct TallyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Record anonymous questions counted on paper, for a past hour.",
        discussion: """
            Records --count anonymous encounters of one kind, arrived, served and closed at --at \
            (default now), at this desk. A tally sheet's hour is one call per kind and mode: \
            `deskmate tally --kind directional --count 12 --at "2026-11-24 14:00"`.
            """)
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "What they were about: \(QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: QuestionKind
    @Option(help: "How they reached the desk (default in-person).") var mode: ContactMode = .inPerson
    @Option(help: "How many (1 to 500).") var count: Int = 1
    @Option(help: "Effort on the READ scale, 1 to 6, when the sheet says.") var read: Int?
    @Option(help: "When (default now).") var at: TimeArgument?
    @OptionGroup var place: RecordingDeskOptions
    @Flag(help: "Print what was recorded as JSON.") var json = false

    func validate() throws {
        try NumericRange.tallyCount.validate(count, flag: "--count")
        try NumericRange.readLevel.validate(read, flag: "--read")
    }

    func run() throws {
        let when = at?.date ?? Now.date()
        let identity = place.identity
        let draft = EncounterDraft.tally(
            kind: kind, mode: mode, read: read.flatMap(ReadLevel.init(rawValue:)), at: when, desk: identity.desk,
            branch: identity.branch, staff: identity.staff)
        let logged = try storeOptions.withStore { store in try (0..<count).map { _ in try store.logEncounter(draft) } }
        if json {
            try JSONOutput.print(TallyJSON(count: logged.count, kind: kind.rawValue, mode: mode.rawValue, at: when,
                                           desk: identity.desk, branch: identity.branch, ids: logged.map(\.id)))
        } else {
            Console.print("Tallied \(logged.count) \(kind.label) question\(logged.count == 1 ? "" : "s") at \(identity.desk), \(InstantFormat.iso8601(when)).")
        }
    }
}

/// `tally --json`: what was recorded, and the encounters' ids.
struct TallyJSON: Encodable {
    var count: Int
    var kind: String
    var mode: String
    var at: Date
    var desk: String
    var branch: String
    var ids: [Int64]
}
