import Foundation

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
