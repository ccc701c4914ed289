import DeskmateCore
import Foundation
import TerminalUI

/// Keys that work on every screen, and the help overlay's own: its
/// sections list the other screens' bindings, so help never disagrees with
/// what a key does.
enum HelpKeys {
    static let redraw = KeyBinding(.control("l"), help: .init("^L", "redraw the screen"))
    static let back = KeyBinding(.escape, .character("q"), .character("?"), hint: .init("Esc", "back"), help: .init("Esc", "back"))

    static let footer = [back]

    /// The help overlay, section by section.
    static let sections: [(title: String, bindings: [KeyBinding])] = [
        ("When someone comes to the desk", [
            DeskKeys.arrived, DeskKeys.phone, DeskKeys.up, DeskKeys.serve, DeskKeys.lookUp, LookupKeys.attach,
            LookupKeys.addNew, DeskKeys.close, DeskKeys.tally, DeskKeys.left,
        ]),
        ("Between patrons", [
            DeskKeys.keepFollowUp, DeskKeys.summary, SummaryKeys.export, DeskKeys.undo, DeskKeys.hide, redraw,
            DeskKeys.quit, back,
        ]),
    ]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        if back.matches(key) { state.screen = .desk }
        return []
    }
}
