import DeskmateCore
import Foundation
import TerminalUI

/// The shift summary: scroll it, export it, leave it.
enum SummaryKeys {
    static let scrollUp = KeyBinding(.up, .character("k"), hint: .init("↑↓", "scroll"))
    static let scrollDown = KeyBinding(.down, .character("j"))
    static let pageUp = KeyBinding(.pageUp)
    static let pageDown = KeyBinding(.pageDown, .character(" "))
    static let top = KeyBinding(.home, .character("g"))
    static let export = KeyBinding(.character("e"), hint: .init("e", "export handover note"),
                                   help: .init("  e", "write it as a handover note (no patron names)"))
    static let period = KeyBinding(.character("p"), hint: .init("p", "week/month"),
                                   help: .init("  p", "the period view: a week's or month's totals and heat map"))
    static let back = KeyBinding(.escape, .character("q"), .character("s"), hint: .init("Esc", "back"))

    static let footer = [scrollUp, export, period, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let page = max(1, state.summaryPageHeight - 1)
        switch key {
        case back: state.screen = .desk
        case scrollUp: state.summaryScroll -= 1
        case scrollDown: state.summaryScroll += 1
        case pageUp: state.summaryScroll -= page
        case pageDown: state.summaryScroll += page
        case top: state.summaryScroll = 0
        case export: return [.exportSummary]
        case period:
            state.screen = .period
            return PeriodKeys.load(state.period.period, state: &state)
        default: break
        }
        state.summaryScroll = max(0, min(state.summaryScroll, state.summaryScrollLimit))
        return []
    }
}
