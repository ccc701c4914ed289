import Foundation

/// The team's shared test data beside the repository: `../shared` from the
/// repository root (`../shared/corpora`, `../shared/seeds`). It is read where
/// it is, never copied into the project.
///
/// A clone outside the team has no `../shared`: the tests that need it are
/// then skipped, visibly, with the reason (use `SharedData.isPresent(_:)` in
/// `.enabled(if:_:)`). With `DESKMATE_REQUIRE_SHARED=1` in the environment
/// (CI sets it in `.ci/run`) they run anyway and fail on the missing folder,
/// so CI can never pass by skipping them.
public enum SharedData {
    /// `../shared` from the repository root (this file is Tests/TestSupport/SharedData.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared")

    public static var isRequired: Bool { ProcessInfo.processInfo.environment["DESKMATE_REQUIRE_SHARED"] == "1" }

    /// Whether a test needing `relative` (e.g. "corpora/blns") should run:
    /// the folder is there, or it is required (and the test will fail).
    public static func isPresent(_ relative: String) -> Bool {
        isRequired || exists(relative)
    }

    static func exists(_ relative: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isFolder)
            && isFolder.boolValue
    }

    /// The reason shown when the tests are skipped.
    public static func skipReason(_ relative: String) -> String {
        "\(root.appendingPathComponent(relative).standardizedFileURL.path) is missing (a clone outside the team); "
            + "set DESKMATE_REQUIRE_SHARED=1 to make this a failure"
    }

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
        public init(description: String) { self.description = description }
    }

    /// The folder `relative` under `../shared`; throws (failing the test) when it is missing.
    public static func folder(_ relative: String) throws -> URL {
        let url = root.appendingPathComponent(relative).standardizedFileURL
        guard exists(relative) else {
            throw Missing(description: "\(url.path) is missing"
                + (isRequired ? " and DESKMATE_REQUIRE_SHARED=1 requires it" : ""))
        }
        return url
    }

    /// The bytes of `relative` (a file under `../shared`); throws when missing.
    public static func data(_ relative: String) throws -> Data {
        let url = root.appendingPathComponent(relative).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw Missing(description: "\(url.path) is missing or unreadable")
        }
        return data
    }
}

/// Seeds for randomised tests: `DESKMATE_TEST_SEED=<n>` repeats a run;
/// otherwise the given default (or the clock, when none is given). Every
/// failure message of a randomised test carries the seed.
public enum TestSeed {
    public static func seed(default fixed: UInt64? = nil) -> UInt64 {
        if let text = ProcessInfo.processInfo.environment["DESKMATE_TEST_SEED"], let value = UInt64(text) { return value }
        return fixed ?? UInt64(Date().timeIntervalSince1970 * 1000)
    }
}
