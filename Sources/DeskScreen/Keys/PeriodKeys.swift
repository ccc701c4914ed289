import DeskmateCore
import Foundation
import TerminalUI

/// The period view (`p` on the summary): choose the period and the desks,
/// shades or numbers, back to the summary. Choosing asks the store again,
/// so the period's own key also brings the figures up to date.
enum PeriodKeys: FixedFooterKeyMap {
    /// One help line for the three periods and going round them.
    static let thisWeek = KeyBinding(.character("w"), hint: .init("w", "this week"),
                                     help: .init("  w l m", "in the period view: this week (from Monday), last week, this month"))
    static let lastWeek = KeyBinding(.character("l"), hint: .init("l", "last week"))
    static let thisMonth = KeyBinding(.character("m"), hint: .init("m", "this month"))
    static let next = KeyBinding(.tab, .right)
    static let previous = KeyBinding(.backTab, .left)
    static let allDesks = KeyBinding(.character("a"), hint: .init("a", "all desks"),
                                     help: .init("  a", "in the period view: every desk on the store, or this desk again"))
    static let numbers = KeyBinding(.character("n"), hint: .init("n", "numbers"),
                                    help: .init("  n", "in the period view: the heat map's counts instead of shades"))
    static let back = KeyBinding(.escape, .character("q"), .character("p"), hint: .init("Esc", "back"))

    /// When narrow, `n` goes first (the view names it), then the periods.
    static let footer = [thisWeek, lastWeek, thisMonth, numbers, allDesks, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let all = DeskPeriod.allCases
        let index = all.firstIndex(of: state.period.period) ?? 0
        switch key {
        case back:
            state.screen = .summary
            return []
        case thisWeek: return load(.thisWeek, state: &state)
        case lastWeek: return load(.lastWeek, state: &state)
        case thisMonth: return load(.thisMonth, state: &state)
        case next: return load(all[(index + 1) % all.count], state: &state)
        case previous: return load(all[(index + all.count - 1) % all.count], state: &state)
        case allDesks:
            state.period.allDesks.toggle()
            return load(state.period.period, state: &state)
        case numbers:
            state.period.numbers.toggle()
            return []
        default:
            return []
        }
    }

    /// Shows `period` as loading and asks the store for it; its bounds come
    /// from the desk's calendar and the clock the runtime handed in.
    static func load(_ period: DeskPeriod, state: inout DeskState) -> [DeskEffect] {
        let range = DeskCalendar(timeZone: state.config.timeZone).range(of: period, now: state.now)
        state.period.period = period
        state.period.from = range.from
        state.period.to = range.to
        state.period.generation += 1
        state.period.report = nil
        return [.loadPeriod(from: range.from, to: range.to, allDesks: state.period.allDesks, generation: state.period.generation)]
    }
}
