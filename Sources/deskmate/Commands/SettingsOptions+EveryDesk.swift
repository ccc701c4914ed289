import ArgumentParser
import DeskmateCore

/// Commands that cover every desk unless one is named (`report`, `notes
/// search`): one reading of --desk and --branch for all of them.
extension SettingsOptions {
    /// An empty --desk or --branch is a usage error, not "every desk".
    /// `everyDesk` finishes the message: "…; leave it out to report on every desk."
    func validateNamedDesk(everyDesk: String) throws {
        for (flag, value) in [("--desk", desk), ("--branch", branch)] {
            if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("\(flag) needs a name; leave it out to \(everyDesk).")
            }
        }
    }

    /// Every desk, one branch's (--branch alone), or one desk of a branch (--desk).
    func everyDeskUnlessNamed(_ identity: DeskIdentity) -> DeskScope {
        if desk != nil { return .desk(identity.desk, branch: identity.branch) }
        if branch != nil { return .branch(identity.branch) }
        return .all
    }
}
