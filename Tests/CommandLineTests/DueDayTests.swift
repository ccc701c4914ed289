import Foundation
import Testing

/// `deskmate log --due` takes what the desk screen's Due field takes:
/// `yyyy-MM-dd`, `tomorrow`, `+3` and weekdays, counted from `--closed` in
/// the local time zone.
@Suite(.serialized) struct DueDayTests {
    /// Closed on Tuesday 17 November 2026 at 23:30 UTC: already Wednesday
    /// in Auckland, still Tuesday in Honolulu.
    let closed = "2026-11-17T23:30:00Z"

    func due(_ typed: String, timeZone: String) throws -> String? {
        var cli = DeskmateBinary()
        cli.environment["TZ"] = timeZone
        defer { cli.cleanUp() }
        let logged = try cli.json("log", "--mode", "phone", "--kind", "reference", "--closed", closed,
                                  "--follow-up", "call back", "--due", typed, "--json") as? [String: Any]
        return (logged?["followUp"] as? [String: Any])?["due"] as? String
    }

    @Test func relativeFormsCountFromClosedInTheLocalDay() throws {
        #expect(try due("tomorrow", timeZone: "UTC") == "2026-11-18")
        #expect(try due("+3", timeZone: "UTC") == "2026-11-20")
        #expect(try due("fri", timeZone: "UTC") == "2026-11-20")
        #expect(try due("tue", timeZone: "UTC") == "2026-11-24", "today's weekday means a week on")
        #expect(try due("tomorrow", timeZone: "Pacific/Auckland") == "2026-11-19")
        #expect(try due("fri", timeZone: "Pacific/Honolulu") == "2026-11-20")
        #expect(try due("2026-12-01", timeZone: "UTC") == "2026-12-01")
    }

    @Test func anythingElseIsRefused() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        for typed in ["someday", "+400", "2026-02-30"] {
            let result = try cli.run("log", "--mode", "phone", "--kind", "reference", "--follow-up", "x", "--due", typed)
            #expect(result.status != 0, "\(typed)")
            #expect(result.stderr.contains("--due needs a day like 2026-11-24, tomorrow, +3 or fri"), "\(typed)")
        }
    }
}
