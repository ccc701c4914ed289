import DeskmateCore
import Foundation
import TerminalUI

/// The shift summary: scroll it (`ScrollKeys`), export it, leave it.
enum SummaryKeys: FixedFooterKeyMap {
    static let export = KeyBinding(.character("e"), hint: .init("e", "export handover note"),
                                   help: .init("  e", "write it as a handover note (no patron names)"))
    static let period = KeyBinding(.character("p"), hint: .init("p", "week/month"),
                                   help: .init("  p", "the period view: a week's or month's totals and heat map"))
    static let back = KeyBinding(.escape, .character("q"), .character("s"), hint: .init("Esc", "back"))

    static let footer = [ScrollKeys.up, export, period, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let page = max(1, state.summaryPageHeight - 1)
        switch ScrollKeys.move(for: key, page: page) {
        case .by(let lines): state.summaryScroll += lines
        case .top: state.summaryScroll = 0
        case nil: break
        }
        switch key {
        case back: state.screen = .desk
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
