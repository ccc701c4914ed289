import DeskmateCore
import Foundation
import Testing

/// The five formats of `deskmate report` show the same numbers: the CSV's
/// every row is found in the JSON, read back by a JSON parser, and the
/// text, Markdown and HTML show the JSON's totals and days.
@Suite struct PeriodReportFormatsTests {
    typealias F = PeriodReportFixture
    let report = F.report()

    func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    @Test func everyCSVRowIsInTheJSON() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.string(PeriodReportJSON(report)).utf8)) as? [String: Any])
        let csv = PeriodReportWriter(report: report, timeZone: F.utc).csv()
        let rows = try CSVReader.records(Array(csv.utf8)).map(\.fields)
        #expect(rows.first == ["section", "desk", "branch", "figure", "key", "value", "previous", "change"])
        let totals = try #require(json["totals"] as? [String: [String: Any]])
        let byDay = try #require(json["byDay"] as? [String: Int])
        let heat = try #require(json["heatmap"] as? [[Int]]), heatWait = try #require(json["heatmapMedianWait"] as? [[Any]])
        let hours = try #require(json["byHour"] as? [[String: Any]])
        var checked = 0
        for row in rows.dropFirst() {
            let (section, desk, branch, figure, key, value, previous, change) = (row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7])
            let v = Double(value), p = Double(previous)
            switch section {
            case "totals":
                let t = try #require(totals[figure], "\(figure)")
                #expect(number(t["value"]) == v && number(t["previous"]) == p && (t["change"] as? String ?? "") == change, "\(row)")
            case "day": #expect(byDay[key].map(Double.init) == v, "\(row)")
            case "heatmap":
                let w = try #require(PeriodReport.weekdays.firstIndex(of: String(key.prefix(3)))), h = try #require(Int(key.suffix(2)))
                #expect(figure == "encounters" ? Double(heat[w][h]) == v : number(heatWait[w][h]) == v, "\(row)")
            case "hour":
                let hour = hours[try #require(Int(key))]
                let got: Double? = switch figure {
                case "encounters": number(hour["encounters"])
                case "waitMedian": number((hour["wait"] as? [String: Any])?["median"])
                case "waitWithinGoal": number((hour["wait"] as? [String: Any])?["withinGoal"])
                case "serviceMedian": number((hour["service"] as? [String: Any])?["median"])
                default: number((hour["service"] as? [String: Any])?["withinGoal"])
                }
                #expect(got == v, "\(row)")
            case "desk", "branch":
                let groups = try #require(json[section == "desk" ? "byDesk" : "byBranch"] as? [[String: Any]])
                let g = try #require(groups.first { ($0["desk"] as? String ?? "") == desk && $0["branch"] as? String == branch }, "\(row)")
                let compared: [String: Any]? = switch figure {
                case "encounters": g["encounters"] as? [String: Any]
                case "returningPatrons": (g["patrons"] as? [String: Any])?["returning"] as? [String: Any]
                case "newPatrons": (g["patrons"] as? [String: Any])?["new"] as? [String: Any]
                case "kind": (g["byKind"] as? [String: Any])?[key] as? [String: Any]
                case "mode": (g["byMode"] as? [String: Any])?[key] as? [String: Any]
                default: (g["byRead"] as? [String: Any])?[key] as? [String: Any]
                }
                #expect(number(compared?["value"]) == v && number(compared?["previous"]) == p, "\(row)")
            default:
                let notes = try #require(json[section + "s"] as? [[String: Any]])
                #expect(notes.contains { $0["arrived"] as? String == key && $0["note"] as? String == value && $0["desk"] as? String == desk }, "\(row)")
            }
            checked += 1
        }
        #expect(checked == report.figures.count && checked > 7 * 24 * 2)
    }

    @Test func textMarkdownAndHTMLShowTheJSONsTotalsAndDays() throws {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONOutput.string(PeriodReportJSON(report)).utf8)) as? [String: Any])
        let totals = try #require(json["totals"] as? [String: [String: Any]])
        let writer = PeriodReportWriter(report: report, timeZone: F.utc)
        let text = writer.text(), markdown = writer.markdown(), html = PeriodReportHTML(report: report, timeZone: F.utc).html()
        for f in report.totals {
            let t = try #require(totals[f.figure])
            let now = PeriodReport.shown(number(t["value"]), f.unit), before = PeriodReport.shown(number(t["previous"]), f.unit)
            let label = PeriodReportWriter.label(f.figure)
            #expect(text.contains(label.padding(toLength: 30, withPad: " ", startingAt: 0) + now + " (was " + before), "\(label)")
            #expect(markdown.contains("| \(label) | \(now) | \(before) |"), "\(label)")
            #expect(html.contains("<th scope=\"row\">\(label)</th><td>\(now)</td><td>\(before)</td>"), "\(label)")
        }
        let days = try #require(json["byDay"] as? [String: Int])
        for (day, count) in days {
            #expect(text.contains("  \(day) " + String(format: "%5d ", count)))
            #expect(markdown.contains("| \(day) | \(count) |"))
            #expect(html.contains("<tr><th scope=\"row\">\(day)</th><td>\(count)</td></tr>"))
        }
        let heat = try #require(json["heatmap"] as? [[Int]])
        for (w, row) in heat.enumerated() {
            #expect(markdown.contains("| \(PeriodReport.weekdays[w]) | " + row.map(String.init).joined(separator: " | ") + " |"))
            #expect(text.contains(PeriodReport.weekdays[w] + " " + row.map { String(format: "%3d", $0) }.joined()))
        }
        #expect(days == ["2026-11-16": 2, "2026-11-17": 2])
    }
}
