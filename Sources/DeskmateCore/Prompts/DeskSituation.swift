/// Something that holds at the desk and calls for a particular point (a
/// patron waiting past the goal, a complaint being closed …). Its raw value
/// is the name `prompt-rules.toml`, `prompt --moment` and the JSON's
/// `because` use.
public enum DeskSituation: String, Sendable, CaseIterable {
    case refusing
    case complaint
    case suggestion
    case waitingPastGoal = "waiting-past-goal"
    case returningPatron = "returning-patron"
    case busyDesk = "busy-desk"
    case quietDesk = "quiet-desk"
}
