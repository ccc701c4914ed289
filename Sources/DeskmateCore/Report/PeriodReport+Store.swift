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
        // The store picks the desks (an index, not a read of every desk's rows).
        let encounters = try store.encounters(arrivedFrom: from, to: to, at: scope)
        let before = try store.encounters(arrivedFrom: start, to: from, at: scope)
        return PeriodReport(
            from: from, to: to, desk: scope.name, branch: scope.branchName, encounters: encounters, previousEncounters: before,
            returningIDs: try store.patronsSeen(before: from, among: Set(encounters.compactMap(\.patronID))),
            previousReturningIDs: try store.patronsSeen(before: start, among: Set(before.compactMap(\.patronID))),
            owed: try store.followUps(openOnly: true), goals: goals, timeZone: timeZone, now: now)
    }
}
