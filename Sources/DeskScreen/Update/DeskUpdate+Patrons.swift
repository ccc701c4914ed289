import DeskmateCore
import Foundation
import TerminalUI

/// The store's answers for the patron form, the history screen and the
/// list of promises, each checked against the screen as it is when it
/// lands: staff may have left, or turned to another patron, meanwhile.
extension DeskUpdate {
    static func patronAnswer(_ message: DeskMessage, state: inout DeskState) -> [DeskEffect] {
        switch message {
        case .patronEdited(let patron):
            if state.attached[patron.id] != nil { state.attached[patron.id] = patron }
            if state.card?.patron.id == patron.id { state.card?.patron = patron }
            if state.history?.patron.id == patron.id { state.history?.patron = patron }
            if case .edit(patron.id)? = state.patronForm?.purpose {
                state.patronForm = nil
                if state.screen == .patronForm { state.screen = .desk }
                // No name in the status line: it stays while the screen is hidden.
                state.flash = Flash(text: "Saved the patron’s details", isError: false, until: state.now.addingTimeInterval(4))
            }
        case .patronFormRefused:
            // The `.failed` before this said why; what was typed stays.
            state.patronForm?.saving = false
        case .historyLoaded(let patronID, let encounters):
            guard state.history?.patron.id == patronID else { return [] }
            state.history?.encounters = encounters
            state.history?.list = ListState(selected: encounters.isEmpty ? nil : 0)
        case .promisesLoaded(let all):
            guard state.screen == .promises else { return [] }
            let today = DayFormat.string(state.now, timeZone: state.config.timeZone)
            let items = PromiseList.ordered(all, today: today)
            state.promises.items = items
            // The row stays where it was: after a keep, the next owed one is there.
            state.promises.list.selected = items.isEmpty ? nil : min(state.promises.list.selected ?? 0, items.count - 1)
        case .shiftEncountersLoaded(let encounters, let patrons):
            guard state.screen == .shiftEncounters else { return [] }
            state.shiftEncounters.encounters = encounters
            state.shiftEncounters.patrons = patrons
            state.shiftEncounters.list.selected = encounters.isEmpty ? nil : min(state.shiftEncounters.list.selected ?? 0, encounters.count - 1)
        case .encounterCorrected(let encounter):
            if let i = state.shiftEncounters.encounters?.firstIndex(where: { $0.id == encounter.id }) {
                state.shiftEncounters.encounters?[i] = encounter
            }
            state.flash = Flash(text: "Corrected", isError: false, until: state.now.addingTimeInterval(4))
        default:
            break
        }
        return []
    }
}
