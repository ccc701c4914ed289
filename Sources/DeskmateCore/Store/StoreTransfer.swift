import Foundation

/// What a store holds, counted: `store copy` compares the source's counts
/// with the target's before it commits, so a copy is whole or not at all.
public struct StoreCounts: Sendable, Equatable, Encodable, CustomStringConvertible {
    public var patrons = 0
    public var encounters = 0
    public var followUps = 0
    public var timers = 0
    public var shifts = 0
    /// Lines of encounters' correction trails.
    public var changes = 0

    public init(patrons: Int = 0, encounters: Int = 0, followUps: Int = 0, timers: Int = 0, shifts: Int = 0, changes: Int = 0) {
        self.patrons = patrons
        self.encounters = encounters
        self.followUps = followUps
        self.timers = timers
        self.shifts = shifts
        self.changes = changes
    }

    public var isEmpty: Bool { self == StoreCounts() }

    public var description: String {
        "\(patrons) patrons, \(encounters) encounters, \(followUps) follow-ups, \(timers) running timers, \(shifts) shifts, \(changes) corrections"
    }
}

/// A running timer with the desk it belongs to, as a copy carries it.
public struct TimerRecord: Sendable, Equatable {
    public var timer: WaitingPatron
    public var desk: String
    public var branch: String

    public init(timer: WaitingPatron, desk: String, branch: String) {
        self.timer = timer
        self.desk = desk
        self.branch = branch
    }
}

/// A line of an encounter's correction trail, as a copy carries it.
public struct ChangeRecord: Sendable, Equatable {
    public var encounterID: Int64
    public var change: EncounterChange

    public init(encounterID: Int64, change: EncounterChange) {
        self.encounterID = encounterID
        self.change = change
    }
}

/// One page of a store's contents, in the order a copy writes them:
/// patrons and shifts first, then encounters (with their follow-ups, which
/// name patrons), their corrections, then timers.
public enum StorePage: Sendable {
    case patrons([Patron])
    case shifts([Shift])
    case encounters([Encounter])
    case changes([ChangeRecord])
    case timers([TimerRecord])
}

/// Moving a whole store: a desk's SQLite file into the library's shared
/// store, or the shared store into a file for an archive. Rows keep their
/// numbers, so a patron's id, an encounter's and a follow-up's are the same
/// on both sides and what staff wrote down still points at the right row.
public protocol StoreTransfer: PatronStore {
    func counts() throws -> StoreCounts
    /// Hands everything over in pages of at most `pageSize` rows, in
    /// `StorePage`'s order, reading one consistent view of the store.
    func readAll(pageSize: Int, _ page: (StorePage) throws -> Void) throws
    /// Writes what `fill` hands in, in one transaction, into a store that
    /// holds nothing (else `.invalidInput`, and nothing is written). Before
    /// it commits, the store's counts must equal `expected`; otherwise
    /// nothing is kept. Names are indexed for lookup as they are written.
    func writeAll(expecting expected: StoreCounts, _ fill: ((StorePage) throws -> Void) throws -> Void) throws
}

/// `deskmate store copy`: every row from one store into another, checked.
public enum StoreCopy {
    public static let pageSize = 2_000

    /// Copies `source` into the empty `target`; the counts copied.
    public static func copy(from source: any StoreTransfer, to target: any StoreTransfer) throws -> StoreCounts {
        let expected = try source.counts()
        guard try target.counts().isEmpty else {
            throw StoreError.invalidInput("The target store already holds data; copy only into a new, empty store. Nothing was copied.")
        }
        try target.writeAll(expecting: expected) { sink in
            try source.readAll(pageSize: pageSize, sink)
        }
        return expected
    }

    /// The message when the target's counts differ from the source's.
    public static func mismatch(expected: StoreCounts, found: StoreCounts) -> StoreError {
        .failed("The copy did not match its source (expected \(expected); the target would hold \(found)); nothing was kept.")
    }
}
