/// The editable text files under `Resources/`, compiled into the binary so a
/// fresh install needs no data folder to show prompts, match nicknames or
/// hear names as they are said (by `EmbedResourcesPlugin`, which re-runs
/// when a file changes).
public enum BundledResources {
    /// The twenty points, four qualities and nine principles (TOML).
    public static var prompts: String { EmbeddedResources.prompts_toml }
    /// Which point fits which moment at the desk (TOML).
    public static var promptRules: String { EmbeddedResources.prompt_rules_toml }
    /// Nickname groups, one per line (`william bill will billy liam`).
    public static var nicknames: String { EmbeddedResources.nicknames_txt }
    /// Names as they are said, one per line (`niamh neeve`): written form first.
    public static var saidAs: String { EmbeddedResources.said_as_txt }
}
