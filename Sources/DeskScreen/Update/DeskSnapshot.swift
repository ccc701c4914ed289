import DeskmateCore
import Foundation
import TerminalUI

/// The desk as the store sees it at start-up and after each save.
public struct DeskSnapshot: Sendable, Equatable {
    public var timers: [WaitingPatron]
    public var attached: [Int64: Patron]
    public var today: [Encounter]
    public var followUpsDue: [OwedFollowUp]
    public var shift: Shift?

    public init(timers: [WaitingPatron], attached: [Int64: Patron], today: [Encounter], followUpsDue: [OwedFollowUp], shift: Shift?) {
        self.timers = timers
        self.attached = attached
        self.today = today
        self.followUpsDue = followUpsDue
        self.shift = shift
    }
}
