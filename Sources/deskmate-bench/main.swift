// deskmate-bench: how fast the desk finds a patron, measured the way staff
// type — letter by letter — on synthetic stores of 10k, 100k and 1M patrons.
//
//     swift run -c release deskmate-bench                      # 10k, 100k, 1M
//     swift run -c release deskmate-bench --patrons 100000     # one size
//     … --keep, then --reuse                                   # measure again without reseeding
//
// Each size runs in fresh child processes (this same program, `child-…`), so every
// figure — cold start, peak memory (VmHWM) — belongs to one job alone:
// seeding, CSV import, and the lookups. Prints figures only; it judges nothing.
import ArgumentParser
import BenchSupport
import DeskmateCore
import DeskmateStore
import Foundation
import NameMatching
#if canImport(Glibc)
import Glibc
#endif

// MARK: Measuring

/// User and system CPU time of this whole process so far.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// Peak resident memory of this process so far, in MB (VmHWM).
func peakRSSMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

extension Stats {
    var text: String { String(format: "p50 %6.2f  p95 %6.2f  max %6.2f ms  (n=%d)", p50, p95, max, count) }
}

// MARK: Children

struct SeedResult: Codable {
    var seconds: Double; var cpuSeconds: Double; var patronsPerSecond: Double; var peakMB: Double; var fileMB: Double
}
struct ImportResult: Codable {
    var rows: Int; var csvMB: Double; var parseSeconds: Double; var importSeconds: Double; var cpuSeconds: Double
    var peakMB: Double
}
struct LookupResult: Codable {
    var coldStartMs: Double
    var typing: Stats, oneLetter: Stats, twoLetter: Stats, heard: Stats, joinedOrSaid: Stats
    var typingCPU: Stats, shortCPU: Stats
    var worstShort: String
    var slowest: [String]
    var peakMB: Double
}

func printJSON<T: Encodable>(_ value: T) {
    let data = try! JSONEncoder().encode(value)
    FileHandle.standardOutput.write(data)
    FileHandle.standardOutput.write(Data("\n".utf8))
}

func childSeed(path: String, patrons: Int) throws {
    try? FileManager.default.removeItem(atPath: path)
    let store = try SQLiteStore(path: path)
    let report = try store.seedSynthetic(patrons: patrons, encounters: patrons * 2, seed: 42, now: Date())
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    printJSON(SeedResult(
        seconds: report.seconds, cpuSeconds: processCPUSeconds(), patronsPerSecond: Double(patrons) / report.seconds, peakMB: peakRSSMB(),
        fileMB: Double(size) / 1_048_576))
}

/// Writes a patron CSV of `rows` synthetic rows, then reads, checks and
/// imports it the way `deskmate import patrons` does, in one transaction.
func childImport(path: String, rows: Int) throws {
    let csvPath = path + ".csv"
    var names = SyntheticNames(seed: 7)
    var csv = "name,preferred_name,pronunciation,notes\r\n"
    csv.reserveCapacity(rows * 40)
    for _ in 0..<rows {
        let (name, preferred) = names.next()
        csv += CSVWriter.record([name, preferred ?? "", "", ""])
    }
    try csv.write(toFile: csvPath, atomically: false, encoding: .utf8)
    csv = ""
    try? FileManager.default.removeItem(atPath: path)
    let store = try SQLiteStore(path: path)
    let t0 = monotonic()
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: csvPath)))
    let records = try CSVReader.records(bytes)
    var drafts: [PatronDraft] = []
    drafts.reserveCapacity(records.count)
    for record in records.dropFirst() {
        let f = record.fields
        drafts.append(PatronDraft(name: f[0], preferredName: f[1].isEmpty ? nil : f[1]))
    }
    let t1 = monotonic()
    let cpu1 = processCPUSeconds()
    _ = try store.importPatrons(drafts, now: Date())
    let t2 = monotonic()
    let cpu = processCPUSeconds() - cpu1
    try? FileManager.default.removeItem(atPath: csvPath)
    printJSON(ImportResult(
        rows: rows, csvMB: Double(bytes.count) / 1_048_576, parseSeconds: t1 - t0, importSeconds: t2 - t1, cpuSeconds: cpu, peakMB: peakRSSMB()))
}

/// Names as they are heard at the desk: other spellings, nicknames, slips,
/// names from other scripts typed in plain letters, and swapped order.
let heardNames = [
    "kathryn smyth", "catherine smith", "jeffrey", "geoff jon", "steven", "schmidt", "kaitlyn", "bill kowalski",
    "peggy", "sasha ivanov", "smiht", "okafro", "rodirgeuz", "wang wei", "soren odegaard", "lukasz", "malgorzata nowak",
    "obrien", "mcdonald", "nguyen thao", "zhang", "kim min", "smith john", "mueller", "gonzalez maria", "ivanova",
]

