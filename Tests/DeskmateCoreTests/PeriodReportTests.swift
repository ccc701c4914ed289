@testable import DeskmateCore
import Foundation
import Testing

/// The period report on hand-made encounters with known answers.
@Suite struct PeriodReportTests {
    typealias F = PeriodReportFixture

    /// A heat-map cell as `count medianWait`.
    func cell(_ r: PeriodReport, _ w: Int, _ h: Int) -> String {
        "\(r.heatmap[w][h].count) " + (r.heatmap[w][h].medianWait.map { "\(Int($0))" } ?? "nil")
    }

    func total(_ r: PeriodReport, _ name: String) -> ReportFigure? { r.totals.first { $0.figure == name } }

    @Test func eachFigureStandsBesideThePreviousPeriodOfTheSameLength() throws {
        let r = F.report()
        #expect(r.previous.period.from == F.at("2026-11-14T00:00:00Z") && r.previous.period.to == F.from)
        let encounters = try #require(total(r, "encounters"))
        #expect(encounters.value == 4 && encounters.previous == 2 && encounters.change == .up)
        #expect(total(r, "complaints")?.change == .up)
        #expect(total(r, "returningPatrons")?.value == 1 && total(r, "returningPatrons")?.previous == 0)
        // Waits now 30, 120, 10, 40 (median 35); before 50, 200 (median 125): down.
        #expect(total(r, "waitMedian")?.value == 35 && total(r, "waitMedian")?.previous == 125 && total(r, "waitMedian")?.change == .down)
        #expect(total(r, "kept")?.value == 0 && total(r, "kept")?.previous == 1 && total(r, "kept")?.change == .down)
        #expect(total(r, "keptRate")?.value == 0 && total(r, "keptRate")?.previous == 1)
        #expect(total(r, "overdue")?.value == 1, "due on the 17th, still owed on the 18th")
        let main = try #require(r.desks.first { $0.desk == "Main desk" })
        let figures = r.figures(of: main, section: "desk")
        let mainEncounters = try #require(figures.first { $0.figure == "encounters" })
        #expect(mainEncounters.value == 2 && mainEncounters.previous == 2 && mainEncounters.change == .same)
        let read3 = try #require(figures.first { $0.figure == "read" && $0.key == "3" })
        #expect(read3.value == 1 && read3.previous == 1)
        let east = try #require(r.branches.first { $0.branch == "Eastside" })
        #expect(east.now.total == 2 && east.previous.total == 0 && east.desk == nil)
        #expect(r.desks.map { "\($0.desk ?? "")/\($0.branch)" } == ["Reference/Eastside", "Main desk/Main library"])
    }

    /// The whole period is the shift summary's report over the same encounters.
    @Test func theTotalsAreTheSummarysFigures() throws {
        let r = F.report()
        let summary = ShiftReport(from: F.from, to: F.to, encounters: F.current, returningIDs: [1],
                                  owed: [OwedFollowUp(followUp: F.owedPromise, encounter: F.current[1], patron: nil)],
                                  goals: F.goals, timeZone: F.utc, now: F.now)
        #expect(try JSONOutput.string(ReportJSON(r.now)) == JSONOutput.string(ReportJSON(summary)))
        #expect(r.byHour.map(\.encounters) == summary.byHour)
    }

    /// Europe/Berlin leaves summer time at 03:00 on Sunday 25 October 2026:
    /// 02:30 happens twice, and both fall in the cell Sunday 02.
    @Test func heatMapCellsAreTheDesksHoursAcrossDaylightSaving() throws {
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        let list = [
            F.e(1, "2026-10-24T08:30:00Z", wait: 10),  // Sat 10:30 CEST
            F.e(2, "2026-10-25T00:30:00Z", wait: 30),  // Sun 02:30 CEST
            F.e(3, "2026-10-25T01:30:00Z", wait: 90),  // Sun 02:30 CET
            F.e(4, "2026-10-25T22:30:00Z"),             // Sun 23:30 CET, not Monday
            F.e(5, "2026-10-26T08:30:00Z", wait: 5),   // Mon 09:30 CET
        ]
        let r = F.report(current: list, before: [], from: F.at("2026-10-23T22:00:00Z"), to: F.at("2026-10-26T23:00:00Z"), timeZone: berlin)
        #expect(r.byDay.map { "\($0.day) \($0.count)" } == ["2026-10-24 1", "2026-10-25 3", "2026-10-26 1"])
        #expect(r.heatmap.count == 7 && r.heatmap.allSatisfy { $0.count == 24 })
        #expect(cell(r, 5, 10) == "1 10")
        #expect(cell(r, 6, 2) == "2 60")
        #expect(cell(r, 6, 23) == "1 nil")
        #expect(cell(r, 0, 9) == "1 5")
        #expect(r.heatmap.flatMap { $0 }.map(\.count).reduce(0, +) == 5)
        #expect(r.timeZone == "Europe/Berlin")
    }

