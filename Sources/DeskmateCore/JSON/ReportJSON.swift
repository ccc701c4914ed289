import Foundation

/// The report's JSON shape (`summary --format json`), documented in the
/// README and kept stable. Instants are already ISO 8601 strings here, so
/// any encoder prints the same; `@OrNull` writes what is absent as `null`.
public struct ReportJSON: Encodable, Sendable {
    public struct Patrons: Encodable, Sendable { public var returning: Int; public var new: Int }
    public struct FollowUps: Encodable, Sendable {
        public var promised, open, kept, overdue: Int
    }
    public struct Note: Encodable, Sendable {
        public var arrived: String
        public var note: String
    }
    /// Seconds; `withinGoal` is a share from 0 to 1.
    public struct Timing: Encodable, Sendable {
        @OrNull public var median: Double?
        @OrNull public var p90: Double?
        @OrNull public var max: Double?
        @OrNull public var withinGoal: Double?
        public var count: Int

        init(_ t: ShiftReport.Timing) {
            median = t.median; p90 = t.p90; max = t.max; withinGoal = t.withinGoal; count = t.count
        }
    }
    /// The four qualities, each a share from 0 to 1.
    public struct Scorecard: Encodable, Sendable {
        @OrNull public var reliable: Double?
        @OrNull public var timely: Double?
        @OrNull public var personalized: Double?
        @OrNull public var memorable: Double?

        init(_ s: ShiftReport.Scorecard) {
            reliable = s.reliable; timely = s.timely; personalized = s.personalized; memorable = s.memorable
        }
    }
    public struct Goals: Encodable, Sendable {
        public var acknowledgeSeconds: Int
        public var serviceSeconds: Int
    }

    public var from, to: String
    @OrNull public var desk: String?
    @OrNull public var branch: String?
    @OrNull public var staff: String?
    public var encounters, anonymous, withPatron: Int
    public var patrons: Patrons
    public var wait: Timing
    public var service: Timing
    @OrNull public var withinGoal: Double?
    public var byMode, byKind, byRead: [String: Int]
    /// Encounters per desk name.
    public var byDesk: [String: Int]
    /// Encounters per branch name.
    public var byBranch: [String: Int]
    public var byHour: [Int]
    public var followUps: FollowUps
    public var complaints: [Note]
    public var suggestions: [Note]
    public var scorecard: Scorecard
    public var goals: Goals

    public init(_ r: ShiftReport) {
        from = InstantFormat.iso8601(r.period.from)
        to = InstantFormat.iso8601(r.period.to)
        desk = r.period.desk
        branch = r.period.branch
        staff = r.period.staff
        encounters = r.total
        anonymous = r.anonymous
        withPatron = r.withPatron
        patrons = Patrons(returning: r.returningPatrons, new: r.newPatrons)
        wait = Timing(r.wait)
        service = Timing(r.service)
        withinGoal = r.withinGoal
        byMode = r.byMode
        byKind = r.byKind
        byRead = r.byRead
        byDesk = r.byDesk
        byBranch = r.byBranch
        byHour = r.byHour
        followUps = FollowUps(promised: r.followUpsPromised.count, open: r.followUpsOpen.count, kept: r.followUpsKept.count,
                              overdue: r.followUpsOverdue.count)
        complaints = r.complaints.map { Note(arrived: InstantFormat.iso8601($0.arrived), note: $0.note) }
        suggestions = r.suggestions.map { Note(arrived: InstantFormat.iso8601($0.arrived), note: $0.note) }
        scorecard = Scorecard(r.scorecard)
        goals = Goals(acknowledgeSeconds: r.goals.acknowledgeSeconds, serviceSeconds: r.goals.serviceSeconds)
    }
}
