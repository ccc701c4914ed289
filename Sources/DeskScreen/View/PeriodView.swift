import DeskmateCore
import Foundation
import TerminalUI

/// This week, last week or this month at this desk (or every desk): the
/// totals beside the period before, the hour × weekday heat map, the days.
/// Every figure is the core's `PeriodReport`, the one `deskmate report`
/// writes, read here and never computed again.
enum PeriodView: ShowingScreenView {
    static func title(_ state: DeskState) -> String {
        let calendar = DeskCalendar(timeZone: state.config.timeZone)
        var parts = [state.period.period.label]
        if let from = state.period.from, let to = state.period.to {
            parts.append(calendar.shortDay(from, now: state.now) + " – " + calendar.shortDay(to.addingTimeInterval(-1), now: state.now))
        }
        parts.append(state.period.allDesks ? "every desk" : state.config.desk)
        return parts.joined(separator: " · ")
    }

    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let inner = Border(title: title(state), style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        guard let report = state.period.report else {
            let waiting = state.storeUnreachable == nil ? "Loading…" : "The shared store cannot be reached; the report waits until it is back."
            buffer.put(waiting, x: inner.x + 1, y: inner.y, style: Theme.dim, maxWidth: inner.width - 1)
            return
        }
        let lines = lines(report, state: state, width: inner.width - 1)
        for (i, spans) in lines.prefix(inner.height).enumerated() {
            buffer.put(spans, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1)
        }
        MoreMarker.draw(above: false, below: lines.count > inner.height, on: rect, into: &buffer)
    }

    /// The view's lines, for the screen and its tests.
    static func lines(_ report: PeriodReport, state: DeskState, width: Int) -> [[Span]] {
        let totals = Dictionary(report.totals.map { ($0.figure, $0) }, uniquingKeysWith: { first, _ in first })
        func shown(_ name: String) -> String { totals[name].map { PeriodReport.shown($0.value, $0.unit) } ?? "—" }
        func compared(_ name: String) -> String { totals[name].map(PeriodReport.compared) ?? "—" }
        // The core compares with the period of the same length just before.
        let previous = state.period.period == .thisMonth ? "the \(report.byDay.count) days before" : "the week before"
        let now = report.now
        var out: [[Span]] = []
        let before = PeriodReport.shown(totals["encounters"]?.previous, .count) + (totals["encounters"]?.change.map { " " + $0.arrow } ?? "")
        out.append([Span(shown("encounters"), style: Theme.title), Span(now.total == 1 ? " encounter" : " encounters"),
                    Span(" · \(previous) \(before)", style: Theme.dim)])
        out.append([Span("Patrons  ", style: Theme.dim),
                    Span("\(now.withPatron) known · \(now.anonymous) anonymous · \(now.returningPatrons) returning, \(now.newPatrons) new")])
        out.append([Span("Wait     ", style: Theme.dim),
                    Span("median \(compared("waitMedian")) · \(shown("waitWithinGoal")) within \(ElapsedFormat.clock(Double(now.goals.acknowledgeSeconds))) · service median \(shown("serviceMedian"))")])
        out.append([])
        out += HeatMapLines.lines(report.heatmap, numbers: state.period.numbers, width: width)
        let days = report.byDay
        if let busiest = days.max(by: { $0.count < $1.count }), busiest.count > 0 {
            let calendar = DeskCalendar(timeZone: state.config.timeZone)
            let name = calendar.midnight(ofDay: busiest.day).map { calendar.shortDay($0, now: state.now) } ?? busiest.day
            let bars = Sparkline.text(days.map { Double($0.count) }, peak: Double(busiest.count))
            out.append([Span("By day   ", style: Theme.dim), Span(bars, style: Theme.accent),
                        Span("  busiest \(name), \(busiest.count)", style: Theme.dim)])
        }
        if state.period.allDesks, !report.desks.isEmpty {
            let desks = report.desks.map { "\($0.desk ?? "?") \($0.now.total)" }
            out += SummaryLines.wrapped(label: "Desks    ", items: desks, width: width)
        }
        return out
    }
}
