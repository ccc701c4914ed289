import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct ShiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shift", abstract: "Start or end a shift at the desk.", subcommands: [Start.self, End.self])

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start a shift (the open one is kept if there is one).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: "Staff initials.") var staff: String?
        @Option(help: "The desk's name.") var desk: String?
        @Flag(help: "Print the shift as JSON.") var json = false

        func run() throws {
            let identity = try SettingsOptions.parse(
                (staff.map { ["--staff", $0] } ?? []) + (desk.map { ["--desk", $0] } ?? [])).load().identity
            let shift = try storeOptions.withStore { try $0.startShift(desk: identity.desk, staff: identity.staff, at: Date()) }
            if json { try JSONOutput.print(ShiftJSON(shift)) } else { Console.print("Shift \(shift.id) at \(shift.desk) (\(shift.staff)) since \(ISO8601.string(shift.started)).") }
        }
    }

    struct End: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End the open shift.")
        @OptionGroup var storeOptions: StoreOptions
        @Flag(help: "Print the shift as JSON.") var json = false

        func run() throws {
            let shift = try storeOptions.withStore { store -> Shift? in
                guard let open = try store.openShift() else { return nil }
                return try store.endShift(id: open.id, at: Date())
            }
            guard let shift else {
                Console.error("No shift is open.")
                throw ExitCode.failure
            }
            if json { try JSONOutput.print(ShiftJSON(shift)) } else { Console.print("Shift \(shift.id) ended.") }
        }
    }
}

struct ShiftJSON: Encodable {
    var id: Int64
    var desk: String
    var staff: String
    var started: Date
    var ended: Date?

    init(_ s: Shift) { id = s.id; desk = s.desk; staff = s.staff; started = s.started; ended = s.ended }

    enum CodingKeys: String, CodingKey { case id, desk, staff, started, ended }
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(desk, forKey: .desk)
        try c.encode(staff, forKey: .staff)
        try c.encode(ISO8601.string(started), forKey: .started)
        try c.encode(ended.map(ISO8601.string), forKey: .ended)
    }
}

struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "How the desk did: counts, timeliness, traffic, promises, complaints and suggestions.",
        discussion: """
            Reports on the current shift by default (or today, with no shift open). An \
            encounter belongs to the period it arrived in; a returning patron is one with an \
            encounter before the period. No patron names unless --with-names.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json }

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var settingsOptions: SettingsOptions
    @Option(help: "current, last, or a shift id.") var shift: String?
    @Option(help: "Start of the period (instead of a shift).") var from: TimeArgument?
    @Option(help: "End of the period (default now).") var to: TimeArgument?
    @Option(help: "text, markdown, csv or json.") var format: Format = .text
    @Flag(help: "Include patron names.") var withNames = false
    @Option(help: "Write to this file (0600, whole or not at all) instead of standard output.") var output: String?

    func validate() throws {
        if shift != nil && (from != nil || to != nil) { throw ValidationError("Give --shift or --from/--to, not both.") }
    }

    func run() throws {
        let (settings, _) = try settingsOptions.load()
        let now = Date()
        let text = try storeOptions.withStore { store -> String in
            var chosen: Shift?
            switch shift {
            case nil where from == nil: chosen = try store.openShift()
            case nil: chosen = nil
            case "current":
                guard let open = try store.openShift() else { throw StoreError.notFound("An open shift") }
                chosen = open
            case "last":
                guard let last = try store.lastEndedShift() else { throw StoreError.notFound("An ended shift") }
                chosen = last
            case let id?:
                guard let n = Int64(id), let found = try store.shift(id: n) else { throw StoreError.notFound("Shift \(id)") }
                chosen = found
            }
            let report = try ShiftReports.make(
                store: store, shift: chosen, from: from?.date, to: to?.date ?? now, goals: settings.goals,
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
        if let output {
            do { try AtomicFile.write(text, to: output) } catch {
                Console.error("Cannot write \(output): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else if format == .text {
            Console.print(String(text.dropLast()))
        } else {
            Console.write(document: text)
        }
    }
}
