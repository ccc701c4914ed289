import DeskmateCore
import Foundation
import TerminalUI

/// Keys on a patron's history: move through it (`ScrollKeys`), leave it.
enum HistoryKeys: FixedFooterKeyMap {
    static let back = KeyBinding(.escape, .character("q"), .character("h"), hint: .init("Esc", "back"))

    static let footer = [ScrollKeys.up, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let count = state.history?.encounters?.count ?? 0
        let page = max(1, HistoryView.rowsShown(height: state.height) - 1)
        switch ScrollKeys.move(for: key, page: page) {
        case .by(let lines): state.history?.list.move(by: lines, count: count)
        case .top: state.history?.list.selectFirst(count: count)
        case nil: if back.matches(key) { state.screen = .desk }
        }
        return []
    }
}
