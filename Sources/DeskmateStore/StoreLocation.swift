import DeskmateCore
import Foundation

/// Where the store lives: `--store`, then `DESKMATE_STORE`, then
/// `$XDG_DATA_HOME/deskmate/deskmate.sqlite` (`~/.local/share` when the
/// variable is unset or relative, as the XDG spec asks). Patron data stays on
/// the desk's own machine unless staff point it elsewhere.
public enum StoreLocation {
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let flag, !flag.isEmpty { return absolute(flag) }
        if let env = environment["DESKMATE_STORE"], !env.isEmpty { return absolute(env) }
        return defaultFolder(environment: environment) + "/deskmate.sqlite"
    }

    /// `$XDG_DATA_HOME/deskmate`, or `~/.local/share/deskmate`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return trimmed(xdg) + "/deskmate"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return trimmed(home) + "/.local/share/deskmate"
    }

    /// `~/.config/deskmate` under `$XDG_CONFIG_HOME` when it is absolute.
    public static func configFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
            return trimmed(xdg) + "/deskmate"
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return trimmed(home) + "/.config/deskmate"
    }

    private static func trimmed(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    private static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
            return home + path.dropFirst()
        }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
