import Foundation

/// Which desks a report counts: one desk (the one it runs at, by default, or
/// one named), one branch's desks, or every desk on the store. Desks sharing
/// a store each keep their own line and shift, so a report counts one of
/// them unless asked.
public enum DeskScope: Equatable, Sendable {
    /// A desk by name in every branch (a library whose desks' names say
    /// where they are).
    case one(String)
    /// One desk: its name within its branch.
    case desk(String, branch: String)
    /// Every desk of one branch.
    case branch(String)
    case all

    /// Whether `encounter` was recorded at a desk in this scope. Names compare
    /// trimmed, as the store keeps them.
    public func includes(_ encounter: Encounter) -> Bool {
        switch self {
        case .all: true
        case .one(let desk): encounter.desk == Self.trimmed(desk)
        case .desk(let desk, let branch): encounter.desk == Self.trimmed(desk) && encounter.branch == Self.trimmed(branch)
        case .branch(let branch): encounter.branch == Self.trimmed(branch)
        }
    }

    /// The one desk's name, as the report names its desk; nil for more than one.
    public var name: String? {
        switch self {
        case .all, .branch: nil
        case .one(let desk), .desk(let desk, _): Self.trimmed(desk)
        }
    }

    /// The one branch a report counts, as it names its branch; nil for a
    /// desk named in every branch and for every desk.
    public var branchName: String? {
        switch self {
        case .all, .one: nil
        case .desk(_, let branch), .branch(let branch): Self.trimmed(branch)
        }
    }

    private static func trimmed(_ name: String) -> String { name.trimmingCharacters(in: .whitespacesAndNewlines) }
}
