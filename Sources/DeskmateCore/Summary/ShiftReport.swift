import Foundation

/// How the desk did over a period: what the end-of-shift screen, the
/// handover note and the statistics exports all show, computed once here so
/// they always agree. Pure: encounters, follow-ups and the clock are handed in.
///
/// An encounter belongs to the period in which it arrived; a patron is
/// *returning* when they had an encounter before the period began.
public struct ShiftReport: Sendable, Equatable {
    public struct Timing: Sendable, Equatable {
        public var median: Double?
        public var p90: Double?
        public var max: Double?
        /// Share (0…1) within the goal; nil with nothing measured.
        public var withinGoal: Double?
        public var count: Int
    }

    public struct Period: Sendable, Equatable {
        public var from: Date
        public var to: Date
        public var desk: String?
        /// The one branch counted; nil when the report spans branches.
        public var branch: String?
        public var staff: String?
    }

    public var period: Period
    public var encounters: [Encounter]
    /// Encounters, anonymous ones, ones with a known patron; patrons
    /// returning and new.
    public var total, anonymous, withPatron, returningPatrons, newPatrons: Int
    /// Encounters per contact mode, question kind and READ level (raw values).
    public var byMode, byKind, byRead: [String: Int]
    /// Encounters per desk name (one key for a one-desk report).
    public var byDesk: [String: Int]
    /// Encounters per branch name.
    public var byBranch: [String: Int]
    public var wait: Timing
    public var service: Timing
    /// Share of encounters within both goals (wait and service).
    public var withinGoal: Double?
    /// The longest waits, longest first.
    public var longestWaits: [Encounter]
    /// Encounters per hour of the day (0–23, desk time zone).
    public var byHour: [Int]
    /// The longest wait in each hour of the day, in seconds.
    public var maxWaitByHour: [Double]
    /// The hours of day from the first busy one to the last, in the order
    /// they happened: a shift from 22:00 to 02:00 gives 22, 23, 0, 1.
    public var busyHours: [Int]
    public var followUpsPromised: [FollowUp]
    public var followUpsKept: [FollowUp]
    /// Promised this period and still owed.
    public var followUpsOpen: [FollowUp]
    /// Owed from before the period and past their due day.
    public var followUpsOverdue: [OwedFollowUp]
    /// Complaints and suggestions, with their notes: chances to get better.
    public var complaints: [Encounter]
    public var suggestions: [Encounter]
    public var scorecard: Scorecard
    public var goals: DeskGoals

    /// Kitty Pope's four qualities as four numbers (0…1, nil when nothing counts).
    public struct Scorecard: Sendable, Equatable {
        /// Follow-ups due by now that were kept on time.
        public var reliable: Double?
        /// Encounters within the desk's goals.
        public var timely: Double?
        /// Encounters with a known patron.
        public var personalized: Double?
        /// Patrons served who had been here before.
        public var memorable: Double?

        public init(reliable: Double?, timely: Double?, personalized: Double?, memorable: Double?) {
            self.reliable = reliable
            self.timely = timely
            self.personalized = personalized
            self.memorable = memorable
        }
    }

    /// - Parameters:
    ///   - encounters: those that arrived in the period.
    ///   - returningIDs: patrons of those encounters who had an encounter before `from`.
    ///   - owed: every follow-up still owed, from any period.
    public init(
        from: Date, to: Date, desk: String? = nil, branch: String? = nil, staff: String? = nil, encounters: [Encounter],
        returningIDs: Set<Int64>, owed: [OwedFollowUp], goals: DeskGoals, timeZone: TimeZone, now: Date
    ) {
        self.init(
            from: from, to: to, desk: desk, branch: branch, staff: staff, facts: EncounterFacts.grouped(encounters),
            whole: encounters.filter(EncounterFacts.needsWholeEncounter), isReturning: returningIDs.contains,
            owed: owed, goals: goals, timeZone: timeZone, now: now)
        self.encounters = encounters
        longestWaits = Self.longest(5, of: encounters).map { encounters[$0] }
    }

