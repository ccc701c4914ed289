import DeskmateCore
import Foundation
import TerminalUI

/// Keys that work on every screen, and the help overlay's own: its
/// sections list the other screens' bindings, so help never disagrees with
/// what a key does.
enum HelpKeys: FixedFooterKeyMap {
    static let redraw = KeyBinding(.control("l"), help: .init("^L", "redraw the screen"))
    static let back = KeyBinding(.escape, .character("q"), .character("?"), hint: .init("Esc", "back"), help: .init("Esc", "back"))

    static let scrollUp = KeyBinding(.up, .character("k"), hint: .init("↑↓", "scroll"))
    static let scrollDown = KeyBinding(.down, .character("j"), .pageDown, .character(" "))

    static let footer = [scrollUp, back]

    /// The help overlay, section by section.
    static let sections: [(title: String, bindings: [KeyBinding])] = [
        ("When someone comes to the desk", [
            DeskKeys.arrived, DeskKeys.phone, DeskKeys.up, DeskKeys.serve, DeskKeys.lookUp, LookupKeys.attach,
            LookupKeys.addNew, LookupKeys.addWithDetails, DeskKeys.close, DeskKeys.tally, TallyKeys.pastHour, DeskKeys.left,
        ]),
        ("Remembering them", [DeskKeys.editPatron, DeskKeys.history]),
        ("Between patrons", [
            DeskKeys.promises, PromiseKeys.keep, PromiseKeys.reopen, DeskKeys.correct, ShiftEncounterKeys.open, AnswersKeys.open, AnswersKeys.search,
            DeskKeys.summary, SummaryKeys.export, SummaryKeys.period, PeriodKeys.thisWeek, PeriodKeys.allDesks, PeriodKeys.numbers, DeskKeys.undo,
            DeskKeys.hide, redraw, DeskKeys.quit, back,
        ]),
    ]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case back: state.screen = .desk
        case scrollUp: state.helpScroll -= 1
        case scrollDown: state.helpScroll += key == .pageDown || key == .character(" ") ? 10 : 1
        default: break
        }
        state.helpScroll = max(0, min(state.helpScroll, HelpView.scrollLimit(width: state.width, height: state.height)))
        return []
    }
}
