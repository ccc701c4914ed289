import Foundation

/// One question brought to the desk, from the moment the patron walked up (or
/// the phone rang) to the moment staff closed it.
///
/// The three instants let the desk measure what patrons feel: `arrived` to
/// `served` is the wait, `served` to `closed` the service.
public struct Encounter: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// Many desk questions are anonymous.
    public var patronID: Int64?
    public var desk: String
    /// The branch (service point's building) the desk belongs to.
    public var branch: String
    public var staff: String
    public var mode: ContactMode
    public var kind: QuestionKind
    public var read: ReadLevel?
    public var arrived: Date
    public var served: Date?
    public var closed: Date?
    public var note: String
    public var followUp: FollowUp?

    public init(
        id: Int64, patronID: Int64? = nil, desk: String, branch: String = DeskNames.defaultBranch, staff: String,
        mode: ContactMode, kind: QuestionKind, read: ReadLevel? = nil, arrived: Date, served: Date? = nil,
        closed: Date? = nil, note: String = "", followUp: FollowUp? = nil
    ) {
        self.id = id
        self.patronID = patronID
        self.desk = desk
        self.branch = branch
        self.staff = staff
        self.mode = mode
        self.kind = kind
        self.read = read
        self.arrived = arrived
        self.served = served
        self.closed = closed
        self.note = note
        self.followUp = followUp
    }

    /// Seconds from arrival until staff turned to the patron.
    public var wait: TimeInterval? { served.map { max(0, $0.timeIntervalSince(arrived)) } }
    /// Seconds from being served until the encounter was closed.
    public var service: TimeInterval? {
        guard let served, let closed else { return nil }
        return max(0, closed.timeIntervalSince(served))
    }
}

/// What staff promised a patron, so the promise is kept — the *reliable* in
/// Kitty Pope's four qualities.
public struct FollowUp: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var encounterID: Int64
    public var promise: String
    /// The day it is due, as `yyyy-MM-dd` in the desk's time zone.
    public var due: String?
    /// When it was kept; nil while still owed.
    public var keptAt: Date?

    public init(id: Int64, encounterID: Int64, promise: String, due: String? = nil, keptAt: Date? = nil) {
        self.id = id
        self.encounterID = encounterID
        self.promise = promise
        self.due = due
        self.keptAt = keptAt
    }

    public var isKept: Bool { keptAt != nil }
}

/// What staff enter when they close an encounter.
public struct EncounterDraft: Sendable, Equatable {
    public var patronID: Int64?
    public var desk: String
    public var branch: String
    public var staff: String
    public var mode: ContactMode
    public var kind: QuestionKind
    public var read: ReadLevel?
    public var arrived: Date
    public var served: Date?
    public var closed: Date
    public var note: String
    public var followUp: FollowUpDraft?
    /// The sender's own id for this encounter, when it may be sent more than
    /// once (from the outbox, after a lost connection): a store that already
    /// holds an encounter with this id returns it and writes nothing, so a
    /// retried or interrupted send never counts an encounter twice.
    public var clientID: UUID?

    public init(
        patronID: Int64? = nil, desk: String, branch: String = DeskNames.defaultBranch, staff: String,
        mode: ContactMode, kind: QuestionKind, read: ReadLevel? = nil, arrived: Date, served: Date? = nil,
        closed: Date, note: String = "", followUp: FollowUpDraft? = nil, clientID: UUID? = nil
    ) {
        self.patronID = patronID
        self.desk = desk
        self.branch = branch
        self.staff = staff
        self.mode = mode
        self.kind = kind
        self.read = read
        self.arrived = arrived
        self.served = served
        self.closed = closed
        self.note = note
        self.followUp = followUp
        self.clientID = clientID
    }
}

/// A promise to record with an encounter.
public struct FollowUpDraft: Sendable, Equatable {
    public var promise: String
    public var due: String?

    public init(promise: String, due: String? = nil) {
        self.promise = promise
        self.due = due
    }
}

/// A follow-up together with the encounter and patron it belongs to, as the
/// follow-up list shows it.
public struct OwedFollowUp: Sendable, Equatable {
    public var followUp: FollowUp
    public var encounter: Encounter
    public var patron: Patron?

    public init(followUp: FollowUp, encounter: Encounter, patron: Patron?) {
        self.followUp = followUp
        self.encounter = encounter
        self.patron = patron
    }
}
