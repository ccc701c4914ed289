import DeskmateCore
import Foundation
import TerminalUI

enum CloseFormView: TypingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        let form = state.form
        let timer = form.timerID.flatMap { id in state.timers.first { $0.id == id } }
        let patronID = form.correcting?.patronID ?? timer?.patronID
        let who = patronID.flatMap { state.attached[$0] ?? state.shiftEncounters.patrons[$0] }.map { $0.greetingName } ?? "anonymous"
        let (main, side) = rect.splitRight(min(44, max(30, rect.width * 2 / 5)))
        PromptPanelView.draw(state, in: Rect(x: side.x, y: side.y, width: side.width, height: min(side.height, 11)), into: &buffer)
        let action = form.correcting.map { "Correct encounter of \(DeskCalendar(timeZone: state.config.timeZone).hourMinute($0.arrived))" }
            ?? "Close encounter"
        let inner = Border(title: "\(action) · \(who)", style: Theme.border, titleStyle: Theme.title).draw(in: main, buffer: &buffer)
        guard inner.height > 0 else { return nil }
        var y = inner.y
        let x = inner.x + 1, w = inner.width - 1
        if let timer {
            let waited = (timer.served ?? state.now).timeIntervalSince(timer.arrived)
            let served = timer.served.map { state.now.timeIntervalSince($0) }
            var text = "waited \(ElapsedFormat.clock(waited))"
            if let served { text += " · served \(ElapsedFormat.clock(served))" }
            buffer.put(text, x: x, y: y, style: Theme.dim, maxWidth: w)
            y += 2
        }
        var cursor: (x: Int, y: Int)?
        func label(_ field: CloseForm.Field, _ text: String) -> Span { fieldLabel(text, focused: form.focus == field) }
        // Kind, wrapped over two rows when narrow.
        var kindSpans: [Span] = [label(.kind, "Kind")]
        for (key, kind) in CloseForm.kindKeys { kindSpans += choice(key, kind.label, chosen: form.kind == kind) }
        y += putWrapped(kindSpans, x: x, y: y, width: w, indent: 12, maxY: inner.maxY, buffer: &buffer)
        var readSpans: [Span] = [label(.read, "READ")]
        for level in ReadLevel.all {
            readSpans += choice(Character("\(level.rawValue)"), "", chosen: form.read == level)
        }
        y += putWrapped(readSpans, x: x, y: y, width: w, indent: 12, maxY: inner.maxY, buffer: &buffer)
        if let read = form.read {
            // Under the levels, word by word, so a narrow form wraps it instead of cutting it.
            let words = read.meaning.split(separator: " ").map { Span($0 + " ", style: Theme.dim) }
            y += putWrapped([Span(String(repeating: " ", count: 12))] + words, x: x, y: y, width: w, indent: 12,
                            maxY: inner.maxY, buffer: &buffer)
        }
        for (field, name, text) in [(CloseForm.Field.note, "Note", form.note), (.followUp, "Promised", form.followUp), (.due, "Due", form.due)] {
            guard y < inner.maxY else { break }
            buffer.put([label(field, name)], x: x, y: y)
            let placeholder: String
            switch field {
            case .note: placeholder = "one line about the question"
            case .followUp: placeholder = "what you promised, if anything"
            default: placeholder = form.followUp.isEmpty ? "" : "tomorrow · +3 · fri · 2026-11-24"
            }
            let fieldRect = Rect(x: x + 12, y: y, width: max(1, w - 12), height: 1)
            let at = text.draw(in: fieldRect, buffer: &buffer, style: form.focus == field ? Theme.plain.underlined : Theme.plain,
                               placeholder: placeholder)
            if form.focus == field { cursor = at }
            y += 1
        }
        if y < inner.maxY {
            var modeSpans: [Span] = [label(.mode, "How")]
            for (key, mode) in CloseForm.modeKeys { modeSpans += choice(key, mode.label, chosen: form.mode == mode) }
            y += putWrapped(modeSpans, x: x, y: y, width: w, indent: 12, maxY: inner.maxY, buffer: &buffer)
        }
        if y < inner.maxY {
            let refusing = form.refusing ? "yes — say what you *can* do" : "no"
            buffer.put([Span("  Had to say no (!): ", style: Theme.dim), Span(refusing, style: form.refusing ? Theme.amber : Theme.dim)],
                       x: x, y: y, maxWidth: w)
            y += 1
        }
        if let error = form.error, y < inner.maxY {
            buffer.put(error, x: x, y: y + (y + 1 < inner.maxY ? 1 : 0), style: Theme.error, maxWidth: w)
        }
        return cursor
    }

    /// A field's name, marked and bold when it has the focus (the forms' first column).
    static func fieldLabel(_ text: String, focused: Bool) -> Span {
        Span((focused ? "▶ " : "  ") + text.padded(toDisplayWidth: 10), style: focused ? Theme.title : Theme.dim)
    }

    /// One key and what it chooses, reversed when chosen.
    static func choice(_ key: Character, _ name: String, chosen: Bool) -> [Span] {
        [Span(String(key), style: Theme.key), Span(" " + name + "  ", style: chosen ? Theme.selected : Theme.plain)]
    }

    /// Puts spans, continuing on the next row (indented) when they do not fit.
    static func putWrapped(_ spans: [Span], x: Int, y: Int, width: Int, indent: Int, maxY: Int, buffer: inout CellBuffer) -> Int {
        var row = 0, column = 0
        var i = 0
        while i < spans.count {
            // Keep a key and its label together.
            var group = [spans[i]]
            if i + 1 < spans.count, spans[i].text.count == 1 { group.append(spans[i + 1]) }
            let groupWidth = group.reduce(0) { $0 + $1.text.displayWidth }
            if column > indent && column + groupWidth > width {
                row += 1
                column = indent
            }
            guard y + row < maxY else { return row }
            column += buffer.put(group, x: x + column, y: y + row, maxWidth: max(0, width - column))
            i += group.count
        }
        return row + 1
    }
}
