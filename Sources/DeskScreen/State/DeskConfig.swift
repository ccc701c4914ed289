import DeskmateCore
import Foundation
import TerminalUI

/// The desk's settings: who and where, its goals, its time zone.
public struct DeskConfig: Sendable, Equatable {
    public var desk: String
    /// The branch the desk belongs to: its line and shift are this desk's
    /// of this branch.
    public var branch: String
    public var staff: String
    public var goals: DeskGoals
    public var timeZone: TimeZone
    /// Minutes without a visitor after which the desk counts as quiet.
    public var quietMinutes: Int
    /// Where `e` on the summary screen writes the handover note; nil when
    /// this desk cannot write one.
    public var handoverFolder: String?

    public init(
        desk: String, branch: String = DeskNames.defaultBranch, staff: String, goals: DeskGoals = DeskGoals(), timeZone: TimeZone, quietMinutes: Int = PromptMoment.quietMinutes,
        handoverFolder: String? = nil
    ) {
        (self.desk, self.branch) = DeskNames.stored(desk: desk, branch: branch)
        self.staff = staff
        self.goals = goals
        self.timeZone = timeZone
        self.quietMinutes = quietMinutes
        self.handoverFolder = handoverFolder
    }
}
