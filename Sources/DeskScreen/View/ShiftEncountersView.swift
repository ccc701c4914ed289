import DeskmateCore
import Foundation
import TerminalUI

/// This shift's encounters, newest first, one row each: when, kind, READ,
/// how, who, and the note.
enum ShiftEncountersView: ShowingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let list = state.shiftEncounters
        var title = "This shift's encounters"
        if let all = list.encounters { title += " · \(all.count)" }
        guard let inner = ListPanel.open(title, count: list.encounters?.count, empty: "Nothing recorded this shift yet.", in: rect,
                                         into: &buffer),
              let encounters = list.encounters else { return }
        let calendar = DeskCalendar(timeZone: state.config.timeZone)
        let top = list.list.visibleOffset(height: inner.height, count: encounters.count)
        for (row, index) in (top..<min(encounters.count, top + inner.height)).enumerated() {
            let e = encounters[index]
            let chosen = index == list.list.selected
            let who = e.patronID.flatMap { list.patrons[$0]?.greetingName } ?? "anonymous"
            var facts = [e.kind.label]
            if let read = e.read { facts.append("READ \(read.rawValue)") }
            facts.append(e.mode.label)
            var spans = [
                Span(chosen ? "▶ " : "  ", style: Theme.title),
                Span(calendar.hourMinute(e.arrived) + "  ", style: chosen ? Theme.selected.bold : Theme.title),
                Span(who.padded(toDisplayWidth: 16) + " ", style: Theme.title),
                Span(facts.joined(separator: " · ")),
            ]
            let noteIndex = e.note.isEmpty ? nil : spans.count
            if !e.note.isEmpty { spans.append(Span("  " + e.note, style: Theme.dim)) }
            if let f = e.followUp { spans.append(Span("  · promised \(f.promise)", style: Theme.amber)) }
            // The note gives way first, so that a promise still shows.
            buffer.put(spans.fitted(toDisplayWidth: inner.width, shrinking: noteIndex), x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
        MoreMarker.draw(above: top > 0, below: top + inner.height < encounters.count, on: rect, into: &buffer)
    }
}
