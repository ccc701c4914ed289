import ArgumentParser
import Foundation

extension Deskmate {
    /// Runs the command line like `ParsableCommand.main()`, except that
    /// argument-parser's own messages are made safe for a terminal first.
    ///
    /// Why: its errors quote what was typed ("The value '…' is invalid for
    /// '--mode'"), and an argument can hold an escape sequence, a bidi
    /// override or invalid UTF-8 that would otherwise reach the terminal raw.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // A usage error (a value out of range, a word for a number, a URL
            // for a file) is one line, like every other message of ours, not
            // a screenful of usage; `--help` is the full text.
            let message = code == .validationFailure ? "deskmate: " + message(for: error) : fullMessage(for: error)
            if !message.isEmpty {
                let safe = message.safeForTerminal + "\n"
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data(safe.utf8))
            }
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
