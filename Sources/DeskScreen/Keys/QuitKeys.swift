import DeskmateCore
import Foundation
import TerminalUI

/// Keys on the quit question: the bindings its box lists, and what they do.
enum QuitKeys: ScreenKeyMap {
    static let quit = KeyBinding(.character("y"), .character("q"), .enter, help: .init("y", "quit"))
    static let endShift = KeyBinding(.character("e"), help: .init("e", "end the shift and quit"))
    static let stay = KeyBinding(.escape, help: .init("Esc", "stay"))

    /// The choices the box lists, in order.
    static let choices = [quit, endShift, stay]

    /// The box lists its own keys; the desk's footer stays beneath it.
    static func footer(for state: DeskState) -> [KeyBinding] { DeskKeys.footer(for: state) }

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case quit:
            state.quitting = true
            return [.quit]
        case endShift:
            state.quitting = true
            return [.endShift, .quit]
        default:
            state.screen = .desk
            return []
        }
    }
}
