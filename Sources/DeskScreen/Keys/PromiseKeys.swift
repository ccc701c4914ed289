import DeskmateCore
import Foundation
import TerminalUI

/// Keys on the list of promises: choose one, mark it kept or reopen it, leave.
enum PromiseKeys: FixedFooterKeyMap {
    static let up = KeyBinding(.up, .character("k"), hint: .init("↑↓", "choose"))
    static let down = KeyBinding(.down, .character("j"))
    static let keep = KeyBinding(.enter, hint: .init("⏎", "mark kept"), help: .init("  Enter", "mark the chosen promise kept"))
    static let reopen = KeyBinding(.character("r"), hint: .init("r", "reopen"),
                                   help: .init("  r", "reopen a promise marked kept by mistake: it is owed again"))
    static let back = KeyBinding(.escape, .character("q"), .character("f"), hint: .init("Esc", "back"))

    static let footer = [up, keep, reopen, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let count = state.promises.items?.count ?? 0
        switch key {
        case back:
            state.screen = .desk
        case up:
            state.promises.list.move(by: -1, count: count)
        case down:
            state.promises.list.move(by: 1, count: count)
        case keep:
            guard let chosen = state.promises.chosen else { return [] }
            guard !chosen.followUp.isKept else {
                state.flash = Flash(text: "Already kept", isError: false, until: state.now.addingTimeInterval(3))
                return []
            }
            // No name in the status line: it stays while the screen is hidden.
            state.flash = Flash(text: "Marked kept", isError: false, until: state.now.addingTimeInterval(4))
            return [.keepFollowUp(id: chosen.followUp.id)]
        case reopen:
            guard let chosen = state.promises.chosen else { return [] }
            guard chosen.followUp.isKept else {
                state.flash = Flash(text: "Still owed: nothing to reopen", isError: false, until: state.now.addingTimeInterval(3))
                return []
            }
            state.flash = Flash(text: "Reopened: owed again", isError: false, until: state.now.addingTimeInterval(4))
            return [.reopenFollowUp(id: chosen.followUp.id)]
        default:
            break
        }
        return []
    }
}
