import DeskmateCore
import Foundation
import TerminalUI

/// Keys on the desk (home) screen.
enum DeskKeys {
    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case .character("n"):
            return [.startTimer(arrived: state.now, mode: .inPerson, patronID: nil, served: nil)]
        case .character("p"):
            return [.startTimer(arrived: state.now, mode: .phone, patronID: nil, served: nil)]
        case .character("/"):
            state.screen = .lookup
            state.lookup = LookupState()
            return []
        case .up, .character("k"):
            if !state.timers.isEmpty { state.selectedTimer = max(0, state.selectedTimer - 1) }
            return DeskUpdate.cardEffects(&state)
        case .down, .character("j"):
            if !state.timers.isEmpty { state.selectedTimer = min(state.timers.count - 1, state.selectedTimer + 1) }
            return DeskUpdate.cardEffects(&state)
        case .enter:
            guard var timer = state.selected, timer.served == nil else { return [] }
            timer.served = state.now
            state.timers[state.selectedTimer] = timer
            return [.updateTimer(timer)]
        case .character("c"):
            let timer = state.selected
            state.form.reset(timerID: timer?.id, mode: timer?.mode)
            state.screen = .closeForm
            return []
        case .character("t"):
            state.screen = .tally
            return []
        case .character("d"), .delete:
            // The patron left without being served.
            guard let timer = state.selected else { return [] }
            state.timers.remove(at: state.selectedTimer)
            state.selectedTimer = min(state.selectedTimer, max(0, state.timers.count - 1))
            return [.removeTimer(id: timer.id)] + DeskUpdate.cardEffects(&state)
        case .character("s"):
            state.screen = .summary
            state.summaryScroll = 0
            return [.loadSummary]
        case .character("x"):
            state.privacyBlank = true
            return []
        case .character("u"):
            guard let last = state.lastSave, state.now.timeIntervalSince(last.at) <= 60 else {
                state.flash = Flash(text: "Nothing to undo", isError: false, until: state.now.addingTimeInterval(3))
                return []
            }
            state.lastSave = nil
            return [.undo(last)]
        case .character("f"):
            // Mark the first follow-up due as kept.
            guard let first = state.followUpsDue.first else { return [] }
            return [.keepFollowUp(id: first.followUp.id)]
        case .character("?"), .function(1):
            state.screen = .help
            return []
        case .character("q"):
            state.screen = .quitConfirm
            return []
        case .escape:
            return []
        default:
            return []
        }
    }

    static func handleQuit(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case .character("y"), .character("q"), .enter:
            state.quitting = true
            return [.quit]
        case .character("e"):
            state.quitting = true
            return [.endShift, .quit]
        default:
            state.screen = .desk
            return []
        }
    }
}

/// Keys while looking a patron up: typing edits the query, every keystroke
/// asks for fresh results, Enter attaches the chosen patron.
enum LookupKeys {
    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        switch key {
        case .escape:
            state.screen = .desk
            return []
        case .up:
            state.lookup.list.move(by: -1, count: state.lookup.results.count)
            return []
        case .down, .tab:
            state.lookup.list.move(by: 1, count: state.lookup.results.count)
            return []
        case .enter:
            let query = state.lookup.field.text.trimmingCharacters(in: .whitespaces)
            if let index = state.lookup.list.selected, state.lookup.results.indices.contains(index),
               !state.lookup.isSearching {
                return DeskUpdate.attach(state.lookup.results[index].patron, timerID: state.selected?.id, state: &state)
            }
            if state.lookup.results.isEmpty && !query.isEmpty && !state.lookup.isSearching {
                return [.addPatron(name: query, timerID: state.selected?.id)]
            }
            return []
        case .control("n"):
            let query = state.lookup.field.text.trimmingCharacters(in: .whitespaces)
            guard !query.isEmpty else { return [] }
            return [.addPatron(name: query, timerID: state.selected?.id)]
        default:
            let before = state.lookup.field.text
            guard state.lookup.field.handle(key), state.lookup.field.text != before else { return [] }
            state.lookup.generation += 1
            if state.lookup.field.text.trimmingCharacters(in: .whitespaces).isEmpty {
                state.lookup.results = []
                state.lookup.shownGeneration = state.lookup.generation
                return []
            }
            return [.lookup(query: state.lookup.field.text, generation: state.lookup.generation)]
        }
    }
}

/// `t`, then the kind: an anonymous question answered on the spot.
enum TallyKeys {
    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        state.screen = .desk
        guard case .character(let c) = key, let kind = CloseForm.kind(for: c) else { return [] }
        let draft = EncounterDraft(
            desk: state.config.desk, staff: state.config.staff, mode: state.form.mode, kind: kind,
            read: ReadLevel(rawValue: 1), arrived: state.now, served: state.now, closed: state.now)
        return [.save(draft, timer: nil)]
    }
}

/// The shift summary: scroll it, export it, leave it.
enum SummaryKeys {
    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        let page = max(1, state.height - 5)
        switch key {
        case .escape, .character("q"), .character("s"):
            state.screen = .desk
        case .up, .character("k"):
            state.summaryScroll -= 1
        case .down, .character("j"):
            state.summaryScroll += 1
        case .pageUp:
            state.summaryScroll -= page
        case .pageDown, .character(" "):
            state.summaryScroll += page
        case .home, .character("g"):
            state.summaryScroll = 0
        case .character("e"):
            return [.exportSummary]
        default:
            break
        }
        state.summaryScroll = max(0, min(state.summaryScroll, SummaryView.maxScroll(state)))
        return []
    }
}
