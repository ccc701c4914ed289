import DeskmateCore
import Foundation
import TerminalUI

/// A form on the desk screen whose focus moves from field to field and
/// which shows one line of refusal: what `FormKeys` needs of it.
protocol FocusedForm {
    var error: String? { get set }
    mutating func moveFocus(forward: Bool)
}

extension PatronForm: FocusedForm {}
extension TallyForm: FocusedForm {}

/// The keys every form shares, handled in one place so every form agrees:
/// Esc leaves without saving, the form's save key saves from any field,
/// Tab and Shift-Tab (or ↓ and ↑) move the focus; any other key goes to
/// the form's own `typing`.
enum FormKeys {
    static let nextField = KeyBinding(.tab, .down, hint: .init("Tab", "next field"))
    static let previousField = KeyBinding(.backTab, .up)
    static let cancel = KeyBinding(.escape, hint: .init("Esc", "cancel"))

    /// Handles `key` in the form at `form` (back to the desk when none is
    /// open); the form, as `saving` or `typing` leave it, is kept in the state.
    static func handle<Form: FocusedForm>(
        _ key: Key, form: WritableKeyPath<DeskState, Form?>, save: KeyBinding, state: inout DeskState,
        saving: (inout Form, inout DeskState) -> [DeskEffect], typing: (Key, inout Form) -> Void
    ) -> [DeskEffect] {
        guard var open = state[keyPath: form] else {
            state.screen = .desk
            return []
        }
        defer { state[keyPath: form] = open }
        switch key {
        case cancel:
            state.screen = .desk
            open.error = nil
        case save:
            return saving(&open, &state)
        case nextField:
            open.moveFocus(forward: true)
        case previousField:
            open.moveFocus(forward: false)
        default:
            typing(key, &open)
        }
        return []
    }
}
