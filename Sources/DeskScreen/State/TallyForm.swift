import DeskmateCore
import Foundation
import TerminalUI

/// The small form for a count kept on paper (`t`, then `h`): a kind and a
/// mode one key each, how many, and the hour they were counted in. The
/// form stays until the store has taken them all, so nothing typed is lost.
public struct TallyForm: Sendable, Equatable {
    public enum Field: Int, Sendable, CaseIterable {
        case kind, count, hour, mode
    }

    public var kind: QuestionKind = .directional
    public var mode: ContactMode
    /// Empty means one, as `tally --count` does.
    public var count = TextField(maxLength: 6)
    /// `14`, `14:30` or `-2h`: see `PastHour`.
    public var hour = TextField(maxLength: 8)
    public var focus: Field = .kind
    /// How many were sent, between Enter and the store's answer: a second Enter waits.
    public var sending: Int?
    public var error: String?

    public init(mode: ContactMode = .inPerson) {
        self.mode = mode
    }

    /// The count as typed, checked against the one range `tally --count` uses.
    public func checkedCount() throws(NumericRange.OutOfRange) -> Int {
        let text = count.text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return 1 }
        // Not a number is out of range too, with the same one line.
        return try NumericRange.tallyCount.check(Int(text) ?? Int.min, source: "Count")
    }

    /// The field after (or before) the one with the focus, round.
    public mutating func moveFocus(forward: Bool) {
        let n = Field.allCases.count
        focus = Field(rawValue: (focus.rawValue + (forward ? 1 : n - 1)) % n) ?? .kind
    }
}
