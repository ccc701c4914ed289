import Foundation

/// Who is at which desk: flags, then `DESKMATE_STAFF`/`DESKMATE_DESK`, then
/// the login name's initials and "Main desk".
struct DeskIdentity {
    var desk: String
    var staff: String

    static func current(desk: String?, staff: String?) -> DeskIdentity {
        let env = ProcessInfo.processInfo.environment
        let login = env["USER"] ?? "staff"
        return DeskIdentity(
            desk: (desk ?? env["DESKMATE_DESK"] ?? "Main desk").trimmingCharacters(in: .whitespacesAndNewlines),
            staff: staff ?? env["DESKMATE_STAFF"] ?? String(login.prefix(3)).uppercased())
    }
}
