/// Word wrapping by display width.
///
/// Why: notes and prompts are free text in any script. Lines break at spaces;
/// CJK text, which has no spaces, may break between any two wide characters;
/// a word longer than the line is cut hard; and the result is sanitized, so a
/// note can never draw outside its box.
public enum TextWrap {
    /// The text wrapped to `width` columns. Existing line breaks are kept.
    /// With `maxLines`, extra lines are dropped and the last kept line ends in `…`.
    public static func lines(_ text: String, width: Int, maxLines: Int? = nil) -> [String] {
        guard width > 0, maxLines.map({ $0 > 0 }) ?? true else { return [] }
        var result: [String] = []
        let limit = maxLines ?? Int.max
        var truncated = false
        for paragraph in TextSanitizer.sanitizeLines(text) {
            wrap(paragraph, width: width, into: &result, limit: limit == Int.max ? limit : limit + 1)
            if result.count > limit { truncated = true; break }
        }
        if truncated || result.count > limit {
            result.removeLast(result.count - limit)
            if let last = result.popLast() {
                result.append(ellipsized(last, width: width))
            }
        }
        return result
    }

    private static func ellipsized(_ line: String, width: Int) -> String {
        var kept = line
        while kept.displayWidth + 1 > width, !kept.isEmpty { kept.removeLast() }
        while kept.last == " " { kept.removeLast() }
        return kept + "…"
    }

    private enum Token {
        case space(String)
        case word([Character])
    }

    private static func tokens(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var word: [Character] = []
        var spaces = ""
        for character in line {
            if character == " " {
                if !word.isEmpty { tokens.append(.word(word)); word = [] }
                spaces.append(character)
            } else {
                if !spaces.isEmpty { tokens.append(.space(spaces)); spaces = "" }
                if DisplayWidth.of(character) == 2 {
                    // Wide (CJK) characters may break anywhere: each is a word.
                    if !word.isEmpty { tokens.append(.word(word)); word = [] }
                    tokens.append(.word([character]))
                } else {
                    word.append(character)
                }
            }
        }
        if !word.isEmpty { tokens.append(.word(word)) }
        if !spaces.isEmpty { tokens.append(.space(spaces)) }
        return tokens
    }

    private static func wrap(_ line: String, width: Int, into result: inout [String], limit: Int) {
        var current = ""
        var currentWidth = 0
        var pendingSpace = ""
        var lineCount = 0
        func flush() {
            result.append(current)
            lineCount += 1
            current = ""
            currentWidth = 0
            pendingSpace = ""
        }
        for token in tokens(line) {
            if result.count >= limit { return }
            switch token {
            case .space(let spaces):
                if currentWidth > 0 { pendingSpace = spaces }
            case .word(let characters):
                let wordWidth = characters.reduce(0) { $0 + DisplayWidth.of($1) }
                let spaceWidth = pendingSpace.count
                if currentWidth + spaceWidth + wordWidth <= width {
                    current += pendingSpace
                    current.append(contentsOf: characters)
                    currentWidth += spaceWidth + wordWidth
                    pendingSpace = ""
                    continue
                }
                if currentWidth > 0 { flush() }
                if wordWidth <= width {
                    current.append(contentsOf: characters)
                    currentWidth = wordWidth
                    continue
                }
                for character in characters {  // hard-wrap a word longer than the line
                    let w = DisplayWidth.of(character)
                    if currentWidth + w > width { flush() }
                    current.append(character)
                    currentWidth += w
                }
            }
        }
        if currentWidth > 0 || lineCount == 0 { result.append(current) }
    }
}

/// Wrapped text drawn into a rectangle.
///
/// Why: the common case of `TextWrap` plus drawing, with the line limit taken
/// from the rectangle's height so the text ends in `…` rather than vanishing.
public struct Paragraph: Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Draws the text; returns the number of rows used.
    @discardableResult
    public func draw(in rect: Rect, buffer: inout CellBuffer) -> Int {
        guard !rect.isEmpty else { return 0 }
        let lines = TextWrap.lines(text, width: rect.width, maxLines: rect.height)
        for (row, line) in lines.enumerated() {
            buffer.put(line, x: rect.x, y: rect.y + row, style: style, maxWidth: rect.width)
        }
        return lines.count
    }
}
