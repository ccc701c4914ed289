import DeskmateCore
import Foundation
import TerminalUI

/// The patron form: the fields, what an empty one means, and why the
/// store (or the check before it) would not take them.
enum PatronFormView: TypingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        guard let form = state.patronForm else { return nil }
        let (main, side) = rect.splitRight(min(44, max(30, rect.width * 2 / 5)))
        SidePanelView.draw(state, in: side, into: &buffer)
        let title: String
        switch form.purpose {
        case .add: title = "New patron"
        case .edit(let id):
            let name = state.card?.patron.id == id ? state.card?.patron.name : state.attached[id]?.name
            title = "Edit patron" + (name.map { " · \($0)" } ?? "")
        }
        let inner = Border(title: title, style: Theme.border, titleStyle: Theme.title).draw(in: main, buffer: &buffer)
        guard inner.height > 0 else { return nil }
        let x = inner.x + 1, w = inner.width - 1, labelWidth = 18
        var y = inner.y
        var cursor: (x: Int, y: Int)?
        for field in form.fields {
            guard y < inner.maxY else { break }
            let focused = form.focus == field
            buffer.put([Span((focused ? "▶ " : "  ") + label(field).padded(toDisplayWidth: labelWidth - 2),
                             style: focused ? Theme.title : Theme.dim)], x: x, y: y, maxWidth: w)
            let text = form.field(field)
            let at = text.draw(in: Rect(x: x + labelWidth, y: y, width: max(1, w - labelWidth), height: 1), buffer: &buffer,
                               style: focused ? Theme.plain.underlined : Theme.plain, placeholder: placeholder(field))
            if focused { cursor = at }
            y += 2
        }
        let note = form.isAdding ? "Only the name is needed; the rest can wait." : "An empty field is cleared when you save."
        if y < inner.maxY { buffer.put(note, x: x, y: y, style: Theme.dim, maxWidth: w); y += 1 }
        if form.saving, y < inner.maxY {
            buffer.put("Saving…", x: x, y: y, style: Theme.dim, maxWidth: w)
        } else if let error = form.error, y < inner.maxY {
            for (i, line) in TextWrap.lines(error, width: max(1, w), maxLines: 2).enumerated() where y + i < inner.maxY {
                buffer.put(line, x: x, y: y + i, style: Theme.error, maxWidth: w)
            }
        }
        return form.saving ? nil : cursor
    }

    static func label(_ field: PatronForm.Field) -> String {
        switch field {
        case .name: "Full name"
        case .preferred: "Preferred name"
        case .pronunciation: "Say it as"
        case .notes: "Notes"
        }
    }

    static func placeholder(_ field: PatronForm.Field) -> String {
        switch field {
        case .name: "as they give it"
        case .preferred: "what they like to be called"
        case .pronunciation: "e.g. oh-KAH-for"
        case .notes: "what staff should know next time"
        }
    }
}
