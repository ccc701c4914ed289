import Foundation

/// Someone the desk has chosen to remember, so the next visit can be personal.
///
/// Only what staff decide to keep is stored: a name, the name the patron likes
/// to be called, how to say it, and short notes. Nothing is collected on the
/// patron's behalf automatically.
public struct Patron: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// The full name, as the patron gave it.
    public var name: String
    /// What the patron likes to be called ("Kate" for Catherine).
    public var preferredName: String?
    /// How to say the name ("KAH-tuh-LEEN").
    public var pronunciation: String?
    /// Notes staff chose to keep ("prefers large print").
    public var notes: String?
    public var created: Date
    /// When the patron last came to the desk; nil until their first encounter.
    public var lastSeen: Date?
    public var visitCount: Int

    public init(
        id: Int64, name: String, preferredName: String? = nil, pronunciation: String? = nil,
        notes: String? = nil, created: Date, lastSeen: Date? = nil, visitCount: Int = 0
    ) {
        self.id = id
        self.name = name
        self.preferredName = preferredName
        self.pronunciation = pronunciation
        self.notes = notes
        self.created = created
        self.lastSeen = lastSeen
        self.visitCount = visitCount
    }

    /// The name to greet the patron by.
    public var greetingName: String { preferredName ?? name }
}

/// The fields staff type when they add or change a patron. `nil` leaves a field
/// as it is when editing; an empty string clears it.
public struct PatronDraft: Sendable, Equatable {
    public var name: String?
    public var preferredName: String?
    public var pronunciation: String?
    public var notes: String?

    public init(name: String? = nil, preferredName: String? = nil, pronunciation: String? = nil, notes: String? = nil) {
        self.name = name
        self.preferredName = preferredName
        self.pronunciation = pronunciation
        self.notes = notes
    }
}
