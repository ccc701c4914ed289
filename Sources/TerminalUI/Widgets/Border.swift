/// A box drawn with Unicode light box-drawing lines, with an optional title.
///
/// Why: panels are how the desk screen separates "who is here" from "what to
/// say"; the title comes from data sometimes, so it is sanitized and cut to
/// fit without ever breaking the frame.
public struct Border: Sendable {
    public var title: String?
    public var style: Style
    public var titleStyle: Style

    public init(title: String? = nil, style: Style = .plain, titleStyle: Style? = nil) {
        self.title = title
        self.style = style
        self.titleStyle = titleStyle ?? style
    }

    /// Draws the frame around `rect` and returns the area inside it.
    @discardableResult
    public func draw(in rect: Rect, buffer: inout CellBuffer) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Self.inner(of: rect) }
        let horizontal = String(repeating: "─", count: rect.width - 2)
        buffer.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        buffer.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            buffer.put("│", x: rect.x, y: y, style: style)
            buffer.put("│", x: rect.maxX - 1, y: y, style: style)
        }
        if let title, !title.isEmpty, rect.width >= 7 {
            // ┌─ Title ─┐ : the title gets the top edge minus corners, two lines and two spaces.
            let room = rect.width - 6
            let text = title.truncated(toDisplayWidth: room)
            if !text.isEmpty {
                buffer.put(" " + text + " ", x: rect.x + 2, y: rect.y, style: titleStyle, maxWidth: room + 2)
            }
        }
        return Self.inner(of: rect)
    }

    /// The area inside a frame drawn around `rect`, without drawing it: for
    /// code that must know a panel's size before the view draws it.
    public static func inner(of rect: Rect) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        return rect.inset(by: 1)
    }
}
