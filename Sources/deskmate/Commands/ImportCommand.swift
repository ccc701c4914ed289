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
            guard let bytes = PatronCSV.readFile(file) else {
                Console.error("Cannot read \(file).")
                throw ExitCode.failure
            }
            // First every row is checked, so a bad line is named before
            // anything is written; then the rows are read again and written in
            // one transaction. Two passes keep memory to the file itself
            // rather than the file plus a million parsed rows.
            do {
                try PatronCSV.forEachDraft(in: bytes) { _ in }
            } catch let failure as CSVReader.Failure {
                Console.error("\(file), \(failure.description). Nothing was imported.")
                throw ExitCode.failure
            }
            let count = try storeOptions.withStoreFile(for: "import") { store in
                try store.importPatrons(now: Now.date()) { add in
                    try PatronCSV.forEachDraft(in: bytes, add)
                }
            }
            Console.print("Imported \(count) patron\(count == 1 ? "" : "s").")
        }
    }
}

/// The patron CSV format shared by import and export.
enum PatronCSV {
    static let header = ["name", "preferred_name", "pronunciation", "notes"]

    /// The whole file as bytes, read straight into one buffer (no second
    /// copy by way of `Data`).
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { break }
            done += n
        }
        bytes.removeLast(bytes.count - done)
        return bytes
    }

    /// Every row of `bytes` as a patron draft, checked as the store will check
    /// it; the first bad row stops the reading with a `CSVReader.Failure`
    /// naming its line. An error `body` throws passes through unchanged.
    static func forEachDraft(in bytes: [UInt8], _ body: (PatronDraft) throws -> Void) throws {
        var reader = CSVReader(bytes)
        guard let first = try reader.next() else { throw CSVReader.Failure(line: 1, reason: "the file is empty") }
        let names = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names == header else {
            throw CSVReader.Failure(line: first.line, reason: "the header must be \(header.joined(separator: ","))")
        }
        let limits = [InputLimits.name, InputLimits.name, InputLimits.pronunciation, InputLimits.patronNotes]
        while let record = try reader.next() {
            guard record.fields.count == header.count else {
                throw CSVReader.Failure(line: record.line, reason: "\(record.fields.count) columns, expected \(header.count)")
            }
            let f = record.fields
            let name = f[0].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { throw CSVReader.Failure(line: record.line, reason: "the name is empty") }
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
            try body(PatronDraft(name: name, preferredName: optional(f[1]), pronunciation: optional(f[2]), notes: optional(f[3])))
        }
    }
}
