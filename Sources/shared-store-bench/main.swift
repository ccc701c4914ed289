// shared-store-bench: the shared PostgreSQL store beside the desk's own
// SQLite file, on the same synthetic library (issue 11's figures).
//
//     eval "$(Tests/Support/postgres-cluster.sh start)"
//     swift run -c release shared-store-bench --url "$DESKMATE_TEST_POSTGRES_URL"
//
// Seeds a SQLite file once (1M patrons, 5M encounters by default), moves it
// into the server with `StoreCopy` (timed: that is `deskmate store copy`),
// then measures on both stores, side by side:
// - a lookup per keystroke, names typed letter by letter (p50, p95, max),
//   beside the query a plain tool would send instead (`ILIKE '%…%'`);
// - 20 desks logging at once, each with its own connection: encounters per
//   second and errors;
// - a day's summary for one desk and for every desk.
// Prints figures only; it judges nothing.
import ArgumentParser
import BenchSupport
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Stats {
    var text: String { String(format: "p50 %7.2f  p95 %7.2f  max %7.2f ms (n=%d)", p50, p95, max, count) }
}

/// Names as staff hear them, typed a letter at a time.
let heard = ["kathryn okafor", "zoe angstrom", "nguyen", "mohammed", "garcia", "o sullivan", "lee ann",
             "chen wei", "schmidt", "katherine", "smith j", "rodriguez maria", "patel", "kowalski", "muller"]

