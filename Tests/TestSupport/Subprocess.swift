import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to completion with `posix_spawn` and `waitpid`.
///
/// The tests start hundreds of processes from parallel test threads.
/// Foundation's `Process.waitUntilExit` on Linux can miss a child's exit when
/// that happens, and then waits forever (seen here: a CI run that never
/// ended). `waitpid` on the child's own pid cannot miss it. Output goes to
/// files rather than pipes, so a child that writes a lot, or a daemon it
/// leaves behind (the tmux server), can never block the test.
public struct Subprocess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var stdoutData: Data
        public var stderrData = Data()
        /// True when it was killed because it outlived the deadline it was given.
        public var timedOut = false
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotSpawn(String, Int32)
        case timedOut(String, [String], seconds: Double, stdout: String, stderr: String)
        public var description: String {
            switch self {
            case .cannotSpawn(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
            case .timedOut(let path, let arguments, let seconds, let stdout, let stderr):
                "\(path) \(arguments.prefix(4)) did not end within \(seconds) s and was killed; "
                    + "stdout: \(stdout.suffix(500)) stderr: \(stderr.suffix(500))"
            }
        }
    }

    /// A program started with `spawn`, still running until `wait` says otherwise.
    public final class Child: @unchecked Sendable {
        public let pid: pid_t
        let folder: String
        private var finished: Result?

        init(pid: pid_t, folder: String) {
            self.pid = pid
            self.folder = folder
        }

        deinit {
            if finished == nil { _ = Glibc.kill(pid, SIGKILL); _ = wait() }
            try? FileManager.default.removeItem(atPath: folder)
        }

        /// Sends `signal` to the child (SIGKILL by default).
        public func kill(_ signal: Int32 = SIGKILL) {
            if finished == nil { _ = Glibc.kill(pid, signal) }
        }

        /// Its result if it has ended, without waiting.
        public func poll() -> Result? {
            if let finished { return finished }
            var status: Int32 = 0
            var got = waitpid(pid, &status, WNOHANG)
            while got < 0 && errno == EINTR { got = waitpid(pid, &status, WNOHANG) }
            guard got == pid else { return nil }
            return collect(status)
        }

        /// Waits for it to end; after `seconds` it is killed (SIGKILL) so a
        /// test can never hang on it.
        @discardableResult
        public func wait(seconds: Double? = nil) -> Result {
            if let finished { return finished }
            if let seconds {
                let deadline = Date().addingTimeInterval(seconds)
                while Date() < deadline {
                    if let result = poll() { return result }
                    usleep(5_000)
                }
                _ = Glibc.kill(pid, SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                var result = collect(status)
                result.timedOut = true
                finished = result
                return result
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return collect(status)
        }

        /// What it has written to standard output so far.
        public var stdoutSoFar: String {
            String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: folder + "/out"))) ?? Data(), as: UTF8.self)
        }

        private func collect(_ status: Int32) -> Result {
            let exit: Int32 = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            let out = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/out"))) ?? Data()
            let err = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/err"))) ?? Data()
            let result = Result(
                status: exit, stdout: String(decoding: out, as: UTF8.self),
                stderr: String(decoding: err, as: UTF8.self), stdoutData: out, stderrData: err)
            finished = result
            return result
        }
    }

    /// Starts `executable` without waiting for it. Arguments are raw bytes, so
    /// a test can pass what a `String` cannot hold (invalid UTF-8).
    public static func spawn(
        _ executable: String, rawArguments: [[UInt8]], environment: [String: String]? = nil, stdin: Data? = nil
    ) throws -> Child {
        let folder = NSTemporaryDirectory() + "subprocess-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let inPath = folder + "/in", outPath = folder + "/out", errPath = folder + "/err"
        try (stdin ?? Data()).write(to: URL(fileURLWithPath: inPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = ([Array(executable.utf8)] + rawArguments).map { bytes in
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
            for (i, byte) in bytes.enumerated() { buffer[i] = CChar(bitPattern: byte) }
            buffer[bytes.count] = 0
            return buffer
        } + [nil]
        defer { argv.forEach { $0?.deallocate() } }
        let envStrings = environment.map { $0.map { "\($0.key)=\($0.value)" } }
            ?? ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let envp = envStrings.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }

        var pid = pid_t()
        let code = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard code == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            throw Failure.cannotSpawn(executable, code)
        }
        return Child(pid: pid, folder: folder)
    }

    /// Starts `executable` without waiting for it.
    public static func spawn(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil
    ) throws -> Child {
        try spawn(executable, rawArguments: arguments.map { Array($0.utf8) }, environment: environment, stdin: stdin)
    }

    /// How long `run` lets a program live unless told otherwise: far longer
    /// than any program a test starts needs, short of a hung test run.
    public static let defaultDeadline: Double = 120

    /// Runs `executable` with `arguments`; `environment` nil inherits ours.
    /// A program still running after `deadline` seconds is killed (SIGKILL)
    /// and `run` throws `Failure.timedOut`, which fails the test that called it.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
        stdin: Data? = nil, deadline: Double = defaultDeadline
    ) throws -> Result {
        let result = try spawn(executable, arguments, environment: environment, stdin: stdin).wait(seconds: deadline)
        if result.timedOut {
            throw Failure.timedOut(executable, arguments, seconds: deadline, stdout: result.stdout, stderr: result.stderr)
        }
        return result
    }
}
