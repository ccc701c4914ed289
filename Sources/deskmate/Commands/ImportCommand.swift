import ArgumentParser
import DeskmateCore
import DeskmateStore
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import patrons from a CSV file.",
        subcommands: [Patrons.self])

    struct Patrons: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "patrons",
            abstract: "Import patrons: all rows or none.",
            discussion: """
                The file is RFC 4180 CSV in UTF-8 with the header \
                name,preferred_name,pronunciation,notes. Every row is checked first; \
                a bad row is named by its line and nothing is imported.
                """)
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: "The CSV file.") var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("Cannot read \(file).")
                throw ExitCode.failure
            }
            let drafts: [PatronDraft]
            do {
                drafts = try PatronCSV.drafts(from: [UInt8](data))
            } catch {
                Console.error("\(file), \(error.description). Nothing was imported.")
                throw ExitCode.failure
            }
            let count = try storeOptions.withStoreFile(for: "import") { store in try store.importPatrons(drafts, now: Date()) }
            Console.print("Imported \(count) patron\(count == 1 ? "" : "s").")
        }
    }
}

/// The patron CSV format shared by import and export.
enum PatronCSV {
    static let header = ["name", "preferred_name", "pronunciation", "notes"]

    static func drafts(from bytes: [UInt8]) throws(CSVReader.Failure) -> [PatronDraft] {
        let records = try CSVReader.records(bytes)
        guard let first = records.first else { throw CSVReader.Failure(line: 1, reason: "the file is empty") }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names == header else {
            throw CSVReader.Failure(line: first.line, reason: "the header must be \(header.joined(separator: ","))")
        }
        var drafts: [PatronDraft] = []
        drafts.reserveCapacity(records.count)
        for record in records.dropFirst() {
            guard record.fields.count == header.count else {
                throw CSVReader.Failure(line: record.line, reason: "\(record.fields.count) columns, expected \(header.count)")
            }
            let f = record.fields
            let name = f[0].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CSVReader.Failure(line: record.line, reason: "the name is empty") }
            let limits = [InputLimits.name, InputLimits.name, InputLimits.pronunciation, InputLimits.patronNotes]
            for (i, limit) in limits.enumerated() where f[i].count > limit {
                throw CSVReader.Failure(line: record.line, reason: "\(header[i]) is longer than \(limit) characters")
            }
            // Checked as the store will see it, trimmed; the raw look first
            // keeps a million clean rows from being trimmed twice.
            for i in header.indices where ControlCharacters.first(in: f[i]) != nil {
                if let found = ControlCharacters.first(in: f[i].trimmingCharacters(in: .whitespacesAndNewlines)) {
                    throw CSVReader.Failure(line: record.line, reason: "\(header[i]) holds \(found)")
                }
            }
            func optional(_ s: String) -> String? { s.isEmpty ? nil : s }
            drafts.append(PatronDraft(name: name, preferredName: optional(f[1]), pronunciation: optional(f[2]), notes: optional(f[3])))
        }
        return drafts
    }
}
