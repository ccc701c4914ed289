import Foundation
import TestSupport
import Testing

/// The Big List of Naughty Strings (`../shared/corpora/blns/blns.txt`, read
/// where it is; see its SOURCE.md) through every command and output format
/// that takes or shows text. Each run ends with 0, or refuses the string
/// (a status in 1...127 with a message on stderr), never a signal; and nothing
/// written to stdout or stderr holds a control a terminal would obey (C0 but
/// newline, DEL, C1, bidi embeddings/overrides/isolates, LRM/RLM/ALM). The
/// documents (exports, summaries) keep their data when not written to a
/// terminal, so their bytes are checked as written to one (tmux).
///
/// Batched so it takes seconds: all 516 strings go in through one CSV import
/// (in four columns) and out through every export and summary format; the
/// flag-based ways in (patron add, patron edit, log, lookup, patron show,
/// history) take every string with a control character, every string that
/// starts with "-", and every 12th of the rest (`DESKMATE_BLNS_ALL=1`: all).
@Suite(.serialized, .enabled(if: SharedData.isPresent("corpora/blns"), Comment(rawValue: SharedData.skipReason("corpora/blns"))))
struct NaughtyStringsTests {
    /// blns.txt split on "\n" only (as its SOURCE.md says), without comments and blank lines.
    static func strings() throws -> [String] {
        let data = try SharedData.data("corpora/blns/blns.txt")
        return data.split(separator: 0x0A, omittingEmptySubsequences: false)
            .filter { !$0.isEmpty && $0.first != UInt8(ascii: "#") }
            .map { String(decoding: $0, as: UTF8.self) }
    }

    static func hasControl(_ s: String) -> Bool { s.unicodeScalars.contains { HostileInputTests.isControl($0.value) } }

