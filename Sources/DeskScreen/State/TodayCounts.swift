import DeskmateCore
import Foundation
import TerminalUI

/// Today's counts on the desk screen.
public struct TodayCounts: Sendable, Equatable {
    public var encounters = 0
    public var withPatron = 0
    public var withinGoal = 0
    public var lastArrival: Date?

    public init() {}

    public init(_ encounters: [Encounter], goals: DeskGoals) {
        self.encounters = encounters.count
        withPatron = encounters.filter { $0.patronID != nil }.count
        withinGoal = encounters.filter { ($0.wait ?? 0) <= Double(goals.acknowledgeSeconds) }.count
        lastArrival = encounters.map(\.arrived).max()
    }
}
