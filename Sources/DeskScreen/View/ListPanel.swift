import TerminalUI

/// The frame of every list the store fills (history, promises, this
/// shift's encounters): the border, "Loading…" until the store answers,
/// a line saying so when the list is empty.
enum ListPanel {
    /// The rect to draw rows in, or nil when there are none to draw.
    static func open(_ title: String, count: Int?, empty: String, in rect: Rect, into buffer: inout CellBuffer) -> Rect? {
        let inner = Border(title: title, style: Theme.border, titleStyle: Theme.title).draw(in: rect, buffer: &buffer)
        guard inner.height > 0 else { return nil }
        guard let count, count > 0 else {
            buffer.put(count == nil ? "Loading…" : empty, x: inner.x + 1, y: inner.y, style: Theme.dim, maxWidth: inner.width - 1)
            return nil
        }
        return inner
    }
}
