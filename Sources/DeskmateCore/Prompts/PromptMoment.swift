import Foundation

/// What `PromptChooser` chooses by: which situations hold, a step that
/// advances as the desk moves on, and a seed that changes each day.
///
/// `at` is the one place the desk's moment is computed, so the screen and
/// `deskmate prompt` show the same point for the same desk, in any time zone.
public struct PromptMoment: Sendable, Equatable {
    public var holding: Set<DeskSituation>
    /// Advances whenever the desk should see a fresh point.
    public var step: Int
    /// Changes the rotation order each day (days since 1970, in the desk's time zone).
    public var daySeed: Int

    public init(holding: Set<DeskSituation> = [], step: Int = 0, daySeed: Int = 0) {
        self.holding = holding
        self.step = step
        self.daySeed = daySeed
    }

    /// The desk's moment now. The step is today's encounters plus the
    /// quarter hours since local midnight; the seed is the local day.
    ///
    /// - Parameters:
    ///   - timers: the running timers (waiting and being served).
    ///   - encountersToday: encounters closed since local midnight.
    ///   - lastArrival: the latest of today's arrivals, if any.
    ///   - shiftStarted: when the open shift began, if one is open.
    ///   - also: situations only the screen can see (a returning patron's
    ///     card, the close form's kind or refusal).
    public static func at(
        _ now: Date, timeZone: TimeZone, goals: DeskGoals, quietMinutes: Int, timers: [WaitingPatron],
        encountersToday: Int, lastArrival: Date?, shiftStarted: Date?, also: Set<DeskSituation> = []
    ) -> PromptMoment {
        var holding = also
        let waiting = timers.filter { $0.served == nil }
        if waiting.contains(where: { now.timeIntervalSince($0.arrived) > Double(goals.acknowledgeSeconds) }) {
            holding.insert(.waitingPastGoal)
        }
        if waiting.count >= 3 { holding.insert(.busyDesk) }
        if timers.isEmpty, now.timeIntervalSince(lastArrival ?? shiftStarted ?? .distantPast) > Double(quietMinutes * 60) {
            holding.insert(.quietDesk)
        }
        let clock = DeskCalendar(timeZone: timeZone).localClock(now)
        return PromptMoment(holding: holding, step: encountersToday + clock.quarterHour, daySeed: clock.day)
    }

    /// Minutes without a visitor after which a desk counts as quiet, unless
    /// its settings say otherwise.
    public static let quietMinutes = 20

    /// The desk's moment as its store shows it: the home screen with no
    /// patron's card open, which is what `deskmate prompt` prints — this
    /// desk's line, shift and encounters, as its screen sees them.
    public static func at(
        _ now: Date, store: any PatronStore, desk: String, branch: String, timeZone: TimeZone, goals: DeskGoals,
        quietMinutes: Int = quietMinutes, also: Set<DeskSituation> = []
    ) throws -> PromptMoment {
        let day = DeskCalendar(timeZone: timeZone).day(containing: now)
        let today = try store.encounters(arrivedFrom: day.from, to: day.to).filter(DeskScope.desk(desk, branch: branch).includes)
        return at(now, timeZone: timeZone, goals: goals, quietMinutes: quietMinutes,
                  timers: try store.timers(desk: desk, branch: branch),
                  encountersToday: today.count, lastArrival: today.map(\.arrived).max(),
                  shiftStarted: try store.openShift(desk: desk, branch: branch)?.started, also: also)
    }
}
