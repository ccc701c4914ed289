/// Text renderings of a buffer for tests and snapshot files.
///
/// Why: a screen is easiest to review as the text a person would see, and
/// styles matter too (is the selected row reversed?), so the snapshot puts a
/// second grid of letters under the text, one letter per cell, with a legend.
///
/// ```
/// ┌─ Desk ─┐
/// │Zoë     │
/// -- styles --
/// AAAAAAAAAA
/// A.BBB
/// -- legend --
/// A fg=cyan bg=default bold
/// B fg=default bg=default reverse
/// ```
///
/// `.` is the plain style. Other styles get `A`–`Z`, `a`–`z`, then digits, in
/// order of first appearance (row by row). A wide character's continuation
/// cell repeats its letter, so the style grid lines up with display columns;
/// in the text grid the wide character itself covers both columns. Trailing
/// spaces (text) and trailing dots (styles) are trimmed.
extension CellBuffer {
    /// Each row as the text it shows, trailing spaces trimmed.
    public func textLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if cell.isContinuation { continue }
                line.append(cell.character)
            }
            return String(line.reversed().drop(while: { $0 == " " }).reversed())
        }
    }

    /// Each row as style letters, plus the legend of letters used.
    public func styleLines() -> (lines: [String], legend: [String]) {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var letters: [Style: Character] = [.plain: "."]
        var legend: [String] = []
        var lines: [String] = []
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let style = cells[y * width + x].style
                if let letter = letters[style] {
                    line.append(letter)
                } else {
                    let letter: Character = legend.count < alphabet.count ? alphabet[legend.count] : "?"
                    letters[style] = letter
                    legend.append("\(letter) \(style)")
                    line.append(letter)
                }
            }
            lines.append(String(line.reversed().drop(while: { $0 == "." }).reversed()))
        }
        return (lines, legend)
    }

    /// Text grid, style grid and legend in one string, for snapshot files.
    public func snapshot() -> String {
        let styles = styleLines()
        var parts = textLines()
        parts.append("-- styles --")
        parts.append(contentsOf: styles.lines)
        parts.append("-- legend --")
        parts.append(contentsOf: styles.legend)
        return parts.joined(separator: "\n") + "\n"
    }
}
