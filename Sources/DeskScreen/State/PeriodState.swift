import DeskmateCore
import Foundation
import TerminalUI

/// The period view behind the summary (`p`): which period, which desks,
/// and the core's report once the store has answered. Each request carries
/// a generation, so an answer for a period staff have already left is dropped.
public struct PeriodState: Sendable {
    public var period: DeskPeriod = .thisWeek
    /// Every desk on the store, instead of this one.
    public var allDesks = false
    /// The heat map's cells as numbers instead of shades.
    public var numbers = false
    /// The period asked for (set with the request, from the runtime's clock).
    public var from: Date?
    public var to: Date?
    public var generation = 0
    /// Nil while the store has not answered the latest request.
    public var report: PeriodReport?

    public init() {}
}
