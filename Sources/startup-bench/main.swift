// startup-bench: what a desk machine's scripts and staff wait for when they
// run `deskmate` as a whole process, beside what they would use instead.
//
//     swift build -c release --static-swift-stdlib -Xlinker -no-pie -Xlinker --no-export-dynamic
//     swift run -c release startup-bench       # or --deskmate PATH for another build
//
// 1. Start-up: `deskmate --version` and `deskmate lookup QUERY --json` on a
//    store of 100,000 patrons, beside `fzf --filter QUERY` on the same names
//    (Debian's `fzf`), run alternately; prints medians and the ratio.
// 2. Import: `deskmate import patrons` of a 1,000,000-row CSV, its time and
//    peak memory (from wait4's rusage), beside sqlite3's own `.import`.
// 3. A day's summary as a whole process over a store of 5,000,000
//    encounters (seeded once, a few minutes), beside a hand-written
//    `sqlite3` count of the same day.
// It judges nothing: targets are in the README.
import ArgumentParser
import BenchSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif

@main
struct StartupBench: ParsableCommand {
    @Option(help: "The deskmate binary to measure (default: beside this program).") var deskmate: String?
    @Option(help: "Patrons in the lookup store.") var patrons = 100_000
    @Option(help: "Rows in the import file (0 skips the import).") var importRows = 1_000_000
    @Option(help: "Encounters in the summary store (0 skips the summary).") var encounters = 5_000_000
    @Option(help: "Runs of each command.") var runs = 21
    @Option(help: "Folder for the stores and files (kept between runs).") var folder = NSTemporaryDirectory() + "deskmate-startup-bench"

    func run() throws {
        let binary = deskmate ?? (CommandLine.arguments[0] as NSString).deletingLastPathComponent + "/deskmate"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        print("deskmate: \(binary) (\(Self.linkKind(binary)))")
        print("load average before: \(loadAverage())")
        try startUp(binary)
        if importRows > 0 { try importMemory(binary) }
        if encounters > 0 { try daySummary(binary) }
        print("load average after: \(loadAverage())")
    }

