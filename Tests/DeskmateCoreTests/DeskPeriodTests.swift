import DeskmateCore
import Foundation
import Testing

/// The period view's weeks and months: Monday first, in the desk's time zone,
/// whole calendar days across a clock change.
@Suite struct DeskPeriodTests {
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0) }
    let utc = DeskCalendar(timeZone: TimeZone(identifier: "UTC") ?? .gmt)

    @Test func aWeekStartsOnMondayAndAMonthOnTheFirst() {
        let tuesday = Self.at("2026-11-17T10:30:00Z")
        #expect(utc.range(of: .thisWeek, now: tuesday) == (Self.at("2026-11-16T00:00:00Z"), Self.at("2026-11-23T00:00:00Z")))
        #expect(utc.range(of: .lastWeek, now: tuesday) == (Self.at("2026-11-09T00:00:00Z"), Self.at("2026-11-16T00:00:00Z")))
        #expect(utc.range(of: .thisMonth, now: tuesday) == (Self.at("2026-11-01T00:00:00Z"), Self.at("2026-12-01T00:00:00Z")))
        // Sunday night is still the week that began on Monday; Monday midnight begins the next.
        #expect(utc.startOfWeek(Self.at("2026-11-22T23:59:59Z")) == Self.at("2026-11-16T00:00:00Z"))
        #expect(utc.startOfWeek(Self.at("2026-11-23T00:00:00Z")) == Self.at("2026-11-23T00:00:00Z"))
        #expect(utc.range(of: .thisMonth, now: Self.at("2026-12-31T23:00:00Z")).to == Self.at("2027-01-01T00:00:00Z"))
    }

    @Test func theDesksTimeZoneDecidesTheWeekAndAClockChangeKeepsWholeDays() throws {
        // Sunday 23:30 in UTC is Monday midday in Auckland: its week has begun.
        let auckland = DeskCalendar(timeZone: try #require(TimeZone(identifier: "Pacific/Auckland")))
        #expect(auckland.startOfWeek(Self.at("2026-11-15T23:30:00Z")) == Self.at("2026-11-15T11:00:00Z"))
        // Berlin's clocks go back on Sunday 25 October 2026: that week has 169 hours.
        let berlin = DeskCalendar(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")))
        let week = berlin.range(of: .thisWeek, now: Self.at("2026-10-21T12:00:00Z"))
        #expect(week.from == Self.at("2026-10-18T22:00:00Z"))
        #expect(week.to == Self.at("2026-10-25T23:00:00Z"))
    }
}
