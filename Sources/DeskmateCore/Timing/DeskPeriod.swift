import Foundation

/// The periods the desk screen's period view offers: calendar weeks
/// (Monday first, as the heat map's rows are) and months, in the desk's
/// time zone. Whole periods, so a week is always compared with the week
/// before it (`PeriodReport.previous`), even while it is still going on.
public enum DeskPeriod: String, Sendable, CaseIterable, Equatable {
    case thisWeek, lastWeek, thisMonth

    /// "This week", as the view's title says it.
    public var label: String {
        switch self {
        case .thisWeek: "This week"
        case .lastWeek: "Last week"
        case .thisMonth: "This month"
        }
    }
}

extension DeskCalendar {
    /// Midnight starting the Monday of the week holding `date`.
    public func startOfWeek(_ date: Date) -> Date {
        let day = startOfDay(date)
        // Calendar weekdays: 1 is Sunday; days back to Monday.
        let back = (calendar.component(.weekday, from: day) + 5) % 7
        return calendar.date(byAdding: .day, value: -back, to: day) ?? day
    }

    /// Where `period` begins and ends (the end not included) as of `now`;
    /// days are counted by the calendar, so a week over a clock change is
    /// 167 or 169 hours, not 168.
    public func range(of period: DeskPeriod, now: Date) -> (from: Date, to: Date) {
        func days(_ n: Int, from date: Date) -> Date { calendar.date(byAdding: .day, value: n, to: date) ?? date }
        switch period {
        case .thisWeek:
            let monday = startOfWeek(now)
            return (monday, days(7, from: monday))
        case .lastWeek:
            let monday = startOfWeek(now)
            return (days(-7, from: monday), monday)
        case .thisMonth:
            let c = calendar.dateComponents([.year, .month], from: now)
            let first = calendar.date(from: DateComponents(year: c.year, month: c.month, day: 1)) ?? startOfDay(now)
            return (first, calendar.date(byAdding: .month, value: 1, to: first) ?? days(31, from: first))
        }
    }
}
