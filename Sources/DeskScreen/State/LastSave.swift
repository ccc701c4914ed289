import DeskmateCore
import Foundation

/// The last save, kept so `u` can take it back within a minute: the
/// encounter, and the timer it closed (restored by undo). Only the desk
/// screen makes one, with the memberwise initializer.
public struct LastSave: Sendable, Equatable {
    public var encounter: Encounter
    public var timer: WaitingPatron?
    public var at: Date
}
