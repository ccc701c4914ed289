/// A one-line text input: the text, a cursor, and readline-style editing.
///
/// Why a value type: it lives in the app's model and is edited in `update`
/// by feeding it keys, so editing is tested without a terminal. The cursor
/// counts grapheme clusters, so "ë" or "王" is one step whatever its bytes.
/// Only printable text gets in: pasted tabs and newlines become spaces, other
/// controls and bidi overrides are dropped.
public struct TextField: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Cursor position in characters, 0…count.
    public private(set) var cursor: Int
    /// Longest accepted text, in characters.
    public var maxLength: Int?

    public init(_ text: String = "", maxLength: Int? = nil) {
        self.characters = []
        self.cursor = 0
        self.maxLength = maxLength
        insert(text)
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    /// Replaces the text and puts the cursor at the end.
    public mutating func setText(_ text: String) {
        characters = []
        cursor = 0
        insert(text)
    }

    /// Inserts typed or pasted text at the cursor.
    public mutating func insert(_ text: String) {
        for character in text {
            if let max = maxLength, characters.count >= max { return }
            let accepted: Character
            if character.isNewline || character == "\t" {
                accepted = " "
            } else {
                var safe = ""
                TextSanitizer.appendSafe(character, to: &safe)
                guard safe.count == 1, let only = safe.first, only == character else { continue }
                accepted = only
            }
            characters.insert(accepted, at: cursor)
            cursor += 1
        }
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// Ctrl-U: deletes from the start of the line to the cursor.
    public mutating func deleteToStart() {
        characters.removeFirst(cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes from the cursor to the end of the line.
    public mutating func deleteToEnd() {
        characters.removeLast(characters.count - cursor)
    }

    /// Ctrl-W: deletes the spaces before the cursor, then the word before them.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Applies an editing key; returns false for keys it does not use, so the
    /// caller can handle them (Enter, Escape, arrows up and down…).
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character): insert(String(character))
        case .backspace, .control("h"): deleteBackward()
        case .delete, .control("d"): deleteForward()
        case .left, .control("b"): moveLeft()
        case .right, .control("f"): moveRight()
        case .home, .control("a"): moveHome()
        case .end, .control("e"): moveEnd()
        case .control("u"): deleteToStart()
        case .control("k"): deleteToEnd()
        case .control("w"): deleteWordBackward()
        default: return false
        }
        return true
    }

    /// The visible slice for a field `width` columns wide: the first character
    /// shown, and the cursor's column within the field. The slice scrolls so
    /// that the cursor (which needs a column of its own at the end) is visible.
    public func viewport(width: Int) -> (start: Int, cursorColumn: Int) {
        guard width > 0 else { return (cursor, 0) }
        var start = 0
        var columnsBeforeCursor = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        // The cursor cell itself must fit: width of the char under it, or 1 at the end.
        let cursorCell = cursor < characters.count ? max(1, DisplayWidth.of(characters[cursor])) : 1
        while columnsBeforeCursor + cursorCell > width, start < cursor {
            columnsBeforeCursor -= DisplayWidth.of(characters[start])
            start += 1
        }
        return (start, columnsBeforeCursor)
    }

    /// Draws the field on the first row of `rect` (text or placeholder) and
    /// returns where the terminal cursor belongs, for `present(cursor:)`.
    @discardableResult
    public func draw(in rect: Rect, buffer: inout CellBuffer, style: Style = .plain,
                     placeholder: String = "", placeholderStyle: Style = Style().dim) -> (x: Int, y: Int)? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
        if characters.isEmpty {
            buffer.put(placeholder, x: rect.x, y: rect.y, style: placeholderStyle, maxWidth: rect.width)
            return (rect.x, rect.y)
        }
        let view = viewport(width: rect.width)
        buffer.put(String(characters[view.start...]), x: rect.x, y: rect.y, style: style, maxWidth: rect.width)
        return (rect.x + view.cursorColumn, rect.y)
    }
}