/// Names heard joined or apart, or said otherwise than spelt (the joined
/// kind and the said-as table), timed on their own so the figures above
/// stay comparable with earlier runs.
let joinedOrSaidNames = [
    "o brien", "oconnor", "mc donald", "mac donald kelly", "neeve", "neev murphy", "shivawn", "eefa byrne",
    "o brien neeve", "anne marie", "vandenberg", "al rashid",
]

func childLookup(path: String, seed: UInt64) throws {
    let start = monotonic()
    let store = try SQLiteStore(path: path)
    _ = try store.lookup("m", limit: 20, now: Date())
    let cold = (monotonic() - start) * 1000

    // Names of patrons in the store, chosen at random, typed as folded words.
    var random = SampleRandom(seed: seed)
    var typed: [String] = []
    var maxID: Int64 = 1
    while try store.patron(id: maxID * 2) != nil { maxID *= 2 }
    var hi = maxID * 2, lo = maxID
    while hi - lo > 1 { let mid = (hi + lo) / 2; if try store.patron(id: mid) != nil { lo = mid } else { hi = mid } }
    maxID = lo
    while typed.count < 60 {
        let id = Int64(random.int(1...Int(maxID)))
        guard let p = try store.patron(id: id) else { continue }
        let folded = NameFolding.fold(p.name)
        // Half the time the family name first, as staff often hear it.
        let words = folded.split(separator: " ")
        typed.append(random.chance(0.5) && words.count > 1 ? (words.dropFirst() + [words[0]]).joined(separator: " ") : folded)
    }

    /// (query, wall ms, thread CPU ms) for every keystroke of `names`.
    func keystrokes(_ names: [String]) throws -> [(String, Double, Double)] {
        var out: [(String, Double, Double)] = []
        for name in names {
            var prefix = ""
            for ch in name {
                prefix.append(ch)
                if ch == " " { continue }
                out.append(try timed(prefix))
            }
        }
        return out
    }
    func timed(_ query: String) throws -> (String, Double, Double) {
        let t = monotonic(), c = threadCPUSeconds()
        _ = try store.lookup(query, limit: 20, now: Date())
        return (query, (monotonic() - t) * 1000, (threadCPUSeconds() - c) * 1000)
    }
    _ = try keystrokes(typed + heardNames + joinedOrSaidNames) // warm up: the page cache and prepared statements
    let typing = try keystrokes(typed)
    let heard = try keystrokes(heardNames)
    let joinedOrSaid = try keystrokes(joinedOrSaidNames)
    let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
    var short: [(String, Double, Double)] = []
    for query in letters + letters.flatMap({ a in letters.map { a + $0 } }) { short.append(try timed(query)) }
    let worst = short.max { $0.1 < $1.1 }!
    printJSON(LookupResult(
        coldStartMs: cold, typing: Stats((typing + heard).map(\.1)),
        oneLetter: Stats(short.filter { $0.0.count == 1 }.map(\.1)),
        twoLetter: Stats(short.filter { $0.0.count == 2 }.map(\.1)),
        heard: Stats(heard.map(\.1)), joinedOrSaid: Stats(joinedOrSaid.map(\.1)), typingCPU: Stats((typing + heard).map(\.2)), shortCPU: Stats(short.map(\.2)),
        worstShort: String(format: "%@ %.2f ms", worst.0, worst.1),
        slowest: (typing + heard).sorted { $0.2 > $1.2 }.prefix(5).map { String(format: "“%@” %.1f ms CPU", $0.0, $0.2) },
        peakMB: peakRSSMB()))
}

// MARK: Parent

/// Runs this program again with `args`, returning its standard output.
func runChild(_ args: [String]) -> String? {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    return runProgram(exe, args).output
}

/// Starts `path` with `args` (posix_spawn, not Foundation's Process) and
/// returns its standard output and wall-clock time.
func runProgram(_ path: String, _ args: [String]) -> (status: Int32, output: String?, seconds: Double, cpuSeconds: Double) {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return (-1, nil, 0, 0) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    let argv = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let t = monotonic()
    let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    close(fds[1])
    guard rc == 0 else { close(fds[0]); return (-1, nil, 0, 0) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let n = read(fds[0], &buffer, buffer.count)
        if n <= 0 { break }
        data.append(contentsOf: buffer[0..<n])
    }
    close(fds[0])
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = monotonic() - t
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return (status, String(decoding: data, as: UTF8.self), seconds, cpu)
}

func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
    guard let line = text?.split(separator: "\n").last else { return nil }
    return try? JSONDecoder().decode(type, from: Data(line.utf8))
}

