import DeskmateCore
import Foundation
import TerminalUI

/// A patron's whole history on screen, newest first (`h` on the desk).
public struct HistoryState: Sendable, Equatable {
    public var patron: Patron
    /// Nil until the store answers.
    public var encounters: [Encounter]?
    /// The chosen encounter; the list scrolls to keep it in view.
    public var list = ListState(selected: 0)

    public init(patron: Patron) {
        self.patron = patron
    }

    /// How many encounters the screen asks for: a patron's whole history,
    /// bounded only so a damaged store cannot flood the screen.
    public static let limit = 100_000
}
