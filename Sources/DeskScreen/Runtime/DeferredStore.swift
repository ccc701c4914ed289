import DeskmateCore
import Foundation

/// A store opened when first used rather than up front, and opened again
/// on the next call for as long as opening fails. Why: the desk must open
/// even when the shared store's server cannot be reached at that moment —
/// it starts in the unreachable state and its retries open the store once
/// the server answers. `beforeEach`, given the method's name, runs before
/// every call: tests use it to hold a call (a semaphore) or to make the
/// store unreachable for a while.
public final class DeferredStore: PatronStore, @unchecked Sendable {
    public typealias Hook = @Sendable (_ method: String) throws -> Void
    private let open: @Sendable () throws -> any PatronStore
    private let beforeEach: Hook?
    private let lock = NSLock()
    private var opened: (any PatronStore)?

    public init(beforeEach: Hook? = nil, open: @escaping @Sendable () throws -> any PatronStore) {
        self.open = open
        self.beforeEach = beforeEach
    }

    /// A store already open, with a hook before each call.
    public convenience init(_ store: any PatronStore, beforeEach: @escaping Hook) {
        self.init(beforeEach: beforeEach) { store }
    }

    /// The store, opening it if it is not yet; throws what opening threw.
    public func store() throws -> any PatronStore {
        try lock.withLock {
            if let opened { return opened }
            let fresh = try open()
            opened = fresh
            return fresh
        }
    }

    private func call<T>(_ method: String, _ body: (any PatronStore) throws -> T) throws -> T {
        try beforeEach?(method)
        return try body(try store())
    }

    public func addPatron(_ draft: PatronDraft, now: Date) throws -> Patron { try call(#function) { try $0.addPatron(draft, now: now) } }
    public func patron(id: Int64) throws -> Patron? { try call(#function) { try $0.patron(id: id) } }
    public func editPatron(id: Int64, _ draft: PatronDraft) throws -> Patron { try call(#function) { try $0.editPatron(id: id, draft) } }
    public func forgetPatron(id: Int64) throws { try call(#function) { try $0.forgetPatron(id: id) } }
    public func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch] {
        try call(#function) { try $0.lookup(query, limit: limit, now: now) }
    }
    public func logEncounter(_ draft: EncounterDraft) throws -> Encounter { try call(#function) { try $0.logEncounter(draft) } }
    public func logEncounter(_ draft: EncounterDraft, closingTimer timerID: Int64?) throws -> Encounter {
        try call(#function) { try $0.logEncounter(draft, closingTimer: timerID) }
    }
    public func deleteEncounter(id: Int64) throws { try call(#function) { try $0.deleteEncounter(id: id) } }
    public func searchNotes(_ words: String, limit: Int, scope: DeskScope) throws -> [NoteHit] {
        try call(#function) { try $0.searchNotes(words, limit: limit, scope: scope) }
    }
    public func history(patronID: Int64, limit: Int) throws -> [Encounter] { try call(#function) { try $0.history(patronID: patronID, limit: limit) } }
    public func encounters(arrivedFrom: Date, to: Date) throws -> [Encounter] { try call(#function) { try $0.encounters(arrivedFrom: arrivedFrom, to: to) } }
    public func encounters(arrivedFrom: Date, to: Date, at desk: DeskScope) throws -> [Encounter] {
        try call(#function) { try $0.encounters(arrivedFrom: arrivedFrom, to: to, at: desk) }
    }
    public func patronsSeen(before date: Date, among patronIDs: Set<Int64>) throws -> Set<Int64> {
        try call(#function) { try $0.patronsSeen(before: date, among: patronIDs) }
    }
    public func followUps(openOnly: Bool) throws -> [OwedFollowUp] { try call(#function) { try $0.followUps(openOnly: openOnly) } }
    public func keepFollowUp(id: Int64, at: Date) throws -> FollowUp { try call(#function) { try $0.keepFollowUp(id: id, at: at) } }
    public func reopenFollowUp(id: Int64) throws -> FollowUp { try call(#function) { try $0.reopenFollowUp(id: id) } }
    public func encounter(id: Int64) throws -> Encounter? { try call(#function) { try $0.encounter(id: id) } }
    public func mergePatrons(keep: Int64, other: Int64) throws -> Patron { try call(#function) { try $0.mergePatrons(keep: keep, other: other) } }
    public func correctEncounter(id: Int64, _ correction: EncounterCorrection, at: Date) throws -> Encounter {
        try call(#function) { try $0.correctEncounter(id: id, correction, at: at) }
    }
    public func encounterChanges(id: Int64) throws -> [EncounterChange] { try call(#function) { try $0.encounterChanges(id: id) } }
    public func startTimer(arrived: Date, mode: ContactMode, desk: String, branch: String) throws -> WaitingPatron {
        try call(#function) { try $0.startTimer(arrived: arrived, mode: mode, desk: desk, branch: branch) }
    }
    public func updateTimer(_ timer: WaitingPatron) throws { try call(#function) { try $0.updateTimer(timer) } }
    public func removeTimer(id: Int64) throws { try call(#function) { try $0.removeTimer(id: id) } }
    public func timers(desk: String, branch: String) throws -> [WaitingPatron] { try call(#function) { try $0.timers(desk: desk, branch: branch) } }
    public func openShift(desk: String, branch: String) throws -> Shift? { try call(#function) { try $0.openShift(desk: desk, branch: branch) } }
    public func startShift(desk: String, branch: String, staff: String, at: Date) throws -> Shift { try call(#function) { try $0.startShift(desk: desk, branch: branch, staff: staff, at: at) } }
    public func endShift(id: Int64, at: Date) throws -> Shift { try call(#function) { try $0.endShift(id: id, at: at) } }
    public func shift(id: Int64) throws -> Shift? { try call(#function) { try $0.shift(id: id) } }
    public func lastEndedShift(desk: String, branch: String) throws -> Shift? { try call(#function) { try $0.lastEndedShift(desk: desk, branch: branch) } }
    public func purge(arrivedBefore date: Date) throws -> Int { try call(#function) { try $0.purge(arrivedBefore: date) } }
}
