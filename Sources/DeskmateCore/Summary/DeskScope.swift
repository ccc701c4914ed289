import Foundation

/// Which desks a report counts: one desk (the one it runs at, by default, or
/// one named), or every desk on the store. Desks sharing a store each keep
/// their own line and shift, so a report counts one of them unless asked.
public enum DeskScope: Equatable, Sendable {
    case one(String)
    case all

    /// Whether `encounter` was recorded at a desk in this scope. Names compare
    /// trimmed, as the store keeps them.
    public func includes(_ encounter: Encounter) -> Bool {
        switch self {
        case .all: return true
        case .one(let desk): return encounter.desk == desk.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// The one desk's name, as the report names its desk; nil for every desk.
    public var name: String? {
        switch self {
        case .all: nil
        case .one(let desk): desk.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }
}
