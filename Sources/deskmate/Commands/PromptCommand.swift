import ArgumentParser
import DeskmateCore
import Foundation

struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "The point on excellent service the desk would show now.",
        discussion: "Chosen as the desk screen chooses it: from this desk's waiting line, shift and encounters today, in this time zone.")
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "The desk's name (default: config, $DESKMATE_DESK, or \"Main desk\").") var desk: String?
    @Option(help: "The desk's branch (default: config, $DESKMATE_BRANCH, or \"Main library\").") var branch: String?
    @Option(help: "A moment to choose for: \(DeskSituation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var moment: [String] = []
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        var holding = Set<DeskSituation>()
        for name in moment {
            guard let m = DeskSituation(rawValue: name) else {
                Console.error("Unknown moment \(name); choose from \(DeskSituation.allCases.map(\.rawValue).joined(separator: ", ")).")
                throw ExitCode.validationFailure
            }
            holding.insert(m)
        }
        // The same moment the desk screen computes: its goals, its store, its
        // desk's line and shift, its time zone.
        var settingsOptions = try SettingsOptions.parse([])
        settingsOptions.desk = desk
        settingsOptions.branch = branch
        let (settings, identity) = try settingsOptions.load()
        let moment = try storeOptions.withStore { store in
            try PromptMoment.at(Now.date(), store: store, desk: identity.desk, branch: identity.branch, timeZone: .current, goals: settings.goals,
                                also: holding)
        }
        let (prompt, because) = PromptChooser().choose(moment)
        if json {
            try JSONOutput.print(JSONShapes.PromptJSON(prompt, because: because))
        } else {
            Console.print(PlainText.prompt(prompt))
        }
    }
}
