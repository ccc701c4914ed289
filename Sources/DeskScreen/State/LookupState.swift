import DeskmateCore
import Foundation
import TerminalUI

/// The lookup line and its results.
public struct LookupState: Sendable {
    public var field = TextField(maxLength: 200)
    public var results: [PatronMatch] = []
    public var list = ListState()
    /// Increases with every keystroke; results of an older query are dropped.
    public var generation = 0
    /// The generation whose results are shown.
    public var shownGeneration = 0

    public init() {}

    public var isSearching: Bool { shownGeneration != generation && !field.isEmpty }
}
