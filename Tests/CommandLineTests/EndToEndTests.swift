import Foundation
import Testing

/// The whole walk-up → lookup → recall → close → summary loop, driven in tmux.
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EndToEndTests {
    @Test func theDeskLoop() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "Catherine Okafor", "--preferred", "Kate", "--pronounce", "oh-KAH-for")
        try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--note", "ILL request for The Overstory",
                    "--follow-up", "a call", "--due", "2026-11-10", "--closed", "2026-11-03T10:00:00Z")
        let tmux = try TmuxSession(command: [DeskmateBinary.url.path], environment: cli.environment)
        try tmux.waitFor("Waiting line")
        try tmux.send("n")
        try tmux.waitFor("waiting walk-up")
        try tmux.send("/")
        try tmux.waitFor("Look up a patron")
        try tmux.type("kat")
        // The name, how to say it and what happened last time, all at once.
        var screen = try tmux.waitFor(all: ["Kate (Catherine Okafor)", "oh-KAH-for", "ILL request for The Overstory"])
        try tmux.send("Enter")
        screen = try tmux.waitFor(all: ["Returning patron", "serving"])
        try tmux.send("c")
        try tmux.waitFor("Close encounter")
        try tmux.send("r", "3")
        try tmux.type("Renewed the ILL")
        try tmux.send("Enter")
        try tmux.waitFor("Saved")
        try tmux.send("s")
        // Wait for the line itself: a capture can catch a frame half drawn.
        screen = try tmux.waitFor("1 encounters")
        #expect(screen.contains("Shift summary"))
        try tmux.send("Escape")
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("Make the window")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("Waiting line")
        try tmux.send("q")
        try tmux.waitFor("Quit Deskmate?")
        try tmux.send("y")
        // The terminal is back in canonical (cooked) mode (stty's line comes
        // a moment after the exit line, so wait for both).
        screen = try TerminalAbuseTests.waitForExit(tmux)
        #expect(screen.contains("[exit 0]"))
        #expect(TerminalAbuseTests.restored(screen), "terminal not restored: \(screen)")

        let history = try #require(try cli.json("history", "1", "--json") as? [[String: Any]])
        #expect(history.count == 2)
        #expect(history.first?["note"] as? String == "Renewed the ILL")
    }

    @Test func aRunningTimerSurvivesQuitAndSignals() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        var tmux: TmuxSession? = try Self.deskWithAWalkUp(cli)
        try tmux?.send("C-c")
        try tmux?.waitFor("[exit")
        tmux = nil
        sleep(2)
        let again = try TmuxSession(command: [DeskmateBinary.url.path], environment: cli.environment)
        let screen = try again.waitFor("waiting walk-up")
        // The timer counted on while no desk was open: at least the 2 s slept.
        let line = screen.split(separator: "\n").first { $0.contains("waiting walk-up") } ?? ""
        let clock = line.split(separator: " ").first { $0.contains(":") } ?? ""
        let parts = clock.split(separator: ":").compactMap { Int($0) }
        #expect(parts.count == 2 && parts[0] * 60 + parts[1] >= 2 && parts[0] < 2, "the timer kept counting: \(line)")
    }

    @Test func closingTheTerminalEndsTheDeskAndKeepsItsTimer() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let desks: [pid_t]
        do {
            let tmux = try Self.deskWithAWalkUp(cli)
            desks = Self.processes(withEnvironment: "XDG_DATA_HOME=" + cli.folder + "/data")
            #expect(desks.count == 1)
            withExtendedLifetime(tmux) {}
        } // the window is closed here: tmux kills the session and its terminal
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && desks.contains(where: { kill($0, 0) == 0 }) { usleep(100_000) }
        let left = desks.filter { kill($0, 0) == 0 }
        #expect(left.isEmpty, "the desk outlived its terminal")
        left.forEach { kill($0, SIGKILL) }
        let again = try TmuxSession(command: [DeskmateBinary.url.path], environment: cli.environment)
        try again.waitFor("waiting walk-up")
    }

    /// The desk in tmux with one walk-up's timer running.
    static func deskWithAWalkUp(_ cli: DeskmateBinary) throws -> TmuxSession {
        let tmux = try TmuxSession(command: [DeskmateBinary.url.path], environment: cli.environment)
        try tmux.waitFor("Waiting line")
        try tmux.send("n")
        try tmux.waitFor("waiting walk-up")
        return tmux
    }

    /// Processes whose environment holds `entry` (a test's own data folder).
    static func processes(withEnvironment entry: String) -> [pid_t] {
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return ids.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), pid != getpid(),
                  let data = FileManager.default.contents(atPath: "/proc/\(name)/environ") else { return nil }
            let entries = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            let isDesk = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(name)/exe"))?
                .hasSuffix("/deskmate") == true
            return isDesk && entries.contains(entry) ? pid : nil
        }
    }

    @Test func anUnknownTerminalGetsAClearMessage() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["TERM"] = "no-such-terminal"
        let tmux = try TmuxSession(command: ["/usr/bin/env", "TERM=no-such-terminal", DeskmateBinary.url.path],
                                   environment: cli.environment)
        let screen = try tmux.waitFor("[exit 2]")
        #expect(screen.contains("no-such-terminal"))
    }
}
