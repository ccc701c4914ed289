@testable import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// The period view through `update`: which period the store is asked for,
/// from the desk's calendar and the clock handed in, and which answer is kept.
@Suite struct PeriodUpdateTests {
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text) ?? Date(timeIntervalSince1970: 0) }

    func press(_ state: inout DeskState, _ keys: Character...) -> [DeskEffect] {
        keys.flatMap { DeskUpdate.update(&state, .key(.character($0))) }
    }

    @Test func pOnTheSummaryAsksForThisWeekAndShowsLoading() {
        var s = Fixture.summary()
        let effects = press(&s, "p")
        #expect(s.screen == .period)
        // Fixture.now is Tuesday 17 November 2026: the week began on Monday the 16th.
        #expect(effects == [.loadPeriod(from: Self.at("2026-11-16T00:00:00Z"), to: Self.at("2026-11-23T00:00:00Z"), allDesks: false, generation: 1)])
        let text = DeskView.render(s).buffer.textLines().joined(separator: "\n")
        #expect(text.contains("Loading…"))
        #expect(text.contains("This week · 16 Nov – 22 Nov · Main desk"))
    }

    @Test func eachKeyAsksForItsPeriodAndOnlyTheLatestAnswerIsShown() {
        var s = Fixture.summary()
        _ = press(&s, "p")
        #expect(press(&s, "l") == [.loadPeriod(from: Self.at("2026-11-09T00:00:00Z"), to: Self.at("2026-11-16T00:00:00Z"), allDesks: false, generation: 2)])
        #expect(press(&s, "m") == [.loadPeriod(from: Self.at("2026-11-01T00:00:00Z"), to: Self.at("2026-12-01T00:00:00Z"), allDesks: false, generation: 3)])
        #expect(press(&s, "a") == [.loadPeriod(from: Self.at("2026-11-01T00:00:00Z"), to: Self.at("2026-12-01T00:00:00Z"), allDesks: true, generation: 4)])
        // Tab goes round: after this month comes this week again.
        #expect(DeskUpdate.update(&s, .key(.tab)) == [.loadPeriod(from: Self.at("2026-11-16T00:00:00Z"), to: Self.at("2026-11-23T00:00:00Z"), allDesks: true, generation: 5)])
        // An answer for a period already left is dropped; the latest is kept.
        _ = DeskUpdate.update(&s, .periodLoaded(generation: 4, PeriodFixture.lastWeek()))
        #expect(s.period.report == nil)
        _ = DeskUpdate.update(&s, .periodLoaded(generation: 5, PeriodFixture.lastWeek(allDesks: true)))
        #expect(s.period.report != nil)
        #expect(DeskView.render(s).buffer.textLines().joined(separator: "\n").contains("every desk"))
    }

    @Test func theClockHandedInDecidesTheWeekNotTheMachines() {
        var s = Fixture.summary()
        // A tick a week later: the same key asks for the next week.
        _ = DeskUpdate.update(&s, .tick(Fixture.now.addingTimeInterval(7 * 86_400)))
        #expect(press(&s, "p") == [.loadPeriod(from: Self.at("2026-11-23T00:00:00Z"), to: Self.at("2026-11-30T00:00:00Z"), allDesks: false, generation: 1)])
    }

    @Test func nSwitchesShadesAndNumbersAndEscGoesBackToTheSummary() {
        var s = PeriodFixture.state()
        func tuesday() -> String { DeskView.render(s).buffer.textLines().first { $0.contains("│ Tue ") } ?? "" }
        let shades = tuesday()
        #expect(press(&s, "n").isEmpty, "numbers need no store call")
        let numbers = tuesday()
        #expect(shades.contains("█") && !numbers.contains("█"))
        #expect(numbers.contains(" 10 "), "the busiest cells' count")
        _ = DeskUpdate.update(&s, .key(.escape))
        #expect(s.screen == .summary)
    }

    @Test func theHeatMapShowsTheReportsCellsAndTheBusiestHour() throws {
        let s = PeriodFixture.state(numbers: true)
        let report = try #require(s.period.report)
        let rows = DeskView.render(s).buffer.textLines()
        // Row Monday, with the core's counts for 09:00…17:00 and the day's total.
        let monday = try #require(rows.first { $0.contains("│ Mon ") })
        let counts = (9...17).map { report.heatmap[0][$0].count }
        let expected = counts.map { $0 == 0 ? "·" : String($0) }
        let cells = monday.split(separator: " ").map(String.init).filter { $0 != "│" && $0 != "Mon" }
        #expect(Array(cells.prefix(9)) == expected)
        #expect(cells.dropFirst(9).first == String(counts.reduce(0, +)))
        let peak = try #require(HeatMapLines.peak(report.heatmap))
        #expect(rows.joined().contains("Busiest  \(PeriodReport.weekdays[peak.weekday]) \(String(format: "%02d", peak.hour)):00"))
    }

    @Test func eachShadeStandsForTheCountsItsLegendSays() {
        for peak in 1...40 {
            let legend = HeatMapLines.legend(peak: peak)
            for count in 1...peak {
                let shade = HeatMapLines.shades[HeatMapLines.level(count, peak: peak) - 1]
                #expect(legend.contains { $0.shade == shade && $0.counts.contains(count) }, "peak \(peak), count \(count)")
            }
            #expect(legend.last?.counts.upperBound == peak)
        }
        #expect(HeatMapLines.legend(peak: 12).map { $0.counts } == [1...3, 4...6, 7...9, 10...12])
        #expect(HeatMapLines.level(0, peak: 12) == 0)
    }

    @Test func theColumnsAreTheWorkingDayAndEveryHourWithAnEncounter() {
        var map = PeriodReport(
            from: PeriodFixture.monday, to: PeriodFixture.monday.addingTimeInterval(7 * 86_400), desk: nil, branch: nil, encounters: [],
            previousEncounters: [], returningIDs: [], previousReturningIDs: [], owed: [], goals: DeskGoals(), timeZone: Fixture.utc,
            now: Fixture.now).heatmap
        #expect(HeatMapLines.hours(map) == 9...17, "an empty period shows a working day")
        map[4][11].count = 2
        #expect(HeatMapLines.hours(map) == 9...17, "one busy hour is shown within the working day")
        map[2][7].count = 1
        map[6][19].count = 3
        #expect(HeatMapLines.hours(map) == 7...19)
    }
}
