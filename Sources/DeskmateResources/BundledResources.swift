/// The editable text files under `Resources/`, compiled into the binary so a
/// fresh install needs no data folder to show prompts or match nicknames.
public enum BundledResources {
    /// The twenty points, four qualities and nine principles (TOML).
    public static var prompts: String { text(PackageResources.prompts_toml) }
    /// Which point fits which moment at the desk (TOML).
    public static var promptRules: String { text(PackageResources.prompt_rules_toml) }
    /// Nickname groups, one per line (`william bill will billy liam`).
    public static var nicknames: String { text(PackageResources.nicknames_txt) }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
