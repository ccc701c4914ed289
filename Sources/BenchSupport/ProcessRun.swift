// Running a program as a whole process and timing it: what a script or a
// supervisor waits for, start-up and exit included.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One run of a program: its exit status, wall milliseconds and peak memory.
public struct ProcessRun: Sendable {
    public var status: Int32
    public var wall: Double
    public var peakMB: Double

    /// Runs `executable` with `arguments`, output to /dev/null, and waits.
    /// `stdin` is a file path or /dev/null. Nil when it cannot start.
    public static func run(_ executable: String, _ arguments: [String], stdin: String = "/dev/null") -> ProcessRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid = pid_t()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let exited = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessRun(status: exited, wall: wall, peakMB: Double(usage.ru_maxrss) / 1024)
    }

    /// The run of median wall time of `count` runs, after one warm-up run;
    /// nil when any run fails.
    public static func median(_ count: Int, _ body: () throws -> ProcessRun?) rethrows -> ProcessRun? {
        _ = try body()
        var runs: [ProcessRun] = []
        for _ in 0..<max(1, count) {
            guard let r = try body(), r.status == 0 else { return nil }
            runs.append(r)
        }
        return runs.sorted { $0.wall < $1.wall }[runs.count / 2]
    }
}