    @Test func anEmptyPeriodHasEveryShapeAndNoFigures() throws {
        let r = F.report(current: [], before: [], from: F.at("2026-11-16T00:00:00Z"), to: F.at("2026-11-19T00:00:00Z"))
        #expect(r.byDay.map(\.day) == ["2026-11-16", "2026-11-17", "2026-11-18"] && r.byDay.allSatisfy { $0.count == 0 })
        #expect(r.desks.isEmpty && r.branches.isEmpty)
        #expect(total(r, "encounters")?.value == 0 && total(r, "encounters")?.change == .same)
        #expect(total(r, "waitMedian")?.value == nil && total(r, "waitMedian")?.change == nil)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.string(PeriodReportJSON(r)).utf8)) as? [String: Any])
        #expect(json["heatmap"] as? [[Int]] == Array(repeating: Array(repeating: 0, count: 24), count: 7))
        #expect(json["byDay"] as? [String: Int] == ["2026-11-16": 0, "2026-11-17": 0, "2026-11-18": 0])
        let writer = PeriodReportWriter(report: r, timeZone: F.utc)
        #expect(writer.text().contains("No complaints or suggestions."))
        #expect(PeriodReportHTML(report: r, timeZone: F.utc).html().contains("<p>None this period.</p>"))
        #expect(writer.csv().hasPrefix("section,desk,branch,figure,key,value,previous,change\r\n"))
    }

    /// Notes may hold markup: the HTML shows it as text and runs nothing.
    @Test func theHTMLEscapesEverythingAndLoadsNothing() throws {
        let list = F.current + [F.e(9, "2026-11-17T15:00:00Z", desk: "<b>Desk</b>", branch: "A&B \"x\"", kind: .complaint, note: "</td><img src=x onerror=alert(1)>")]
        let html = PeriodReportHTML(report: F.report(current: list), timeZone: F.utc).html()
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<b>Desk"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; printer &amp; &quot;toner&quot;"))
        #expect(html.contains("&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("A&amp;B &quot;x&quot;"))
        let plain = PeriodReportHTML(report: F.report(), timeZone: F.utc).html()
        for external in ["src=", "href=", "@import", "url(", "<link", "<script", "<img"] { #expect(!plain.contains(external), "\(external)") }
        #expect(html.components(separatedBy: "<svg").count - 1 == 3, "three charts")
        #expect(html.components(separatedBy: "<table").count - 1 >= 3 && html.contains("<th scope=\"row\">") && html.contains("<caption>"))
        #expect(html.contains("@page") && html.contains("@media print"))
    }

    /// Green is good news and red bad: a shorter wait is green although it
    /// went down, fewer kept promises red; a busier desk is neither.
    @Test func theHTMLColoursAChangeByWhetherItIsGoodNews() {
        #expect(PeriodReportHTML.news(of: "waitMedian", .down) == "better")
        #expect(PeriodReportHTML.news(of: "waitMedian", .up) == "worse")
        #expect(PeriodReportHTML.news(of: "overdue", .down) == "better")
        #expect(PeriodReportHTML.news(of: "keptRate", .down) == "worse")
        #expect(PeriodReportHTML.news(of: "waitWithinGoal", .up) == "better")
        #expect(PeriodReportHTML.news(of: "encounters", .up) == nil)
        #expect(PeriodReportHTML.news(of: "complaints", .down) == nil)
        #expect(PeriodReportHTML.news(of: "waitMedian", .same) == nil)
        let html = PeriodReportHTML(report: F.report(), timeZone: F.utc).html()
        #expect(!html.contains("class=\"up\"") && !html.contains("class=\"down\""))
        #expect(html.contains(".better {") && html.contains(".worse {"))
    }
}
