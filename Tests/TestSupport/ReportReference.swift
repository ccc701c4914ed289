import DeskmateCore
import Foundation

/// The period report worked out the slow way, from every encounter of both
/// periods as the store returns them, without the packed facts. The tests of
/// both stores' packed reports compare against it.
public enum ReportReference {
    public static func report(
        _ store: any PatronStore, from: Date, to: Date, scope: DeskScope, goals: DeskGoals, timeZone: TimeZone, now: Date
    ) throws -> PeriodReport {
        let start = PeriodReport.previousStart(from: from, to: to)
        let encounters = try store.encounters(arrivedFrom: from, to: to).filter(scope.includes)
        let before = try store.encounters(arrivedFrom: start, to: from).filter(scope.includes)
        return PeriodReport(
            from: from, to: to, desk: scope.name, branch: scope.branchName, encounters: encounters, previousEncounters: before,
            returningIDs: try store.patronsSeen(before: from, among: Set(encounters.compactMap(\.patronID))),
            previousReturningIDs: try store.patronsSeen(before: start, among: Set(before.compactMap(\.patronID))),
            owed: try store.followUps(openOnly: true), goals: goals, timeZone: timeZone, now: now)
    }

    /// The first figure in which `fast` differs from `slow`, put into words
    /// for a failure message. A whole report would be too long to print. Nil
    /// when the two agree figure for figure.
    public static func difference(_ fast: PeriodReport, _ slow: PeriodReport) -> String? {
        if let differs = zip(fast.figures, slow.figures).first(where: { $0 != $1 }) { return "\(differs.0) against \(differs.1)" }
        return fast.figures.count == slow.figures.count ? nil : "figure counts differ"
    }
}
