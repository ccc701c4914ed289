import DeskmateCore
import Foundation
import TerminalUI

/// Keys on this shift's encounters: choose one, open it to correct, leave.
enum ShiftEncounterKeys: FixedFooterKeyMap {
    static let up = KeyBinding(.up, .character("k"), hint: .init("↑↓", "choose"))
    static let down = KeyBinding(.down, .character("j"))
    static let open = KeyBinding(.enter, hint: .init("⏎", "correct"),
                                 help: .init("  Enter", "open the chosen one in the close form; Enter saves the correction"))
    static let back = KeyBinding(.escape, .character("q"), .character("r"), hint: .init("Esc", "back"))

    static let footer = [up, open, back]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let count = state.shiftEncounters.encounters?.count ?? 0
        switch key {
        case back: state.screen = .desk
        case up: state.shiftEncounters.list.move(by: -1, count: count)
        case down: state.shiftEncounters.list.move(by: 1, count: count)
        case open:
            guard let chosen = state.shiftEncounters.chosen else { return [] }
            state.formBeforeCorrection = state.form
            state.form = CloseForm(correcting: chosen)
            state.screen = .closeForm
        default: break
        }
        return []
    }

    /// Leaves a correction: back to the list, the close form as staff left it.
    static func endCorrection(_ state: inout DeskState) {
        state.form = state.formBeforeCorrection ?? CloseForm()
        state.formBeforeCorrection = nil
        state.screen = .shiftEncounters
    }
}
