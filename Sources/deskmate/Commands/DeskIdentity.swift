import DeskmateCore
import Foundation

/// Who is at which desk of which branch: flags, then `DESKMATE_STAFF`,
/// `DESKMATE_DESK` and `DESKMATE_BRANCH`, then the login name's initials,
/// "Main desk" and "Main library".
struct DeskIdentity {
    var desk: String
    var branch: String = DeskNames.defaultBranch
    var staff: String

    static func current(desk: String?, branch: String? = nil, staff: String?) -> DeskIdentity {
        let env = ProcessInfo.processInfo.environment
        let login = env["USER"] ?? "staff"
        let place = DeskNames.stored(
            desk: desk ?? env["DESKMATE_DESK"] ?? DeskNames.defaultDesk, branch: branch ?? env["DESKMATE_BRANCH"] ?? "")
        return DeskIdentity(
            desk: place.desk, branch: place.branch,
            staff: staff ?? env["DESKMATE_STAFF"] ?? String(login.prefix(3)).uppercased())
    }
}
