import DeskmateCore
import Foundation
import TerminalUI

enum WaitingLineView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let title = state.timers.isEmpty ? "Waiting line" : "Waiting line · \(state.waiting.count) waiting"
        let inner = Border(title: title, style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        if state.timers.isEmpty {
            let hint = "Nobody waiting. Press n when someone walks up, p when the phone rings."
            _ = Paragraph(hint, style: Theme.dim).draw(in: inner.inset(left: 1), buffer: &buffer)
            return
        }
        var list = ListState(selected: state.selectedTimer)
        list.scrollToSelection(height: inner.height, count: state.timers.count)
        for row in 0..<inner.height {
            let index = list.offset + row
            guard state.timers.indices.contains(index) else { break }
            let timer = state.timers[index]
            let y = inner.y + row
            let isSelected = index == state.selectedTimer
            let elapsed = state.now.timeIntervalSince(timer.served ?? timer.arrived)
            let goal = timer.served == nil ? state.config.goals.acknowledgeSeconds : state.config.goals.serviceSeconds
            let phase = TimerPhase(elapsed: elapsed, goal: goal)
            let name = timer.patronID.flatMap { state.attached[$0]?.greetingName } ?? (timer.served == nil ? "—" : "patron")
            let status = timer.served == nil ? "waiting" : "serving"
            var spans: [Span] = [
                Span(isSelected ? "▶ " : "  ", style: Theme.title),
                Span(ElapsedFormat.clock(elapsed).padded(toDisplayWidth: 7, alignment: .right), style: Theme.timer(phase)),
                Span("  \(status.padded(toDisplayWidth: 8))", style: timer.served == nil ? Theme.plain : Theme.accent),
                Span(timer.mode.label.padded(toDisplayWidth: 8), style: Theme.dim),
                Span(name, style: isSelected ? Theme.title : Theme.plain),
            ]
            if timer.served != nil {
                spans.append(Span("  waited \(ElapsedFormat.clock(timer.served?.timeIntervalSince(timer.arrived) ?? 0))", style: Theme.dim))
            }
            buffer.put(spans, x: inner.x, y: y, maxWidth: inner.width)
        }
    }
}