@main
struct SharedStoreBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "shared-store-bench", abstract: "The shared store beside the desk's file.")
    @Option(help: "A PostgreSQL database to fill (its default schema must be empty, or already hold this bench's data).") var url: String
    @Option(help: "Patrons to seed.") var patrons = 1_000_000
    @Option(help: "Encounters to seed.") var encounters = 5_000_000
    @Option(help: "The SQLite file seeded once and reused.") var file: String?
    @Option(help: "Encounters each of the 20 desks logs.") var perDesk = 200

    func run() throws {
        let path = file ?? NSTemporaryDirectory() + "deskmate-shared-bench-\(patrons)-\(encounters).sqlite"
        let sqlite = try SQLiteStore(path: path)
        let now = Date()
        if try sqlite.counts().patrons == 0 {
            print("Seeding \(patrons) patrons and \(encounters) encounters into \(path)…")
            let report = try sqlite.seedSynthetic(patrons: patrons, encounters: encounters, now: now)
            print(String(format: "  seeded in %.1f s", report.seconds))
        }
        let postgres = try PostgresStore(url: PostgresURL(url))
        if try postgres.counts().patrons == 0 {
            var counts = StoreCounts()
            let ms = try time { counts = try StoreCopy.copy(from: sqlite, to: postgres) }
            print(String(format: "store copy into PostgreSQL: %@ in %.1f s (%.0f rows/s)", counts.description, ms / 1000,
                         Double(counts.patrons + counts.encounters + counts.followUps) / (ms / 1000)))
        }
        try versions(postgres)

        print("\nLookup per keystroke (limit 20), \(heard.count) names typed letter by letter:")
        for (label, store) in [("SQLite file", sqlite as any PatronStore), ("PostgreSQL", postgres)] {
            var all: [Double] = []
            var typed: [String] = []
            for name in heard {
                for end in name.indices.dropFirst() where name[name.index(before: end)] != " " {
                    let query = String(name[..<end])
                    typed.append(query)
                    all.append(try time { _ = try store.lookup(query, limit: 20, now: now) })
                }
                typed.append(name)
                all.append(try time { _ = try store.lookup(name, limit: 20, now: now) })
            }
            print("  \(label.padding(toLength: 24, withPad: " ", startingAt: 0)) \(Stats(all).text)")
            // The costliest keystrokes (the bench's own query texts, no patron data).
            let slowest = zip(typed, all).sorted { $0.1 > $1.1 }.prefix(5)
            print("    slowest: " + slowest.map { String(format: "\"%@\" %.1f", $0.0, $0.1) }.joined(separator: ", ") + " ms")
        }
        var naive: [Double] = []
        let raw = BlockingPostgresConnection(url: try PostgresURL(url), setUp: [])
        try raw.withSession { session in
            for name in heard.prefix(5) {
                for end in name.indices.dropFirst() where name[name.index(before: end)] != " " {
                    let pattern = "%" + String(name[..<end]) + "%"
                    naive.append(try time { _ = try session.query("SELECT id, name FROM patron WHERE name ILIKE \(pattern) LIMIT 20") })
                }
            }
        }
        print("  \("PostgreSQL ILIKE '%…%'".padding(toLength: 24, withPad: " ", startingAt: 0)) \(Stats(naive).text)  (first 5 names; no folding, nicknames or sounds)")

        print("\n20 desks logging at once, \(perDesk) encounters each, each desk its own connection:")
        for (label, open) in [("SQLite file", { try SQLiteStore(path: path) as any PatronStore }),
                              ("PostgreSQL", { try PostgresStore(url: PostgresURL(url)) as any PatronStore })] {
            let stores = try (0..<20).map { _ in try open() }
            let errors = Counter()
            let ms = time {
                DispatchQueue.concurrentPerform(iterations: 20) { desk in
                    for i in 0..<perDesk {
                        let at = now.addingTimeInterval(Double(-i))
                        do {
                            _ = try stores[desk].logEncounter(EncounterDraft(
                                patronID: Int64(1 + (desk * perDesk + i) % patrons), desk: "Desk \(desk)", branch: "Bench",
                                staff: "B\(desk)", mode: .inPerson, kind: .reference, arrived: at, served: at, closed: at))
                        } catch {
                            errors.add("\(error)")
                        }
                    }
                }
            }
            print(String(format: "  %@ %6.0f encounters/s, %d errors", label.padding(toLength: 24, withPad: " ", startingAt: 0),
                         Double(20 * perDesk) / (ms / 1000), errors.value) + (errors.first.map { " (first: \($0))" } ?? ""))
        }

        print("\nA day's summary (today, as the desk shows it), 5 runs each:")
        let calendar = DeskCalendar(timeZone: .current)
        for (label, store) in [("SQLite file", sqlite as any PatronStore), ("PostgreSQL", postgres)] {
            for (scope, name) in [(DeskScope.desk("Main desk", branch: DeskNames.defaultBranch), "one desk"), (.all, "every desk")] {
                var runs: [Double] = []
                var total = 0
                for _ in 0..<5 {
                    runs.append(try time {
                        total = try ShiftReport.fromStore(store: store, shift: nil, from: calendar.startOfDay(now), to: now, desk: scope,
                                                          goals: DeskGoals(), timeZone: .current, now: now).total
                    })
                }
                print("  \(label.padding(toLength: 12, withPad: " ", startingAt: 0)) \(name.padding(toLength: 11, withPad: " ", startingAt: 0)) \(Stats(runs).text), \(total) encounters")
            }
        }
    }

    /// The server's version and the settings that matter here, for the note.
    func versions(_ store: PostgresStore) throws {
        let raw = BlockingPostgresConnection(url: try PostgresURL(url), setUp: [])
        try raw.withSession { session in
            var line: [String] = []
            for setting in ["server_version", "shared_buffers", "work_mem", "synchronous_commit", "max_connections"] {
                let value = try session.query("SELECT current_setting(\(setting))").first?.decode(String.self) ?? "?"
                line.append("\(setting)=\(value)")
            }
            print("PostgreSQL on loopback: " + line.joined(separator: ", "))
        }
    }
}

/// Errors counted across threads, and the first one's words (a store's
/// message, which never holds patron data).
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    private var firstMessage: String?
    func add(_ message: String) { lock.withLock { count += 1; if firstMessage == nil { firstMessage = message } } }
    var value: Int { lock.withLock { count } }
    var first: String? { lock.withLock { firstMessage } }
}
