import Foundation

/// Instants as ISO 8601 in UTC, `2026-11-22T14:05:00Z`: the form every
/// export and JSON document uses.
///
/// Written by calendar arithmetic rather than `ISO8601DateFormatter`, which
/// goes through ICU: an export of a month of encounters spent more time
/// formatting dates than reading them from the store.
public enum InstantFormat {
    public static func iso8601(_ date: Date) -> String {
        let t = date.timeIntervalSince1970
        // Before 1583 Foundation switches to the Julian calendar, and past
        // 9999 the form is no longer ISO 8601: leave those rare cases to it.
        guard t.isFinite, t >= -12_212_553_600, t < 253_402_300_800 else {
            let formatter = ISO8601DateFormatter()
            formatter.formatOptions = [.withInternetDateTime]
            return formatter.string(from: date)
        }
        let seconds = Int64(t.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let ofDay = Int(seconds - days * 86_400)
        let (year, month, day) = civil(days: days)
        var out = [UInt8]()
        out.reserveCapacity(20)
        func digits(_ value: Int, _ count: Int) {
            var divisor = 1
            for _ in 1..<count { divisor *= 10 }
            var v = value
            while divisor > 0 {
                out.append(UInt8(ascii: "0") + UInt8(v / divisor))
                v %= divisor
                divisor /= 10
            }
        }
        digits(year, 4); out.append(UInt8(ascii: "-"))
        digits(month, 2); out.append(UInt8(ascii: "-"))
        digits(day, 2); out.append(UInt8(ascii: "T"))
        digits(ofDay / 3600, 2); out.append(UInt8(ascii: ":"))
        digits(ofDay % 3600 / 60, 2); out.append(UInt8(ascii: ":"))
        digits(ofDay % 60, 2); out.append(UInt8(ascii: "Z"))
        return String(decoding: out, as: UTF8.self)
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic
    /// Gregorian), after Howard Hinnant's `civil_from_days`.
    static func civil(days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}
