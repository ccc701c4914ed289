import DeskmateCore
import Foundation
import TerminalUI

/// Past answers: the words, then one row a hit (when, kind, how, where,
/// and the note cut to fit), and the chosen hit's whole note below, so an
/// answer found can be read without leaving the desk. Never a name: the
/// hits have none.
enum AnswersView: TypingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let answers = state.answers
        var title = "Past answers · every desk"
        if let hits = answers.hits, let words = answers.searched {
            title += " · \(hits.count == AnswersState.limit ? "the newest \(hits.count)" : "\(hits.count)") for “\(words)”"
        }
        let inner = Border(title: title, style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height >= 3 else { return nil }
        let label = "Words: "
        buffer.put(label, x: inner.x + 1, y: inner.y, style: Theme.title)
        let fieldRect = Rect(x: inner.x + 1 + label.count, y: inner.y, width: max(1, inner.width - label.count - 2), height: 1)
        let cursor = answers.field.draw(in: fieldRect, buffer: &buffer, style: Theme.plain.underlined,
                                        placeholder: "what was asked — interlibrary loan, tax forms…")
        let top = inner.y + 2
        guard let hits = answers.hits else {
            let text: String
            if state.storeUnreachable != nil { text = "The shared store cannot be reached: the search works again when it is back." }
            else if answers.searched != nil { text = "Searching…" }
            else { text = "Type a few words and press Enter: notes of past encounters at every desk, newest first." }
            buffer.put(text, x: inner.x + 1, y: top, style: Theme.dim, maxWidth: inner.width - 1)
            return cursor
        }
        if hits.isEmpty {
            buffer.put("No past note has those words.", x: inner.x + 1, y: top, style: Theme.dim, maxWidth: inner.width - 1)
            return cursor
        }
        // The chosen hit's note, whole (up to four lines), at the bottom.
        let chosen = answers.list.selected.flatMap { hits.indices.contains($0) ? hits[$0] : nil }
        let noteLines = chosen.map { TextWrap.lines($0.note, width: max(1, inner.width - 4), maxLines: 4) } ?? []
        let listHeight = max(1, inner.maxY - top - (noteLines.isEmpty ? 0 : noteLines.count + 1))
        let calendar = DeskCalendar(timeZone: state.config.timeZone)
        let offset = answers.list.visibleOffset(height: listHeight, count: hits.count)
        for (row, index) in (offset..<min(hits.count, offset + listHeight)).enumerated() {
            let hit = hits[index]
            let selected = index == answers.list.selected
            let when = calendar.shortDay(hit.arrived, now: state.now) + " " + calendar.hourMinute(hit.arrived)
            let spans = [
                Span(selected ? "▶ " : "  ", style: Theme.title),
                Span(when.padded(toDisplayWidth: 14), style: selected ? Theme.selected.bold : Theme.title),
                Span("\(hit.kind.label) · \(hit.mode.label) · \(hit.desk), \(hit.branch)  ", style: Theme.dim),
                Span(hit.note),
            ]
            buffer.put(spans.fitted(toDisplayWidth: inner.width, shrinking: 3), x: inner.x, y: top + row, maxWidth: inner.width)
        }
        MoreMarker.draw(above: offset > 0, below: offset + listHeight < hits.count, on: rect, into: &buffer)
        for (i, line) in noteLines.enumerated() {
            buffer.put("  " + line, x: inner.x + 1, y: inner.maxY - noteLines.count + i, style: Theme.accent, maxWidth: inner.width - 1)
        }
        return cursor
    }
}
