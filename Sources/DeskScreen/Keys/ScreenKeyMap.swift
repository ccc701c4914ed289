import DeskmateCore
import Foundation
import TerminalUI

/// One screen's keys: what each does (`handle`) and which the footer hints
/// at. `DeskUpdate` and `FooterView` both reach a screen's keys through
/// `DeskState.Screen.parts`, so a screen's keys are named in one place.
protocol ScreenKeyMap {
    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect]
    /// The footer's bindings while `state` shows this screen.
    static func footer(for state: DeskState) -> [KeyBinding]
}

/// A screen whose footer is the same whatever the state.
protocol FixedFooterKeyMap: ScreenKeyMap {
    static var footer: [KeyBinding] { get }
}

extension FixedFooterKeyMap {
    static func footer(for state: DeskState) -> [KeyBinding] { footer }
}
