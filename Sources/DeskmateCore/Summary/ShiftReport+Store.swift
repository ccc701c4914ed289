import Foundation

/// Building a report from a store, for a shift or any period.
extension ShiftReport {
    /// The report for `shift` (its start to its end, or `to` while open), or
    /// for `from`…`to` when no shift is given (from defaults to the start of
    /// the day), counting the encounters of the desks in `desk`. A patron is
    /// returning when seen before at any desk: patrons are the library's. A
    /// period of one desk is named after it; of every desk, after none.
    public static func fromStore(
        store: any PatronStore, shift: Shift?, from: Date?, to: Date, desk: DeskScope, goals: DeskGoals,
        timeZone: TimeZone, now: Date
    ) throws -> ShiftReport {
        let start = shift?.started ?? from ?? DeskCalendar(timeZone: timeZone).startOfDay(now)
        let end = shift?.ended ?? to
        let encounters = try store.encounters(arrivedFrom: start, to: end, at: desk)
        let returning = try store.patronsSeen(before: start, among: Set(encounters.compactMap(\.patronID)))
        return ShiftReport(
            from: start, to: end, desk: shift?.desk ?? desk.name, branch: shift?.branch ?? desk.branchName, staff: shift?.staff, encounters: encounters, returningIDs: returning,
            owed: try store.followUps(openOnly: true), goals: goals, timeZone: timeZone, now: now)
    }
}
