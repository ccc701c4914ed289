import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

/// `deskmate summary`: the shift report in the format asked for.
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "How the desk did: counts, timeliness, traffic, promises, complaints and suggestions.",
        discussion: """
            Reports on this desk's current shift by default (or its day, with no shift open); \
            --desk NAME reports another desk of this branch (with --branch, of that branch), \
            --branch NAME alone every desk of that branch, --all every desk on the store (for a \
            period, not a shift). An encounter belongs to the period it arrived in and to the desk it was \
            recorded at; a returning patron is one with an encounter before the period, at any \
            desk. No patron names unless --with-names.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var settingsOptions: SettingsOptions
    @Option(help: "current, last, or a shift id.") var shift: String?
    @Option(help: "Start of the period (instead of a shift).") var from: TimeArgument?
    @Option(help: "End of the period (default now).") var to: TimeArgument?
    @Flag(help: "Count every desk of every branch on the store (for --from/--to or today), not only this one.") var all = false
    @Option(help: "text, markdown, csv or json.") var format: Format = .text
    @Flag(help: "Include patron names.") var withNames = false
    @Option(help: "Write to this file (0600, whole or not at all) instead of standard output.") var output: String?

    func validate() throws {
        if shift != nil && (from != nil || to != nil) { throw ValidationError("Give --shift or --from/--to, not both.") }
        if all && shift != nil { throw ValidationError("A shift belongs to one desk: give --all with --from/--to, or --shift alone.") }
        if all && settingsOptions.desk != nil { throw ValidationError("Give --desk or --all, not both.") }
        if all && settingsOptions.branch != nil { throw ValidationError("Give --branch or --all, not both.") }
        if settingsOptions.branch != nil && settingsOptions.desk == nil && shift != nil {
            throw ValidationError("A shift belongs to one desk: give --branch with --from/--to, or with --desk.")
        }
    }

    func run() throws {
        let (settings, identity) = try settingsOptions.load()
        let now = Now.date()
        let text = try storeOptions.withStore { store -> String in
            var chosen: Shift?
            // --branch alone counts the branch's desks; otherwise this desk
            // (or the one --desk names) in its branch.
            let wholeBranch = settingsOptions.branch != nil && settingsOptions.desk == nil
            switch shift {
            case nil where from == nil && !all && !wholeBranch:
                chosen = try store.openShift(desk: identity.desk, branch: identity.branch)
            case nil: chosen = nil
            case "current":
                guard let open = try store.openShift(desk: identity.desk, branch: identity.branch) else { throw StoreError.notFound("An open shift") }
                chosen = open
            case "last":
                guard let last = try store.lastEndedShift(desk: identity.desk, branch: identity.branch) else { throw StoreError.notFound("An ended shift") }
                chosen = last
            case let id?:
                guard let n = Int64(id), let found = try store.shift(id: n) else { throw StoreError.notFound("Shift \(id)") }
                chosen = found
            }
            // A shift counts its own desk's encounters; a period, this desk's,
            // a branch's or every desk's.
            let scope: DeskScope =
                if all { .all } else if let chosen { .desk(chosen.desk, branch: chosen.branch) }
                else if wholeBranch { .branch(identity.branch) } else { .desk(identity.desk, branch: identity.branch) }
            let report = try ShiftReport.fromStore(
                store: store, shift: chosen, from: from?.date, to: to?.date ?? now, desk: scope, goals: settings.goals,
                timeZone: .current, now: now)
            var names: [Int64: String] = [:]
            if withNames {
                for id in Set(report.encounters.compactMap(\.patronID)) { names[id] = try store.patron(id: id)?.name }
            }
            let writer = ReportWriter(report: report, timeZone: .current, names: names)
            switch format {
            case .text: return writer.text()
            case .markdown: return writer.markdown()
            case .csv: return writer.csv()
            case .json: return try JSONOutput.string(ReportJSON(report)) + "\n"
            }
        }
        try ReportOutput.deliver(text, to: output, plainText: format == .text)
    }
}
