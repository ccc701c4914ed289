import Foundation

/// The local day, weekday and hour of an instant in the desk's time zone,
/// for the report's by-day counts and heat map over a year of encounters:
/// the zone's offset is looked up once per hour of UTC (offsets change on
/// the hour, daylight saving included) and the rest is arithmetic, instead
/// of a `Calendar` call per encounter.
struct LocalDayHour {
    let timeZone: TimeZone
    private var bucket = Int64.min
    private var offset: Int64 = 0

    init(timeZone: TimeZone) { self.timeZone = timeZone }

    /// Days since 1970-01-01 in local time, the weekday (0 = Monday … 6 =
    /// Sunday) and the hour of the day (0–23).
    mutating func place(_ date: Date) -> (day: Int, weekday: Int, hour: Int) {
        let t = date.timeIntervalSince1970
        guard t.isFinite, abs(t) < 1e15 else { return (0, 3, 0) }
        let seconds = Int64(t.rounded(.down))
        let utcHour = seconds >= 0 ? seconds / 3600 : (seconds - 3599) / 3600
        if utcHour != bucket {
            bucket = utcHour
            offset = Int64(timeZone.secondsFromGMT(for: date))
        }
        let local = seconds + offset
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let hour = Int((local - day * 86_400) / 3600)
        // 1970-01-01 was a Thursday: weekday 3 when Monday is 0.
        let weekday = Int(((day + 3) % 7 + 7) % 7)
        return (Int(day), weekday, hour)
    }
}
