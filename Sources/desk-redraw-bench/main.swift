// desk-redraw-bench: how long a keystroke takes to reach the screen while a
// store call is out, beside the same store calls made on the input thread
// (how the desk ran before its store worker: every key behind the call).
//
//     swift run -c release desk-redraw-bench                        # a store file
//     swift run -c release desk-redraw-bench --store postgresql://… # the shared store
//
// The desk's real runtime, update and view run on a terminal in memory that
// stamps each key as it is read and each frame as it is shown; a store call
// (the timer `n` starts) is held out for the whole run. Output to a real
// terminal (ncurses) is not in the figures. Prints figures only.
import BenchSupport
import DeskScreen
import DeskmateCore
import DeskmatePostgres
import DeskmateStore
import Foundation
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// The figures of `seconds`, in milliseconds, on one line.
func summary(_ seconds: [Double]) -> String {
    let stats = Stats(seconds.map { $0 * 1000 })
    guard stats.count > 0 else { return "no samples" }
    return String(format: "n=%d  p50 %.3f ms  p95 %.3f ms  max %.3f ms", stats.count, stats.p50, stats.p95, stats.max)
}

/// Plays keys at a steady pace and times each from being read to the next frame.
final class TimingTerminal: TerminalBackend {
    var keys: [Key]
    let spacing: Double
    var nextDue = monotonic() + 0.2
    var readAt: Double?
    var samples: [Double] = []
    var hungUp = false
    var onEnd: () -> Void = {}

    init(keys: [Key], spacing: Double) {
        self.keys = keys
        self.spacing = spacing
    }

    func size() -> (width: Int, height: Int) { (100, 30) }

    func present(_ buffer: CellBuffer, cursor: (x: Int, y: Int)?) {
        if let readAt { samples.append(monotonic() - readAt) }
        readAt = nil
    }

    func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        guard timeoutMilliseconds > 0 else { return nil } // one key per frame
        guard !keys.isEmpty else {
            onEnd()
            hungUp = true
            return nil
        }
        let wait = nextDue - monotonic()
        if wait > 0 {
            usleep(useconds_t(min(wait, Double(timeoutMilliseconds) / 1000) * 1_000_000))
            if monotonic() < nextDue { return nil }
        }
        nextDue = monotonic() + spacing
        readAt = monotonic()
        return .key(keys.removeFirst())
    }

    func redrawAll() {}
}

/// Holds the first call of `method` until released.
final class Hold: @unchecked Sendable {
    let semaphore = DispatchSemaphore(value: 0)
    func release() { semaphore.signal() }
}

let arguments = CommandLine.arguments
let url = arguments.firstIndex(of: "--store").map { arguments[$0 + 1] }
let keyCount = arguments.firstIndex(of: "--keys").flatMap { Int(arguments[$0 + 1]) } ?? 400
let desk = "Bench desk \(getpid())"

let folder = NSTemporaryDirectory() + "desk-redraw-bench-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: folder) }
let base: any PatronStore
do {
    if let url {
        base = try PostgresStore(url: PostgresURL(url))
    } else {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        base = try SQLiteStore(path: folder + "/bench.sqlite")
    }
} catch {
    print("cannot open the store: \(error)")
    exit(1)
}
let place = url.map { (try? PostgresURL($0).redacted) ?? "postgresql" } ?? "a store file (SQLite, WAL)"
print("desk-redraw-bench · \(place) · \(keyCount) keys, one every 15 ms, 100×30")

// Before: each store effect ran on the input thread; a key pressed just after
// `n`, Enter or a save waited this long before it was even read.
var calls: [String: [Double]] = ["startTimer": [], "updateTimer": [], "logEncounter+close": []]
for i in 0..<200 {
    var t = monotonic()
    var timer = try base.startTimer(arrived: Date(), mode: .inPerson, desk: desk, branch: DeskNames.defaultBranch)
    calls["startTimer"]?.append(monotonic() - t)
    timer.served = Date()
    t = monotonic()
    try base.updateTimer(timer)
    calls["updateTimer"]?.append(monotonic() - t)
    let draft = EncounterDraft(desk: desk, staff: "BN", mode: .inPerson, kind: .directional, read: ReadLevel(rawValue: 1),
                               arrived: timer.arrived, served: timer.arrived, closed: Date(), note: "bench \(i)")
    t = monotonic()
    _ = try base.logEncounter(draft, closingTimer: timer.id)
    calls["logEncounter+close"]?.append(monotonic() - t)
}
print("before (store call on the input thread; the next key waits for it):")
for name in ["startTimer", "updateTimer", "logEncounter+close"] { print("  \(name.padding(toLength: 20, withPad: " ", startingAt: 0)) \(summary(calls[name] ?? []))") }

// Now: the same desk with `n`'s store call held out while staff type a note.
let hold = Hold()
let store = DeferredStore(base) { method in
    if method.hasPrefix("startTimer") { hold.semaphore.wait() }
}
let config = DeskConfig(desk: desk, staff: "BN", timeZone: .current)
var keys: [Key] = [.character("n"), .character("c"), .character("r"), .character("3")]
let letters = Array("the patron asked about interlibrary loans ")
keys += (0..<keyCount).map { .character(letters[$0 % letters.count]) }
let terminal = TimingTerminal(keys: keys, spacing: 0.015)
let runtime = DeskRuntime(terminal: terminal, requests: DeskStoreRequests(store: store, config: config))
var outstandingAtEnd = false
terminal.onEnd = {
    outstandingAtEnd = runtime.isStoreBusy
    hold.release()
}
runtime.run()
let typed = Array(terminal.samples.dropFirst(4)) // the note's keys, each with n's call out
print("now (store calls on the worker; n's call held out for the whole run):")
print("  key → frame          \(summary(typed))")
print("  call still out when the last key was drawn: \(outstandingAtEnd ? "yes" : "no")")
