import Foundation

/// The period report as one self-contained HTML file to print or send: no
/// external fonts, scripts or images; the charts are inline SVG, each with a
/// table beside it for readers who do not see it; print styles that fit A4
/// and Letter. Every text from the store is escaped, and the report holds no
/// patron names.
public struct PeriodReportHTML: Sendable {
    public var writer: PeriodReportWriter

    public init(report: PeriodReport, timeZone: TimeZone) { writer = PeriodReportWriter(report: report, timeZone: timeZone) }

    /// Text made inert in HTML, in elements and in quoted attributes.
    public static func escape(_ text: String) -> String {
        text.escapingScalars { c in
            if let entity = entities[c] { return entity }
            // Controls would be invisible or refused by a parser; show them as numbered references.
            return c.value < 0x20 && c != "\n" && c != "\t" || (0x7F...0x9F).contains(c.value) ? "&#xFFFD;" : nil
        }
    }

    private static let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]

    static let style = """
        body { font-family: system-ui, sans-serif; color: #1b1b1b; background: #fff; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .85rem; }
        th, td { border: 1px solid #bbb; padding: .15rem .4rem; text-align: right; } th[scope=row], caption { text-align: left; }
        caption { font-weight: 600; padding: .2rem 0; }
        figure { margin: .5rem 0; } svg { max-width: 100%; height: auto; display: block; }
        figcaption { font-size: .85rem; color: #444; }
        .better { color: #14532d; } .worse { color: #7f1d1d; }
        .note { text-align: left; white-space: pre-wrap; }
        .heat td { padding: .1rem .2rem; font-size: .7rem; }
        @page { margin: 15mm; }
        @media print {
          body { margin: 0; max-width: none; padding: 0; font-size: 10pt; }
          figure, table, tr, h2 { break-inside: avoid; page-break-inside: avoid; } h2 { break-after: avoid; }
          svg { width: 100%; max-height: 120mm; }
          .heat { font-size: 6pt; } .heat td, .heat th { padding: 0 .1rem; }
        }
        """

    public func html() -> String {
        let r = writer.report
        let e = Self.escape
        var out = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                   "<title>Desk report — \(e(writer.scope)) — \(e(writer.span()))</title>", "<style>", Self.style, "</style>", "</head>", "<body>",
                   "<header><h1>Desk report — \(e(writer.scope))</h1>",
                   "<p>\(e(writer.span())) (\(e(r.timeZone))), beside the previous period of the same length, \(e(writer.span(previous: true))).</p></header>",
                   "<main>"]
        out += totals()
        out += byDay()
        out += heatmap()
        out += byHour()
        out += groups()
        out += notes()
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    func changeCell(_ f: ReportFigure) -> String {
        guard let c = f.change else { return "<td>—</td>" }
        let word = c == .up ? "up" : c == .down ? "down" : "same"
        let news = Self.news(of: f.figure, c).map { " class=\"\($0)\"" } ?? ""
        return "<td\(news)><span aria-hidden=\"true\">\(c.arrow)</span> \(word)</td>"
    }

    /// Whether a change is good news (`better`, green), bad news (`worse`,
    /// red) or neither (nil, no colour). A shorter wait, fewer overdue
    /// promises, more kept and more within the goals are good; a busier or
    /// quieter desk, a longer or shorter service, more or fewer complaints
    /// (fewer may only mean fewer recorded) are neither, so they are not
    /// coloured as if they were.
    static func news(of figure: String, _ change: Change) -> String? {
        let higherIsBetter: Bool
        switch figure {
        case "waitWithinGoal", "serviceWithinGoal", "withinGoal", "kept", "keptRate": higherIsBetter = true
        case "waitMedian", "medianWait", "overdue", "overdueFromEarlier": higherIsBetter = false
        default: return nil
        }
        switch change {
        case .same: return nil
        case .up: return higherIsBetter ? "better" : "worse"
        case .down: return higherIsBetter ? "worse" : "better"
        }
    }

    func totals() -> [String] {
        var out = ["<section aria-labelledby=\"totals\"><h2 id=\"totals\">Totals</h2>", "<table>",
                   "<caption>Totals, beside the previous period</caption>",
                   "<thead><tr><th scope=\"col\">figure</th><th scope=\"col\">this period</th><th scope=\"col\">previous</th><th scope=\"col\">change</th></tr></thead><tbody>"]
        for f in writer.report.totals {
            out.append("<tr><th scope=\"row\">\(Self.escape(PeriodReportWriter.label(f.figure)))</th><td>\(PeriodReport.shown(f.value, f.unit))</td><td>\(PeriodReport.shown(f.previous, f.unit))</td>\(changeCell(f))</tr>")
        }
        return out + ["</tbody></table></section>"]
    }

    func byDay() -> [String] {
        let days = writer.report.byDay
        let width = 680.0, height = 200.0, left = 40.0, bottom = 24.0
        let peak = max(1, days.map(\.count).max() ?? 1)
        let slot = (width - left) / Double(max(1, days.count))
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"days-title\">",
                   "<title id=\"days-title\">Encounters by day, \(days.count) days, at most \(peak) in a day</title>",
                   "<line x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width)\" y2=\"\(height - bottom)\" stroke=\"#555\"/>",
                   "<text x=\"\(left - 4)\" y=\"14\" font-size=\"11\" text-anchor=\"end\">\(peak)</text>",
                   "<text x=\"\(left - 4)\" y=\"\(height - bottom)\" font-size=\"11\" text-anchor=\"end\">0</text>"]
        for (i, d) in days.enumerated() {
            let h = (height - bottom - 8) * Double(d.count) / Double(peak)
            svg.append("<rect x=\(q(left + Double(i) * slot + slot * 0.1)) y=\(q(height - bottom - h)) width=\(q(max(0.5, slot * 0.8))) height=\(q(h)) fill=\"#2b6cb0\"><title>\(d.day): \(d.count)</title></rect>")
        }
        if let first = days.first, let last = days.last {
            svg.append("<text x=\"\(left)\" y=\"\(height - 6)\" font-size=\"11\">\(first.day)</text>")
            svg.append("<text x=\"\(width)\" y=\"\(height - 6)\" font-size=\"11\" text-anchor=\"end\">\(last.day)</text>")
        }
        svg.append("</svg>")
        var out = ["<section aria-labelledby=\"days\"><h2 id=\"days\">Encounters by day</h2>", "<figure>"] + svg
            + ["<figcaption>Encounters that arrived each day; the table below holds the same counts.</figcaption></figure>",
               "<table><caption>Encounters by day</caption><thead><tr><th scope=\"col\">day</th><th scope=\"col\">encounters</th></tr></thead><tbody>"]
        out += days.map { "<tr><th scope=\"row\">\($0.day)</th><td>\($0.count)</td></tr>" }
        return out + ["</tbody></table></section>"]
    }

    func heatmap() -> [String] {
        let r = writer.report
        let cell = 26.0, left = 40.0, top = 20.0
        let peak = max(1, r.heatmap.flatMap { $0.map(\.count) }.max() ?? 1)
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(left + cell * 24)) \(Int(top + cell * 7 + 4))\" width=\"\(Int(left + cell * 24))\" height=\"\(Int(top + cell * 7 + 4))\" role=\"img\" aria-labelledby=\"heat-title\">",
                   "<title id=\"heat-title\">Heat map of encounters by hour and weekday, at most \(peak) in a cell</title>"]
        for h in stride(from: 0, to: 24, by: 3) {
            svg.append("<text x=\(q(left + cell * Double(h) + 2)) y=\"14\" font-size=\"11\">\(String(format: "%02d", h))</text>")
        }
        for (w, row) in r.heatmap.enumerated() {
            let y = top + cell * Double(w)
            svg.append("<text x=\(q(left - 6)) y=\(q(y + cell * 0.65)) font-size=\"11\" text-anchor=\"end\">\(PeriodReport.weekdays[w])</text>")
            for (h, c) in row.enumerated() {
                let shade = c.count == 0 ? "#e6ebf2" : String(format: "rgb(%d,%d,%d)", 200 - 170 * c.count / peak, 220 - 150 * c.count / peak, 245 - 90 * c.count / peak)
                svg.append("<rect x=\(q(left + cell * Double(h))) y=\(q(y)) width=\(q(cell - 2)) height=\(q(cell - 2)) fill=\"\(shade)\"><title>\(PeriodReport.cellKey(weekday: w, hour: h)):00 — \(c.count), median wait \(ReportWriter.clock(c.medianWait))</title></rect>")
            }
        }
        svg.append("</svg>")
        var out = ["<section aria-labelledby=\"heat\"><h2 id=\"heat\">Heat map: hour × weekday</h2>", "<figure>"] + svg
            + ["<figcaption>Darker is busier. Hours in \(Self.escape(r.timeZone)). The table below holds each cell's count and median wait.</figcaption></figure>",
               "<table class=\"heat\"><caption>Encounters and median wait (minutes:seconds) by weekday and hour</caption><thead><tr><th scope=\"col\">weekday</th>"
               + (0..<24).map { "<th scope=\"col\">\(String(format: "%02d", $0))</th>" }.joined() + "</tr></thead><tbody>"]
        for (w, row) in r.heatmap.enumerated() {
            out.append("<tr><th scope=\"row\">\(PeriodReport.weekdays[w])</th>" + row.map { "<td>\($0.count)<br>\(ReportWriter.clock($0.medianWait))</td>" }.joined() + "</tr>")
        }
        return out + ["</tbody></table></section>"]
    }

    func byHour() -> [String] {
        let g = writer.report.now.goals
        var out = ["<section aria-labelledby=\"hours\"><h2 id=\"hours\">Wait and service by hour</h2>",
                   "<table><caption>Against the goals: wait \(ElapsedFormat.clock(Double(g.acknowledgeSeconds))), service \(ElapsedFormat.clock(Double(g.serviceSeconds)))</caption>",
                   "<thead><tr><th scope=\"col\">hour</th><th scope=\"col\">encounters</th><th scope=\"col\">median wait</th><th scope=\"col\">wait within goal</th><th scope=\"col\">median service</th><th scope=\"col\">service within goal</th></tr></thead><tbody>"]
        for h in writer.report.byHour where h.encounters > 0 {
            out.append("<tr><th scope=\"row\">\(String(format: "%02d:00", h.hour))</th><td>\(h.encounters)</td><td>\(ReportWriter.clock(h.wait.median))</td><td>\(ReportWriter.percent(h.wait.withinGoal))</td><td>\(ReportWriter.clock(h.service.median))</td><td>\(ReportWriter.percent(h.service.withinGoal))</td></tr>")
        }
        return out + ["</tbody></table></section>"]
    }

    static let readColors = ["#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08306b"]

    func groups() -> [String] {
        let r = writer.report
        var out: [String] = []
        // READ levels by desk: one bar per desk, a segment per level.
        let rowHeight = 26.0, left = 200.0, width = 680.0
        let peak = max(1, r.desks.map { g in (1...6).reduce(0) { $0 + (g.now.byRead["\($1)"] ?? 0) } }.max() ?? 1)
        let height = 30 + rowHeight * Double(max(1, r.desks.count))
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-labelledby=\"read-title\">",
                   "<title id=\"read-title\">READ levels by desk</title>"]
        for level in 1...6 {
            let x = left + Double(level - 1) * 60
            svg.append("<rect x=\(q(x)) y=\"4\" width=\"12\" height=\"12\" fill=\"\(Self.readColors[level - 1])\"/><text x=\(q(x + 16)) y=\"14\" font-size=\"11\">READ \(level)</text>")
        }
        for (i, g) in r.desks.enumerated() {
            let y = 26 + rowHeight * Double(i)
            svg.append("<text x=\(q(left - 6)) y=\(q(y + rowHeight * 0.6)) font-size=\"11\" text-anchor=\"end\">\(Self.escape(PeriodReportWriter.groupName(g)))</text>")
            var x = left
            for level in 1...6 {
                let n = g.now.byRead["\(level)"] ?? 0
                guard n > 0 else { continue }
                let w = (width - left - 10) * Double(n) / Double(peak)
                svg.append("<rect x=\(q(x)) y=\(q(y)) width=\(q(w)) height=\(q(rowHeight - 6)) fill=\"\(Self.readColors[level - 1])\"><title>READ \(level): \(n)</title></rect>")
                x += w
            }
        }
        svg.append("</svg>")
        out += ["<section aria-labelledby=\"read\"><h2 id=\"read\">READ levels by desk</h2>", "<figure>"] + svg
            + ["<figcaption>Questions at each READ level (1 = directions … 6 = in-depth consultation) this period; the table below holds the counts.</figcaption></figure>",
               "<table><caption>READ levels by desk</caption><thead><tr><th scope=\"col\">desk</th>" + (1...6).map { "<th scope=\"col\">READ \($0)</th>" }.joined() + "</tr></thead><tbody>"]
        for g in r.desks {
            out.append("<tr><th scope=\"row\">\(Self.escape(PeriodReportWriter.groupName(g)))</th>" + (1...6).map { "<td>\(g.now.byRead["\($0)"] ?? 0)</td>" }.joined() + "</tr>")
        }
        out.append("</tbody></table></section>")
        for (title, id, section, list) in [("By desk", "desks", "desk", r.desks), ("By branch", "branches", "branch", r.branches)] {
            out += ["<section aria-labelledby=\"\(id)\"><h2 id=\"\(id)\">\(title)</h2>"]
            for g in list {
                let name = Self.escape(PeriodReportWriter.groupName(g))
                out += ["<table><caption>\(name), beside the previous period</caption>",
                        "<thead><tr><th scope=\"col\">figure</th><th scope=\"col\">this period</th><th scope=\"col\">previous</th><th scope=\"col\">change</th></tr></thead><tbody>"]
                for f in r.figures(of: g, section: section) where f.key == nil || (f.value ?? 0) + (f.previous ?? 0) > 0 {
                    let label = PeriodReportWriter.label(f.figure) + (f.key.map { " " + $0 } ?? "")
                    out.append("<tr><th scope=\"row\">\(Self.escape(label))</th><td>\(PeriodReport.shown(f.value, f.unit))</td><td>\(PeriodReport.shown(f.previous, f.unit))</td>\(changeCell(f))</tr>")
                }
                out.append("</tbody></table>")
            }
            if list.isEmpty { out.append("<p>No encounters in either period.</p>") }
            out.append("</section>")
        }
        return out
    }

    func notes() -> [String] {
        let r = writer.report
        var out = ["<section aria-labelledby=\"notes\"><h2 id=\"notes\">Complaints and suggestions</h2>"]
        let all = r.now.complaints.map { ("complaint", $0) } + r.now.suggestions.map { ("suggestion", $0) }
        guard !all.isEmpty else { return out + ["<p>None this period.</p></section>"] }
        out += ["<table><caption>Complaints and suggestions, with their notes</caption>",
                "<thead><tr><th scope=\"col\">what</th><th scope=\"col\">arrived</th><th scope=\"col\">desk</th><th scope=\"col\">note</th></tr></thead><tbody>"]
        for (what, e) in all {
            out.append("<tr><th scope=\"row\">\(what)</th><td>\(writer.stamp(e.arrived))</td><td>\(Self.escape(e.desk))</td><td class=\"note\">\(Self.escape(e.note.isEmpty ? "(no note)" : e.note))</td></tr>")
        }
        return out + ["</tbody></table></section>"]
    }

    /// A number as a quoted SVG attribute value.
    func q(_ v: Double) -> String { String(format: "\"%.1f\"", v) }
}
