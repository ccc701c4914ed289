import Foundation
import TestSupport
import Testing

/// The test helpers themselves: a hung program cannot hang a test, and a
/// tmux command that fails is not taken for done.
@Suite struct TestSupportTests {
    @Test func aProgramPastItsDeadlineIsKilledAndReported() throws {
        let started = Date()
        #expect(throws: Subprocess.Failure.self) { try Subprocess.run("/bin/sleep", ["30"], deadline: 1) }
        #expect(Date().timeIntervalSince(started) < 20, "run waited for the program instead of its deadline")
        let child = try Subprocess.spawn("/bin/sleep", ["30"])
        let result = child.wait(seconds: 0.5)
        #expect(result.timedOut && result.status == 128 + SIGKILL)
        #expect(try Subprocess.run("/bin/true", []).status == 0)
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func aFailingTmuxCommandThrows() throws {
        let tmux = try TmuxSession(command: ["/bin/echo", "READY"], environment: ["PATH": "/usr/bin:/bin"])
        try tmux.waitFor("READY")
        #expect(throws: CLIError.self) { try tmux.tmux("no-such-tmux-command") }
        #expect(throws: CLIError.self) { try tmux.tmux("send-keys", "-t", "no-such-session", "x") }
    }
}
