import Foundation

/// Building a period report from a store, either kind: it reads through
/// `PatronStore` as the shift summary does.
extension PeriodReport {
    /// The report for `from..<to` over the desks in `scope`, beside the
    /// period of the same length just before. A patron is returning when
    /// seen before the period at any desk, as in `summary`.
    public static func fromStore(
        store: any PatronStore, from: Date, to: Date, scope: DeskScope, goals: DeskGoals, timeZone: TimeZone, now: Date
    ) throws -> PeriodReport {
        let start = previousStart(from: from, to: to)
        let period: Facts, previousPeriod: Facts
        if store.readsConcurrently {
            let (a, b) = Concurrently.both({ Result { try facts(store, from: from, to: to, scope: scope) } },
                                           { Result { try facts(store, from: start, to: from, scope: scope) } })
            (period, previousPeriod) = (try a.get(), try b.get())
        } else {
            period = try facts(store, from: from, to: to, scope: scope)
            previousPeriod = try facts(store, from: start, to: from, scope: scope)
        }
        return PeriodReport(
            from: from, to: to, desk: scope.name, branch: scope.branchName, period: period, previousPeriod: previousPeriod,
            owed: try store.followUps(openOnly: true), goals: goals, timeZone: timeZone, now: now)
    }

    /// One period's facts, and who of its patrons was returning: a patron
    /// of the period whose first encounter did not arrive in it arrived
    /// before it.
    static func facts(_ store: any PatronStore, from: Date, to: Date, scope: DeskScope) throws -> Facts {
        let read = try store.reportFacts(arrivedFrom: from, to: to, at: scope)
        if let newcomers = try store.patronsFirstSeen(from: from, to: to) {
            return Facts(facts: read.facts, whole: read.whole) { !newcomers.contains($0) }
        }
        var ids = Set<Int64>()
        for f in read.facts { f.withReader { r in for i in 0..<r.count where r.patron(i) != 0 { ids.insert(r.patron(i)) } } }
        let seen = try store.patronsSeen(before: from, among: ids)
        return Facts(facts: read.facts, whole: read.whole, isReturning: seen.contains)
    }
}
