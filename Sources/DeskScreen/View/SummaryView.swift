import DeskmateCore
import Foundation
import TerminalUI

/// The shift at a glance: counts, timeliness against the goals, traffic by
/// hour, promises, complaints and suggestions, and the four qualities.
enum SummaryView: ShowingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let from = state.summary?.period.from ?? state.shift?.started
        let title = from.map { "Shift summary · since \(DeskCalendar(timeZone: state.config.timeZone).hourMinute($0))" }
            ?? "Shift summary"
        let inner = Border(title: title, style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard let report = state.summary else {
            buffer.put("Loading…", x: inner.x + 1, y: inner.y, style: Theme.dim)
            return
        }
        let lines = SummaryLines.lines(report, timeZone: state.config.timeZone, width: inner.width - 1)
        let top = min(state.summaryScroll, max(0, lines.count - inner.height))
        for (i, spans) in lines.dropFirst(top).prefix(inner.height).enumerated() {
            buffer.put(spans, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1)
        }
        MoreMarker.draw(above: top > 0, below: top + inner.height < lines.count, on: rect, into: &buffer)
    }

    /// Records in the state how far the summary can scroll and how much of
    /// it shows at once, from the same layout `DeskView.render` draws with.
    static func measure(_ state: inout DeskState) {
        let inner = Border.inner(of: DeskView.bodyRect(width: state.width, height: state.height))
        state.summaryPageHeight = max(1, inner.height)
        guard let report = state.summary else {
            state.summaryScrollLimit = 0
            return
        }
        let lines = SummaryLines.lines(report, timeZone: state.config.timeZone, width: inner.width - 1)
        state.summaryScrollLimit = max(0, lines.count - inner.height)
        state.summaryScroll = min(state.summaryScroll, state.summaryScrollLimit)
    }
}
