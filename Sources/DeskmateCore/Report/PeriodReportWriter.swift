import Foundation

/// The period report as plain text, Markdown and CSV, all written from
/// `PeriodReport.figures` (the HTML from the same, in `PeriodReportHTML`),
/// so every format shows the same numbers. No patron names: the report
/// holds none.
public struct PeriodReportWriter: Sendable {
    public var report: PeriodReport
    public var timeZone: TimeZone

    public init(report: PeriodReport, timeZone: TimeZone) {
        self.report = report
        self.timeZone = timeZone
    }

    /// What each total is called in the text, Markdown and HTML reports.
    public static func label(_ figure: String) -> String {
        switch figure {
        case "encounters": "encounters"
        case "anonymous": "anonymous"
        case "withPatron": "with a known patron"
        case "returningPatrons": "returning patrons"
        case "newPatrons": "new patrons"
        case "waitMedian": "median wait"
        case "waitWithinGoal": "wait within goal"
        case "serviceMedian": "median service"
        case "serviceWithinGoal": "service within goal"
        case "withinGoal": "within both goals"
        case "promised": "promises made"
        case "kept": "promises kept"
        case "keptRate": "kept rate"
        case "open": "promises still owed"
        case "overdue": "owed and overdue"
        case "overdueFromEarlier": "overdue from earlier periods"
        case "complaints": "complaints"
        case "suggestions": "suggestions"
        default: figure
        }
    }

    func stamp(_ date: Date) -> String {
        let calendar = DeskCalendar(timeZone: timeZone)
        return calendar.dayString(date) + " " + calendar.hourMinute(date)
    }

    /// `2026-11-01 00:00 – 2026-12-01 00:00`.
    public func span(previous: Bool = false) -> String {
        let p = previous ? report.previous.period : report.now.period
        return stamp(p.from) + " – " + stamp(p.to)
    }

    /// Which desks the report counts, for its heading.
    public var scope: String {
        let p = report.now.period
        switch (p.desk, p.branch) {
        case let (desk?, branch?): return "\(desk), \(branch)"
        case let (desk?, nil): return "\(desk), every branch"
        case let (nil, branch?): return "every desk of \(branch)"
        case (nil, nil): return "every desk"
        }
    }

    static func groupName(_ g: PeriodReport.Group) -> String { g.desk.map { "\($0) · \(g.branch)" } ?? g.branch }

    /// A group's kinds, modes or READ levels that occur in either period.
    static func keyed(_ figures: [ReportFigure], _ name: String) -> String {
        let parts = figures.filter { $0.figure == name && ($0.value ?? 0) + ($0.previous ?? 0) > 0 }
            .map { (name == "read" ? "level " : "") + "\($0.key ?? "") \(PeriodReport.compared($0))" }
        return parts.isEmpty ? "—" : parts.joined(separator: ", ")
    }

    /// Plain text for the terminal.
    public func text() -> String {
        let r = report
        var out = ["Report \(span()) · \(scope) · \(r.timeZone)", "Beside the previous period, \(span(previous: true))", ""]
        for f in r.totals { out.append("  " + Self.label(f.figure).padding(toLength: 30, withPad: " ", startingAt: 0) + PeriodReport.compared(f)) }
        out.append("")
        out.append("Encounters by day:")
        let peak = max(1, r.byDay.map(\.count).max() ?? 1)
        for d in r.byDay { out.append("  \(d.day) " + String(format: "%5d ", d.count) + String(repeating: "█", count: d.count * 30 / peak)) }
        out.append("")
        out.append("Heat map, encounters by hour and weekday (\(r.timeZone)):")
        out.append("      " + (0..<24).map { String(format: "%3d", $0) }.joined())
        for (w, row) in r.heatmap.enumerated() { out.append("  " + PeriodReport.weekdays[w] + " " + row.map { String(format: "%3d", $0.count) }.joined()) }
        out.append("Median wait in each cell (minutes:seconds):")
        out.append("      " + (0..<24).map { String(format: "%6d", $0) }.joined())
        for (w, row) in r.heatmap.enumerated() {
            let cells = row.map { c in
                let shown = ReportWriter.clock(c.medianWait)
                return String(repeating: " ", count: max(1, 6 - shown.count)) + shown
            }
            out.append("  " + PeriodReport.weekdays[w] + " " + cells.joined())
        }
        out.append("")
        let goals = r.now.goals
        out.append("Wait and service by hour (goals: wait \(ElapsedFormat.clock(Double(goals.acknowledgeSeconds))), service \(ElapsedFormat.clock(Double(goals.serviceSeconds)))):")
        for h in r.byHour where h.encounters > 0 {
            out.append(String(format: "  %02d:00 %5d", h.hour, h.encounters)
                + "  wait median \(ReportWriter.clock(h.wait.median)), \(ReportWriter.percent(h.wait.withinGoal)) within"
                + "  service median \(ReportWriter.clock(h.service.median)), \(ReportWriter.percent(h.service.withinGoal)) within")
        }
        for (title, section, groups) in [("By desk", "desk", r.desks), ("By branch", "branch", r.branches)] {
            out.append("")
            out.append(title + ":")
            if groups.isEmpty { out.append("  —") }
            for g in groups {
                let f = r.figures(of: g, section: section)
                func one(_ name: String) -> String { f.first { $0.figure == name }.map(PeriodReport.compared) ?? "—" }
                out.append("  \(Self.groupName(g)): encounters \(one("encounters")); returning \(one("returningPatrons")); new \(one("newPatrons"))")
                out.append("    kinds: \(Self.keyed(f, "kind"))")
                out.append("    modes: \(Self.keyed(f, "mode"))")
                out.append("    READ: \(Self.keyed(f, "read"))")
            }
        }
        out.append("")
        for e in r.now.complaints { out.append("Complaint (\(e.desk)): \(e.note.isEmpty ? "(no note)" : e.note)") }
        for e in r.now.suggestions { out.append("Suggestion (\(e.desk)): \(e.note.isEmpty ? "(no note)" : e.note)") }
        if r.now.complaints.isEmpty && r.now.suggestions.isEmpty { out.append("No complaints or suggestions.") }
        return out.joined(separator: "\n") + "\n"
    }

