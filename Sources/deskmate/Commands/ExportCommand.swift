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
                        ISO8601.string(p.created), p.lastSeen.map(ISO8601.string) ?? "", "\(p.visitCount)",
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

/// One row per encounter, in the shape desk-statistics tools take.
enum EncounterCSV {
    static let header = [
        "timestamp", "desk", "staff", "mode", "kind", "read", "wait_seconds", "service_seconds", "note",
        "encounter_id", "patron_id", "follow_up", "follow_up_due", "follow_up_kept",
    ]

    static func fields(_ e: Encounter) -> [String] {
        [
            ISO8601.string(e.arrived), e.desk, e.staff, e.mode.rawValue, e.kind.rawValue,
            e.read.map { "\($0.rawValue)" } ?? "", e.wait.map { "\(Int($0.rounded()))" } ?? "",
            e.service.map { "\(Int($0.rounded()))" } ?? "", e.note, "\(e.id)", e.patronID.map { "\($0)" } ?? "",
            e.followUp?.promise ?? "", e.followUp?.due ?? "", e.followUp.map { $0.isKept ? "yes" : "no" } ?? "",
        ]
    }
}

/// Writes a file that appears whole or not at all: a private temporary file
/// beside it, flushed, then renamed into place.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temp = (folder.isEmpty ? "." : folder) + "/.\((path as NSString).lastPathComponent).\(getpid()).tmp"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var ok = true
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { ok = false; break }
            offset += n
        }
        ok = ok && fsync(fd) == 0
        _ = fchmod(fd, 0o600)
        close(fd)
        guard ok, rename(temp, path) == 0 else {
            let code = errno
            unlink(temp)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }
}
