import DeskmateCore
import Foundation
import TerminalUI

/// A patron's whole history, newest first: two rows an encounter (when,
/// what kind, READ, how, who served; then the note and any promise).
enum HistoryView: ShowingScreenView {
    static let rowsPerEncounter = 2

    /// How many encounters show at once in a window `height` rows tall.
    static func rowsShown(height: Int) -> Int {
        max(1, Border.inner(of: DeskView.bodyRect(width: DeskView.minimumWidth, height: height)).height / rowsPerEncounter)
    }

    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        guard let history = state.history else { return }
        let p = history.patron
        var title = "History · \(p.greetingName)" + (p.preferredName != nil ? " (\(p.name))" : "")
        if let all = history.encounters { title += " · \(all.count) encounter\(all.count == 1 ? "" : "s")" }
        guard let inner = ListPanel.open(title, count: history.encounters?.count, empty: "No visits yet.", in: rect, into: &buffer),
              let encounters = history.encounters else { return }
        let shown = max(1, inner.height / rowsPerEncounter)
        let top = history.list.visibleOffset(height: shown, count: encounters.count)
        let calendar = DeskCalendar(timeZone: state.config.timeZone)
        for (row, index) in (top..<min(encounters.count, top + shown)).enumerated() {
            let e = encounters[index]
            let y = inner.y + row * rowsPerEncounter
            let chosen = index == history.list.selected
            let when = "\(calendar.shortDay(e.arrived, now: state.now)) \(calendar.hourMinute(e.arrived))"
            var facts = [e.kind.label]
            if let read = e.read { facts.append("READ \(read.rawValue)") }
            facts += [e.mode.label, e.staff]
            buffer.put([Span(chosen ? "▶ " : "  ", style: Theme.title), Span(when.padded(toDisplayWidth: 18), style: chosen ? Theme.selected.bold : Theme.title),
                        Span(facts.joined(separator: " · "))].fitted(toDisplayWidth: inner.width), x: inner.x, y: y, maxWidth: inner.width)
            guard y + 1 < inner.maxY else { continue }
            var detail: [Span] = [Span("    ")]
            detail.append(Span(e.note.isEmpty ? "no note" : e.note, style: e.note.isEmpty ? Theme.dim : Theme.plain))
            if let f = e.followUp {
                detail.append(Span("  · promised \(f.promise) · " + (f.isKept ? "kept" : (f.due.map { "due \($0)" } ?? "open")),
                                   style: f.isKept ? Theme.dim : Theme.amber))
            }
            // The note gives way first, so that the promise and its day show.
            buffer.put(detail.fitted(toDisplayWidth: inner.width, shrinking: 1), x: inner.x, y: y + 1, maxWidth: inner.width)
        }
        MoreMarker.draw(above: top > 0, below: top + shown < encounters.count, on: rect, into: &buffer)
    }
}
