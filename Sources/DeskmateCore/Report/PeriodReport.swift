import Foundation

/// A supervisor's report over any period and any desks (`deskmate report`):
/// totals and encounters by day, an hour × weekday heat map, each desk and
/// branch, wait and service by hour, promises, complaints and suggestions,
/// each beside the period of the same length just before.
///
/// Pure: the encounters of both periods, the returning patrons, the owed
/// follow-ups, the clock and the time zone are handed in. The figures of the
/// whole period and of each desk and branch are `ShiftReport`s, computed as
/// `summary` computes them, so the two always agree.
public struct PeriodReport: Sendable {
    /// One desk (its name within its branch) or one branch (desk nil).
    public struct Group: Sendable {
        public var desk: String?
        public var branch: String
        public var now: ShiftReport
        public var previous: ShiftReport
    }

    /// Wait and service of the encounters that arrived in one hour of the day.
    public struct Hour: Sendable, Equatable {
        public var hour: Int
        public var encounters: Int
        public var wait: ShiftReport.Timing
        public var service: ShiftReport.Timing
    }

    /// One cell of the heat map: encounters on one weekday at one hour.
    public struct Cell: Sendable, Equatable {
        public var count: Int
        /// Seconds; nil when no wait was measured in the cell.
        public var medianWait: Double?
    }

    public struct Day: Sendable, Equatable {
        /// `yyyy-MM-dd` in the desk's time zone.
        public var day: String
        public var count: Int
    }

    /// The whole period, as `summary --from --to` reports it.
    public var now: ShiftReport
    /// The period of the same length that ended when this one began.
    public var previous: ShiftReport
    /// The time zone's identifier: days, hours and weekdays are counted in it.
    public var timeZone: String
    /// Every day the period touches, first to last, empty days included.
    public var byDay: [Day]
    /// Seven rows, Monday first, of 24 cells (hour 0–23).
    public var heatmap: [[Cell]]
    /// The 24 hours of the day.
    public var byHour: [Hour]
    /// Each desk that had an encounter in either period, by branch then name.
    public var desks: [Group]
    /// Each branch that had an encounter in either period, by name.
    public var branches: [Group]
    /// Promises made in the period, still owed and past their due day.
    public var overdue: Int
    public var previousOverdue: Int

    /// The names of the weekdays, in the order of the heat map's rows.
    public static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// - Parameters:
    ///   - encounters: those that arrived in `from..<to`, of the desks counted.
    ///   - previousEncounters: those that arrived in the period of the same length before `from`.
    ///   - returningIDs, previousReturningIDs: patrons seen before each period began.
    ///   - owed: every follow-up still owed, from any period.
    public init(
        from: Date, to: Date, desk: String?, branch: String?, encounters: [Encounter], previousEncounters: [Encounter],
        returningIDs: Set<Int64>, previousReturningIDs: Set<Int64>, owed: [OwedFollowUp], goals: DeskGoals,
        timeZone: TimeZone, now clock: Date
    ) {
        self.init(
            from: from, to: to, desk: desk, branch: branch,
            period: Facts(facts: EncounterFacts.grouped(encounters), whole: encounters.filter(EncounterFacts.needsWholeEncounter),
                          isReturning: returningIDs.contains),
            previousPeriod: Facts(facts: EncounterFacts.grouped(previousEncounters),
                                  whole: previousEncounters.filter(EncounterFacts.needsWholeEncounter),
                                  isReturning: previousReturningIDs.contains),
            owed: owed, goals: goals, timeZone: timeZone, now: clock)
    }

    /// What the report counts of one period: every encounter's facts (one
    /// desk each), the few encounters it shows whole, and who was returning.
    public struct Facts {
        public var facts: [EncounterFacts]
        /// Complaints, suggestions and promises, in the order they arrived.
        public var whole: [Encounter]
        /// Whether a patron of the period had an encounter before it began.
        public var isReturning: (Int64) -> Bool

        public init(facts: [EncounterFacts], whole: [Encounter], isReturning: @escaping (Int64) -> Bool) {
            self.facts = facts
            self.whole = whole
            self.isReturning = isReturning
        }
    }

