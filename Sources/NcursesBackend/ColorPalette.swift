import CNcursesw
import TerminalUI

/// Turns `Style`s into ncurses attributes and colour pairs.
///
/// Why: ncurses needs a numbered pair per foreground/background combination;
/// pairs are created on first use and cached. On 8-colour terminals bright
/// colours become the base colour plus bold, and 256-palette colours are
/// approximated; with `NO_COLOR` or no colour support only attributes remain.
final class ColorPalette {
    private let colorCount: Int
    private let pairLimit: Int
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int = 1

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// `colorCount` 0 means no colours at all.
    init(colorCount: Int, pairLimit: Int) {
        self.colorCount = colorCount
        self.pairLimit = min(pairLimit, Int(Int16.max))
    }

    /// The attributes and pair number to draw a style with.
    func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        var attributes = deskmate_a_normal()
        if style.attributes.contains(.bold) { attributes |= deskmate_a_bold() }
        if style.attributes.contains(.dim) { attributes |= deskmate_a_dim() }
        if style.attributes.contains(.reverse) { attributes |= deskmate_a_reverse() }
        if style.attributes.contains(.underline) { attributes |= deskmate_a_underline() }
        if style.attributes.contains(.italic) { attributes |= deskmate_a_italic() }
        guard colorCount > 0 else { return (attributes, 0) }
        let foreground = map(style.foreground)
        let background = map(style.background)
        if foreground.brighten { attributes |= deskmate_a_bold() }
        return (attributes, pair(foreground: foreground.number, background: background.number))
    }

    private func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return existing }
        guard nextPair < pairLimit else { return 0 }  // out of pairs: terminal colours
        let number = Int16(nextPair)
        guard init_pair(number, foreground, background) != ERR else { return 0 }
        nextPair += 1
        pairs[key] = number
        return number
    }

    /// The ncurses colour number (-1 = terminal default) and whether the
    /// colour needs bold to look bright on this terminal.
    private func map(_ color: Color) -> (number: Int16, brighten: Bool) {
        guard let index = color.paletteIndex else { return (-1, false) }
        if index < colorCount { return (Int16(index), false) }
        let basic = index < 16 ? index : Self.approximate(index)
        if basic < colorCount { return (Int16(basic), false) }
        return (Int16(basic % 8), basic >= 8)
    }

    /// The nearest of the 16 named colours to a 256-palette entry.
    static func approximate(_ index: Int) -> Int {
        if index >= 232 {  // grey ramp
            let level = index - 232
            return level < 8 ? 0 : level < 16 ? 8 : level < 20 ? 7 : 15
        }
        let cube = index - 16
        let r = cube / 36, g = (cube / 6) % 6, b = cube % 6
        let base = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
        let bright = max(r, g, b) >= 5 || (base == 0 && max(r, g, b) >= 2)
        return base + (bright ? 8 : 0)
    }
}
