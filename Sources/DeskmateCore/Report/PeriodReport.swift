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
    /// One desk (its name within its branch) or one branch (desk nil): its
    /// counts and patrons. Its waits, services and hours are not computed
    /// (`ShiftReport(timed: false)`), and its promises, complaints and
    /// suggestions are counted in the whole report's, not here.
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
                    owed: [OwedFollowUp], timed: Bool = true,
                    timings: (wait: ShiftReport.Timing, service: ShiftReport.Timing)? = nil) -> ShiftReport {
            ShiftReport(
                from: previous ? start : from, to: previous ? from : to, desk: desk, branch: branch, facts: list, whole: whole,
                isReturning: previous ? previousPeriod.isReturning : period.isReturning, owed: owed, goals: goals,
                timeZone: timeZone, now: clock, timed: timed, timings: timings)
        }
        // Desks (a name within its branch) and branches, present in either
        // period: their counts. Promises, complaints and suggestions are the
        // whole report's (a year of a busy library's complaints, copied for
        // every desk and branch, was most of a year's report).
        func groups(_ p: Facts, previous: Bool) -> (desks: [Group.Key: ShiftReport], branches: [Group.Key: ShiftReport]) {
            func by(_ key: (EncounterFacts) -> Group.Key) -> [Group.Key: ShiftReport] {
                Dictionary(grouping: p.facts.filter { $0.count > 0 }, by: key).mapValues {
                    report($0, whole: [], previous: previous, desk: $0[0].desk, branch: $0[0].branch, owed: [], timed: false)
                }
            }
            return (by { Group.Key(branch: $0.branch, desk: $0.desk) }, by { Group.Key(branch: $0.branch, desk: nil) })
        }
        // The two periods at once, on two cores where there are two: a
        // year's report counts millions of encounters in each.
        let (mine, before) = Concurrently.both({ () -> (whole: ShiftReport, inTime: InTime) in
            // The period's wait and service come from the same values as its hours.
            let inTime = Self.placedInTime(period.facts, from: from, to: to, goals: goals, timeZone: timeZone)
            return (report(period.facts, whole: period.whole, previous: false, desk: desk, branch: branch, owed: owed,
                           timings: inTime.totals), inTime)
        }, {
            (whole: report(previousPeriod.facts, whole: previousPeriod.whole, previous: true, desk: desk, branch: branch, owed: owed),
             groups: groups(period, previous: false), previousGroups: groups(previousPeriod, previous: true))
        })
        now = mine.whole
        previous = before.whole
        (byDay, heatmap, byHour) = (mine.inTime.days, mine.inTime.heatmap, mine.inTime.hours)
        self.timeZone = timeZone.identifier
        let today = DayFormat.string(clock, timeZone: timeZone)
        overdue = now.followUpsOpen.filter { ($0.due.map { $0 < today }) ?? false }.count
        previousOverdue = previous.followUpsOpen.filter { ($0.due.map { $0 < today }) ?? false }.count

        func paired(_ a: [Group.Key: ShiftReport], _ b: [Group.Key: ShiftReport]) -> [Group] {
            Set(a.keys).union(b.keys).sorted().map { k in
                func empty(_ previous: Bool) -> ShiftReport {
                    report([], whole: [], previous: previous, desk: k.desk, branch: k.branch, owed: [], timed: false)
                }
                return Group(desk: k.desk, branch: k.branch, now: a[k] ?? empty(false), previous: b[k] ?? empty(true))
            }
        }
        desks = paired(before.groups.desks, before.previousGroups.desks)
        branches = paired(before.groups.branches, before.previousGroups.branches)
    }

    private typealias InTime = (days: [Day], heatmap: [[Cell]], hours: [Hour],
                                totals: (wait: ShiftReport.Timing, service: ShiftReport.Timing))

    /// Days, heat map, hours and the whole period's wait and service, in
    /// two passes over the period's encounters.
    private static func placedInTime(
        _ facts: [EncounterFacts], from: Date, to: Date, goals: DeskGoals, timeZone: TimeZone
    ) -> InTime {
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
        // Two passes: place and count every encounter, then lay the waits
        // and services out hour by hour (each hour's waits weekday by
        // weekday), so a cell's and an hour's values are each one range of
        // one array instead of 216 arrays growing.
        var counts = Array(repeating: Array(repeating: 0, count: 24), count: 7)
        var waitCounts = Array(repeating: 0, count: 24 * 7), serviceCounts = Array(repeating: 0, count: 24)
        var placed = [UInt8]()
        placed.reserveCapacity(facts.reduce(0) { $0 + $1.count })
        for f in facts {
            f.withReader { r in
                for i in 0..<r.count {
                    let place = clockPlace.place(Date(timeIntervalSince1970: r.arrived(i)))
                    if let d = dayIndex[place.day] { days[d].count += 1 }
                    counts[place.weekday][place.hour] += 1
                    let cell = place.hour * 7 + place.weekday
                    placed.append(UInt8(cell))
                    if !r.wait(i).isNaN { waitCounts[cell] += 1 }
                    if !r.service(i).isNaN { serviceCounts[place.hour] += 1 }
                }
            }
        }
        func starts(_ counts: [Int]) -> [Int] { counts.reduce(into: [0]) { $0.append($0.last! + $1) } }
        let waitStart = starts(waitCounts), serviceStart = starts(serviceCounts)
        var waits = [Double](repeating: 0, count: waitStart.last!), services = [Double](repeating: 0, count: serviceStart.last!)
        var waitNext = waitStart, serviceNext = serviceStart, n = 0
        for f in facts {
            f.withReader { r in
                for i in 0..<r.count {
                    let cell = Int(placed[n])
                    n += 1
                    let w = r.wait(i), s = r.service(i)
                    if !w.isNaN {
                        waits[waitNext[cell]] = w
                        waitNext[cell] += 1
                    }
                    if !s.isNaN {
                        services[serviceNext[cell / 7]] = s
                        serviceNext[cell / 7] += 1
                    }
                }
            }
        }
        // Each cell's median first (it only reorders within the cell, so
        // each hour still holds its own values), then each hour's timing,
        // then the whole period's.
        let heatmap = (0..<7).map { w in
            (0..<24).map { h in
                Cell(count: counts[w][h],
                     medianWait: OrderStatistics.percentiles(&waits, in: waitStart[h * 7 + w]..<waitStart[h * 7 + w + 1], [0.5])[0])
            }
        }
        let hours = (0..<24).map { h in
            Hour(hour: h, encounters: counts.reduce(0) { $0 + $1[h] },
                 wait: ShiftReport.timing(&waits, in: waitStart[h * 7]..<waitStart[h * 7 + 7], goal: goals.acknowledgeSeconds),
                 service: ShiftReport.timing(&services, in: serviceStart[h]..<serviceStart[h + 1], goal: goals.serviceSeconds))
        }
        // Last, the whole period: every hour's values are still in the arrays.
        let totals = (wait: ShiftReport.timing(&waits, in: waits.indices, goal: goals.acknowledgeSeconds),
                      service: ShiftReport.timing(&services, in: services.indices, goal: goals.serviceSeconds))
        return (days, heatmap, hours, totals)
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
