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
            let arguments = Array(CommandLine.arguments.dropFirst())
            if !Shortcuts.disabled, let lookup = QuickLookup(arguments) {
                try lookup.run()
                return
            }
            var command = try (Shortcuts.disabled ? nil : parseQuickly(arguments)) ?? parseAsRoot(arguments)
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

    /// The command line parsed the quick way when it names a subcommand
    /// first (`deskmate lookup kath --json`), or nil to parse it as usual.
    ///
    /// Why: a script's `deskmate lookup` is mostly start-up, and about half
    /// of start-up was argument-parser. A third of that was it probing every
    /// command line for `--generate-completion-script`, which builds two more
    /// command parsers, each new generic type of which asks the Swift runtime
    /// for its conformances, a scan of the whole binary's tables.
    /// `QuickRoot` is the same command tree marked as a pseudo-command, which
    /// argument-parser does not probe. Anything that does not parse cleanly
    /// this way (`--help`, a typo, a value out of range, a completion
    /// request, `help`, no subcommand) is parsed again the usual way, so every
    /// message, usage line and exit status is exactly the full parser's.
    static func parseQuickly(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> (any ParsableCommand)? {
        guard let name = arguments.first,
              let named = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              let command = try? QuickRoot.parseAsRoot(arguments)
        else { return nil }
        // `--help` parses too, as argument-parser's own help command, which
        // would name the pseudo-root in its usage line: only a command of
        // ours under the one named is taken.
        return commands(under: named).contains(ObjectIdentifier(type(of: command))) ? command : nil
    }

    /// A command and every subcommand below it.
    static func commands(under command: any ParsableCommand.Type) -> Set<ObjectIdentifier> {
        command.configuration.subcommands.reduce(into: [ObjectIdentifier(command)]) { $0.formUnion(commands(under: $1)) }
    }
}

/// `deskmate`'s commands as a pseudo-command root, for `parseQuickly`: it
/// never prints help or usage (any error goes back to the real root).
struct QuickRoot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deskmate", _superCommandName: "deskmate", subcommands: Deskmate.configuration.subcommands)
}
