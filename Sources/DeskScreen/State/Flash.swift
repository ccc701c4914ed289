import Foundation

/// A one-line message in the status bar (saved, undone, an error), shown
/// until `until`, when a tick clears it.
public struct Flash: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public var until: Date
}
