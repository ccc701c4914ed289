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
    func lookup(_ query: String, limit: Int, now: Date) throws -> [PatronMatch]

    // Encounters and follow-ups
    func logEncounter(_ draft: EncounterDraft) throws -> Encounter
    /// Takes back a just-saved encounter (the desk's undo).
    func deleteEncounter(id: Int64) throws
    func history(patronID: Int64, limit: Int) throws -> [Encounter]
    func encounters(arrivedFrom: Date, to: Date) throws -> [Encounter]
    /// Which of `patronIDs` had an encounter before `date` (returning patrons).
    func patronsSeen(before date: Date, among patronIDs: Set<Int64>) throws -> Set<Int64>
    func followUps(openOnly: Bool) throws -> [OwedFollowUp]
    func keepFollowUp(id: Int64, at: Date) throws -> FollowUp

    // Running timers
    func startTimer(arrived: Date, mode: ContactMode) throws -> WaitingPatron
    func updateTimer(_ timer: WaitingPatron) throws
    func removeTimer(id: Int64) throws
    func timers() throws -> [WaitingPatron]

    // Shifts
    func openShift() throws -> Shift?
    func startShift(desk: String, staff: String, at: Date) throws -> Shift
    func endShift(id: Int64, at: Date) throws -> Shift
    func shift(id: Int64) throws -> Shift?
    func lastEndedShift() throws -> Shift?

    // Housekeeping
    /// Encounters that arrived before `date` lose their patron link, note and
    /// follow-up text; their counts stay for statistics. Returns how many.
    func purge(arrivedBefore date: Date) throws -> Int
}

/// A patron found by a lookup, with what the desk needs to greet them.
public struct PatronMatch: Sendable, Equatable {
    public var patron: Patron
    public var lastEncounter: Encounter?
    /// Why the patron matched, strongest reason first ("exact", "prefix", …).
    public var reason: MatchReason

    public init(patron: Patron, lastEncounter: Encounter?, reason: MatchReason) {
        self.patron = patron
        self.lastEncounter = lastEncounter
        self.reason = reason
    }
}

/// How a patron matched a query, so staff and scripts can see why a result
/// is where it is.
public struct MatchReason: Sendable, Equatable, Codable {
    /// `exact`, `prefix`, `nickname`, `phonetic` or `typo`, best first.
    public var kind: String
    /// The name words that matched, folded ("kathryn").
    public var words: [String]

    public init(kind: String, words: [String]) {
        self.kind = kind
        self.words = words
    }
}

/// Why the store could not do what was asked, in words fit to show staff.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(String)
    case invalidInput(String)
    case notADeskmateStore(path: String)
    case newerStore(path: String)
    case corrupt(path: String, detail: String)
    case locked(path: String)
    case readOnly(path: String)
    case diskFull(path: String)
    case cannotOpen(path: String, detail: String)
    case failed(String)

    public var description: String {
        switch self {
        case .notFound(let what): "\(what) was not found."
        case .invalidInput(let why): why
        case .notADeskmateStore(let path) where path.contains("://"):
            "\(path) holds tables that are not Deskmate's; they were left untouched. Choose another database with --store."
        case .notADeskmateStore(let path): "\(path) is not a Deskmate store; it was left untouched. Choose another file with --store."
        case .newerStore(let path) where path.contains("://"):
            "\(path) was written by a newer Deskmate; update Deskmate to open it. The database was left untouched."
        case .newerStore(let path): "\(path) was written by a newer Deskmate; update Deskmate to open it. The file was left untouched."
        case .corrupt(let path, let detail): "\(path) is damaged (\(detail)); it was left untouched. Restore it from a backup."
        case .locked(let path): "\(path) is busy in another program; try again in a moment."
        case .readOnly(let path): "\(path) cannot be written (read-only file or folder)."
        case .diskFull(let path): "The disk holding \(path) is full; nothing was saved."
        case .cannotOpen(let path, let detail): "Cannot open \(path): \(detail)"
        case .failed(let detail): detail
        }
    }
}
