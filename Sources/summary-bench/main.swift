// summary-bench: how long the end-of-shift summary takes on a big store.
//
//     swift run -c release summary-bench                              # seeds 5M encounters once
//     swift run -c release summary-bench --store /tmp/s5m.sqlite      # an existing store
//
// Builds the report for periods of growing length ending now (an 8-hour
// shift, a day, a week, a month) and renders it in all four formats, as the
// screen and `deskmate summary` do. Prints wall and CPU milliseconds (p50
// and max of several runs) and the encounters in each period; it judges nothing.
// Then the same for `deskmate report` over 30 and 365 days (the period and
// the one before it, all five formats), beside what a user could run
// instead: one SQL GROUP BY for the heat map's counts alone.
// With `--deskmate BIN` (the install build), also `deskmate report` over a
// month and a year as a whole process, beside `sqlite3` running that GROUP
// BY as a whole process.
import BenchSupport
import DeskmateCore
import DeskmateStore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
    return arguments[i + 1]
}
let encounterCount = Int(option("--encounters") ?? "") ?? 5_000_000
let patronCount = Int(option("--patrons") ?? "") ?? 200_000
let runs = Int(option("--runs") ?? "") ?? 7
let path = option("--store") ?? NSTemporaryDirectory() + "deskmate-summary-bench-\(encounterCount).sqlite"

do {
    let store = try SQLiteStore(path: path)
    let now = Date()
    if try store.encounters(arrivedFrom: now.addingTimeInterval(-7 * 86_400), to: now).isEmpty {
        print("Seeding \(patronCount) patrons and \(encounterCount) encounters into \(path) (once)…")
        let report = try store.seedSynthetic(patrons: patronCount, encounters: encounterCount, now: now)
        print(String(format: "  seeded in %.1f s", report.seconds))
    }
    print("store: \(path)")
    print("period      encounters   wall p50   wall max    cpu p50  report cpu p50   (ms)")
    print("  wall and cpu: the report plus all four formats; report: what the summary screen needs")
    let periods: [(String, Double)] = [("8 hours", 8 * 3600), ("1 day", 86_400), ("7 days", 7 * 86_400), ("30 days", 30 * 86_400)]
    for (label, length) in periods {
        var walls: [Double] = [], cpus: [Double] = [], reportCPUs: [Double] = []
        var count = 0
        for _ in 0..<runs {
            let w0 = clockSeconds(CLOCK_MONOTONIC), c0 = clockSeconds(CLOCK_PROCESS_CPUTIME_ID)
            let report = try ShiftReport.fromStore(
                store: store, shift: nil, from: now.addingTimeInterval(-length), to: now, desk: .all, goals: DeskGoals(),
                timeZone: .current, now: now)
            reportCPUs.append((clockSeconds(CLOCK_PROCESS_CPUTIME_ID) - c0) * 1000)
            let writer = ReportWriter(report: report, timeZone: .current)
            let rendered = writer.text().count + writer.markdown().count + writer.csv().count
                + ((try? JSONEncoder().encode(ReportJSON(report)))?.count ?? 0)
            precondition(rendered > 0)
            walls.append((clockSeconds(CLOCK_MONOTONIC) - w0) * 1000)
            cpus.append((clockSeconds(CLOCK_PROCESS_CPUTIME_ID) - c0) * 1000)
            count = report.total
        }
        walls.sort()
        cpus.sort()
        reportCPUs.sort()
        print(String(format: "%-10@ %11d %10.1f %10.1f %10.1f %15.1f", label as NSString, count, walls[walls.count / 2],
                     walls.last ?? 0, cpus[cpus.count / 2], reportCPUs[reportCPUs.count / 2]))
    }
    // The alternative reads the same file through GRDB directly, read-only.
    var sqliteConfig = Configuration()
    sqliteConfig.readonly = true
    let sqlite = try DatabaseQueue(path: path, configuration: sqliteConfig)
    print("")
    print("report      encounters   wall p50   wall max   GROUP BY p50   (ms)")
    print("  report: `deskmate report` in all five formats; GROUP BY: counts per hour of that period in SQL, nothing else")
    for (label, days) in [("30 days", 30.0), ("365 days", 365.0)] {
        let from = now.addingTimeInterval(-days * 86_400)
        var walls: [Double] = [], groupBys: [Double] = []
        var count = 0
        for _ in 0..<max(1, runs / 2) {
            let w0 = clockSeconds(CLOCK_MONOTONIC)
            let report = try PeriodReport.fromStore(
                store: store, from: from, to: now, scope: .all, goals: DeskGoals(), timeZone: .current, now: now)
            let writer = PeriodReportWriter(report: report, timeZone: .current)
            let rendered = writer.text().count + writer.markdown().count + writer.csv().count
                + PeriodReportHTML(report: report, timeZone: .current).html().count
                + ((try? JSONEncoder().encode(PeriodReportJSON(report)))?.count ?? 0)
            precondition(rendered > 0)
            walls.append((clockSeconds(CLOCK_MONOTONIC) - w0) * 1000)
            count = report.now.total
            let g0 = clockSeconds(CLOCK_MONOTONIC)
            let hours = try sqlite.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT CAST(arrived / 3600 AS INTEGER) AS hour, count(*) FROM encounter
                    WHERE arrived >= ? AND arrived < ? GROUP BY hour
                    """, arguments: [from.timeIntervalSince1970, now.timeIntervalSince1970])
            }
            precondition(hours.count >= 0)
            groupBys.append((clockSeconds(CLOCK_MONOTONIC) - g0) * 1000)
        }
        walls.sort()
        groupBys.sort()
        print(String(format: "%-10@ %11d %10.1f %10.1f %14.1f", label as NSString, count, walls[walls.count / 2],
                     walls.last ?? 0, groupBys[groupBys.count / 2]))
    }
    if let deskmate = option("--deskmate") {
        print("")
        // No peak memory here: a child started from this large process is
        // charged its parent's resident size by Linux; use /usr/bin/time -v.
        print("report as a whole process   encounters   json p50   html p50   sqlite3 GROUP BY p50   (ms)")
        let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        // A month and a year ending at midnight today, as a supervisor asks for them.
        let calendar = Calendar(identifier: .gregorian)
        let today = calendar.startOfDay(for: now)
        for (label, months) in [("the last month", 1), ("the last year", 12)] {
            let from = calendar.date(byAdding: .month, value: -months, to: today) ?? today
            func day(_ d: Date) -> String { DayFormat.string(d, timeZone: .current) }
            func report(_ format: String) -> ProcessRun? {
                ProcessRun.median(max(1, runs / 2)) {
                    ProcessRun.run(deskmate, ["report", "--store", path, "--from", day(from), "--to", day(today), "--format", format])
                }
            }
            let count = try store.encounters(arrivedFrom: from, to: today).count
            guard let json = report("json"), let html = report("html") else {
                print("summary-bench: \(deskmate) report failed")
                exit(1)
            }
            let sql = "SELECT CAST(arrived / 3600 AS INTEGER) AS hour, count(*) FROM encounter WHERE arrived >= \(from.timeIntervalSince1970) AND arrived < \(today.timeIntervalSince1970) GROUP BY hour"
            let group = sqlite3.flatMap { s in ProcessRun.median(max(1, runs / 2)) { ProcessRun.run(s, ["-readonly", path, sql]) } }
            print(String(format: "%-26@ %11d %10.1f %10.1f %22@", label as NSString, count, json.wall, html.wall,
                         (group.map { String(format: "%.1f", $0.wall) } ?? "no sqlite3") as NSString))
        }
    }
} catch {
    print("summary-bench: \(error)")
    exit(1)
}
