import DeskmateCore
import Foundation
import TerminalUI

enum FollowUpsView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let today = DayFormat.string(state.now, timeZone: state.config.timeZone)
        let due = state.followUpsDue
        // The list of every promise is one key away; the title says which.
        let inner = Border(title: due.isEmpty ? "Follow-ups · f all" : "Follow-ups due · \(due.count) · f all", style: Theme.border,
                           titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return }
        if due.isEmpty {
            buffer.put("Nothing owed today.", x: inner.x + 1, y: inner.y, style: Theme.dim, maxWidth: inner.width - 1)
            return
        }
        for (i, item) in due.prefix(inner.height).enumerated() {
            let overdue = (item.followUp.due ?? today) < today
            let who = item.patron?.greetingName ?? "anonymous"
            buffer.put([
                Span(overdue ? "overdue " : "today   ", style: overdue ? Theme.red : Theme.amber),
                Span(who + ": ", style: Theme.title), Span(item.followUp.promise),
            ].fitted(toDisplayWidth: inner.width - 1), x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1)
        }
    }
}
