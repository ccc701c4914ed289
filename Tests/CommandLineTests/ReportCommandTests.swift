import Foundation
import TestSupport
import Testing

/// `deskmate report` as a supervisor runs it: the same numbers as `summary`
/// over the same period and desks, every format, and one clear line for
/// scope flags and periods that make no sense.
@Suite(.serialized) struct ReportCommandTests {
    /// Two desks in two branches on 16 and 17 November 2026 (UTC), one
    /// encounter the week before, and a clock fixed at 18 November noon.
    static func loggedFortnight() throws -> DeskmateBinary {
        var cli = DeskmateBinary()
        cli.environment["DESKMATE_NOW"] = "2026-11-18T12:00:00Z"
        try cli.run("patron", "add", "Catherine Okafor")
        try cli.run("patron", "add", "Zoë Ångström")
        let logs: [[String]] = [
            ["--patron", "1", "--mode", "phone", "--kind", "reference", "--arrived", "2026-11-14T10:00:00Z", "--served", "2026-11-14T10:01:00Z", "--closed", "2026-11-14T10:05:00Z"],
            ["--patron", "1", "--mode", "in-person", "--kind", "reference", "--read", "3", "--arrived", "2026-11-16T09:00:00Z",
             "--served", "2026-11-16T09:00:30Z", "--closed", "2026-11-16T09:10:30Z"],
            ["--patron", "2", "--mode", "in-person", "--kind", "complaint", "--read", "2", "--arrived", "2026-11-16T10:15:00Z",
             "--served", "2026-11-16T10:17:00Z", "--closed", "2026-11-16T10:20:00Z", "--note", "<script>alert(1)</script> printer",
             "--follow-up", "call about the printer", "--due", "2026-11-17"],
            ["--mode", "chat", "--kind", "directional", "--read", "1", "--desk", "Reference", "--branch", "Eastside",
             "--arrived", "2026-11-17T14:40:00Z", "--served", "2026-11-17T14:40:10Z", "--closed", "2026-11-17T14:41:10Z"],
            ["--mode", "in-person", "--kind", "suggestion", "--desk", "Reference", "--branch", "Eastside", "--note", "more chairs",
             "--arrived", "2026-11-17T15:00:00Z", "--served", "2026-11-17T15:03:00Z", "--closed", "2026-11-17T15:04:00Z"],
        ]
        for log in logs {
            let r = try cli.run(["log", "--staff", "JB"] + log)
            guard r.status == 0 else { throw CLIError(message: "log: \(r.stderr)") }
        }
        return cli
    }

    static let period = ["--from", "2026-11-16", "--to", "2026-11-18"]

    func number(_ any: Any?) -> Double? { (any as? NSNumber)?.doubleValue }

