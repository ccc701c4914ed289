import DeskmateCore
import Foundation
import TerminalUI

/// This shift's encounters at this desk, newest first (`r` on the desk), to
/// correct one chosen by mistake: Enter opens it in the close form.
public struct ShiftEncounterList: Sendable, Equatable {
    /// Nil until the store answers.
    public var encounters: [Encounter]?
    /// Their patrons, for names.
    public var patrons: [Int64: Patron] = [:]
    public var list = ListState(selected: 0)

    public init() {}

    public var chosen: Encounter? {
        guard let encounters, let i = list.selected, encounters.indices.contains(i) else { return nil }
        return encounters[i]
    }
}
