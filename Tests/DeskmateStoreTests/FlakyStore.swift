import DeskmateCore
import DeskmateStore
import Foundation

/// A store that passes every call to a real one, except that it can stop
/// answering (`StoreError.unreachable`) after a number of saves, or refuse
/// the saves of chosen notes: what the outbox must survive.
final class FlakyStore: PatronStore, @unchecked Sendable {
    let inner: SQLiteStore
    /// Saves that go through before the store "cannot be reached"; nil: all.
    var savesBeforeOutage: Int?
    /// Notes whose encounters the store refuses (not an outage).
    var refusedNotes: Set<String> = []
    private(set) var saves = 0

    static let outage = StoreError.unreachable(place: "flaky", detail: "The flaky store cannot be reached.")

    init(_ inner: SQLiteStore) { self.inner = inner }

    func logEncounter(_ draft: EncounterDraft) throws -> Encounter {
        if let limit = savesBeforeOutage, saves >= limit { throw Self.outage }
        if refusedNotes.contains(draft.note) { throw StoreError.failed("refused") }
        saves += 1
        return try inner.logEncounter(draft)
    }

    func logEncounter(_ draft: EncounterDraft, closingTimer timerID: Int64?) throws -> Encounter {
        try logEncounter(draft)
    }

    func addPatron(_ draft: PatronDraft, now: Date) throws -> Patron { try inner.addPatron(draft, now: now) }
    func patron(id: Int64) throws -> Patron? { try inner.patron(id: id) }
    func editPatron(id: Int64, _ draft: PatronDraft) throws -> Patron { try inner.editPatron(id: id, draft) }
    func forgetPatron(id: Int64) throws { try inner.forgetPatron(id: id) }
    func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch] { try inner.lookup(query, limit: limit, now: now) }
    func deleteEncounter(id: Int64) throws { try inner.deleteEncounter(id: id) }
    func history(patronID: Int64, limit: Int) throws -> [Encounter] { try inner.history(patronID: patronID, limit: limit) }
    func encounters(arrivedFrom: Date, to: Date) throws -> [Encounter] { try inner.encounters(arrivedFrom: arrivedFrom, to: to) }
    func encounters(arrivedFrom: Date, to: Date, at desk: DeskScope) throws -> [Encounter] {
        try inner.encounters(arrivedFrom: arrivedFrom, to: to, at: desk)
    }
    func patronsSeen(before date: Date, among patronIDs: Set<Int64>) throws -> Set<Int64> {
        try inner.patronsSeen(before: date, among: patronIDs)
    }
    func followUps(openOnly: Bool) throws -> [OwedFollowUp] { try inner.followUps(openOnly: openOnly) }
    func keepFollowUp(id: Int64, at: Date) throws -> FollowUp { try inner.keepFollowUp(id: id, at: at) }
    func reopenFollowUp(id: Int64) throws -> FollowUp { try inner.reopenFollowUp(id: id) }
    func encounter(id: Int64) throws -> Encounter? { try inner.encounter(id: id) }
    func mergePatrons(keep: Int64, other: Int64) throws -> Patron { try inner.mergePatrons(keep: keep, other: other) }
    func correctEncounter(id: Int64, _ correction: EncounterCorrection, at: Date) throws -> Encounter {
        try inner.correctEncounter(id: id, correction, at: at)
    }
    func encounterChanges(id: Int64) throws -> [EncounterChange] { try inner.encounterChanges(id: id) }
    func startTimer(arrived: Date, mode: ContactMode, desk: String, branch: String) throws -> WaitingPatron {
        try inner.startTimer(arrived: arrived, mode: mode, desk: desk, branch: branch)
    }
    func updateTimer(_ timer: WaitingPatron) throws { try inner.updateTimer(timer) }
    func removeTimer(id: Int64) throws { try inner.removeTimer(id: id) }
    func timers(desk: String, branch: String) throws -> [WaitingPatron] { try inner.timers(desk: desk, branch: branch) }
    func openShift(desk: String, branch: String) throws -> Shift? { try inner.openShift(desk: desk, branch: branch) }
    func startShift(desk: String, branch: String, staff: String, at: Date) throws -> Shift { try inner.startShift(desk: desk, branch: branch, staff: staff, at: at) }
    func endShift(id: Int64, at: Date) throws -> Shift { try inner.endShift(id: id, at: at) }
    func shift(id: Int64) throws -> Shift? { try inner.shift(id: id) }
    func lastEndedShift(desk: String, branch: String) throws -> Shift? { try inner.lastEndedShift(desk: desk, branch: branch) }
    func purge(arrivedBefore date: Date) throws -> Int { try inner.purge(arrivedBefore: date) }
    func searchNotes(_ words: String, limit: Int, scope: DeskScope) throws -> [NoteHit] {
        try inner.searchNotes(words, limit: limit, scope: scope)
    }
}
