import DeskmateCore
import Foundation
import TerminalUI

/// What the desk knows of the patron in front of it.
public struct PatronCard: Sendable, Equatable {
    public var patron: Patron
    public var recent: [Encounter]

    public init(patron: Patron, recent: [Encounter]) {
        self.patron = patron
        self.recent = recent
    }

    public var openFollowUps: [FollowUp] { recent.compactMap(\.followUp).filter { !$0.isKept } }
    public var isReturning: Bool { !recent.isEmpty }
}