    /// A report to send, in Markdown with tables.
    public func markdown() -> String {
        let r = report
        let md = ReportWriter.escapeMarkdown
        var out = ["# Desk report — \(md(scope))", "", "\(span()) (\(md(r.timeZone))), beside \(span(previous: true))", ""]
        out += ["## Totals", "", "| | this period | previous | change |", "| --- | ---: | ---: | :---: |"]
        for f in r.totals {
            out.append("| \(Self.label(f.figure)) | \(PeriodReport.shown(f.value, f.unit)) | \(PeriodReport.shown(f.previous, f.unit)) | \(f.change?.arrow ?? "—") |")
        }
        out += ["", "## Encounters by day", "", "| day | encounters |", "| --- | ---: |"]
        out += r.byDay.map { "| \($0.day) | \($0.count) |" }
        out += ["", "## Heat map", "", "Encounters, then the median wait, in each hour of each weekday (\(md(r.timeZone))).", ""]
        out.append("| | " + (0..<24).map { String(format: "%02d", $0) }.joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " ---: |", count: 24))
        for (w, row) in r.heatmap.enumerated() { out.append("| \(PeriodReport.weekdays[w]) | " + row.map { "\($0.count)" }.joined(separator: " | ") + " |") }
        out += [""]
        out.append("| median wait | " + (0..<24).map { String(format: "%02d", $0) }.joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " ---: |", count: 24))
        for (w, row) in r.heatmap.enumerated() {
            out.append("| \(PeriodReport.weekdays[w]) | " + row.map { ReportWriter.clock($0.medianWait) }.joined(separator: " | ") + " |")
        }
        out += ["", "## Wait and service by hour", "", "| hour | encounters | median wait | wait within goal | median service | service within goal |",
                "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for h in r.byHour where h.encounters > 0 {
            out.append(String(format: "| %02d:00 | %d |", h.hour, h.encounters)
                + " \(ReportWriter.clock(h.wait.median)) | \(ReportWriter.percent(h.wait.withinGoal)) | \(ReportWriter.clock(h.service.median)) | \(ReportWriter.percent(h.service.withinGoal)) |")
        }
        for (title, section, groups) in [("By desk", "desk", r.desks), ("By branch", "branch", r.branches)] {
            out += ["", "## \(title)", "", "| | encounters | returning | new | kinds | modes | READ |", "| --- | ---: | ---: | ---: | --- | --- | --- |"]
            for g in groups {
                let f = r.figures(of: g, section: section)
                func one(_ name: String) -> String { f.first { $0.figure == name }.map(PeriodReport.compared) ?? "—" }
                out.append("| \(md(Self.groupName(g))) | \(one("encounters")) | \(one("returningPatrons")) | \(one("newPatrons")) | \(md(Self.keyed(f, "kind"))) | \(md(Self.keyed(f, "mode"))) | \(md(Self.keyed(f, "read"))) |")
            }
        }
        out += ["", "## Complaints and suggestions", ""]
        for e in r.now.complaints { out.append("- Complaint (\(md(e.desk))): \(md(e.note.isEmpty ? "(no note)" : e.note))") }
        for e in r.now.suggestions { out.append("- Suggestion (\(md(e.desk))): \(md(e.note.isEmpty ? "(no note)" : e.note))") }
        if r.now.complaints.isEmpty && r.now.suggestions.isEmpty { out.append("None.") }
        return out.joined(separator: "\n") + "\n"
    }

    /// Every figure, one a row: `section, desk, branch, figure, key, value, previous, change`.
    public func csv() -> String {
        var out = CSVWriter.record(["section", "desk", "branch", "figure", "key", "value", "previous", "change"])
        func number(_ v: Double?, _ unit: FigureUnit) -> String {
            guard let v else { return "" }
            return unit == .count ? "\(Int(v.rounded()))" : "\(v)"
        }
        for f in report.figures {
            out += CSVWriter.record([
                f.section, f.desk ?? "", f.branch ?? "", f.figure, f.key ?? "",
                f.unit == .text ? (f.text ?? "") : number(f.value, f.unit), number(f.previous, f.unit), f.change?.rawValue ?? "",
            ])
        }
        return out
    }
}