    /// What a terminal would obey, written raw: C0 but newline (ESC, BEL,
    /// CR, tab…), DEL, C1, and the bidi embeddings, overrides and isolates.
    /// (The stricter `HostileInputTests.isControl` also counts the bidi
    /// marks LRM/RLM/ALM, which the terminal check below holds to; JSON
    /// written to a file or pipe keeps an ALM, U+061C, raw today.)
    static func obeyed(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    struct Runner {
        let cli: DeskmateBinary
        var runs = 0, refused = 0

        /// Runs one command and checks how it ended and what it wrote.
        @discardableResult
        mutating func run(_ arguments: [String], mustSucceed: Bool = false, _ label: String) throws -> DeskmateBinary.Result {
            let result = try cli.run(arguments)
            runs += 1
            #expect(result.status < 128, "\(label): \(arguments.prefix(2)) died of signal \(result.status - 128)")
            if mustSucceed {
                #expect(result.status == 0, "\(label): \(arguments.prefix(2)) exit \(result.status): \(result.stderr.prefix(300))")
            } else if result.status != 0 {
                refused += 1
                #expect((1...127).contains(result.status) && !result.stderr.isEmpty,
                        "\(label): \(arguments.prefix(2)) exit \(result.status) without a message")
            }
            for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
                let scalars = Array(text.unicodeScalars)
                for scalar in scalars where NaughtyStringsTests.obeyed(scalar.value) {
                    Issue.record("\(label): \(arguments.prefix(2)) wrote U+\(String(scalar.value, radix: 16, uppercase: true)) to \(name)")
                    break
                }
            }
            return result
        }
    }

    static func csvField(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    @Test func everyStringThroughEveryCommandAndFormat() throws {
        let strings = try Self.strings()
        #expect(strings.count == 516, "blns.txt: \(strings.count) strings")
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        var runner = Runner(cli: cli)

        // All of them in through one import, in every text column. Those with
        // a control character go in a file of their own, which may be refused
        // as a whole; the rest must be taken.
        let clean = strings.enumerated().filter { !Self.hasControl($0.element) }
        let controlled = strings.enumerated().filter { Self.hasControl($0.element) }
        for (file, rows, must) in [("clean.csv", clean, true), ("controls.csv", controlled, false)] {
            var text = "name,preferred_name,pronunciation,notes\n"
            for (i, s) in rows {
                // Names and pronunciations stop at 200 characters: longer strings go in the notes only.
                let fields = s.count > 190 ? ["P\(i)", "", "", s] : ["P\(i) " + s, s, s, s]
                text += fields.map(Self.csvField).joined(separator: ",") + "\n"
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: cli.file(file)))
            try runner.run(["import", "patrons", cli.file(file)], mustSucceed: must, "import \(file) (\(rows.count) rows)")
        }
        let stored = try #require(try cli.json("export", "patrons", "--format", "json") as? [[String: Any]])
        #expect(stored.count >= clean.count, "\(stored.count) patrons stored of \(clean.count) clean rows")
        // Every string came back as it went in (JSON keeps the data).
        let notes = Set(stored.compactMap { $0["notes"] as? String })
        // (Notes are kept trimmed; one that is only white space is no note.)
        let missing = clean.filter { row in
            let trimmed = row.element.trimmingCharacters(in: .whitespacesAndNewlines)
            return !notes.contains(row.element) && !notes.contains(trimmed) && !trimmed.isEmpty
        }
        #expect(missing.isEmpty, "\(missing.count) strings did not come back from the JSON export, e.g. \(missing.prefix(3).map(\.offset))")

        // The flag-based ways in, for a sample (or all).
        let all = ProcessInfo.processInfo.environment["DESKMATE_BLNS_ALL"] == "1"
        var sample: [(Int, String)] = []
        var other = 0
        for (i, s) in strings.enumerated() {
            if all || Self.hasControl(s) || s.hasPrefix("-") { sample.append((i, s)); continue }
            if other % 12 == 0 { sample.append((i, s)) }
            other += 1
        }
        let started = Date()
        for (n, (i, s)) in sample.enumerated() {
            let label = "string \(i)"
            try runner.run(["patron", "add", "--preferred=" + s, "--pronounce=" + s, "--note=" + s, "--", s], label)
            let id = 1 + n % max(stored.count, 1)
            if Self.hasControl(s) || s.hasPrefix("-") {
                try runner.run(["patron", "edit", "\(id)", "--name=" + s, "--preferred=" + s, "--note=" + s], label)
            }
            try runner.run(["log", "--patron", "\(id)", "--mode", "phone", "--kind", n % 2 == 0 ? "complaint" : "suggestion",
                            "--note=" + s, "--follow-up=" + s], label)
            try runner.run(["lookup", "--", s], label)
        }
        // What is stored now, shown every way.
        for id in [1, 2, 3, max(stored.count / 2, 1), max(stored.count, 1)] {
            try runner.run(["patron", "show", "\(id)"], mustSucceed: true, "patron show \(id)")
            try runner.run(["patron", "show", "\(id)", "--json"], mustSucceed: true, "patron show \(id) --json")
            try runner.run(["history", "\(id)"], mustSucceed: true, "history \(id)")
            try runner.run(["history", "\(id)", "--json"], mustSucceed: true, "history \(id) --json")
        }
        // The documents (exports, summaries) keep the data when written to a
        // file or a pipe, and are made safe only on a terminal: here every
        // run ends well and stderr is clean…
        var documents: [[String]] = []
        for what in ["patrons", "encounters"] {
            documents += [["export", what], ["export", what, "--format", "json"]]
        }
        for format in ["text", "markdown", "csv", "json"] {
            for names in [[], ["--with-names"]] { documents.append(["summary", "--from", "2000-01-01T00:00:00Z", "--format", format] + names) }
        }
        for arguments in documents {
            let result = try cli.run(arguments)
            runner.runs += 1
            #expect(result.status == 0, "\(arguments): exit \(result.status): \(result.stderr.prefix(300))")
            if let bad = result.stderr.unicodeScalars.first(where: { Self.obeyed($0.value) }) {
                Issue.record("\(arguments) wrote U+\(String(bad.value, radix: 16, uppercase: true)) to stderr")
            }
        }
        // …and on a terminal (tmux), the bytes written hold nothing it would
        // obey (a CR only as part of the terminal's own CR LF).
        if TmuxSession.isAvailable {
            let script = documents.map { "\"$0\" " + $0.map(TmuxSession.quote).joined(separator: " ") + "; echo \"[status $?]\"" }
                .joined(separator: "; ") + "; echo DONE-ALL"
            let tmux = try TmuxSession(command: ["/bin/sh", "-c", script, DeskmateBinary.url.path], environment: cli.environment,
                                       width: 200, height: 50)
            let screen = try tmux.waitFor("DONE-ALL", seconds: 60)
            let raw = tmux.rawOutput()
            let statuses = String(decoding: raw, as: UTF8.self).components(separatedBy: "[status ").dropFirst()
                .map { Int($0.prefix { $0.isNumber }) ?? -1 }
            #expect(statuses == Array(repeating: 0, count: documents.count), "statuses on a terminal: \(statuses)\n\(screen)")
            for problem in HostileInputTests.problems(raw, "documents written to a terminal", crlf: true) {
                Issue.record(Comment(rawValue: problem))
            }
        } else {
            Issue.record("tmux is not installed: the documents were not checked on a terminal")
        }
        try runner.run(["followups"], mustSucceed: true, "followups")
        try runner.run(["followups", "--json"], mustSucceed: true, "followups --json")
        print("naughty strings: \(strings.count) imported in 4 columns (\(controlled.count) with controls in their own file), "
            + "\(sample.count) through patron add/edit, log and lookup in \(String(format: "%.1f", Date().timeIntervalSince(started))) s; "
            + "\(runner.runs) runs, \(runner.refused) refused, none crashed")
    }
}
