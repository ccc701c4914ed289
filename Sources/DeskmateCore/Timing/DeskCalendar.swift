import Foundation

/// Days, hours and minutes as the desk's time zone counts them: the one
/// place a calendar is built and a desk time is written, so the screen, the
/// reports, the file names and the command line never disagree about which
/// day or hour it is.
public struct DeskCalendar: Sendable {
    public let timeZone: TimeZone
    public let calendar: Calendar

    public init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.timeZone = timeZone
        self.calendar = calendar
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public func startOfDay(_ date: Date) -> Date { calendar.startOfDay(for: date) }

    /// Today, from local midnight to the next.
    public func day(containing date: Date) -> (from: Date, to: Date) {
        let start = startOfDay(date)
        return (start, start.addingTimeInterval(86_400))
    }

    /// `yyyy-MM-dd`, the form due dates are typed and stored in.
    public func dayString(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return Self.padded(c.year ?? 0, 4) + "-" + Self.padded(c.month ?? 0, 2) + "-" + Self.padded(c.day ?? 0, 2)
    }

    /// `n` in at least `width` digits, zeros in front: `%02d` without
    /// `String(format:)`, which costs microseconds a call in its casts (a
    /// year's report stamps fifty thousand notes).
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (n < 0 ? "-" : "") + zeros + digits
    }

    /// Midnight starting a `yyyy-MM-dd` day, or nil when it is not a real day.
    public func midnight(ofDay text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        guard let date = calendar.date(from: DateComponents(year: y, month: m, day: d)),
              calendar.component(.day, from: date) == d, calendar.component(.month, from: date) == m else { return nil }
        return date
    }

    /// `HH:mm`, as the desk's clocks show times of day.
    public func hourMinute(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return Self.padded(c.hour ?? 0, 2) + ":" + Self.padded(c.minute ?? 0, 2)
    }

    /// `Tue 17 Nov 10:30`, the screen's header clock.
    public func weekdayDayMonthTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.weekday, .day, .month], from: date)
        let day = Self.weekdays[((c.weekday ?? 1) - 1) % 7], month = Self.months[((c.month ?? 1) - 1) % 12]
        return "\(day) \(c.day ?? 1) \(month) " + hourMinute(date)
    }

    /// `3 Nov` in the year of `now`, `3 Nov 2024` otherwise.
    public func shortDay(_ date: Date, now: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        let year = calendar.component(.year, from: now)
        let base = "\(c.day ?? 1) \(Self.months[max(0, min(11, (c.month ?? 1) - 1))])"
        return c.year == year ? base : "\(base) \(c.year ?? year)"
    }

    /// `2026-11-17-103000`: file names that sort by time. `compact` drops
    /// the date's dashes (`20261117-103000`), as backups are named.
    public func fileStamp(_ date: Date, compact: Bool = false) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let format = compact ? "%04d%02d%02d-%02d%02d%02d" : "%04d-%02d-%02d-%02d%02d%02d"
        return String(format: format, c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// The local day as days since 1970, and the quarter hours since local
    /// midnight: what the prompt's rotation counts by.
    public func localClock(_ date: Date) -> (day: Int, quarterHour: Int) {
        let seconds = date.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: date))
        let day = Int((seconds / 86_400).rounded(.down))
        return (day, Int(seconds.truncatingRemainder(dividingBy: 86_400) / 900))
    }

    /// A due date as staff type it, on the screen and with `log --due`:
    /// `yyyy-MM-dd`, `today`, `tomorrow` (or `tom`), `+3` (in three days),
    /// or a weekday (`fri`: the next Friday, a week on when today is one).
    /// The day as `yyyy-MM-dd`, or nil when the text is none of these.
    public func dueDay(_ text: String, now: Date) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if DayFormat.isValid(t) { return t }
        var days: Int?
        if t.hasPrefix("+"), let n = Int(t.dropFirst()), (0...366).contains(n) { days = n }
        if t == "today" { days = 0 }
        if t == "tomorrow" || t == "tom" { days = 1 }
        if t.count >= 3, let index = Self.weekdays.firstIndex(where: { t.hasPrefix($0.lowercased()) }) {
            let today = calendar.component(.weekday, from: now) - 1
            days = (index - today + 7) % 7 == 0 ? 7 : (index - today + 7) % 7
        }
        guard let days else { return nil }
        return dayString(now.addingTimeInterval(Double(days) * 86_400))
    }
}