    /// Whether the binary is the install section's kind: a position-dependent
    /// executable (ELF type EXEC), or a position-independent one (DYN), which
    /// pays its address fix-ups at every start.
    static func linkKind(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path), let head = try? handle.read(upToCount: 18), head.count == 18,
              head.starts(with: [0x7F, 0x45, 0x4C, 0x46]) else { return "not an ELF file" }
        switch UInt16(head[16]) | UInt16(head[17]) << 8 {
        case 2: return "position-dependent, as the install section builds it"
        case 3: return "position-independent: built without the install section's linker flags"
        default: return "ELF type \(head[16])"
        }
    }

    // MARK: 1. start-up

    func startUp(_ binary: String) throws {
        let store = folder + "/lookup-\(patrons).sqlite"
        if !FileManager.default.fileExists(atPath: store) {
            print("seeding \(patrons) patrons (once)…")
            try check(Measure.run(binary, ["seed", "--store", store, "--patrons", "\(patrons)", "--encounters", "\(patrons * 2)"]))
        }
        let names = folder + "/names-\(patrons).txt"
        if !FileManager.default.fileExists(atPath: names) {
            let csv = folder + "/export.csv"
            try check(Measure.run(binary, ["export", "patrons", "--store", store, "--output", csv]))
            let text = try String(contentsOfFile: csv, encoding: .utf8)
            // The export ends its lines with CRLF (RFC 4180), one Character in Swift.
            let lines = text.split(whereSeparator: \.isNewline).dropFirst().map { line -> Substring in
                // name is the first column; quoted names keep their commas.
                line.hasPrefix("\"") ? line.dropFirst().prefix { $0 != "\"" } : line.prefix { $0 != "," }
            }
            try lines.joined(separator: "\n").write(toFile: names, atomically: true, encoding: .utf8)
        }
        let fzf = ["/usr/bin/fzf", "/usr/local/bin/fzf"].first { FileManager.default.isExecutableFile(atPath: $0) }
        print("\n1. start-up, \(patrons) patrons, median of \(runs) runs (ms)")
        let version = try Measure.median(runs) { try Measure.run(binary, ["--version"]) }
        print(String(format: "   deskmate --version                 %6.1f", version.wall))
        print("   query          deskmate lookup --json   fzf --filter   ratio")
        for query in ["kath", "smith", "maria g", "okafor", "jon"] {
            let ours = try Measure.median(runs) { try Measure.run(binary, ["lookup", query, "--json", "--store", store]) }
            guard let fzf else {
                print("   " + pad(query, 14) + String(format: " %22.1f   (fzf not installed: apt-get install fzf)", ours.wall))
                continue
            }
            let theirs = try Measure.median(runs) { try Measure.run(fzf, ["--filter", query], stdin: names) }
            print("   " + pad(query, 14) + String(format: " %22.1f %14.1f %7.2f×", ours.wall, theirs.wall, ours.wall / theirs.wall))
        }
    }

    // MARK: 2. import

    func importMemory(_ binary: String) throws {
        let csv = folder + "/import-\(importRows).csv"
        if !FileManager.default.fileExists(atPath: csv) {
            var text = "name,preferred_name,pronunciation,notes\n"
            text.reserveCapacity(importRows * 40)
            let given = ["Ann", "Bo", "Catherine", "Dmitri", "Eilidh", "Farah", "Guo", "Hana", "Ines", "José"]
            let family = ["Lee", "Okafor", "Nguyen", "García", "Smith", "Kowalski", "Ó Briain", "Haddad", "Sato", "Berg"]
            for i in 0..<importRows {
                text += "\(given[i % 10]) \(family[(i / 10) % 10]) \(i),,,\n"
            }
            try text.write(toFile: csv, atomically: true, encoding: .utf8)
        }
        print("\n2. import of \(importRows) rows (one run each)")
        let store = folder + "/import.sqlite"
        for suffix in ["", "-wal", "-shm", ".lock"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        let ours = try check(Measure.run(binary, ["import", "patrons", csv, "--store", store]))
        print(String(format: "   deskmate import patrons   %7.1f s   peak %5.0f MB", ours.wall / 1000, ours.peakMB))
        let plain = folder + "/plain.sqlite"
        try? FileManager.default.removeItem(atPath: plain)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") {
            let theirs = try check(Measure.run("/usr/bin/sqlite3", [plain, ".mode csv", ".import \(csv) patron"]))
            print(String(format: "   sqlite3 .import (no index) %6.1f s   peak %5.0f MB", theirs.wall / 1000, theirs.peakMB))
        }
    }

    // MARK: 3. a day's summary

    func daySummary(_ binary: String) throws {
        let store = folder + "/summary-\(encounters).sqlite"
        if !FileManager.default.fileExists(atPath: store) {
            print("\nseeding 200000 patrons and \(encounters) encounters (once, a few minutes)…")
            try check(Measure.run(binary, ["seed", "--store", store, "--patrons", "200000", "--encounters", "\(encounters)"]))
        }
        let now = Date()
        let from = ISO8601DateFormatter().string(from: now.addingTimeInterval(-86_400))
        print("\n3. a day's summary over \(encounters) encounters, median of \(runs) runs (ms)")
        let ours = try Measure.median(runs) { try Measure.run(binary, ["summary", "--from", from, "--format", "json", "--store", store]) }
        print(String(format: "   deskmate summary --format json    %6.1f", ours.wall))
        let since = now.timeIntervalSince1970 - 86_400
        let sql = "SELECT kind, count(*) FROM encounter WHERE arrived >= \(since) GROUP BY kind"
        let theirs = try Measure.median(runs) { try Measure.run("/usr/bin/sqlite3", [store, sql]) }
        print(String(format: "   sqlite3 count by kind              %6.1f", theirs.wall))
    }

    @discardableResult
    func check(_ result: Measure.Result) throws -> Measure.Result {
        guard result.status == 0 else { throw ValidationError("a measured command failed with status \(result.status)") }
        return result
    }

    func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
    }
}

/// Runs a program as a whole process and reads what it cost
/// (`BenchSupport.ProcessRun`), failing the bench when it cannot start.
enum Measure {
    typealias Result = ProcessRun

    /// Output goes to /dev/null; `stdin` is a file path or /dev/null.
    static func run(_ executable: String, _ arguments: [String], stdin: String = "/dev/null") throws -> Result {
        guard let run = ProcessRun.run(executable, arguments, stdin: stdin) else {
            throw ValidationError("cannot start \(executable)")
        }
        return run
    }

    /// The median wall time of `count` runs, after one warm-up run.
    static func median(_ count: Int, _ body: () throws -> Result) throws -> Result {
        guard let run = try ProcessRun.median(count, body) else { throw ValidationError("a measured command failed") }
        return run
    }
}
