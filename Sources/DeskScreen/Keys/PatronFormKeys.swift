import DeskmateCore
import Foundation
import TerminalUI

/// Keys in the patron form: typing goes to the field with the focus, Tab
/// moves on, Enter saves from anywhere, Esc leaves without saving.
enum PatronFormKeys {
    static let save = KeyBinding(.enter, hint: .init("⏎", "save"))
    static let nextField = KeyBinding(.tab, .down, hint: .init("Tab", "next field"))
    static let previousField = KeyBinding(.backTab, .up)
    static let cancel = KeyBinding(.escape, hint: .init("Esc", "cancel"))

    static let footer = [save, nextField, cancel]

    static func handle(_ key: Key, state: inout DeskState) -> [DeskEffect] {
        guard var form = state.patronForm else {
            state.screen = .desk
            return []
        }
        defer { state.patronForm = form }
        switch key {
        case cancel:
            state.screen = .desk
            form.error = nil
            return []
        case save:
            return save(&form, state: &state)
        case nextField:
            form.moveFocus(forward: true)
        case previousField:
            form.moveFocus(forward: false)
        default:
            guard !form.saving else { return [] }
            _ = form.withFocused { $0.handle(key) }
        }
        return []
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
