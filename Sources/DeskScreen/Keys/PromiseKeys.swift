import DeskmateCore
import Foundation
import TerminalUI

/// Keys on the list of promises: choose one, mark it kept, leave.
enum PromiseKeys {
    static let up = KeyBinding(.up, .character("k"), hint: .init("↑↓", "choose"))
    static let down = KeyBinding(.down, .character("j"))
    static let keep = KeyBinding(.enter, hint: .init("⏎", "mark kept"), help: .init("  Enter", "mark the chosen promise kept"))
    static let back = KeyBinding(.escape, .character("q"), .character("f"), hint: .init("Esc", "back"))

    static let footer = [up, keep, back]

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
        default:
            break
        }
        return []
    }
}
