import Foundation

/// The hour a tally sheet was kept, as typed on the desk screen's tally
/// form: `14` or `14:30` (today, in the desk's time zone) or `-2h` (two
/// hours before now). Pure: the clock and calendar are handed in. A time
/// still to come is refused, as a count cannot be for an hour not begun.
public enum PastHour {
    /// Why the typed hour was not taken: one line to show under the form.
    public struct Refusal: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    static let howToType = "Hour: type 14 or 14:30 (today), or -2h (two hours ago)."

    /// The instant the tally is recorded at.
    public static func parse(_ text: String, now: Date, calendar: DeskCalendar) throws(Refusal) -> Date {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let at: Date
        if t.hasPrefix("-") {
            let digits = t.dropFirst().hasSuffix("h") ? t.dropFirst().dropLast() : t.dropFirst()
            guard let hours = Int(digits) else { throw Refusal(message: howToType) }
            do {
                at = now.addingTimeInterval(-3600 * Double(try NumericRange.tallyHoursBack.check(hours, source: "Hours back (-2h)")))
            } catch { throw Refusal(message: error.message) }
        } else {
            let parts = t.split(separator: ":", omittingEmptySubsequences: false)
            guard (1...2).contains(parts.count), let hour = Int(parts[0]), parts[0].count <= 2,
                  let minute = parts.count == 2 ? Int(parts[1]) : 0, parts.count == 1 || parts[1].count == 2
            else { throw Refusal(message: howToType) }
            do {
                _ = try NumericRange.tallyHour.check(hour, source: "Hour")
                _ = try NumericRange.tallyMinute.check(minute, source: "Minutes")
            } catch { throw Refusal(message: error.message) }
            let midnight = calendar.startOfDay(now)
            at = calendar.calendar.date(bySettingHour: hour, minute: minute, second: 0, of: midnight) ?? midnight
        }
        guard at <= now else {
            throw Refusal(message: "\(calendar.hourMinute(at)) is still to come: a tally is for an hour that has begun.")
        }
        return at
    }
}
