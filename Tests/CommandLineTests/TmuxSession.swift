import Foundation
import TestSupport

/// The real binary in a real terminal: tmux types keys and reads the screen.
///
/// Each session runs on its own tmux server (`tmux -L <unique socket>`, no
/// config file but this one), so suites that Swift Testing runs in parallel
/// never share a server, its options or its paste buffers; the server is
/// killed when the session is released. Every tmux command's exit status is
/// checked. The pane's raw output (the bytes the program wrote, before tmux
/// interprets them) is copied to a file with `pipe-pane`, set up before the
/// command starts.
final class TmuxSession {
    let name = "deskmate-e2e-\(UUID().uuidString.prefix(8))"
    let socket = "deskmate-test-\(UUID().uuidString.prefix(12))"
    let folder = NSTemporaryDirectory() + "tmux-session-" + UUID().uuidString
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }

    var rawPath: String { folder + "/raw" }

    init(command: [String], environment: [String: String], width: Int = 100, height: Int = 30) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // `set-clipboard on`: an OSC 52 a program writes fills a paste buffer
        // (the default, `external`, ignores it), so a test can see one arrive.
        try "set-option -s set-clipboard on\nset-option -g history-limit 2000\n"
            .write(toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
        let ready = folder + "/ready"
        let env = environment.map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let line = "while [ ! -e \(Self.quote(ready)) ]; do sleep 0.02; done; "
            + "env -i \(env) TERM=xterm-256color " + command.map(Self.quote).joined(separator: " ")
            + "; echo \"[exit $?]\"; stty -a | grep -o -- '-icanon\\|icanon' | head -1; sleep 60"
        try tmux("new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", line)
        try tmux("pipe-pane", "-O", "-t", name, "cat >> " + Self.quote(rawPath))
        _ = FileManager.default.createFile(atPath: ready, contents: nil)
    }

    deinit {
        // The session first (tmux hangs up on its panes, as a closed window
        // does), then this session's own server.
        _ = try? Subprocess.run("/usr/bin/tmux", ["-L", socket, "kill-session", "-t", name], deadline: 10)
        _ = try? Subprocess.run("/usr/bin/tmux", ["-L", socket, "kill-server"], deadline: 10)
        try? FileManager.default.removeItem(atPath: folder)
    }

    func send(_ keys: String...) throws {
        for key in keys { try tmux("send-keys", "-t", name, "--", key) }
    }

    func type(_ text: String) throws { try tmux("send-keys", "-t", name, "-l", "--", text) }

    func resize(width: Int, height: Int) throws {
        try tmux("resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)")
    }

    func screen() throws -> String { try tmux("capture-pane", "-p", "-t", name) }

    /// The bytes written to the pane so far, as the program wrote them.
    func rawOutput() -> Data { FileManager.default.contents(atPath: rawPath) ?? Data() }

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

    /// Runs a tmux command on this session's own server; a non-zero exit
    /// status throws with tmux's message.
    @discardableResult
    func tmux(_ arguments: String...) throws -> String {
        let result = try Subprocess.run("/usr/bin/tmux", ["-L", socket, "-f", folder + "/tmux.conf"] + arguments, deadline: 30)
        guard result.status == 0 else {
            throw CLIError(message: "tmux \(arguments.prefix(3).joined(separator: " ")): exit \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
