import DeskmateCore
import Foundation
import TerminalUI

/// The lookup line and its results, each with what staff need to greet the
/// patron: preferred name, how to say it, and the last encounter.
enum LookupView: TypingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let inner = Border(title: "Look up a patron by name", style: Theme.border, titleStyle: Theme.title)
            .draw(in: rect, buffer: &buffer)
        guard inner.height >= 3 else { return nil }
        let label = "Name: "
        buffer.put(label, x: inner.x + 1, y: inner.y, style: Theme.title)
        let fieldRect = Rect(x: inner.x + 1 + label.count, y: inner.y, width: max(1, inner.width - label.count - 2), height: 1)
        let cursor = state.lookup.field.draw(in: fieldRect, buffer: &buffer, style: Theme.plain.underlined,
                                             placeholder: "type as you hear it — Kathryn, Geoff, zoe ang…")
        let lookup = state.lookup
        let listTop = inner.y + 2
        let listHeight = inner.maxY - listTop
        let query = lookup.field.text.trimmingCharacters(in: .whitespaces)
        if lookup.results.isEmpty {
            let text: String
            if state.storeUnreachable != nil { text = "The shared store cannot be reached: lookups work again when it is back." }
            else if query.isEmpty { text = "Results appear as you type." }
            else if lookup.isSearching { text = "Looking…" }
            else { text = "No patron matches “\(query)”. Enter or ^N adds “\(query)” as a new patron." }
            buffer.put(text, x: inner.x + 1, y: listTop, style: Theme.dim, maxWidth: inner.width - 1)
            return cursor
        }
        var list = lookup.list
        let rowsPer = 2
        list.scrollToSelection(height: max(1, listHeight / rowsPer), count: lookup.results.count)
        var y = listTop
        for index in list.offset..<lookup.results.count {
            guard y + 1 < inner.maxY + 1, y < inner.maxY else { break }
            let match = lookup.results[index]
            let selected = index == list.selected
            let p = match.patron
            var first: [Span] = [Span(selected ? "▶ " : "  ", style: Theme.title),
                                 Span(p.greetingName, style: selected ? Theme.selected.bold : Theme.title)]
            if p.preferredName != nil { first.append(Span(" (\(p.name))")) }
            if let say = p.pronunciation { first.append(Span("  say “\(say)”", style: Theme.accent)) }
            first.append(Span("  \(match.reason.kind)", style: Theme.dim))
            buffer.put(first, x: inner.x, y: y, maxWidth: inner.width)
            y += 1
            if y < inner.maxY {
                let last = match.lastEncounter.map { EncounterLine.text($0, timeZone: state.config.timeZone, now: state.now) }
                    ?? "no visits yet"
                buffer.put("    " + last, x: inner.x, y: y, style: Theme.dim, maxWidth: inner.width)
                y += 1
            }
        }
        return cursor
    }
}
