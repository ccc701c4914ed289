import DeskmateCore
import Foundation
import TerminalUI

/// The summary as styled lines, shared by the screen and its tests.
enum SummaryLines {
    static func percent(_ share: Double?) -> String { ReportWriter.percent(share) }
    static func seconds(_ value: Double?) -> String { ReportWriter.clock(value) }

    /// A labelled list ("How  walk-up 7 · phone 4 …") over as many lines as
    /// the width needs, continuation lines indented under the first item.
    static func wrapped(label: String, items: [String], width: Int) -> [[Span]] {
        guard !items.isEmpty else { return [[Span(label, style: Theme.dim), Span("—")]] }
        let indent = label.displayWidth
        var lines: [[Span]] = [[Span(label, style: Theme.dim)]]
        var column = indent
        for (i, item) in items.enumerated() {
            let text = item + (i < items.count - 1 ? " · " : "")
            if column > indent && column + item.displayWidth > width {
                lines.append([Span(String(repeating: " ", count: indent))])
                column = indent
            }
            lines[lines.count - 1].append(Span(text))
            column += text.displayWidth
        }
        return lines
    }

    static func lines(_ r: ShiftReport, timeZone: TimeZone, width: Int) -> [[Span]] {
        var out: [[Span]] = []
        let s = r.scorecard
        out.append([
            Span("Reliable ", style: Theme.dim), Span(percent(s.reliable), style: Theme.title),
            Span("  Timely ", style: Theme.dim), Span(percent(s.timely), style: Theme.title),
            Span("  Personalized ", style: Theme.dim), Span(percent(s.personalized), style: Theme.title),
            Span("  Memorable ", style: Theme.dim), Span(percent(s.memorable), style: Theme.title),
        ])
        out.append([])
        out.append([Span("\(r.total)", style: Theme.title), Span(" encounters · \(r.withPatron) with a known patron · \(r.anonymous) anonymous · \(r.returningPatrons) returning, \(r.newPatrons) new")])
        out.append([Span("Wait     ", style: Theme.dim), Span("median \(seconds(r.wait.median)) · p90 \(seconds(r.wait.p90)) · max \(seconds(r.wait.max)) · \(percent(r.wait.withinGoal)) within \(ElapsedFormat.clock(Double(r.goals.acknowledgeSeconds)))")])
        out.append([Span("Service  ", style: Theme.dim), Span("median \(seconds(r.service.median)) · p90 \(seconds(r.service.p90)) · max \(seconds(r.service.max)) · \(percent(r.service.withinGoal)) within \(ElapsedFormat.clock(Double(r.goals.serviceSeconds)))")])
        let modes = ContactMode.allCases.compactMap { m in r.byMode[m.rawValue].map { "\(m.label) \($0)" } }
        out += wrapped(label: "How      ", items: modes, width: width)
        let kinds = QuestionKind.allCases.compactMap { k in r.byKind[k.rawValue].map { "\(k.label) \($0)" } }
        out += wrapped(label: "Kinds    ", items: kinds, width: width)
        let reads = (1...6).map { "\($0):\(r.byRead["\($0)"] ?? 0)" }
        out.append([Span("READ     ", style: Theme.dim), Span(reads.joined(separator: " "))])
        out.append([])
        // Traffic by hour, over the hours the desk was busy.
        let hours = r.busyHours
        if let first = hours.first, let last = hours.last {
            let peak = max(1, r.byHour.max() ?? 1)
            let bars = Sparkline.text(hours.map { Double(r.byHour[$0]) }, peak: Double(peak))
            out.append([Span("Traffic  ", style: Theme.dim), Span(String(bars), style: Theme.accent),
                        Span("  \(String(format: "%02d", first)):00–\(String(format: "%02d", (last + 1) % 24)):00, peak \(peak)/h", style: Theme.dim)])
            let waitPeak = max(1, r.maxWaitByHour.max() ?? 1)
            let waitBars = Sparkline.text(hours.map { r.maxWaitByHour[$0] }, peak: waitPeak)
            out.append([Span("Waits    ", style: Theme.dim), Span(String(waitBars), style: Theme.amber),
                        Span("  longest wait each hour, max \(seconds(r.wait.max))", style: Theme.dim)])
        }
        if !r.longestWaits.isEmpty {
            let list = r.longestWaits.prefix(3).map {
                "\(DeskCalendar(timeZone: timeZone).hourMinute($0.arrived)) \(seconds($0.wait))"
            }
            out.append([Span("Longest  ", style: Theme.dim), Span("waits " + list.joined(separator: " · "))])
        }
        out.append([])
        out.append([Span("Promises ", style: Theme.dim),
                    Span("\(r.followUpsPromised.count) made · \(r.followUpsKept.count) kept · \(r.followUpsOpen.count) still owed · \(r.followUpsOverdue.count) overdue from earlier")])
        for f in r.followUpsOpen.prefix(3) {
            out.append([Span("  owed   ", style: Theme.amber), Span(f.promise + (f.due.map { " · due \($0)" } ?? ""))])
        }
        for item in r.followUpsOverdue.prefix(3) {
            out.append([Span("  overdue", style: Theme.red), Span(" " + item.followUp.promise + (item.followUp.due.map { " · was due \($0)" } ?? ""))])
        }
        for (label, list) in [("Complaint ", r.complaints), ("Suggestion", r.suggestions)] {
            for e in list.prefix(3) {
                out.append([Span(label + " ", style: Theme.dim), Span(e.note.isEmpty ? "(no note)" : e.note)])
            }
        }
        if !r.complaints.isEmpty || !r.suggestions.isEmpty {
            // Points 15 and 16 of the twenty, quoted: what to do with them.
            for point in [15, 16].compactMap({ PromptCatalog.bundled.point($0) }) {
                for line in TextWrap.lines("\(point.number). \(point.text)", width: max(10, width)) {
                    out.append([Span(line, style: Theme.dim.italic)])
                }
            }
        }
        return out
    }
}
