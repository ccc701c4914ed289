import DeskmateCore
import Foundation
import TerminalUI

enum FooterView {
    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        if let flash = state.flash {
            buffer.put(" " + flash.text, x: rect.x, y: rect.y, style: flash.isError ? Theme.error : Theme.ok, maxWidth: rect.width)
            return
        }
        let bindings = state.screen.parts.keys.footer(for: state)
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
