import DeskmateCore
import Foundation

/// Where the store lives: `--store`, then `DESKMATE_STORE`, then
/// `$XDG_DATA_HOME/deskmate/deskmate.sqlite` (`~/.local/share` when the
/// variable is unset or relative, as the XDG spec asks). Patron data stays on
/// the desk's own machine unless staff point it elsewhere.
public enum StoreLocation {
    /// - Parameter environment: read only when no flag is given (Foundation
    ///   builds the whole dictionary, a few percent of a script's `lookup`).
    public static func resolve(
        flag: String?, environment: @autoclosure () -> [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let flag, !flag.isEmpty { return absolute(flag) }
        let environment = environment()
        if let env = environment["DESKMATE_STORE"], !env.isEmpty { return absolute(env) }
        return defaultFolder(environment: environment) + "/deskmate.sqlite"
    }

    /// The scheme of a store argument written as a URL (`postgresql` for
    /// `postgresql://…`), or nil for a file path. Why it matters: a URL taken
    /// for a path once made folders named `postgresql:/user:password@host/`
    /// under the working directory, with the password in a file name.
    public static func urlScheme(of value: String) -> String? {
        guard let colon = value.range(of: "://") else { return nil }
        // RFC 3986: a letter, then letters, digits, "+", "-" or ".".
        let scheme = Array(value[..<colon.lowerBound].utf8)
        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }
        func isSchemeByte(_ b: UInt8) -> Bool {
            isLetter(b) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "+") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".")
        }
        guard let first = scheme.first, isLetter(first), scheme.allSatisfy(isSchemeByte) else { return nil }
        return String(decoding: scheme, as: UTF8.self).lowercased()
    }

    /// A store URL fit for a message: any password in it is left out
    /// (`postgresql://user:secret@host/db` → `postgresql://user@host/db`).
    public static func redacted(_ url: String) -> String {
        guard let start = url.range(of: "://"), let at = url[start.upperBound...].firstIndex(of: "@") else { return url }
        let userInfo = url[start.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + String(url[at...])
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
