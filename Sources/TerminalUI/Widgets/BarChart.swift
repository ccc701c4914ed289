/// Labelled bars, horizontal or vertical, drawn with block characters.
///
/// Why: traffic by hour is the staff's main "when are we busy" view; bars in
/// eighths of a cell show small differences even in a narrow panel.
public struct BarChart: Sendable {
    public struct Bar: Hashable, Sendable {
        public var label: String
        public var value: Int
        public init(_ label: String, _ value: Int) {
            self.label = label
            self.value = value
        }
    }

    public enum Orientation: Sendable { case horizontal, vertical }

    public var bars: [Bar]
    public var orientation: Orientation
    /// The value drawn as a full-length bar; defaults to the largest value.
    public var maxValue: Int?
    public var barStyle: Style
    public var labelStyle: Style
    /// Horizontal bars: print the value after the bar.
    public var showValues: Bool
    /// Vertical bars: columns per bar, and columns between bars.
    public var barWidth: Int
    public var gap: Int

    public init(_ bars: [Bar], orientation: Orientation = .horizontal, maxValue: Int? = nil,
                barStyle: Style = .plain, labelStyle: Style = .plain, showValues: Bool = true,
                barWidth: Int = 2, gap: Int = 1) {
        self.bars = bars
        self.orientation = orientation
        self.maxValue = maxValue
        self.barStyle = barStyle
        self.labelStyle = labelStyle
        self.showValues = showValues
        self.barWidth = max(1, barWidth)
        self.gap = max(0, gap)
    }

    static let horizontalEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    private var top: Int { max(1, maxValue ?? bars.map(\.value).max() ?? 1) }

    /// Length in eighths of a cell for a value, given the full length in cells.
    func eighths(_ value: Int, cells: Int) -> Int {
        let clamped = min(max(0, value), top)
        let exact = clamped * cells * 8 / top
        return clamped > 0 ? max(1, exact) : 0
    }

    public func draw(in rect: Rect, buffer: inout CellBuffer) {
        guard !rect.isEmpty, !bars.isEmpty else { return }
        switch orientation {
        case .horizontal: drawHorizontal(in: rect, buffer: &buffer)
        case .vertical: drawVertical(in: rect, buffer: &buffer)
        }
    }

    private func drawHorizontal(in rect: Rect, buffer: inout CellBuffer) {
        let labelWidth = min(bars.map { $0.label.terminalSafe.displayWidth }.max() ?? 0, rect.width / 3)
        let valueWidth = showValues ? (bars.map { String($0.value).count }.max() ?? 0) + 1 : 0
        let barCells = max(0, rect.width - labelWidth - (labelWidth > 0 ? 1 : 0) - valueWidth)
        for (row, bar) in bars.prefix(rect.height).enumerated() {
            let y = rect.y + row
            var x = rect.x
            if labelWidth > 0 {
                x += buffer.put(bar.label.padded(toDisplayWidth: labelWidth), x: x, y: y, style: labelStyle) + 1
            }
            let length = eighths(bar.value, cells: barCells)
            var text = String(repeating: "█", count: length / 8)
            if length % 8 > 0 { text.append(BarChart.horizontalEighths[length % 8 - 1]) }
            x += buffer.put(text, x: x, y: y, style: barStyle, maxWidth: barCells)
            if showValues {
                buffer.put(" \(bar.value)", x: x, y: y, style: labelStyle, maxWidth: rect.maxX - x)
            }
        }
    }

    private func drawVertical(in rect: Rect, buffer: inout CellBuffer) {
        let hasLabels = bars.contains { !$0.label.isEmpty }
        let chartHeight = rect.height - (hasLabels ? 1 : 0)
        guard chartHeight > 0 else { return }
        for (index, bar) in bars.enumerated() {
            let x = rect.x + index * (barWidth + gap)
            if x + barWidth > rect.maxX { break }
            let length = eighths(bar.value, cells: chartHeight)
            for level in 0..<chartHeight {
                let filled = length - level * 8
                guard filled > 0 else { break }
                let block = Sparkline.levels[min(8, filled) - 1]
                buffer.put(String(repeating: block, count: barWidth), x: x, y: rect.maxY - 1 - (hasLabels ? 1 : 0) - level,
                           style: barStyle, maxWidth: barWidth)
            }
            if hasLabels {
                buffer.put(bar.label, x: x, y: rect.maxY - 1, style: labelStyle, maxWidth: barWidth + gap)
            }
        }
    }
}
