import Foundation

/// Calendar days as `yyyy-MM-dd`, the form follow-up due dates are typed and
/// stored in. Pure: the time zone is handed in; `DeskCalendar` does the work.
public enum DayFormat {
    public static func isValid(_ text: String) -> Bool { date(text, timeZone: .gmt) != nil }

    /// Midnight starting `text` in `timeZone`, or nil when it is not a real day.
    public static func date(_ text: String, timeZone: TimeZone) -> Date? {
        DeskCalendar(timeZone: timeZone).midnight(ofDay: text)
    }

    public static func string(_ date: Date, timeZone: TimeZone) -> String {
        DeskCalendar(timeZone: timeZone).dayString(date)
    }
}
