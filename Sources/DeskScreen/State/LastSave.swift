import DeskmateCore
import Foundation

/// The last save, kept so `u` can take it back within a minute: the
/// encounter, and the timer it closed (restored by undo).
public struct LastSave: Sendable, Equatable {
    public var encounter: Encounter
    public var timer: WaitingPatron?
    public var at: Date

    public init(encounter: Encounter, timer: WaitingPatron?, at: Date) {
        self.encounter = encounter
        self.timer = timer
        self.at = at
    }
}
