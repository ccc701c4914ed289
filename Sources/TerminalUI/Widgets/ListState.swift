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
