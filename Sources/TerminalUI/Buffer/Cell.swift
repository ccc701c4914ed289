/// One column of one row of the screen.
///
/// Why the width is stored: a wide character (CJK, emoji) covers its own cell
/// and a *continuation* cell to its right. Keeping that explicit lets the
/// buffer blank the other half when half of a wide character is overwritten,
/// and lets the backend skip continuation cells, so the grid and the terminal
/// never disagree about where a column is.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; a space for blanks and continuation cells.
    public internal(set) var character: Character
    /// 1 for a normal cell, 2 for the first half of a wide character, 0 for
    /// the continuation half.
    public internal(set) var width: Int
    public var style: Style

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(character: " ", width: 1, style: style)
    }

    /// Whether this cell is the right half of the wide character to its left.
    public var isContinuation: Bool { width == 0 }

    init(character: Character, width: Int, style: Style) {
        self.character = character
        self.width = width
        self.style = style
    }
}
