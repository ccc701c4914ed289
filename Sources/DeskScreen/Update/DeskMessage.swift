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

/// What the desk asks of the outside world, as data: the runtime performs it
/// and answers with a message, so `update` stays pure and testable.
public enum DeskEffect: Sendable, Equatable {
    case load
    /// A new timer; with a patron and `served`, someone served at once.
    case startTimer(arrived: Date, mode: ContactMode, patronID: Int64?, served: Date?)
    case updateTimer(WaitingPatron)
    case removeTimer(id: Int64)
    case lookup(query: String, generation: Int)
    case loadCard(patronID: Int64)
    case addPatron(name: String, timerID: Int64?)
    case save(EncounterDraft, timer: WaitingPatron?)
    case undo(LastSave)
    case loadSummary
    /// Writes the summary as a Markdown handover note, without patron names.
    case exportSummary
    case keepFollowUp(id: Int64)
    case endShift
    case redrawAll
    case quit
}

/// The desk as the store sees it at start-up and after each save.
public struct DeskSnapshot: Sendable, Equatable {
    public var timers: [WaitingPatron]
    public var attached: [Int64: Patron]
    public var today: [Encounter]
    public var followUpsDue: [OwedFollowUp]
    public var shift: Shift?

    public init(timers: [WaitingPatron], attached: [Int64: Patron], today: [Encounter], followUpsDue: [OwedFollowUp], shift: Shift?) {
        self.timers = timers
        self.attached = attached
        self.today = today
        self.followUpsDue = followUpsDue
        self.shift = shift
    }
}
