@testable import DeskmateCore
import Foundation
import Testing

/// The fast date arithmetic agrees with Foundation's calendar code.
@Suite struct InstantFormatTests {
    @Test func iso8601MatchesFoundation() {
        let foundation = ISO8601DateFormatter()
        foundation.formatOptions = [.withInternetDateTime]
        var random = SystemRandomNumberGenerator()
        var instants: [Double] = [0, -1, 86_399, 86_400, 951_782_400, 1_794_911_400.75, -62_135_596_800, 253_402_300_799]
        for _ in 0..<2000 { instants.append(Double.random(in: -3e9...5e9, using: &random).rounded(.down)) }
        for t in instants {
            let date = Date(timeIntervalSince1970: t)
            #expect(InstantFormat.iso8601(date) == foundation.string(from: date), "\(t)")
        }
        #expect(InstantFormat.iso8601(Date(timeIntervalSince1970: 1_794_952_800)) == "2026-11-17T22:00:00Z")
    }

    @Test(arguments: ["UTC", "Europe/Oslo", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham"])
    func localHourMatchesTheCalendar(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var clock = LocalHour(timeZone: timeZone)
        // Every 7 minutes through 2026, across both daylight-saving changes.
        var t = 1_767_225_600.0
        while t < 1_798_761_600 {
            let date = Date(timeIntervalSince1970: t)
            #expect(clock.hour(of: date) == calendar.component(.hour, from: date), "\(zone) \(date)")
            t += 7 * 60
        }
    }
}
