/// Which row of a list is selected, and which row is at the top.
///
/// Why separate from the rows: it lives in the app's model and survives the
/// rows changing (a new search result), and it scrolls only as much as needed
/// to keep the selection visible, so the list does not jump.
public struct ListState: Hashable, Sendable {
    public var selected: Int?
    public var offset: Int

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = max(0, offset)
    }

    /// Moves the selection by `delta` rows within `count` rows (clamped).
    public mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { selected = nil; offset = 0; return }
        let current = selected ?? (delta > 0 ? -1 : count)
        selected = min(count - 1, max(0, current + delta))
    }

    public mutating func selectFirst(count: Int) { selected = count > 0 ? 0 : nil }
    public mutating func selectLast(count: Int) { selected = count > 0 ? count - 1 : nil }

    /// The top row that keeps the selection in a window of `height` rows,
    /// starting from the current offset and moving it as little as possible.
    public func visibleOffset(height: Int, count: Int) -> Int {
        guard height > 0, count > height else { return 0 }
        var top = min(offset, count - height)
        if let selected {
            if selected < top { top = selected }
            if selected >= top + height { top = selected - height + 1 }
        }
        return max(0, top)
    }

    /// Stores the offset `visibleOffset` computes; call after drawing or moving.
    public mutating func scrollToSelection(height: Int, count: Int) {
        offset = visibleOffset(height: height, count: count)
    }
}

/// Rows of text with a highlighted selection, scrolled to keep it visible.
///
/// Why: patron search results and recent encounters are both lists; the row
/// content is the app's, given as spans or drawn by a closure.
public struct ListView {
    public var count: Int
    public var style: Style
    public var selectedStyle: Style
    /// Drawn before each row (same width for all rows); selected rows get `selectedMarker`.
    public var marker: String
    public var selectedMarker: String
    private let row: (Int) -> [Span]

    public init(count: Int, style: Style = .plain, selectedStyle: Style = Style().reversed,
                marker: String = "  ", selectedMarker: String = "▸ ", row: @escaping (Int) -> [Span]) {
        self.count = count
        self.style = style
        self.selectedStyle = selectedStyle
        self.marker = marker
        self.selectedMarker = selectedMarker
        self.row = row
    }

    /// A list of plain strings.
    public init(items: [String], style: Style = .plain, selectedStyle: Style = Style().reversed) {
        self.init(count: items.count, style: style, selectedStyle: selectedStyle) { [Span(items[$0])] }
    }

    /// Draws the visible rows; returns the offset used (store it in the state).
    @discardableResult
    public func draw(in rect: Rect, buffer: inout CellBuffer, state: ListState) -> Int {
        guard !rect.isEmpty else { return 0 }
        let top = state.visibleOffset(height: rect.height, count: count)
        for line in 0..<rect.height {
            let index = top + line
            guard index < count else { break }
            let y = rect.y + line
            let isSelected = index == state.selected
            let rowStyle = isSelected ? selectedStyle : style
            buffer.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: rowStyle)
            let used = buffer.put(isSelected ? selectedMarker : marker, x: rect.x, y: y, style: rowStyle, maxWidth: rect.width)
            let spans = row(index).map { span -> Span in
                isSelected ? Span(span.text, style: merged(span.style, into: selectedStyle)) : span
            }
            buffer.put(spans, x: rect.x + used, y: y, maxWidth: rect.width - used)
        }
        return top
    }

    /// A span's own colours win, the selection's attributes are added on top.
    private func merged(_ span: Style, into selected: Style) -> Style {
        Style(foreground: span.foreground == .default ? selected.foreground : span.foreground,
              background: span.background == .default ? selected.background : span.background,
              attributes: span.attributes.union(selected.attributes))
    }
}
