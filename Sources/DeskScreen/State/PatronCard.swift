import DeskmateCore
import Foundation
import TerminalUI

/// What the desk knows of the patron in front of it.
public struct PatronCard: Sendable, Equatable {
    public var patron: Patron
    /// The newest encounters first. Only the desk screen makes a card, with
    /// the memberwise initializer.
    public var recent: [Encounter]

    public var openFollowUps: [FollowUp] { recent.compactMap(\.followUp).filter { !$0.isKept } }
    public var isReturning: Bool { !recent.isEmpty }
}
