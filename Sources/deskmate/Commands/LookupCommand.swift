import ArgumentParser
import DeskmateCore
import Foundation

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Find patrons by a name as it was heard.",
        discussion: "Every word typed must start a word of the patron's name or preferred name, in any order.")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The name, or its beginning.") var query: String
    @Option(help: "At most this many results.") var limit = 10
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        let matches = try storeOptions.withStore { store in try store.lookup(query, limit: max(1, limit), now: Date()) }
        if json {
            try JSONOutput.print(matches.map(JSONShapes.MatchJSON.init))
        } else if matches.isEmpty {
            Console.print("No patron matches “\(query)”.")
        } else {
            for match in matches { Console.print(PlainText.matchLine(match)) }
        }
    }
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", abstract: "A patron's encounters, newest first.")
    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "The patron's id.") var patronID: Int64
    @Option(help: "At most this many encounters.") var limit = 50
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        let encounters = try storeOptions.withStore { store in
            guard try store.patron(id: patronID) != nil else { throw StoreError.notFound("Patron \(patronID)") }
            return try store.history(patronID: patronID, limit: max(1, limit))
        }
        if json {
            try JSONOutput.print(encounters.map(JSONShapes.EncounterJSON.init))
        } else if encounters.isEmpty {
            Console.print("No encounters yet.")
        } else {
            for e in encounters { Console.print("#\(e.id)  " + EncounterLine.text(e, timeZone: .current, now: Date())) }
        }
    }
}

struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "The point on excellent service the desk would show now.",
        discussion: "Chosen as the desk screen chooses it: from the store's waiting line and today's encounters, in this time zone.")
    @OptionGroup var storeOptions: StoreOptions
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
        // The same moment the desk screen computes: its goals, its store, its time zone.
        let goals = try SettingsOptions.parse([]).load().settings.goals
        let moment = try storeOptions.withStore { store in
            try PromptMoment.at(Date(), store: store, timeZone: .current, goals: goals, also: holding)
        }
        let (prompt, because) = PromptChooser().choose(moment)
        if json {
            try JSONOutput.print(JSONShapes.PromptJSON(prompt, because: because))
        } else {
            Console.print(PlainText.prompt(prompt))
        }
    }
}
