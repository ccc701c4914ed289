import Foundation

/// How a patron matched a query, so staff and scripts can see why a result
/// is where it is.
public struct MatchReason: Sendable, Equatable {
    /// `exact`, `prefix`, `nickname`, `phonetic` or `typo`, best first.
    public var kind: String
    /// The name words that matched, folded ("kathryn").
    public var words: [String]

    public init(kind: String, words: [String]) {
        self.kind = kind
        self.words = words
    }
}
