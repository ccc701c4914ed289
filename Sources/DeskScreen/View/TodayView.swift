import DeskmateCore
import Foundation
import TerminalUI

enum TodayView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let inner = Border(title: "Today", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        let t = state.today
        let anonymous = t.encounters - t.withPatron
        let counts = " served · \(t.withPatron) known · \(anonymous) " + (inner.width >= 40 ? "anonymous" : "anon.")
        buffer.put([Span("\(t.encounters)", style: Theme.title), Span(counts)], x: inner.x + 1, y: inner.y, maxWidth: inner.width - 1)
        if inner.height > 1, t.encounters > 0 {
            let share = Int((Double(t.withinGoal) / Double(t.encounters) * 100).rounded())
            buffer.put([Span("\(share)%", style: share >= 80 ? Theme.ok : Theme.amber),
                        Span(" acknowledged within \(ElapsedFormat.clock(Double(state.config.goals.acknowledgeSeconds)))")],
                       x: inner.x + 1, y: inner.y + 1, maxWidth: inner.width - 1)
        }
    }
}
