import DeskmateCore
import Foundation
import TerminalUI

/// Everything that can happen to the desk screen.
public enum DeskMessage: Sendable {
    case key(Key)
    /// The clock moved on; elapsed times are computed from it.
    case tick(Date)
    case resize(width: Int, height: Int)
    /// What the store said, answering an effect.
    case loaded(DeskSnapshot)
    case lookupResults(generation: Int, [PatronMatch])
    case cardLoaded(PatronCard?)
    case timerStarted(WaitingPatron)
    case patronAdded(Patron, timerID: Int64?)
    case saved(Encounter, timer: WaitingPatron?)
    case undone(Encounter)
    case summaryLoaded(ShiftReport)
    /// The handover note was written to this file.
    case exported(path: String)
    case failed(String)
}
