import DeskmateCore
import Foundation
import TerminalUI

/// Keys on a patron's history: move through it, leave it.
enum HistoryKeys {
    static let up = KeyBinding(.up, .character("k"), hint: .init("↑↓", "scroll"))
    static let down = KeyBinding(.down, .character("j"))
    static let pageUp = KeyBinding(.pageUp)
    static let pageDown = KeyBinding(.pageDown, .character(" "))
    static let top = KeyBinding(.home, .character("g"))
    static let back = KeyBinding(.escape, .character("q"), .character("h"), hint: .init("Esc", "back"))

    static let footer = [up, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let count = state.history?.encounters?.count ?? 0
        let page = max(1, HistoryView.rowsShown(height: state.height) - 1)
        switch key {
        case back: state.screen = .desk
        case up: state.history?.list.move(by: -1, count: count)
        case down: state.history?.list.move(by: 1, count: count)
        case pageUp: state.history?.list.move(by: -page, count: count)
        case pageDown: state.history?.list.move(by: page, count: count)
        case top: state.history?.list.selectFirst(count: count)
        default: break
        }
        return []
    }
}
