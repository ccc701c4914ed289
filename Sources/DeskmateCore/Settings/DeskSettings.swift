import Foundation
import TOMLKit

/// The desk's settings from `$XDG_CONFIG_HOME/deskmate/config.toml`: its
/// name, who usually staffs it, its goals and how long encounters keep their
/// details. Every key is optional; flags override the file.
///
/// ```toml
/// [desk]
/// name = "Main desk"
/// branch = "Main library"
/// staff = "JB"
///
/// [store]
/// url = "postgresql://deskmate@db.library.example/deskmate?sslmode=require"
///
/// [goals]
/// acknowledge_seconds = 60   # amber at 3/4, red past it
/// service_seconds = 300
///
/// [privacy]
/// retention_days = 365       # older encounters lose patron link and note
/// ```
public struct DeskSettings: Sendable, Equatable {
    public var desk: String?
    public var branch: String?
    public var staff: String?
    /// The store to use when neither `--store` nor `DESKMATE_STORE` names
    /// one: a shared store's URL (its password better in `PGPASSWORD`) or a
    /// store file's path.
    public var storeURL: String?
    public var goals = DeskGoals()
    /// Encounters older than this many days lose their patron link and note
    /// (counts stay); nil keeps them.
    public var retentionDays: Int?

    public init() {}

    /// A settings file that cannot be used, with the line to look at.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public init(toml text: String) throws(Problem) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(line: error.source.begin.line, message: error.description)
        } catch {
            throw Problem(line: 1, message: "\(error)")
        }
        func line(of key: String) -> Int {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return (lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) } ?? 0) + 1
        }
        func string(_ section: String, _ key: String) throws(Problem) -> String? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let s = value.string else { throw Problem(line: line(of: key), message: "\(section).\(key) must be text in quotes") }
            if let found = ControlCharacters.first(in: s) {
                throw Problem(line: line(of: key), message: "\(section).\(key) holds \(found)")
            }
            return s
        }
        func int(_ section: String, _ key: String, _ range: NumericRange) throws(Problem) -> Int? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let n = value.int, range.range.contains(n) else {
                throw Problem(line: line(of: key), message: range.message(source: "\(section).\(key)"))
            }
            return n
        }
        for section in table.keys where !["desk", "goals", "privacy", "store"].contains(section) {
            throw Problem(line: line(of: "[\(section)"), message: "unknown section [\(section)]; expected [desk], [goals], [privacy] or [store]")
        }
        desk = try string("desk", "name")
        branch = try string("desk", "branch")
        storeURL = try string("store", "url")
        staff = try string("desk", "staff")
        if let n = try int("goals", "acknowledge_seconds", .acknowledgeGoal) { goals.acknowledgeSeconds = n }
        if let n = try int("goals", "service_seconds", .serviceGoal) { goals.serviceSeconds = n }
        retentionDays = try int("privacy", "retention_days", .retentionDays)
    }
}
