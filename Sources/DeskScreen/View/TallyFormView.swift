import DeskmateCore
import Foundation
import TerminalUI

/// The past-hour tally form, with today's counts beside it (they grow when
/// the store has taken the tally).
enum TallyFormView: TypingScreenView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        guard let form = state.tallyForm else { return nil }
        let (main, side) = rect.splitRight(min(44, max(30, rect.width * 2 / 5)))
        SidePanelView.draw(state, in: side, into: &buffer)
        let inner = Border(title: "Tally a past hour", style: Theme.border, titleStyle: Theme.title)
            .draw(in: main, buffer: &buffer)
        guard inner.height > 0 else { return nil }
        let x = inner.x + 1, w = inner.width - 1
        var y = inner.y
        var cursor: (x: Int, y: Int)?
        func label(_ field: TallyForm.Field, _ text: String) -> Span { CloseFormView.fieldLabel(text, focused: form.focus == field) }
        var kinds: [Span] = [label(.kind, "Kind")]
        for (key, kind) in CloseForm.kindKeys { kinds += CloseFormView.choice(key, kind.label, chosen: form.kind == kind) }
        y += CloseFormView.putWrapped(kinds, x: x, y: y, width: w, indent: 12, maxY: inner.maxY, buffer: &buffer)
        for (field, name, text, hint) in [(TallyForm.Field.count, "Count", form.count, "1 (up to 500)"),
                                          (.hour, "Hour", form.hour, "14 · 14:30 · -2h")] {
            guard y < inner.maxY else { break }
            buffer.put([label(field, name)], x: x, y: y)
            let fieldRect = Rect(x: x + 12, y: y, width: max(1, min(12, w - 12)), height: 1)
            let at = text.draw(in: fieldRect, buffer: &buffer, style: form.focus == field ? Theme.plain.underlined : Theme.plain)
            if form.focus == field { cursor = at }
            if w > 26 { buffer.put(hint, x: x + 26, y: y, style: Theme.dim, maxWidth: w - 26) }
            y += 1
        }
        if y < inner.maxY {
            var modes: [Span] = [label(.mode, "How")]
            for (key, mode) in CloseForm.modeKeys { modes += CloseFormView.choice(key, mode.label, chosen: form.mode == mode) }
            y += CloseFormView.putWrapped(modes, x: x, y: y, width: w, indent: 12, maxY: inner.maxY, buffer: &buffer)
        }
        y += 1
        if y < inner.maxY {
            for line in TextWrap.lines(preview(form, state: state), width: max(10, w)) where y < inner.maxY {
                buffer.put(line, x: x, y: y, style: form.sending == nil ? Theme.dim : Theme.ok, maxWidth: w)
                y += 1
            }
        }
        if let error = form.error {
            if y + 1 < inner.maxY { y += 1 }
            for line in TextWrap.lines(error, width: max(10, w)) where y < inner.maxY {
                buffer.put(line, x: x, y: y, style: Theme.error, maxWidth: w)
                y += 1
            }
        }
        return cursor
    }

    /// What Enter will record, in words, as soon as the count and hour read.
    static func preview(_ form: TallyForm, state: DeskState) -> String {
        if let sending = form.sending { return "Recording \(sending)…" }
        let calendar = DeskCalendar(timeZone: state.config.timeZone)
        guard let count = try? form.checkedCount(),
              let at = try? PastHour.parse(form.hour.text, now: state.now, calendar: calendar) else {
            return "Questions counted on paper: each counts in every summary and report as if made live, at \(state.config.desk)."
        }
        let day = calendar.dayString(at) == calendar.dayString(state.now) ? "today" : calendar.shortDay(at, now: state.now)
        return "Enter records \(count) \(form.kind.label) question\(count == 1 ? "" : "s") (\(form.mode.label)) at \(calendar.hourMinute(at)) \(day), at \(state.config.desk)."
    }
}
