import TerminalUI

/// "↑ more · ↓ more" on the bottom of a panel's frame, where it takes no
/// line of text: for every panel that scrolls.
enum MoreMarker {
    static func draw(above: Bool, below: Bool, on rect: Rect, into buffer: inout CellBuffer) {
        let more = [above ? "↑ more" : nil, below ? "↓ more" : nil].compactMap { $0 }
        guard !more.isEmpty, rect.height > 0 else { return }
        let label = " " + more.joined(separator: " · ") + " "
        buffer.put(label, x: rect.x + max(1, rect.width - label.displayWidth - 2), y: rect.y + rect.height - 1, style: Theme.dim)
    }
}
