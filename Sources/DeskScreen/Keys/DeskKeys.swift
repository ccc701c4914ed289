import DeskmateCore
import Foundation
import TerminalUI

/// Keys on the desk (home) screen: the bindings the footer and the help
/// overlay show, and what they do.
enum DeskKeys: ScreenKeyMap {
    static let arrived = KeyBinding(.character("n"), hint: .init("n", "arrived"),
                                    help: .init("n", "someone walked up: their timer starts now"))
    static let phone = KeyBinding(.character("p"), help: .init("p", "the phone rang: a timer for a call"))
    static let up = KeyBinding(.up, .character("k"), help: .init("↑ ↓", "choose who in the line"))
    static let down = KeyBinding(.down, .character("j"))
    static let serve = KeyBinding(.enter, hint: .init("⏎", "serve"), help: .init("Enter", "start serving the chosen patron"))
    static let lookUp = KeyBinding(.character("/"), hint: .init("/", "look up"),
                                   help: .init("/", "look them up by name (as you hear it)"))
    static let close = KeyBinding(.character("c"), hint: .init("c", "close"),
                                  help: .init("c", "close: kind, READ level, note, promise — Enter saves"))
    static let tally = KeyBinding(.character("t"), hint: .init("t", "tally"),
                                  help: .init("t", "tally: a quick anonymous question, then its kind"))
    static let left = KeyBinding(.character("d"), .delete, help: .init("d", "the chosen patron left without being served"))
    static let promises = KeyBinding(.character("f"), hint: .init("f", "owed"),
                                     help: .init("f", "what is owed: every promise, overdue first; keep or reopen any"))
    static let correct = KeyBinding(.character("r"), help: .init("r", "correct this shift's encounters: kind, READ, mode, note, promise"))
    static let editPatron = KeyBinding(.character("e"), hint: .init("e", "edit"),
                                       help: .init("e", "edit the shown patron: preferred name, how to say it, notes"))
    static let history = KeyBinding(.character("h"), hint: .init("h", "history"),
                                    help: .init("h", "the shown patron's whole history, newest first"))
    static let summary = KeyBinding(.character("s"), hint: .init("s", "summary"), help: .init("s", "this shift's summary"))
    static let undo = KeyBinding(.character("u"), hint: .init("u", "undo"), help: .init("u", "undo the last save (for a minute)"))
    static let hide = KeyBinding(.character("x"), hint: .init("x", "hide"),
                                 help: .init("x", "hide the screen until a key is pressed"))
    static let help = KeyBinding(.character("?"), .function(1), hint: .init("?", "help"))
    static let quit = KeyBinding(.character("q"), hint: .init("q", "quit"), help: .init("q", "quit (running timers are kept)"))

    /// The footer, in order; hints drop from the middle when it is narrow.
    static let footer = [arrived, lookUp, serve, close, tally, summary, editPatron, history, promises, undo, hide, help, quit]

    /// The footer as shown: `e` and `h` only while a patron's card is up.
    static func footer(cardShown: Bool) -> [KeyBinding] {
        cardShown ? footer : footer.filter { $0.keys != editPatron.keys && $0.keys != history.keys }
    }

    static func footer(for state: DeskState) -> [KeyBinding] { footer(cardShown: state.card != nil) }

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case arrived:
            return DeskUpdate.startTimer(mode: .inPerson, state: &state)
        case phone:
            return DeskUpdate.startTimer(mode: .phone, state: &state)
        case lookUp:
            state.screen = .lookup
            state.lookup = LookupState()
            return []
        case up:
            if !state.timers.isEmpty { state.selectedTimer = max(0, state.selectedTimer - 1) }
            return DeskUpdate.cardEffects(&state)
        case down:
            if !state.timers.isEmpty { state.selectedTimer = min(state.timers.count - 1, state.selectedTimer + 1) }
            return DeskUpdate.cardEffects(&state)
        case serve:
            guard var timer = state.selected, timer.served == nil else { return [] }
            timer.served = state.now
            state.timers[state.selectedTimer] = timer
            return [.updateTimer(timer)]
        case close:
            let timer = state.selected
            state.form.reset(timerID: timer?.id, mode: timer?.mode)
            state.screen = .closeForm
            return []
        case tally:
            state.screen = .tally
            return []
        case left:
            // The patron left without being served.
            guard let timer = state.selected else { return [] }
            state.timers.remove(at: state.selectedTimer)
            state.pendingRemovals.insert(timer.id)
            state.selectedTimer = min(state.selectedTimer, max(0, state.timers.count - 1))
            return [.removeTimer(id: timer.id)] + DeskUpdate.cardEffects(&state)
        case AnswersKeys.open:
            // The last search stays, to come back to after serving someone.
            state.screen = .answers
            return []
        case summary:
            state.screen = .summary
            state.summaryScroll = 0
            return [.loadSummary]
        case hide:
            state.privacyBlank = true
            return []
        case undo:
            guard let last = state.lastSave, state.now.timeIntervalSince(last.at) <= 60 else {
                state.flash = Flash(text: "Nothing to undo", isError: false, until: state.now.addingTimeInterval(3))
                return []
            }
            state.lastSave = nil
            return [.undo(last)]
        case promises:
            state.screen = .promises
            state.promises = PromiseList()
            return [.loadPromises]
        case correct:
            state.screen = .shiftEncounters
            state.shiftEncounters = ShiftEncounterList()
            return [.loadShiftEncounters]
        case editPatron:
            guard let patron = state.card?.patron else { return noPatronShown(&state) }
            state.patronForm = PatronForm(editing: patron)
            state.screen = .patronForm
            return []
        case history:
            guard let patron = state.card?.patron else { return noPatronShown(&state) }
            state.history = HistoryState(patron: patron)
            state.screen = .history
            return [.loadHistory(patronID: patron.id)]
        case help:
            state.screen = .help
            state.helpScroll = 0
            return []
        case quit:
            state.screen = .quitConfirm
            return []
        default:
            return []
        }
    }

    /// `e` and `h` act on the card's patron; without one, a word on how to show one.
    static func noPatronShown(_ state: inout DeskState) -> [DeskEffect] {
        state.flash = Flash(text: "No patron shown: / looks one up", isError: false, until: state.now.addingTimeInterval(3))
        return []
    }
}
