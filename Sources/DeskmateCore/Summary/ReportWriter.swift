import Foundation

/// The shift report as plain text, a Markdown handover note, CSV rows and
/// JSON — all from the same `ShiftReport`, so every format shows the same
/// numbers. Patron names appear only when asked for.
public struct ReportWriter: Sendable {
    public var report: ShiftReport
    public var timeZone: TimeZone
    /// Patron names by id, given only with `--with-names`.
    public var names: [Int64: String]

    public init(report: ShiftReport, timeZone: TimeZone, names: [Int64: String] = [:]) {
        self.report = report
        self.timeZone = timeZone
        self.names = names
    }

    /// A share as a whole percentage, "—" when nothing was measured.
    public static func percent(_ share: Double?) -> String { share.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }
    /// Seconds as a desk clock, "—" when nothing was measured.
    public static func clock(_ seconds: Double?) -> String { seconds.map { ElapsedFormat.clock($0) } ?? "—" }

    func stamp(_ date: Date) -> String {
        let calendar = DeskCalendar(timeZone: timeZone)
        return calendar.dayString(date) + " " + calendar.hourMinute(date)
    }

    func counts(_ dictionary: [String: Int], order: [String]) -> String {
        let parts = order.compactMap { key in dictionary[key].map { "\(key) \($0)" } }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    var modeOrder: [String] { ContactMode.allCases.map(\.rawValue) }
    var kindOrder: [String] { QuestionKind.allCases.map(\.rawValue) }

    /// The handover note, in Markdown with tables.
    public func markdown() -> String {
        let r = report
        var out: [String] = []
        let who = [r.period.desk, shownBranch, r.period.staff].compactMap { $0 }.joined(separator: " · ")
        out.append("# Desk summary\(who.isEmpty ? "" : " — " + who)")
        out.append("")
        out.append("\(stamp(r.period.from)) to \(stamp(r.period.to))")
        out.append("")
        out.append("| Reliable | Timely | Personalized | Memorable |")
        out.append("| --- | --- | --- | --- |")
        out.append("| \(Self.percent(r.scorecard.reliable)) | \(Self.percent(r.scorecard.timely)) | \(Self.percent(r.scorecard.personalized)) | \(Self.percent(r.scorecard.memorable)) |")
        out.append("")
        out.append("## Encounters")
        out.append("")
        out.append("| | count |")
        out.append("| --- | ---: |")
        out.append("| total | \(r.total) |")
        out.append("| with a known patron | \(r.withPatron) |")
        out.append("| anonymous | \(r.anonymous) |")
        out.append("| returning patrons | \(r.returningPatrons) |")
        out.append("| new patrons | \(r.newPatrons) |")
        out.append("")
        out.append("By mode: \(counts(r.byMode, order: modeOrder)). By kind: \(counts(r.byKind, order: kindOrder)). By READ level: \(counts(r.byRead, order: (1...6).map { "\($0)" })).")
        out.append("")
        out.append("## Timeliness")
        out.append("")
        out.append("| | median | p90 | max | within goal |")
        out.append("| --- | ---: | ---: | ---: | ---: |")
        out.append("| wait (goal \(ElapsedFormat.clock(Double(r.goals.acknowledgeSeconds)))) | \(Self.clock(r.wait.median)) | \(Self.clock(r.wait.p90)) | \(Self.clock(r.wait.max)) | \(Self.percent(r.wait.withinGoal)) |")
        out.append("| service (goal \(ElapsedFormat.clock(Double(r.goals.serviceSeconds)))) | \(Self.clock(r.service.median)) | \(Self.clock(r.service.p90)) | \(Self.clock(r.service.max)) | \(Self.percent(r.service.withinGoal)) |")
        out.append("")
        if !r.busyHours.isEmpty {
            out.append("| hour | encounters | longest wait |")
            out.append("| --- | ---: | ---: |")
            for h in r.busyHours where r.byHour[h] > 0 { out.append("| \(String(format: "%02d", h)):00 | \(r.byHour[h]) | \(ElapsedFormat.clock(r.maxWaitByHour[h])) |") }
            out.append("")
        }
        out.append("## Follow-ups")
        out.append("")
        out.append("\(r.followUpsPromised.count) promised, \(r.followUpsKept.count) kept, \(r.followUpsOpen.count) still owed; \(r.followUpsOverdue.count) overdue from earlier shifts.")
        out.append("")
        let owed = r.followUpsOpen.map { ($0, "") } + r.followUpsOverdue.map { ($0.followUp, " (overdue)") }
        for (f, tag) in owed {
            out.append("- \(Self.escapeMarkdown(f.promise)) — due \(f.due ?? "—")\(tag)\(name(forEncounter: f.encounterID))")
        }
        if !r.complaints.isEmpty || !r.suggestions.isEmpty {
            out.append("")
            out.append("## Complaints and suggestions")
            out.append("")
            for e in r.complaints { out.append("- Complaint: \(Self.escapeMarkdown(e.note.isEmpty ? "(no note)" : e.note))") }
            for e in r.suggestions { out.append("- Suggestion: \(Self.escapeMarkdown(e.note.isEmpty ? "(no note)" : e.note))") }
        }
        out.append("")
        out.append("_Reliable: follow-ups kept on time. Timely: within the desk's goals. Personalized: with a known patron. Memorable: returning patrons (Kitty Pope's four qualities)._")
        return out.joined(separator: "\n") + "\n"
    }

    func name(forEncounter id: Int64) -> String {
        guard !names.isEmpty, let e = report.encounters.first(where: { $0.id == id }), let p = e.patronID, let n = names[p] else { return "" }
        return " — " + Self.escapeMarkdown(n)
    }

    /// Text that cannot break a Markdown table or start markup.
    public static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "|", "\\", "`", "*", "_", "[", "]", "<", ">", "#": out.append("\\"); out.append(c)
            case "\n", "\r": out.append(" ")
            default: out.append(c)
            }
        }
        return out
    }

    /// Plain text for the terminal.
    public func text() -> String {
        let r = report
        var out: [String] = []
        out.append("Desk summary \(stamp(r.period.from)) – \(stamp(r.period.to))" + (r.period.desk.map { " · \($0)" } ?? "") + (shownBranch.map { " · \($0)" } ?? "") + (r.period.staff.map { " · \($0)" } ?? ""))
        out.append("Reliable \(Self.percent(r.scorecard.reliable)) · Timely \(Self.percent(r.scorecard.timely)) · Personalized \(Self.percent(r.scorecard.personalized)) · Memorable \(Self.percent(r.scorecard.memorable))")
        out.append("Encounters: \(r.total) (\(r.withPatron) with a known patron, \(r.anonymous) anonymous); patrons: \(r.returningPatrons) returning, \(r.newPatrons) new")
        out.append("Wait: median \(Self.clock(r.wait.median)), p90 \(Self.clock(r.wait.p90)), max \(Self.clock(r.wait.max)); \(Self.percent(r.wait.withinGoal)) within \(ElapsedFormat.clock(Double(r.goals.acknowledgeSeconds)))")
        out.append("Service: median \(Self.clock(r.service.median)), p90 \(Self.clock(r.service.p90)), max \(Self.clock(r.service.max)); \(Self.percent(r.service.withinGoal)) within \(ElapsedFormat.clock(Double(r.goals.serviceSeconds)))")
        out.append("Within both goals: \(Self.percent(r.withinGoal))")
        out.append("By mode: \(counts(r.byMode, order: modeOrder))")
        out.append("By kind: \(counts(r.byKind, order: kindOrder))")
        out.append("By READ: \(counts(r.byRead, order: (1...6).map { "\($0)" }))")
        if !r.busyHours.isEmpty {
            let peak = max(1, r.byHour.max() ?? 1)
            out.append("Traffic by hour:")
            for h in r.busyHours {
                let bar = String(repeating: "█", count: r.byHour[h] * 30 / peak)
                out.append(String(format: "  %02d:00 %3d ", h, r.byHour[h]) + bar)
            }
        }
        out.append("Follow-ups: \(r.followUpsPromised.count) promised, \(r.followUpsKept.count) kept, \(r.followUpsOpen.count) owed, \(r.followUpsOverdue.count) overdue from earlier")
        for f in r.followUpsOpen { out.append("  owed: \(f.promise) (due \(f.due ?? "—"))\(name(forEncounter: f.encounterID))") }
        for o in r.followUpsOverdue { out.append("  overdue: \(o.followUp.promise) (was due \(o.followUp.due ?? "—"))") }
        for e in r.complaints { out.append("Complaint: \(e.note.isEmpty ? "(no note)" : e.note)") }
        for e in r.suggestions { out.append("Suggestion: \(e.note.isEmpty ? "(no note)" : e.note)") }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per encounter, in the shape desk-statistics tools take.
    public func csv() -> String {
        var header = ["timestamp", "desk", "staff", "mode", "kind", "read", "wait_seconds", "service_seconds", "note"]
        if !names.isEmpty { header.append("patron") }
        header.append("branch")
        var out = CSVWriter.record(header)
        for e in report.encounters {
            var row = [
                InstantFormat.iso8601(e.arrived), e.desk, e.staff, e.mode.rawValue, e.kind.rawValue,
                e.read.map { "\($0.rawValue)" } ?? "", e.wait.map { "\(Int($0.rounded()))" } ?? "",
                e.service.map { "\(Int($0.rounded()))" } ?? "", e.note,
            ]
            if !names.isEmpty { row.append(e.patronID.flatMap { names[$0] } ?? "") }
            row.append(e.branch)
            out += CSVWriter.record(row)
        }
        return out
    }

    /// The branch, in headings, when the report counts one branch that has a
    /// name of its own; a library that names no branches never sees one.
    private var shownBranch: String? {
        report.period.branch.flatMap { $0 == DeskNames.defaultBranch ? nil : $0 }
    }
}
