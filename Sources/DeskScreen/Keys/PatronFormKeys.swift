import DeskmateCore
import Foundation
import TerminalUI

/// Keys in the patron form: typing goes to the field with the focus, Tab
/// moves on, Enter saves from anywhere, Esc leaves without saving.
enum PatronFormKeys: FixedFooterKeyMap {
    static let save = KeyBinding(.enter, hint: .init("⏎", "save"))
    /// Moving and leaving are every form's keys.
    static let footer = [save, FormKeys.nextField, FormKeys.cancel]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        FormKeys.handle(key, form: \.patronForm, save: save, state: &state, saving: { save(&$0, state: &$1) }) { key, form in
            guard !form.saving else { return }
            _ = form.withFocused { $0.handle(key) }
        }
    }

    /// Checks the fields as the store will (the same words as the command
    /// line's refusal) before asking; the form stays until the store answers.
    static func save(_ form: inout PatronForm, state: inout DeskState) -> [DeskEffect] {
        guard !form.saving else { return [] }
        do {
            _ = try CheckedPatronDraft(form.draft, requireName: form.isAdding)
        } catch {
            form.error = error.description
            if form.isAdding, form.name.text.trimmingCharacters(in: .whitespaces).isEmpty { form.focus = .name }
            return []
        }
        form.error = nil
        form.saving = true
        switch form.purpose {
        case .edit(let id): return [.editPatron(id: id, form.draft)]
        case .add(let timerID): return [.addPatron(form.draft, timerID: timerID)]
        }
    }
}
