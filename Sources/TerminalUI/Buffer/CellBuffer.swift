/// A width × height grid of cells that views draw into.
///
/// Why: the app renders a whole frame into this plain value; only the backend
/// copies it to a terminal. So every screen can be tested as text, without a
/// terminal, and no drawing call can reach outside the grid: all writes are
/// clipped silently (negative coordinates and 0×0 buffers included), all text
/// is sanitized, and a wide character is never split.
public struct CellBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle at the origin.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position, or nil outside the buffer.
    public func cell(x: Int, y: Int) -> Cell? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        return cells[y * width + x]
    }

    /// Blanks every cell.
    public mutating func clear(style: Style = .plain) {
        for index in cells.indices { cells[index] = .blank(style) }
    }

    /// Fills a rectangle (clipped) with blanks, or with a repeated narrow character.
    public mutating func fill(_ rect: Rect, style: Style, character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let fillCharacter: Character = DisplayWidth.of(character) == 1 ? character : " "
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX {
                setCell(x: x, y: y, character: fillCharacter, width: 1, style: style)
            }
        }
    }

    /// Changes the style of a rectangle (clipped) and keeps its text, e.g. to
    /// highlight a selected row after drawing it.
    public mutating func setStyle(_ rect: Rect, style: Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.minY..<area.maxY {
            for x in area.minX..<area.maxX { cells[y * width + x].style = style }
        }
    }

    /// Draws one line of untrusted text starting at (x, y).
    ///
    /// The text is sanitized, then cut at the buffer's right edge or after
    /// `maxWidth` columns, whichever comes first, never inside a grapheme: a
    /// wide character that does not fit leaves a space. Columns left of 0 are
    /// clipped. Only as much of the text as fits is examined, so a 100 KB note
    /// costs no more than a short one.
    ///
    /// - Returns: columns used, counted from `x` (including a padding space).
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width, x > Int.min / 4 else { return 0 }
        var limit = width
        if let maxWidth, maxWidth < width - x { limit = x + maxWidth }
        guard x < limit else { return 0 }
        var column = x
        if TextSanitizer.isPlainASCII(text) {
            for character in text {
                if column >= limit { break }
                if column >= 0 { setCell(x: column, y: y, character: character, width: 1, style: style) }
                column += 1
            }
            return column - x
        }
        text.forEachShownCharacter { character, charWidth in
            if charWidth == 0 { return true }
            if column + charWidth > limit {
                if column < limit && column >= 0 {
                    setCell(x: column, y: y, character: " ", width: 1, style: style)
                    column += 1
                }
                return false
            }
            if column >= 0 {
                setCell(x: column, y: y, character: character, width: charWidth, style: style)
            } else if column + charWidth > 0 {
                setCell(x: 0, y: y, character: " ", width: 1, style: style)  // right half of a clipped wide char
            }
            column += charWidth
            return true
        }
        return column - x
    }

    /// Draws styled spans one after another on a row; returns columns used.
    @discardableResult
    public mutating func put(_ spans: [Span], x: Int, y: Int, maxWidth: Int? = nil) -> Int {
        var used = 0
        let budget = maxWidth ?? Int.max / 2
        for span in spans {
            if used >= budget { break }
            used += put(span.text, x: x + used, y: y, style: span.style, maxWidth: budget - used)
        }
        return used
    }

    /// Writes one cell, keeping wide characters whole: overwriting either half
    /// of a wide character blanks the other half. `x` must be in bounds, and
    /// `x + 1` too when `cellWidth` is 2.
    mutating func setCell(x: Int, y: Int, character: Character, width cellWidth: Int, style: Style) {
        let index = y * width + x
        let old = cells[index]
        if old.width == 0, x > 0 {
            cells[index - 1].character = " "
            cells[index - 1].width = 1
        }
        if old.width == 2, x + 1 < width, cellWidth != 2 {
            cells[index + 1].character = " "
            cells[index + 1].width = 1
        }
        cells[index] = Cell(character: character, width: cellWidth, style: style)
        if cellWidth == 2 {
            if cells[index + 1].width == 2, x + 2 < width {
                cells[index + 2].character = " "
                cells[index + 2].width = 1
            }
            cells[index + 1] = Cell(character: " ", width: 0, style: style)
        }
    }
}

/// A piece of text with one style, for lines that mix styles.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}
