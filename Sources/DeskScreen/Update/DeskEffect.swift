import DeskmateCore
import Foundation
import TerminalUI

/// What the desk asks of the outside world, as data: the runtime performs it
/// and answers with a message, so `update` stays pure and testable.
public enum DeskEffect: Sendable, Equatable {
    case load
    /// A new timer, already on screen as `localID` (negative) until the
    /// store gives it an id; with a patron and `served`, someone served at once.
    case startTimer(arrived: Date, mode: ContactMode, patronID: Int64?, served: Date?, localID: Int64)
    case updateTimer(WaitingPatron)
    case removeTimer(id: Int64)
    case lookup(query: String, generation: Int)
    case loadCard(patronID: Int64)
    /// A new patron (the name alone, or with the form's other fields).
    case addPatron(PatronDraft, timerID: Int64?)
    /// Changes a patron's preferred name, pronunciation and notes.
    case editPatron(id: Int64, PatronDraft)
    case loadHistory(patronID: Int64)
    case loadPromises
    /// Searches past notes of every desk; the answer carries `generation`.
    case searchNotes(words: String, generation: Int)
    case loadShiftEncounters
    case correctEncounter(id: Int64, EncounterCorrection)
    case save(EncounterDraft, timer: WaitingPatron?)
    case undo(LastSave)
    case loadSummary
    /// Writes the summary as a Markdown handover note, without patron names.
    case exportSummary
    /// The core's period report for `from..<to`, this desk's or every desk's.
    case loadPeriod(from: Date, to: Date, allDesks: Bool, generation: Int)
    /// Records `count` copies of a tally draft (a paper sheet's hour).
    case tally(EncounterDraft, count: Int)
    case keepFollowUp(id: Int64)
    /// Takes back a promise marked kept by mistake: it is owed again.
    case reopenFollowUp(id: Int64)
    case endShift
    case redrawAll
    case quit
}