    @Test func theReportAgreesWithTheSummaryOverTheSamePeriodAndDesks() throws {
        let cli = try Self.loggedFortnight()
        defer { cli.cleanUp() }
        // The encounter of the week before was at the Main desk: only the
        // scopes that hold it count it in the previous period.
        let scopes: [(report: [String], summary: [String], before: Double)] = [
            ([], ["--all"], 1), (["--branch", "Eastside"], ["--branch", "Eastside"], 0),
            (["--desk", "Reference", "--branch", "Eastside"], ["--desk", "Reference", "--branch", "Eastside"], 0),
            (["--desk", "Main desk"], ["--desk", "Main desk"], 1),
        ]
        for (reportFlags, summaryFlags, before) in scopes {
            let report = try #require(try cli.json(["report"] + Self.period + reportFlags + ["--format", "json"]) as? [String: Any])
            let summary = try #require(try cli.json(["summary"] + Self.period + summaryFlags + ["--format", "json"]) as? [String: Any])
            let totals = try #require(report["totals"] as? [String: [String: Any]])
            func value(_ name: String) -> Double? { number(totals[name]?["value"]) }
            #expect(number(totals["encounters"]?["previous"]) == before, "\(reportFlags): the previous period")
            let previousSummary = try #require(try cli.json(["summary", "--from", "2026-11-14", "--to", "2026-11-16"] + summaryFlags + ["--format", "json"]) as? [String: Any])
            #expect(number(totals["encounters"]?["previous"]) == number(previousSummary["encounters"]), "\(reportFlags): the summary of the period before")
            func sub(_ key: String, _ inner: String) -> Double? { number((summary[key] as? [String: Any])?[inner]) }
            let pairs: [(String, Double?, Double?)] = [
                ("encounters", value("encounters"), number(summary["encounters"])),
                ("anonymous", value("anonymous"), number(summary["anonymous"])),
                ("withPatron", value("withPatron"), number(summary["withPatron"])),
                ("returning", value("returningPatrons"), sub("patrons", "returning")),
                ("new", value("newPatrons"), sub("patrons", "new")),
                ("wait", value("waitMedian"), sub("wait", "median")),
                ("waitWithin", value("waitWithinGoal"), sub("wait", "withinGoal")),
                ("service", value("serviceMedian"), sub("service", "median")),
                ("serviceWithin", value("serviceWithinGoal"), sub("service", "withinGoal")),
                ("withinGoal", value("withinGoal"), number(summary["withinGoal"])),
                ("promised", value("promised"), sub("followUps", "promised")),
                ("kept", value("kept"), sub("followUps", "kept")),
                ("open", value("open"), sub("followUps", "open")),
                ("overdueFromEarlier", value("overdueFromEarlier"), sub("followUps", "overdue")),
                ("complaints", value("complaints"), (summary["complaints"] as? [Any]).map { Double($0.count) }),
                ("suggestions", value("suggestions"), (summary["suggestions"] as? [Any]).map { Double($0.count) }),
            ]
            for (name, mine, theirs) in pairs { #expect(mine == theirs, "\(reportFlags) \(name): report \(String(describing: mine)), summary \(String(describing: theirs))") }
            let hours = try #require(report["byHour"] as? [[String: Any]]).map { $0["encounters"] as? Int ?? -1 }
            #expect(hours == summary["byHour"] as? [Int], "\(reportFlags)")
            let desks = try #require(report["byDesk"] as? [[String: Any]])
            let deskCounts = Dictionary(desks.map { ($0["desk"] as? String ?? "", Int(number(($0["encounters"] as? [String: Any])?["value"]) ?? -1)) }, uniquingKeysWith: +)
            #expect(deskCounts.filter { $0.value > 0 } == summary["byDesk"] as? [String: Int], "\(reportFlags)")
            #expect(report["desk"] as? String == summary["desk"] as? String && report["branch"] as? String == summary["branch"] as? String)
        }
        // Every desk: four encounters this period, one the period before.
        let all = try #require(try cli.json(["report"] + Self.period + ["--format", "json"]) as? [String: Any])
        let encounters = try #require((all["totals"] as? [String: [String: Any]])?["encounters"])
        #expect(number(encounters["value"]) == 4 && number(encounters["previous"]) == 1 && encounters["change"] as? String == "up")
        #expect(all["byDay"] as? [String: Int] == ["2026-11-16": 2, "2026-11-17": 2])
        #expect(number((all["totals"] as? [String: [String: Any]])?["overdue"]?["value"]) == 1)
    }

    @Test func everyFormatRunsAndNamesNoPatron() throws {
        let cli = try Self.loggedFortnight()
        defer { cli.cleanUp() }
        for format in ["text", "markdown", "csv", "json", "html"] {
            let shown = try cli.run(["report"] + Self.period + ["--format", format])
            #expect(shown.status == 0 && shown.stderr.isEmpty, "\(format): \(shown.stderr)")
            #expect(!shown.stdout.contains("Okafor") && !shown.stdout.contains("Zoë"), "\(format)")
            #expect(shown.stdout.contains("more chairs"), "\(format): the suggestion's note")
            let file = cli.file("report.\(format)")
            let written = try cli.run(["report"] + Self.period + ["--format", format, "--output", file])
            #expect(written.status == 0 && written.stdout.isEmpty, "\(format)")
            #expect(try String(contentsOfFile: file, encoding: .utf8) == shown.stdout, "\(format): file and screen agree")
        }
        let html = try cli.run(["report"] + Self.period + ["--format", "html"]).stdout
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt; printer"))
    }

    @Test func nonsenseIsOneLineAndAUsageStatus() throws {
        let cli = try Self.loggedFortnight()
        defer { cli.cleanUp() }
        let refused: [([String], String)] = [
            (["--from", "2026-11-18", "--to", "2026-11-16"], "--to must come after --from"),
            (["--from", "2026-11-16", "--to", "2026-11-16"], "--to must come after --from"),
            (Self.period + ["--desk", ""], "--desk needs a name"),
            (Self.period + ["--branch", "  "], "--branch needs a name"),
            (Self.period + ["--desk", "Main desk", "--all"], "--all"),
            (["--from", "last tuesday", "--to", "2026-11-18"], "--from"),
            (["--to", "2026-11-18"], "--from"),
            (Self.period + ["--format", "pdf"], "--format"),
        ]
        for (arguments, says) in refused {
            let result = try cli.run(["report"] + arguments)
            #expect(result.status == 64, "\(arguments): exit \(result.status) \(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1 && lines.first?.contains(says) == true, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }
}
