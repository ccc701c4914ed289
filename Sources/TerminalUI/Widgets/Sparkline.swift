/// A row of block characters ▁▂▃▄▅▆▇█, one per value, scaled to the largest.
///
/// Why: "how busy has the desk been today" fits in one line next to a title.
/// Zero draws as a space so quiet hours look quiet; any non-zero value shows
/// at least ▁.
public struct Sparkline: Sendable {
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public var values: [Int]
    /// The value drawn as a full block; defaults to the largest value.
    public var maxValue: Int?
    public var style: Style

    public init(_ values: [Int], maxValue: Int? = nil, style: Style = .plain) {
        self.values = values
        self.maxValue = maxValue
        self.style = style
    }

    /// The sparkline as text, one character per value.
    public var text: String {
        let top = max(1, maxValue ?? values.max() ?? 1)
        return String(values.map { value -> Character in
            guard value > 0 else { return " " }
            let level = min(7, max(0, (min(value, top) * 8 - 1) / top))
            return Sparkline.levels[level]
        })
    }

    /// Draws the last values that fit on the first row of `rect`.
    public func draw(in rect: Rect, buffer: inout CellBuffer) {
        guard !rect.isEmpty else { return }
        let visible = String(text.suffix(rect.width))
        buffer.put(visible, x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
    }
}
