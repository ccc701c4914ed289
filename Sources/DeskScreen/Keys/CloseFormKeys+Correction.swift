import DeskmateCore
import Foundation
import TerminalUI

extension CloseFormKeys {
    /// Saves the close form as a correction of the encounter it shows: every
    /// field as it now reads (an emptied promise removes it), checked as
    /// the store will check it, so a refusal keeps the form and what was typed.
    static func saveCorrection(_ form: inout CloseForm, state: inout DeskState) -> [DeskEffect] {
        guard let encounter = form.correcting, let typed = promiseAndDue(&form, state: state) else { return [] }
        let (promise, due) = typed
        let followUp: FollowUpDraft? = promise.isEmpty && encounter.followUp == nil ? nil : FollowUpDraft(promise: promise, due: promise.isEmpty ? nil : due)
        let correction = EncounterCorrection(kind: form.kind, mode: form.mode, read: form.read, note: form.note.text,
                                             followUp: followUp, staff: state.config.staff)
        do {
            _ = try correction.applied(to: encounter)
        } catch {
            form.error = error.description
            return []
        }
        state.form = form
        ShiftEncounterKeys.endCorrection(&state)
        return [.correctEncounter(id: encounter.id, correction)]
    }
}
