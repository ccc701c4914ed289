import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

/// `deskmate report`: a supervisor's report over any period, every desk or
/// one desk or branch, beside the previous period of the same length.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report over any period: totals, by day, a heat map, desks and branches, beside the previous period.",
        discussion: """
            Covers every desk on the store unless --desk NAME (that desk of this branch, or of \
            --branch B) or --branch B alone (every desk of that branch) is given. The period is \
            --from up to --to, as for `summary`: a day alone means its midnight, so \
            --from 2026-11-01 --to 2026-12-01 is November. Days, hours and weekdays are the \
            desk's time zone. --format html writes one self-contained file to print or send. \
            No patron names in any format.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json, html }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var settingsOptions: SettingsOptions
    @Option(help: "Start of the period: a day (2026-11-01) or an instant.") var from: TimeArgument
    @Option(help: "End of the period, not included: a day (its midnight) or an instant.") var to: TimeArgument
    @Option(help: "text, markdown, csv, json or html.") var format: Format = .text
    @Option(help: "Write to this file (0600, whole or not at all) instead of standard output.") var output: String?

    func validate() throws {
        try settingsOptions.validateNamedDesk(everyDesk: "report on every desk")
        if to.date <= from.date {
            throw ValidationError("--to must come after --from (a day alone means its midnight: --from 2026-11-01 --to 2026-11-02 is one day).")
        }
    }

    func run() throws {
        let (settings, identity) = try settingsOptions.load()
        let now = Now.date()
        let text = try storeOptions.withStore { store -> String in
            let report = try PeriodReport.fromStore(
                store: store, from: from.date, to: to.date, scope: settingsOptions.everyDeskUnlessNamed(identity), goals: settings.goals, timeZone: .current, now: now)
            let writer = PeriodReportWriter(report: report, timeZone: .current)
            switch format {
            case .text: return writer.text()
            case .markdown: return writer.markdown()
            case .csv: return writer.csv()
            case .json: return try JSONOutput.string(PeriodReportJSON(report)) + "\n"
            case .html: return PeriodReportHTML(report: report, timeZone: .current).html()
            }
        }
        try ReportOutput.deliver(text, to: output, plainText: format == .text)
    }
}
