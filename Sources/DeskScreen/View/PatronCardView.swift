import DeskmateCore
import Foundation
import TerminalUI

enum PatronCardView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        guard let card = state.card else {
            let inner = Border(title: "Patron", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
            guard !inner.isEmpty else { return }
            let hint: String
            if let id = state.selected?.patronID {
                // Attached, card not loaded (yet, or while the store is gone).
                let name = state.attached[id]?.greetingName ?? "This patron"
                hint = state.storeUnreachable == nil ? "\(name) · loading their card…" : "\(name) · their card shows when the shared store is back."
            } else {
                hint = state.selected == nil
                    ? "Press / to look a patron up by name."
                    : "Press / to look up who this is, or c to close it as anonymous."
            }
            _ = Paragraph(hint, style: Theme.dim).draw(in: inner.inset(left: 1), buffer: &buffer)
            return
        }
        let p = card.patron
        let inner = Border(title: card.isReturning ? "Returning patron" : "New patron", style: Theme.border,
                           titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard !inner.isEmpty else { return }
        var y = inner.y
        let x = inner.x + 1, w = inner.width - 1
        func line(_ spans: [Span], shrinking flexible: Int? = nil) {
            guard y < inner.maxY else { return }
            buffer.put(spans.fitted(toDisplayWidth: w, shrinking: flexible), x: x, y: y, maxWidth: w)
            y += 1
        }
        var nameSpans = [Span(p.greetingName, style: Theme.title.foreground(.cyan))]
        if p.preferredName != nil { nameSpans.append(Span("  (\(p.name))", style: Theme.plain)) }
        line(nameSpans)
        if let say = p.pronunciation { line([Span("Say it  ", style: Theme.dim), Span(say, style: Theme.accent)]) }
        if let notes = p.notes {
            for (i, text) in TextWrap.lines(notes, width: max(1, w - 8), maxLines: 2).enumerated() {
                line([Span(i == 0 ? "Notes   " : "        ", style: Theme.dim), Span(text)])
            }
        }
        let visits = p.visitCount == 1 ? "1 visit" : "\(p.visitCount) visits"
        line([Span("Visits  ", style: Theme.dim), Span(visits)])
        if !card.openFollowUps.isEmpty {
            for f in card.openFollowUps.prefix(2) {
                line([Span("Owed    ", style: Theme.amber), Span(f.promise), Span(f.due.map { " · due \($0)" } ?? "")], shrinking: 1)
            }
        }
        if y < inner.maxY - 1 { y += 1 }
        if card.recent.isEmpty {
            line([Span("First visit — welcome them.", style: Theme.dim)])
        } else {
            line([Span(card.recent.count == 1 ? "Last time" : "Recent", style: Theme.dim)])
            // What was asked and promised is the point of the card: two lines
            // each rather than cut off at the edge.
            for e in card.recent {
                let text = EncounterLine.text(e, timeZone: state.config.timeZone, now: state.now)
                for (i, part) in TextWrap.lines(text, width: max(1, w - 2), maxLines: 2).enumerated() {
                    line([Span(i == 0 ? "• " : "  "), Span(part)])
                }
            }
        }
    }
}
