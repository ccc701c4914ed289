import TerminalUI

/// Every key, for a newcomer at the desk: drawn from the screens' key
/// bindings (`HelpKeys.sections`). In a short window it scrolls, and says
/// on its frame that there is more.
enum HelpView: ShowingScreenView {
    static func lines() -> [[Span]] {
        var lines: [[Span]] = []
        for (title, bindings) in HelpKeys.sections {
            lines.append([Span(title, style: Theme.title)])
            for case let (key, text)? in bindings.map({ $0.help.map { ($0.key, $0.text) } }) {
                lines.append([Span("  " + key.padded(toDisplayWidth: 9), style: Theme.key), Span(text)])
            }
        }
        return lines
    }

    /// How far the help can scroll in a window this size.
    static func scrollLimit(width: Int, height: Int) -> Int {
        max(0, lines().count - Border.inner(of: DeskView.bodyRect(width: width, height: height)).height)
    }

    static func draw(_ state: DeskState, in rect: Rect, into buffer: inout CellBuffer) {
        let inner = Border(title: "Keys", style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        let all = lines()
        let top = min(state.helpScroll, max(0, all.count - inner.height))
        for (i, spans) in all.dropFirst(top).prefix(max(0, inner.height)).enumerated() {
            buffer.put(spans.fitted(toDisplayWidth: inner.width - 1), x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 1)
        }
        MoreMarker.draw(above: top > 0, below: top + inner.height < all.count, on: rect, into: &buffer)
    }
}
