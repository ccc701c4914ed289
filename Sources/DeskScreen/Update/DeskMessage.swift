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
    /// The store has the timer shown as `localID`, under the timer's id.
    case timerStarted(WaitingPatron, localID: Int64)
    /// The store refused the timer shown as `localID` (busy, full — not
    /// unreachable): it goes from the screen, as it was never recorded.
    case timerNotStarted(localID: Int64)
    case patronAdded(Patron, timerID: Int64?)
    /// The store changed the patron's details as the form asked.
    case patronEdited(Patron)
    /// The store did not take the patron form (it said why in a `.failed`
    /// before this): the form stays, with what was typed.
    case patronFormRefused
    /// A patron's whole history, newest first.
    case historyLoaded(patronID: Int64, [Encounter])
    /// Every promise, kept or not, for the list of what is owed.
    case promisesLoaded([OwedFollowUp])
    /// Past notes that have the words of search `generation`, newest first.
    case noteHits(generation: Int, [NoteHit])
    /// This shift's encounters at this desk, newest first, and their patrons.
    case shiftEncountersLoaded([Encounter], patrons: [Int64: Patron])
    /// The store took the correction: the encounter as it is now.
    case encounterCorrected(Encounter)
    case saved(Encounter, timer: WaitingPatron?)
    case undone(Encounter)
    case summaryLoaded(ShiftReport)
    /// The period report the request of this generation asked for.
    case periodLoaded(generation: Int, PeriodReport)
    /// The store took all `count` tallied questions of this kind, at this instant.
    case tallied(count: Int, kind: QuestionKind, at: Date)
    /// The store stopped after `recorded` of them (it said why in a `.failed` before this).
    case tallyStopped(recorded: Int)
    /// The handover note was written to this file.
    case exported(path: String)
    case failed(String)
    /// The shared store could not be reached (what it said); the desk goes
    /// on and tries again every so often.
    case storeUnreachable(String)
    /// The shared store answers again; `sent` encounters kept meanwhile went.
    case storeBack(sent: Int)
    /// A closed encounter the store could not take was kept: in the outbox,
    /// or (without one) in memory until the store is back.
    case kept(inOutbox: Bool)
}
