import DeskmateCore
import TerminalUI

/// The desk's styles by meaning. Colours are only a second channel: bold,
/// reverse and dim carry the meaning on their own, so the screen still reads
/// with `NO_COLOR`, on 8-colour terminals and on light or dark backgrounds
/// (only foreground colours are used, never a fixed background).
enum Theme {
    static let plain = Style.plain
    static let title = Style().bold
    static let dim = Style().dim
    static let key = Style().bold.foreground(.cyan)
    static let selected = Style().reversed
    static let ok = Style().foreground(.green)
    static let amber = Style().bold.foreground(.yellow)
    static let red = Style().bold.reversed.foreground(.red)
    static let error = Style().bold.foreground(.red)
    static let border = Style().dim
    static let accent = Style().foreground(.magenta)

    static func timer(_ phase: TimerPhase) -> Style {
        switch phase {
        case .withinGoal: ok
        case .nearGoal: amber
        case .pastGoal: red
        }
    }
}
