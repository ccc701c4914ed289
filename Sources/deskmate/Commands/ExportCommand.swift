import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export patrons or encounters as CSV or JSON.",
        discussion: """
            Writes to standard output, or with --output to a file (mode 0600) that \
            appears whole or not at all. CSV cells that start like a spreadsheet \
            formula are neutralised with a leading apostrophe.
            """)

    enum What: String, ExpressibleByArgument, CaseIterable { case patrons, encounters }
    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

    @OptionGroup var storeOptions: StoreOptions
    @Argument(help: "patrons or encounters") var what: What
    @Option(help: "csv or json") var format: Format = .csv
    @Option(help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        var text = ""
        try storeOptions.withStoreFile(for: "export") { store in
            switch (what, format) {
            case (.patrons, .csv):
                text = CSVWriter.record(PatronCSV.header + ["id", "created", "last_seen", "visit_count"])
                try store.allPatrons { p in
                    text += CSVWriter.record([
                        p.name, p.preferredName ?? "", p.pronunciation ?? "", p.notes ?? "", "\(p.id)",
                        InstantFormat.iso8601(p.created), p.lastSeen.map(InstantFormat.iso8601) ?? "", "\(p.visitCount)",
                    ])
                }
            case (.patrons, .json):
                var all: [JSONShapes.PatronJSON] = []
                try store.allPatrons { all.append(.init($0)) }
                text = try JSONOutput.string(all) + "\n"
            case (.encounters, .csv):
                text = CSVWriter.record(EncounterCSV.header)
                try store.allEncounters { text += CSVWriter.record(EncounterCSV.fields($0)) }
            case (.encounters, .json):
                var all: [JSONShapes.EncounterJSON] = []
                try store.allEncounters { all.append(.init($0)) }
                text = try JSONOutput.string(all) + "\n"
            }
        }
        if let output {
            do {
                try AtomicFile.write(text, to: output)
            } catch {
                Console.error("Cannot write \(output): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else {
            Console.write(document: text)
        }
    }
}
