import DeskmateCore
import Foundation
import TerminalUI

/// The desk screen's `view`: the whole state drawn into a cell buffer, plus
/// where the terminal cursor belongs (only while typing).
public enum DeskView {
    /// Below this the layout cannot work; a notice asks for a larger window.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// The header line, the body and the footer line of a screen this size.
    static func layout(width: Int, height: Int) -> (header: Rect, body: Rect, footer: Rect) {
        let (header, rest) = Rect(x: 0, y: 0, width: max(0, width), height: max(0, height)).splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        return (header, body, footer)
    }

    /// The body, where each screen draws its panels.
    static func bodyRect(width: Int, height: Int) -> Rect { layout(width: width, height: height).body }

    public static func render(_ state: DeskState) -> (buffer: CellBuffer, cursor: (x: Int, y: Int)?) {
        var buffer = CellBuffer(width: max(0, state.width), height: max(0, state.height))
        guard state.width >= minimumWidth, state.height >= minimumHeight else {
            TooSmallView.draw(state, into: &buffer)
            return (buffer, nil)
        }
        let (header, body, footer) = layout(width: state.width, height: state.height)
        HeaderView.draw(state, in: header, into: &buffer)
        var cursor: (x: Int, y: Int)?
        if state.privacyBlank {
            PrivacyView.draw(in: body, into: &buffer)
        } else {
            switch state.screen {
            case .desk, .quitConfirm, .tally:
                HomeView.draw(state, in: body, into: &buffer)
            case .lookup:
                cursor = LookupView.draw(state, in: body, into: &buffer)
            case .closeForm:
                cursor = CloseFormView.draw(state, in: body, into: &buffer)
            case .summary:
                SummaryView.draw(state, in: body, into: &buffer)
            case .help:
                HelpView.draw(in: body, into: &buffer)
            }
            if state.screen == .quitConfirm { QuitView.draw(state, in: body, into: &buffer) }
        }
        FooterView.draw(state, in: footer, into: &buffer)
        return (buffer, cursor)
    }
}

enum TooSmallView {
    static func draw(_ state: DeskState, into buffer: inout CellBuffer) {
        let lines = [
            "Make the window larger",
            "\(DeskView.minimumWidth)×\(DeskView.minimumHeight) at least; now \(state.width)×\(state.height)",
            "Timers keep running.",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < state.height {
            let x = max(0, (state.width - line.displayWidth) / 2)
            buffer.put(line, x: x, y: top + i, style: i == 0 ? Theme.title : Theme.plain, maxWidth: state.width)
        }
    }
}

enum HeaderView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        buffer.fill(rect, style: Theme.selected)
        let left = " Deskmate · \(state.config.desk) · \(state.config.staff)"
        let clock = DeskCalendar(timeZone: state.config.timeZone).weekdayDayMonthTime(state.now) + " "
        buffer.put(left, x: rect.x, y: rect.y, style: Theme.selected.bold, maxWidth: max(0, rect.width - clock.displayWidth - 1))
        buffer.put(clock, x: rect.maxX - clock.displayWidth, y: rect.y, style: Theme.selected)
    }
}

enum FooterView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        if let flash = state.flash {
            buffer.put(" " + flash.text, x: rect.x, y: rect.y, style: flash.isError ? Theme.error : Theme.ok, maxWidth: rect.width)
            return
        }
        let bindings: [KeyBinding]
        switch state.screen {
        case .desk, .quitConfirm: bindings = DeskKeys.footer
        case .lookup: bindings = LookupKeys.footer
        case .closeForm: bindings = CloseFormKeys.footer
        case .tally: bindings = TallyKeys.footer
        case .summary: bindings = SummaryKeys.footer
        case .help: bindings = HelpKeys.footer
        }
        let hints = bindings.compactMap { $0.hint.map { ($0.key, $0.text) } }
        // Drop hints from the middle (help and quit stay) until the rest fit.
        var shown = hints
        func width(_ h: [(String, String)]) -> Int { 1 + h.reduce(0) { $0 + $1.0.displayWidth + $1.1.displayWidth + 3 } }
        while width(shown) > rect.width && shown.count > 3 { shown.remove(at: shown.count - 3) }
        var spans: [Span] = [Span(" ")]
        for (key, label) in shown {
            spans.append(Span(key, style: Theme.key))
            spans.append(Span(" \(label)  ", style: Theme.dim))
        }
        buffer.put(spans, x: rect.x, y: rect.y, maxWidth: rect.width)
    }
}

enum PrivacyView {
    static func draw(in rect: Rect, into buffer: inout CellBuffer) {
        let text = "Screen hidden — press any key"
        buffer.put(text, x: rect.x + max(0, (rect.width - text.displayWidth) / 2), y: rect.y + rect.height / 2,
                   style: Theme.dim, maxWidth: rect.width)
    }
}

enum QuitView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        var lines = ["Quit Deskmate?", ""]
        if !state.timers.isEmpty {
            let n = state.timers.count
            lines.append("\(n) timer\(n == 1 ? " keeps" : "s keep") running and will be here next time.")
        }
        lines += [""] + QuitKeys.choices.compactMap { $0.help.map { "\($0.key)  \($0.text)" } }
        let width = min(rect.width - 4, max(40, (lines.map(\.displayWidth).max() ?? 0) + 6))
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + max(0, (rect.height - lines.count - 2) / 2),
                       width: width, height: lines.count + 2)
        buffer.fill(box, style: Theme.plain)
        let inner = Border(title: "Quit", style: Theme.title).draw(in: box, buffer: &buffer)
        for (i, line) in lines.enumerated() {
            buffer.put(line, x: inner.x + 1, y: inner.y + i, style: i == 0 ? Theme.title : Theme.plain, maxWidth: inner.width - 1)
        }
    }
}
