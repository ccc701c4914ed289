import Foundation
import TestSupport

/// The real binary in a real terminal: tmux types keys and reads the screen.
final class TmuxSession {
    let name = "deskmate-e2e-\(UUID().uuidString.prefix(8))"
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let line = "env -i \(env) TERM=xterm-256color " + command.map(Self.quote).joined(separator: " ")
            + "; echo \"[exit $?]\"; stty -a | grep -o -- '-icanon\\|icanon' | head -1; sleep 60"
        try tmux("new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", line)
    }

    deinit { _ = try? tmux("kill-session", "-t", name) }

    func send(_ keys: String...) throws {
        for key in keys { try tmux("send-keys", "-t", name, "--", key) }
    }

    func type(_ text: String) throws { try tmux("send-keys", "-t", name, "-l", "--", text) }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)")
    }

    func screen() throws -> String { try tmux("capture-pane", "-p", "-t", name) }

    /// Waits until the screen contains `text`, up to `seconds`.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 8) throws -> String {
        try waitFor(all: [text], seconds: seconds)
    }

    /// Waits until the screen shows every one of `texts` at once: a capture
    /// can catch a frame half drawn, so what is checked is waited for.
    @discardableResult
    func waitFor(all texts: [String], seconds: Double = 8) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if texts.allSatisfy(last.contains) { return last }
            usleep(100_000)
        }
        throw CLIError(message: "screen never showed “\(texts.joined(separator: "” and “"))”. Last screen:\n\(last)")
    }

    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        try Subprocess.run("/usr/bin/tmux", arguments).stdout
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