    /// The figures from the encounters' facts, as `init(encounters:…)`
    /// computes them, without the encounters themselves: `encounters` and
    /// `longestWaits` stay empty (the period report shows neither).
    ///
    /// - Parameters:
    ///   - facts: of the encounters that arrived in the period, one desk each.
    ///   - whole: the same period's encounters `EncounterFacts.needsWholeEncounter`
    ///     keeps, in the order they arrived (complaints, suggestions, promises).
    ///   - isReturning: whether a patron of the period had an encounter before `from`.
    ///   - timed: false leaves out what takes longest over a year — wait and
    ///     service (empty), encounters by hour (zero) — for the period
    ///     report's desks and branches, which show counts alone.
    ///   - timings: the wait and service of these very facts, when the
    ///     caller has them already (the period report, from its hours).
    public init(
        from: Date, to: Date, desk: String? = nil, branch: String? = nil, staff: String? = nil, facts: [EncounterFacts],
        whole: [Encounter], isReturning: (Int64) -> Bool, owed: [OwedFollowUp], goals: DeskGoals, timeZone: TimeZone, now: Date,
        timed: Bool = true, timings: (wait: Timing, service: Timing)? = nil
    ) {
        period = Period(from: from, to: to, desk: desk, branch: branch, staff: staff)
        self.goals = goals
        encounters = []
        longestWaits = []
        var patrons = PatronIDSet()
        var modes = Array(repeating: 0, count: EncounterFacts.modes.count)
        var kinds = Array(repeating: 0, count: EncounterFacts.kinds.count)
        var reads = Array(repeating: 0, count: 7)
        var desks: [String: Int] = [:], branches: [String: Int] = [:]
        var waits: [Double] = [], services: [Double] = []
        let collect = timed && timings == nil
        if collect {
            let all = facts.reduce(0) { $0 + $1.count }
            waits.reserveCapacity(all)
            services.reserveCapacity(all)
        }
        var measured = 0, withinBoth = 0, count = 0, anonymous = 0
        var hours = Array(repeating: 0, count: 24)
        var hourWaits = Array(repeating: 0.0, count: 24)
        var clock = LocalHour(timeZone: timeZone)
        let waitGoal = Double(goals.acknowledgeSeconds), serviceGoal = Double(goals.serviceSeconds)
        for f in facts where f.count > 0 {
            count += f.count
            desks[f.desk, default: 0] += f.count
            branches[f.branch, default: 0] += f.count
            f.withReader { r in
                for i in 0..<r.count {
                    let p = r.patron(i)
                    if p == 0 { anonymous += 1 } else { patrons.insert(p) }
                    let mode = Int(r.mode(i)), kind = Int(r.kind(i)), read = Int(r.read(i))
                    if mode < modes.count { modes[mode] += 1 }
                    if kind < kinds.count { kinds[kind] += 1 }
                    if read > 0, read < 7 { reads[read] += 1 }
                    let w = r.wait(i), s = r.service(i)
                    if !w.isNaN {
                        measured += 1
                        // An unmeasured service counts as within its goal, as it always has.
                        if w <= waitGoal && (s.isNaN ? 0 : s) <= serviceGoal { withinBoth += 1 }
                    }
                    guard timed else { continue }
                    if collect {
                        if !w.isNaN { waits.append(w) }
                        if !s.isNaN { services.append(s) }
                    }
                    let h = clock.hour(of: Date(timeIntervalSince1970: r.arrived(i)))
                    hours[h] += 1
                    hourWaits[h] = Swift.max(hourWaits[h], w.isNaN ? 0 : w)
                }
            }
        }
        total = count
        self.anonymous = anonymous
        withPatron = total - anonymous
        returningPatrons = patrons.count(where: isReturning)
        newPatrons = patrons.count - returningPatrons
        func named<T>(_ all: [T], _ counts: [Int], _ name: (T) -> String) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: zip(all, counts).filter { $0.1 > 0 }.map { (name($0.0), $0.1) })
        }
        byMode = named(EncounterFacts.modes, modes, \.rawValue)
        byKind = named(EncounterFacts.kinds, kinds, \.rawValue)
        byRead = named(Array(0...6), reads) { "\($0)" }
        byDesk = desks
        byBranch = branches
        wait = timings?.wait ?? Self.timing(waits, goal: goals.acknowledgeSeconds)
        service = timings?.service ?? Self.timing(services, goal: goals.serviceSeconds)
        withinGoal = measured == 0 ? nil : Double(withinBoth) / Double(measured)

        let calendar = DeskCalendar(timeZone: timeZone).calendar
        byHour = hours
        maxWaitByHour = hourWaits
        let firstHour = calendar.component(.hour, from: from)
        let chronological = (0..<24).map { (firstHour + $0) % 24 }
        if let first = chronological.firstIndex(where: { hours[$0] > 0 }),
           let last = chronological.lastIndex(where: { hours[$0] > 0 }) {
            busyHours = Array(chronological[first...last])
        } else {
            busyHours = []
        }

        followUpsPromised = whole.compactMap(\.followUp)
        followUpsKept = followUpsPromised.filter(\.isKept)
        followUpsOpen = followUpsPromised.filter { !$0.isKept }
        let today = DayFormat.string(now, timeZone: timeZone)
        followUpsOverdue = owed.filter { item in
            item.encounter.arrived < from && !item.followUp.isKept && (item.followUp.due.map { $0 < today } ?? false)
        }
        complaints = whole.filter { $0.kind == .complaint }
        suggestions = whole.filter { $0.kind == .suggestion }

        // Reliable: promises of this period that fell due by now, kept by their due day.
        let dueByNow = followUpsPromised.filter { ($0.due ?? "9999") <= today }
        let keptOnTime = dueByNow.filter { f in
            guard let kept = f.keptAt else { return false }
            return DayFormat.string(kept, timeZone: timeZone) <= (f.due ?? "9999")
        }
        scorecard = Scorecard(
            reliable: dueByNow.isEmpty ? nil : Double(keptOnTime.count) / Double(dueByNow.count),
            timely: withinGoal,
            personalized: total == 0 ? nil : Double(withPatron) / Double(total),
            memorable: patrons.count == 0 ? nil : Double(returningPatrons) / Double(patrons.count))
    }

    static func timing(_ values: consuming [Double], goal: Int) -> Timing {
        var v = values
        return timing(&v, in: v.indices, goal: goal)
    }

    /// The timing of `values[range]`, which is reordered.
    static func timing(_ values: inout [Double], in range: Range<Int>, goal: Int) -> Timing {
        guard !range.isEmpty else { return Timing(median: nil, p90: nil, max: nil, withinGoal: nil, count: 0) }
        // Selected, not sorted: the same values at the same ranks, in linear time.
        let ranks = OrderStatistics.percentiles(&values, in: range, [0.5, 0.9])
        let part = values[range]
        return Timing(
            median: ranks[0], p90: ranks[1], max: part.max(),
            withinGoal: Double(part.reduce(0) { $0 + ($1 <= Double(goal) ? 1 : 0) }) / Double(range.count), count: range.count)
    }

    /// The indices of the `k` longest waits (over zero), longest first and,
    /// among equal waits, in the order they came — what a stable sort of
    /// every encounter by wait would put first, in one pass.
    static func longest(_ k: Int, of encounters: [Encounter]) -> [Int] {
        var top: [(wait: Double, index: Int)] = []
        for (i, e) in encounters.enumerated() {
            guard let w = e.wait, w > 0 else { continue }
            if top.count == k, let last = top.last, w <= last.wait { continue }
            let at = top.firstIndex { $0.wait < w } ?? top.count
            top.insert((w, i), at: at)
            if top.count > k { top.removeLast() }
        }
        return top.map(\.index)
    }

    /// Linear interpolation between closest ranks (the spreadsheet PERCENTILE.INC).
    public static func percentile(_ sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let rank = p * Double(sorted.count - 1)
        let low = Int(rank.rounded(.down)), high = Int(rank.rounded(.up))
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - Double(low))
    }
}

/// The hour of day of an instant in the desk's time zone, without a
/// `Calendar` call per encounter: the zone's offset is looked up once per
/// hour of UTC (offsets change on the hour) and the rest is arithmetic.
struct LocalHour {
    let timeZone: TimeZone
    private var bucket = Int64.min
    private var offset = 0

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    mutating func hour(of date: Date) -> Int {
        let t = date.timeIntervalSince1970
        guard t.isFinite, abs(t) < 1e15 else { return 0 }
        let seconds = Int64(t.rounded(.down))
        let utcHour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600
        if utcHour != bucket {
            bucket = utcHour
            offset = timeZone.secondsFromGMT(for: date)
        }
        let local = (seconds + Int64(offset)) % 86_400
        return Int((local + 86_400) % 86_400 / 3600)
    }
}
