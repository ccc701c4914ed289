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
        let matches = try storeOptions.withStore { store in try store.lookup(query, limit: max(1, limit), now: Now.date()) }
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
            for e in encounters { Console.print("#\(e.id)  " + EncounterLine.text(e, timeZone: .current, now: Now.date())) }
        }
    }
}

struct PromptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prompt",
        abstract: "The point on excellent service the desk would show now.")
    @OptionGroup var storeOptions: StoreOptions
    @Option(help: "A moment to choose for: \(DeskMoment.allCases.map(\.rawValue).joined(separator: ", ")).")
    var moment: [String] = []
    @Flag(help: "Print as JSON.") var json = false

    func run() throws {
        var holding = Set<DeskMoment>()
        for name in moment {
            guard let m = DeskMoment(rawValue: name) else {
                Console.error("Unknown moment \(name); choose from \(DeskMoment.allCases.map(\.rawValue).joined(separator: ", ")).")
                throw ExitCode.validationFailure
            }
            holding.insert(m)
        }
        let now = Now.date()
        let day = Int(now.timeIntervalSince1970 / 86_400)
        let step = Int(now.timeIntervalSince1970.truncatingRemainder(dividingBy: 86_400) / 900)
        let (prompt, because) = PromptChooser().choose(.init(holding: holding, step: step, daySeed: day))
        if json {
            try JSONOutput.print(JSONShapes.PromptJSON(
                number: prompt.number, text: prompt.text, attribution: prompt.attribution,
                closing: prompt.closing, because: because?.rawValue))
        } else {
            Console.print(PlainText.prompt(prompt))
        }
    }
}