/// The benchmark's command line. The child modes are how it runs each job
/// in a fresh process of its own; people use the options.
struct DeskmateBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deskmate-bench",
        abstract: "How fast the desk finds a patron, on synthetic stores of 10k, 100k and 1M patrons.",
        subcommands: [Run.self, ChildSeed.self, ChildImport.self, ChildLookup.self],
        defaultSubcommand: Run.self)

    struct ChildSeed: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "child-seed", shouldDisplay: false)
        @Argument var path: String
        @Argument var patrons: Int
        func run() throws { try childSeed(path: path, patrons: patrons) }
    }

    struct ChildImport: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "child-import", shouldDisplay: false)
        @Argument var path: String
        @Argument var rows: Int
        func run() throws { try childImport(path: path, rows: rows) }
    }

    struct ChildLookup: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "child-lookup", shouldDisplay: false)
        @Argument var path: String
        func run() throws { try childLookup(path: path, seed: 3) }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Seed, look up and import at each size.")
    @Option(help: "Store sizes in patrons, comma-separated.") var patrons = "10000,100000,1000000"
    @Option(help: "Where the stores go.") var folder = NSTemporaryDirectory() + "deskmate-bench"
    @Option(help: "The deskmate binary to time whole lookups with (default: the one beside this program).")
    var deskmate: String?
    @Flag(help: "Keep the stores afterwards.") var keep = false
    @Flag(help: "Measure stores kept by an earlier --keep instead of seeding them again.") var reuse = false
    @Flag(name: .customLong("no-import"), help: "Skip the CSV import.") var noImport = false

    func run() throws {
        let sizes = patrons.split(separator: ",").compactMap { Int($0) }
        let doImport = !noImport
        var deskmate = self.deskmate
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let sibling = (exe as NSString).deletingLastPathComponent + "/deskmate"
        if deskmate == nil && FileManager.default.isExecutableFile(atPath: sibling) { deskmate = sibling }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

        var cpu = "unknown CPU"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }) {
            cpu = line.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? cpu
        }
        print("deskmate-bench on \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu); limit 20 results a keystroke")
        for n in sizes {
            let path = folder + "/bench-\(n).sqlite"
            print("\n== \(n) patrons, \(2 * n) encounters ==")
            if reuse && FileManager.default.fileExists(atPath: path) {
                print("seed:    reusing \(path) (--reuse)")
            } else if let seed = decode(SeedResult.self, runChild(["child-seed", path, String(n)])) {
                print(String(format: "seed:    %.1f s (%.0f patrons/s; %.1f s CPU), store %.0f MB, peak RSS %.0f MB",
                             seed.seconds, seed.patronsPerSecond, seed.cpuSeconds, seed.fileMB, seed.peakMB))
            } else { print("seed failed") }
            if let r = decode(LookupResult.self, runChild(["child-lookup", path])) {
                print(String(format: "cold start to first result: %.1f ms (store already in the OS page cache)", r.coldStartMs))
                print("per keystroke, names typed letter by letter: " + r.typing.text)
                print("  names as heard (variants, nicknames, slips): " + r.heard.text)
                print("  joined or apart, said as (not in the above): " + r.joinedOrSaid.text)
                print("  every one-letter query a–z:                 " + r.oneLetter.text)
                print("  every two-letter query aa–zz:               " + r.twoLetter.text)
                print("  slowest one- or two-letter query: \(r.worstShort)")
                print("CPU time of the lookup thread, typing:          " + r.typingCPU.text)
                print("CPU time of the lookup thread, one/two letters: " + r.shortCPU.text)
                print("  costliest keystrokes: " + r.slowest.joined(separator: ", "))
                print(String(format: "peak RSS of the lookup process: %.0f MB", r.peakMB))
            } else { print("lookup failed") }
            if let deskmate {
                var times: [Double] = [], cpu: [Double] = []
                for query in ["kathryn smyth", "m", "wang wei", "smiht", "jo"] {
                    for _ in 0..<5 {
                        let run = runProgram(deskmate, ["lookup", query, "--json", "--store", path])
                        if run.status == 0 { times.append(run.seconds * 1000); cpu.append(run.cpuSeconds * 1000) }
                    }
                }
                print("whole process `deskmate lookup QUERY --json` (5 queries × 5 runs): " + Stats(times).text)
                print("  its CPU time (user + system):                                  " + Stats(cpu).text)
            }
            if doImport, let r = decode(ImportResult.self, runChild(["child-import", path + ".import", String(n)])) {
                print(String(
                    format: "CSV import of %d rows (%.0f MB): parse %.1f s, import %.1f s (%.0f rows/s; %.1f s CPU), peak RSS %.0f MB",
                    r.rows, r.csvMB, r.parseSeconds, r.importSeconds, Double(r.rows) / r.importSeconds, r.cpuSeconds, r.peakMB))
            }
            if !keep {
                for suffix in ["", "-wal", "-shm", ".lock", ".import", ".import-wal", ".import-shm", ".import.lock"] {
                    try? FileManager.default.removeItem(atPath: path + suffix)
                }
            }
        }
    }
}

DeskmateBench.main()
