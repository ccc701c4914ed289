import Foundation
import TestSupport

/// Runs the built `deskmate` binary as a person or script would.
struct DeskmateBinary {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let url: URL = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("deskmate"),
            Bundle.main.bundleURL.appendingPathComponent("deskmate"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("deskmate"),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(".build/debug/deskmate"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[3]
    }()

    let folder: String
    var environment: [String: String]

    init() {
        folder = NSTemporaryDirectory() + "deskmate-cli-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        environment = [
            "PATH": "/usr/bin:/bin", "HOME": folder + "/home", "XDG_DATA_HOME": folder + "/data",
            "XDG_CONFIG_HOME": folder + "/config", "LANG": "C.UTF-8", "TZ": "UTC", "USER": "jbloggs",
        ]
        // A run under libfaketime (`faketime '2033-06-15 10:00:00' …`) hands
        // the faked clock on to the program, so the suite can be checked at
        // any year.
        for (key, value) in ProcessInfo.processInfo.environment
        where key.hasPrefix("FAKETIME") || (key == "LD_PRELOAD" && value.contains("faketime")) {
            environment[key] = value
        }
    }

    var storePath: String { folder + "/data/deskmate/deskmate.sqlite" }

    func file(_ name: String) -> String { folder + "/" + name }

    func cleanUp() { try? FileManager.default.removeItem(atPath: folder) }

    @discardableResult
    func run(_ arguments: String..., stdin: Data? = nil) throws -> Result {
        try run(arguments, stdin: stdin)
    }

    @discardableResult
    func run(_ arguments: [String], stdin: Data? = nil) throws -> Result {
        let result = try Subprocess.run(Self.url.path, arguments, environment: environment, stdin: stdin)
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    func json(_ arguments: String...) throws -> Any { try json(arguments) }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else { throw CLIError(message: "exit \(result.status): \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8), options: [.fragmentsAllowed])
    }
}

extension DeskmateBinary {
    /// Writes to the store with the sqlite3 shell, as another program (or an
    /// earlier Deskmate that let more through) could have; fails on its status.
    func sqlite(_ sql: String) throws {
        let result = try Subprocess.run("/usr/bin/sqlite3", [storePath, sql])
        guard result.status == 0 else { throw CLIError(message: "sqlite3: exit \(result.status): \(result.stderr)") }
    }

    /// `text` as an SQL expression, whatever bytes it holds.
    static func sqlText(_ text: String) -> String {
        "CAST(X'" + text.utf8.map { String(format: "%02X", $0) }.joined() + "' AS TEXT)"
    }
}

struct CLIError: Error { var message: String }
