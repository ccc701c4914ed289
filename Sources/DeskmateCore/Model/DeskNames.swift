/// The names a desk has when nobody named it. A library with one desk never
/// needs to say either; one with many sets them per desk (`--desk`,
/// `--branch`, `DESKMATE_DESK`, `DESKMATE_BRANCH`, or `[desk]` in the
/// settings file).
public enum DeskNames {
    /// The desk's name when none is given.
    public static let defaultDesk = "Main desk"
    /// The branch's name when none is given; rows stored before branches
    /// existed belong to it too.
    public static let defaultBranch = "Main library"

    /// A desk's name and branch as a store keeps and compares them: trimmed,
    /// and an empty branch is the default one.
    public static func stored(desk: String, branch: String) -> (desk: String, branch: String) {
        let branch = branch.trimmingCharacters(in: .whitespacesAndNewlines)
        return (desk.trimmingCharacters(in: .whitespacesAndNewlines), branch.isEmpty ? defaultBranch : branch)
    }
}
