import TerminalUI

/// Every key, for a newcomer at the desk: drawn from the screens' key
/// bindings (`HelpKeys.sections`).
enum HelpView {
    static func draw(in rect: Rect, into buffer: inout CellBuffer) {
        let inner = Border(title: "Keys", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        var y = inner.y
        for (title, bindings) in HelpKeys.sections {
            guard y < inner.maxY else { return }
            buffer.put(title, x: inner.x + 1, y: y, style: Theme.title, maxWidth: inner.width - 1)
            y += 1
            for case let (key, text)? in bindings.map({ $0.help.map { ($0.key, $0.text) } }) {
                guard y < inner.maxY else { return }
                buffer.put([Span("  " + key.padded(toDisplayWidth: 9), style: Theme.key), Span(text)],
                           x: inner.x + 1, y: y, maxWidth: inner.width - 1)
                y += 1
            }
        }
    }
}
