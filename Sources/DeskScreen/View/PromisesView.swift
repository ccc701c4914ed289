import DeskmateCore
import Foundation
import TerminalUI

/// What is owed: one row a promise — where it stands, for whom (their
/// preferred name), what was promised and when it is due.
enum PromisesView: ShowingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let today = DayFormat.string(state.now, timeZone: state.config.timeZone)
        let items = state.promises.items
        var title = "What is owed"
        if let items {
            let counts = Dictionary(grouping: items) { PromiseList.standing($0, today: today) }.mapValues(\.count)
            let parts = [PromiseList.Standing.overdue, .today, .upcoming].compactMap { s in counts[s].map { "\($0) \(s.label)" } }
            title += parts.isEmpty ? " · nothing" : " · " + parts.joined(separator: " · ")
        }
        guard let inner = ListPanel.open(title, count: items?.count, empty: "No promises made yet.", in: rect, into: &buffer),
              let items else { return }
        let calendar = DeskCalendar(timeZone: state.config.timeZone)
        let top = state.promises.list.visibleOffset(height: inner.height, count: items.count)
        for (row, index) in (top..<min(items.count, top + inner.height)).enumerated() {
            let item = items[index]
            let standing = PromiseList.standing(item, today: today)
            let chosen = index == state.promises.list.selected
            let style: Style
            switch standing {
            case .overdue: style = Theme.red
            case .today: style = Theme.amber
            case .upcoming: style = Theme.plain
            case .kept: style = Theme.dim
            }
            var when: String
            if let kept = item.followUp.keptAt { when = "kept \(calendar.shortDay(kept, now: state.now))" }
            else { when = item.followUp.due.map { "due \($0)" } ?? "no day set" }
            when += " · asked \(calendar.shortDay(item.encounter.arrived, now: state.now))"
            buffer.put([
                Span(chosen ? "▶ " : "  ", style: Theme.title),
                Span(standing.label.padded(toDisplayWidth: 10), style: style),
                Span((item.patron?.greetingName ?? "anonymous") + ": ", style: chosen ? Theme.selected.bold : Theme.title),
                Span(item.followUp.promise, style: standing == .kept ? Theme.dim : Theme.plain),
                Span("  " + when, style: Theme.dim),
            ].fitted(toDisplayWidth: inner.width, shrinking: 3), x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
        MoreMarker.draw(above: top > 0, below: top + inner.height < items.count, on: rect, into: &buffer)
    }
}
