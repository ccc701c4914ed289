import DeskmateCore
import Foundation
import TerminalUI

/// The close form: every choice one key, the last choices remembered, so the
/// common case is `c`, a kind, a READ level, Enter.
public struct CloseForm: Sendable {
    public enum Field: Int, Sendable, CaseIterable {
        case kind, read, note, followUp, due, mode
    }

    public var mode: ContactMode = .inPerson
    public var kind: QuestionKind = .reference
    public var read: ReadLevel? = ReadLevel(rawValue: 2)
    public var note = TextField(maxLength: InputLimits.note)
    public var followUp = TextField(maxLength: InputLimits.promise)
    public var due = TextField(maxLength: 10)
    /// Staff had to say no: the desk shows point 17 and the closing line.
    public var refusing = false
    public var focus: Field = .kind
    /// Which timer the form closes (nil: an encounter with no timer).
    public var timerID: Int64?
    public var error: String?
    /// Set when the form corrects this saved encounter instead of closing one.
    public var correcting: Encounter?

    public init() {}

    /// The form filled with a saved encounter, to correct it.
    public init(correcting encounter: Encounter) {
        correcting = encounter
        mode = encounter.mode
        kind = encounter.kind
        read = encounter.read
        note.setText(encounter.note)
        followUp.setText(encounter.followUp?.promise ?? "")
        due.setText(encounter.followUp?.due ?? "")
    }

    /// One key for each kind, shown underlined in the form.
    public static let kindKeys: [(Character, QuestionKind)] = [
        ("d", .directional), ("p", .policy), ("r", .reference), ("a", .readersAdvisory), ("t", .technology),
        ("c", .account), ("m", .complaint), ("s", .suggestion), ("o", .other),
    ]

    public static let modeKeys: [(Character, ContactMode)] = [
        ("w", .inPerson), ("p", .phone), ("h", .chat), ("e", .email),
    ]

    public static func kind(for key: Character) -> QuestionKind? {
        kindKeys.first { $0.0 == key }?.1
    }

    /// Fresh fields, keeping the remembered choices.
    public mutating func reset(timerID: Int64?, mode: ContactMode?) {
        note = TextField(maxLength: InputLimits.note)
        followUp = TextField(maxLength: InputLimits.promise)
        due = TextField(maxLength: 10)
        refusing = false
        focus = .kind
        error = nil
        self.timerID = timerID
        if let mode { self.mode = mode }
    }
}
