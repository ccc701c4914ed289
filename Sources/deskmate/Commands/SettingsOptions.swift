import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

/// The desk's settings file plus the flags that override it.
struct SettingsOptions: ParsableArguments {
    @Option(help: "Staff initials (default: config, $DESKMATE_STAFF, or the login's initials).") var staff: String?
    @Option(help: "The desk's name (default: config, $DESKMATE_DESK, or \"Main desk\").") var desk: String?
    @Option(help: "The desk's branch (default: config, $DESKMATE_BRANCH, or \"Main library\").") var branch: String?
    @Option(name: .customLong("goal-acknowledge"), help: "Seconds within which a waiting patron should be acknowledged.")
    var acknowledgeGoal: Int?
    @Option(name: .customLong("goal-service"), help: "Seconds within which a question should be served.")
    var serviceGoal: Int?

    func validate() throws {
        try NumericRange.acknowledgeGoal.validate(acknowledgeGoal, flag: "--goal-acknowledge")
        try NumericRange.serviceGoal.validate(serviceGoal, flag: "--goal-service")
    }

    /// `config.toml` under `$XDG_CONFIG_HOME/deskmate` (or `~/.config/deskmate`).
    static var configPath: String { StoreLocation.configFolder() + "/config.toml" }

    /// The settings in force; a bad file is one clear line and exit 1.
    func load() throws -> (settings: DeskSettings, identity: DeskIdentity) {
        var settings = DeskSettings()
        let path = Self.configPath
        if let data = FileManager.default.contents(atPath: path) {
            guard let text = String(data: data, encoding: .utf8) else {
                Console.error("\(path) is not UTF-8 text.")
                throw ExitCode.failure
            }
            do {
                settings = try DeskSettings(toml: text)
            } catch {
                Console.error("\(path), \(error.description)")
                throw ExitCode.failure
            }
        }
        if let acknowledgeGoal { settings.goals.acknowledgeSeconds = acknowledgeGoal }
        if let serviceGoal { settings.goals.serviceSeconds = serviceGoal }
        let env = ProcessInfo.processInfo.environment
        let identity = DeskIdentity.current(
            desk: desk ?? env["DESKMATE_DESK"] ?? settings.desk, branch: branch ?? env["DESKMATE_BRANCH"] ?? settings.branch,
            staff: staff ?? env["DESKMATE_STAFF"] ?? settings.staff)
        return (settings, identity)
    }
}
