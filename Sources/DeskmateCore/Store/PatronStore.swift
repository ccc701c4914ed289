import Foundation

/// Everything the screens and the command line ask of a store, in the
/// language of the desk rather than of SQL.
///
/// The SQLite store is one implementation; a store shared by many desks (for
/// example on PostgreSQL) can stand beside it without touching the screens.
/// Every method may throw `StoreError`, whose message is fit to show staff.
public protocol PatronStore: AnyObject, Sendable {
    // Patrons
    func addPatron(_ draft: PatronDraft, now: Date) throws -> Patron
    func patron(id: Int64) throws -> Patron?
    func editPatron(id: Int64, _ draft: PatronDraft) throws -> Patron
    /// Removes the patron and everything tied to them, beyond recovery.
    func forgetPatron(id: Int64) throws
    /// Two records of one person become `keep`: `other`'s encounters,
    /// promises and waiting timers move to `keep`, `keep`'s empty fields are
    /// filled from `other`'s, visits add up and the last visit is the later;
    /// then `other` is removed as `forgetPatron` removes a patron.
    func mergePatrons(keep: Int64, other: Int64) throws -> Patron
    func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch]

    // Encounters and follow-ups
    func logEncounter(_ draft: EncounterDraft) throws -> Encounter
    /// Saves the encounter and removes the timer it closes in one
    /// transaction, so a crash never leaves both or neither (the desk's save).
    func logEncounter(_ draft: EncounterDraft, closingTimer timerID: Int64?) throws -> Encounter
    /// Takes back a just-saved encounter (the desk's undo).
    func deleteEncounter(id: Int64) throws
    func history(patronID: Int64, limit: Int) throws -> [Encounter]
    func encounters(arrivedFrom: Date, to: Date) throws -> [Encounter]
    /// The same, only of the desks in `desk`: the store filters, so a
    /// summary of one desk on a shared store reads that desk's rows alone.
    func encounters(arrivedFrom: Date, to: Date, at desk: DeskScope) throws -> [Encounter]
    /// Which of `patronIDs` had an encounter before `date` (returning patrons).
    func patronsSeen(before date: Date, among patronIDs: Set<Int64>) throws -> Set<Int64>
    /// What a period report counts of the encounters that arrived in
    /// `from..<to` at the desks of `scope`: their facts, one desk each, and
    /// whole those it shows (`EncounterFacts.needsWholeEncounter`), in the
    /// order they arrived. A store that keeps the facts packed reads those.
    func reportFacts(arrivedFrom: Date, to: Date, at scope: DeskScope) throws -> (facts: [EncounterFacts], whole: [Encounter])
    /// The patrons whose first encounter, at any desk, arrived in
    /// `from..<to`; nil when the store keeps no first encounters (then
    /// `patronsSeen` answers).
    func patronsFirstSeen(from: Date, to: Date) throws -> PatronIDSet?
    /// Whether two threads may read at once (a pool of connections): a
    /// period report then reads its two periods side by side.
    var readsConcurrently: Bool { get }
    func followUps(openOnly: Bool) throws -> [OwedFollowUp]
    func keepFollowUp(id: Int64, at: Date) throws -> FollowUp
    /// Marks a promise owed again (kept by mistake).
    func reopenFollowUp(id: Int64) throws -> FollowUp
    /// One encounter with its follow-up, or nil.
    func encounter(id: Int64) throws -> Encounter?
    /// Corrects a saved encounter and, in the same transaction, adds what
    /// changed to its trail (nothing when nothing changed).
    func correctEncounter(id: Int64, _ correction: EncounterCorrection, at: Date) throws -> Encounter
    /// An encounter's corrections, oldest first.
    func encounterChanges(id: Int64) throws -> [EncounterChange]
    /// Past encounters at the desks of `scope` whose note holds every word of
    /// `words` (folded as names are; the last word may be the start of one),
    /// newest first, at most `limit`. Text that folds to no word finds
    /// nothing; no text is ever taken as the index's query syntax. Notes of
    /// forgotten patrons and purged encounters are gone from the index.
    func searchNotes(_ words: String, limit: Int, scope: DeskScope) throws -> [NoteHit]

    // Running timers: each belongs to the desk that started it, so desks
    // sharing one store each keep their own waiting line. A desk is known by
    // its name within its branch: two branches may each have a "Reference".
    func startTimer(arrived: Date, mode: ContactMode, desk: String, branch: String) throws -> WaitingPatron
    func updateTimer(_ timer: WaitingPatron) throws
    func removeTimer(id: Int64) throws
    /// The desk's waiting line, oldest first.
    func timers(desk: String, branch: String) throws -> [WaitingPatron]

    // Shifts: each desk opens and ends its own; at most one is open per desk.
    func openShift(desk: String, branch: String) throws -> Shift?
    /// Opens a shift at `desk`, or returns the one already open there.
    func startShift(desk: String, branch: String, staff: String, at: Date) throws -> Shift
    func endShift(id: Int64, at: Date) throws -> Shift
    func shift(id: Int64) throws -> Shift?
    func lastEndedShift(desk: String, branch: String) throws -> Shift?

    // Housekeeping
    /// Encounters that arrived before `date` lose their patron link, note and
    /// follow-up text; their counts stay for statistics. Returns how many.
    func purge(arrivedBefore date: Date) throws -> Int
}


extension PatronStore {
    /// A save that closes no timer (`deskmate log`, the outbox): one
    /// definition for every store.
    public func logEncounter(_ draft: EncounterDraft) throws -> Encounter {
        try logEncounter(draft, closingTimer: nil)
    }

    /// From the encounters themselves, for a store that packs no facts.
    public func reportFacts(arrivedFrom: Date, to: Date, at scope: DeskScope) throws -> (facts: [EncounterFacts], whole: [Encounter]) {
        let encounters = try encounters(arrivedFrom: arrivedFrom, to: to, at: scope)
        return (EncounterFacts.grouped(encounters), encounters.filter(EncounterFacts.needsWholeEncounter))
    }

    public func patronsFirstSeen(from: Date, to: Date) throws -> PatronIDSet? { nil }

    public var readsConcurrently: Bool { false }
}
