import Foundation

/// The report's JSON shape, documented in the README and kept stable.
public struct ReportJSON: Encodable, Sendable {
    public struct Patrons: Encodable, Sendable { public var returning: Int; public var new: Int }
    public struct FollowUps: Encodable, Sendable {
        public var promised: Int
        public var open: Int
        public var kept: Int
        public var overdue: Int
    }
    public struct Note: Encodable, Sendable {
        public var arrived: String
        public var note: String
    }

    public var from: String
    public var to: String
    public var desk: String?
    public var staff: String?
    public var encounters: Int
    public var anonymous: Int
    public var withPatron: Int
    public var patrons: Patrons
    public var wait: ShiftReport.Timing
    public var service: ShiftReport.Timing
    public var withinGoal: Double?
    public var byMode: [String: Int]
    public var byKind: [String: Int]
    public var byRead: [String: Int]
    public var byHour: [Int]
    public var followUps: FollowUps
    public var complaints: [Note]
    public var suggestions: [Note]
    public var scorecard: ShiftReport.Scorecard
    public var goals: DeskGoals

    public init(_ r: ShiftReport) {
        from = InstantFormat.iso8601(r.period.from)
        to = InstantFormat.iso8601(r.period.to)
        desk = r.period.desk
        staff = r.period.staff
        encounters = r.total
        anonymous = r.anonymous
        withPatron = r.withPatron
        patrons = Patrons(returning: r.returningPatrons, new: r.newPatrons)
        wait = r.wait
        service = r.service
        withinGoal = r.withinGoal
        byMode = r.byMode
        byKind = r.byKind
        byRead = r.byRead
        byHour = r.byHour
        followUps = FollowUps(promised: r.followUpsPromised.count, open: r.followUpsOpen.count, kept: r.followUpsKept.count,
                              overdue: r.followUpsOverdue.count)
        complaints = r.complaints.map { Note(arrived: InstantFormat.iso8601($0.arrived), note: $0.note) }
        suggestions = r.suggestions.map { Note(arrived: InstantFormat.iso8601($0.arrived), note: $0.note) }
        scorecard = r.scorecard
        goals = r.goals
    }

    enum CodingKeys: String, CodingKey {
        case from, to, desk, staff, encounters, anonymous, withPatron, patrons, wait, service, withinGoal, byMode, byKind
        case byRead, byHour, followUps, complaints, suggestions, scorecard, goals
    }

    /// Every key is always present; absent values are `null`.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(from, forKey: .from)
        try c.encode(to, forKey: .to)
        try c.encode(desk, forKey: .desk)
        try c.encode(staff, forKey: .staff)
        try c.encode(encounters, forKey: .encounters)
        try c.encode(anonymous, forKey: .anonymous)
        try c.encode(withPatron, forKey: .withPatron)
        try c.encode(patrons, forKey: .patrons)
        try c.encode(TimingJSON(wait), forKey: .wait)
        try c.encode(TimingJSON(service), forKey: .service)
        try c.encode(withinGoal, forKey: .withinGoal)
        try c.encode(byMode, forKey: .byMode)
        try c.encode(byKind, forKey: .byKind)
        try c.encode(byRead, forKey: .byRead)
        try c.encode(byHour, forKey: .byHour)
        try c.encode(followUps, forKey: .followUps)
        try c.encode(complaints, forKey: .complaints)
        try c.encode(suggestions, forKey: .suggestions)
        try c.encode(ScorecardJSON(scorecard), forKey: .scorecard)
        try c.encode(goals, forKey: .goals)
    }

    struct TimingJSON: Encodable {
        var t: ShiftReport.Timing
        init(_ t: ShiftReport.Timing) { self.t = t }
        enum K: String, CodingKey { case median, p90, max, withinGoal, count }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(t.median, forKey: .median)
            try c.encode(t.p90, forKey: .p90)
            try c.encode(t.max, forKey: .max)
            try c.encode(t.withinGoal, forKey: .withinGoal)
            try c.encode(t.count, forKey: .count)
        }
    }

    struct ScorecardJSON: Encodable {
        var s: ShiftReport.Scorecard
        init(_ s: ShiftReport.Scorecard) { self.s = s }
        enum K: String, CodingKey { case reliable, timely, personalized, memorable }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(s.reliable, forKey: .reliable)
            try c.encode(s.timely, forKey: .timely)
            try c.encode(s.personalized, forKey: .personalized)
            try c.encode(s.memorable, forKey: .memorable)
        }
    }
}
