import DeskmateCore
import Foundation
import TerminalUI

/// The small form for a patron's details: editing the shown patron
/// (`e` on the desk), or adding a new one with them at once (`^P` in the
/// lookup). Its fields hold at most what `InputLimits` allows and drop
/// control characters as they are typed, as the close form's do; the
/// store's own check (`CheckedPatronDraft`) runs again before it is sent.
public struct PatronForm: Sendable, Equatable {
    /// What saving does.
    public enum Purpose: Sendable, Equatable {
        /// Changes the patron with this id.
        case edit(patronID: Int64)
        /// Adds a new patron, attached to this timer (nil: served now).
        case add(timerID: Int64?)
    }

    public enum Field: Int, Sendable, CaseIterable {
        case name, preferred, pronunciation, notes
    }

    public var purpose: Purpose
    /// Only when adding: an edit leaves the full name to the command line.
    public var name = TextField(maxLength: InputLimits.name)
    public var preferred = TextField(maxLength: InputLimits.name)
    public var pronunciation = TextField(maxLength: InputLimits.pronunciation)
    public var notes = TextField(maxLength: InputLimits.patronNotes)
    public var focus: Field
    /// Set between Enter and the store's answer: a second Enter waits.
    public var saving = false
    public var error: String?

    /// The form for changing `patron`, filled with what is kept now.
    public init(editing patron: Patron) {
        purpose = .edit(patronID: patron.id)
        preferred.setText(patron.preferredName ?? "")
        pronunciation.setText(patron.pronunciation ?? "")
        notes.setText(patron.notes ?? "")
        focus = .preferred
    }

    /// The form for a new patron named `name` (as typed in the lookup).
    public init(adding name: String, timerID: Int64?) {
        purpose = .add(timerID: timerID)
        self.name.setText(name)
        focus = .preferred
    }

    public var isAdding: Bool {
        if case .add = purpose { return true }
        return false
    }

    /// The fields this form shows, in order.
    public var fields: [Field] { isAdding ? Field.allCases : [.preferred, .pronunciation, .notes] }

    /// What the store is asked to write: every field shown, an empty one
    /// clearing it (as `""` does on the command line).
    public var draft: PatronDraft {
        PatronDraft(name: isAdding ? name.text : nil, preferredName: preferred.text, pronunciation: pronunciation.text,
                    notes: notes.text)
    }

    /// Moves the focus to the next (or previous) field shown, round.
    public mutating func moveFocus(forward: Bool) {
        let shown = fields
        let i = shown.firstIndex(of: focus) ?? 0
        focus = shown[(i + (forward ? 1 : shown.count - 1)) % shown.count]
    }

    /// The text field shown for `field`.
    public func field(_ field: Field) -> TextField {
        switch field {
        case .name: name
        case .preferred: preferred
        case .pronunciation: pronunciation
        case .notes: notes
        }
    }

    /// The field with the focus, to type into.
    public mutating func withFocused<T>(_ body: (inout TextField) -> T) -> T {
        switch focus {
        case .name: return body(&name)
        case .preferred: return body(&preferred)
        case .pronunciation: return body(&pronunciation)
        case .notes: return body(&notes)
        }
    }
}
