import ArgumentParser
import Foundation

/// Where a report goes: a private file written whole or not at all
/// (`--output`), the terminal for plain text, or standard output for a
/// document format. `summary` and `report` both deliver this way.
enum ReportOutput {
    static func deliver(_ text: String, to output: String?, plainText: Bool) throws {
        if let output {
            do { try AtomicFile.write(text, to: output) } catch {
                Console.error("Cannot write \(output): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else if plainText {
            Console.print(String(text.dropLast()))
        } else {
            Console.write(document: text)
        }
    }
}
