import ArgumentParser

/// The `deskmate` command: the desk screen when run alone, and scriptable
/// subcommands for everything the screen does.
@main
struct Deskmate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deskmate",
        abstract: "A desk companion for library service-desk staff.",
        discussion: """
            Run with no subcommand to open the desk screen. Patron data stays in \
            $XDG_DATA_HOME/deskmate/deskmate.sqlite unless --store or DESKMATE_STORE \
            names another file.
            """,
        version: "0.1.0",
        subcommands: [
            DeskCommand.self, DemoCommand.self,
            PatronCommand.self, LookupCommand.self, LogCommand.self, EncounterCommand.self, HistoryCommand.self,
            FollowUpsCommand.self, FollowUpCommand.self,
            ImportCommand.self, ExportCommand.self, PromptCommand.self,
            TallyCommand.self, ShiftCommand.self, SummaryCommand.self, ReportCommand.self, NotesCommand.self, ForgetCommand.self, PurgeCommand.self, MaintainCommand.self,
            BackupCommand.self, StoreCommand.self, SeedCommand.self,
            SyncCommand.self,
        ],
        defaultSubcommand: DeskCommand.self
    )
}