    /// The report from the facts of both periods: the same figures as from
    /// their encounters, by the same code.
    public init(
        from: Date, to: Date, desk: String?, branch: String?, period: Facts, previousPeriod: Facts, owed: [OwedFollowUp],
        goals: DeskGoals, timeZone: TimeZone, now clock: Date
    ) {
        let start = Self.previousStart(from: from, to: to)
        func report(_ list: [EncounterFacts], whole: [Encounter], previous: Bool, desk: String?, branch: String?,
                    owed: [OwedFollowUp]) -> ShiftReport {
            ShiftReport(
                from: previous ? start : from, to: previous ? from : to, desk: desk, branch: branch, facts: list, whole: whole,
                isReturning: previous ? previousPeriod.isReturning : period.isReturning, owed: owed, goals: goals,
                timeZone: timeZone, now: clock)
        }
        now = report(period.facts, whole: period.whole, previous: false, desk: desk, branch: branch, owed: owed)
        previous = report(previousPeriod.facts, whole: previousPeriod.whole, previous: true, desk: desk, branch: branch, owed: owed)
        self.timeZone = timeZone.identifier
        let today = DayFormat.string(clock, timeZone: timeZone)
        overdue = now.followUpsOpen.filter { ($0.due.map { $0 < today }) ?? false }.count
        previousOverdue = previous.followUpsOpen.filter { ($0.due.map { $0 < today }) ?? false }.count

        // Days, heat map and hours, in one pass over the period's encounters.
        let calendar = DeskCalendar(timeZone: timeZone)
        var clockPlace = LocalDayHour(timeZone: timeZone)
        var days: [Day] = [], dayIndex: [Int: Int] = [:]
        var day = calendar.startOfDay(from)
        while day < to, days.count < 366 * 200 {
            dayIndex[clockPlace.place(day).day] = days.count
            days.append(Day(day: calendar.dayString(day), count: 0))
            guard let next = calendar.calendar.date(byAdding: .day, value: 1, to: day), next > day else { break }
            day = next
        }
        var counts = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        var cellWaits = Array(repeating: Array(repeating: [Double](), count: 24), count: 7)
        var hourWaits = Array(repeating: [Double](), count: 24), hourServices = Array(repeating: [Double](), count: 24)
        for f in period.facts {
            for i in 0..<f.count {
                let place = clockPlace.place(Date(timeIntervalSince1970: f.arrived[i]))
                if let d = dayIndex[place.day] { days[d].count += 1 }
                counts[place.weekday][place.hour] += 1
                let w = f.wait[i], s = f.service[i]
                if !w.isNaN {
                    cellWaits[place.weekday][place.hour].append(w)
                    hourWaits[place.hour].append(w)
                }
                if !s.isNaN { hourServices[place.hour].append(s) }
            }
        }
        byDay = days
        heatmap = (0..<7).map { w in
            (0..<24).map { h in Cell(count: counts[w][h], medianWait: OrderStatistics.percentile(&cellWaits[w][h], 0.5)) }
        }
        byHour = (0..<24).map { h in
            Hour(hour: h, encounters: counts.reduce(0) { $0 + $1[h] },
                 wait: ShiftReport.timing(hourWaits[h], goal: goals.acknowledgeSeconds),
                 service: ShiftReport.timing(hourServices[h], goal: goals.serviceSeconds))
        }

        // Desks (a name within its branch) and branches, present in either period.
        func groups(key: (String, String) -> Group.Key) -> [Group] {
            func by(_ p: Facts) -> (facts: [Group.Key: [EncounterFacts]], whole: [Group.Key: [Encounter]]) {
                (Dictionary(grouping: p.facts.filter { $0.count > 0 }) { key($0.desk, $0.branch) },
                 Dictionary(grouping: p.whole) { key($0.desk, $0.branch) })
            }
            let nowBy = by(period), beforeBy = by(previousPeriod)
            return Set(nowBy.facts.keys).union(beforeBy.facts.keys).sorted().map { k in
                let mine = owed.filter { key($0.encounter.desk, $0.encounter.branch) == k }
                return Group(desk: k.desk, branch: k.branch,
                             now: report(nowBy.facts[k] ?? [], whole: nowBy.whole[k] ?? [], previous: false, desk: k.desk,
                                         branch: k.branch, owed: mine),
                             previous: report(beforeBy.facts[k] ?? [], whole: beforeBy.whole[k] ?? [], previous: true,
                                              desk: k.desk, branch: k.branch, owed: mine))
            }
        }
        desks = groups { Group.Key(branch: $1, desk: $0) }
        branches = groups { Group.Key(branch: $1, desk: nil) }
    }

    /// The start of the period of the same length that ends at `from`.
    public static func previousStart(from: Date, to: Date) -> Date {
        from.addingTimeInterval(-max(0, to.timeIntervalSince(from)))
    }
}

extension PeriodReport.Group {
    struct Key: Hashable, Comparable {
        var branch: String
        var desk: String?
        static func < (a: Key, b: Key) -> Bool { (a.branch, a.desk ?? "") < (b.branch, b.desk ?? "") }
    }
}
