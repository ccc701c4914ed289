import Foundation
import TestSupport
import Testing

/// Names and notes built to attack a terminal: no byte of them may reach
/// standard output or standard error as a control, in plain text, JSON or an
/// error message; over-long input is refused with a short, clear message.
@Suite(.serialized) struct HostileInputTests {
    static let attacks: [(String, String)] = [
        ("clear screen", "Ann\u{1B}[2J\u{1B}[HLee"),
        ("OSC 52 clipboard", "Bo\u{1B}]52;c;cm0gLXJmIH4K\u{07}Ek"),
        ("OSC 0 title", "Cy\u{1B}]0;PWNED\u{1B}\\Ho"),
        ("C1 CSI and NEL", "Di\u{9B}31mRed\u{85}\u{9D}0;x\u{9C}"),
        ("BEL, CR, backspace", "Ed\u{07}\u{07}\rOverwritten\u{08}\u{08}\u{08}"),
        ("bidi overrides", "Fi\u{202A}a\u{202B}b\u{202C}c\u{202D}d\u{202E}txt.exe"),
        ("bidi isolates", "Gu\u{2066}a\u{2067}b\u{2068}c\u{2069}d"),
        ("DEL and C0", "Hal\u{7F}\u{01}\u{1A}\u{1F}"),
    ]

    /// Every scalar that must never be written raw.
    static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    /// The bytes are valid UTF-8 and hold no control; returns what was found.
    /// `crlf`: a CR right before a LF is allowed (what a terminal's line
    /// discipline writes for a newline), no other CR.
    static func problems(_ data: Data, _ label: String, crlf: Bool = false) -> [String] {
        guard let text = String(validating: data, as: UTF8.self) else { return ["\(label): not valid UTF-8"] }
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() where isControl(scalar.value) {
            if crlf && scalar.value == 0x0D && i + 1 < scalars.count && scalars[i + 1].value == 0x0A { continue }
            found.append("\(label): U+\(String(scalar.value, radix: 16, uppercase: true)) reached the output")
            if found.count > 3 { break }
        }
        return found
    }

    /// What a run may end with: one status, or (for input with control
    /// characters, which may be refused) 0 or a refusal: a status in 1...127
    /// with a message on stderr. Never a signal.
    enum Ending { case status(Int32), acceptedOrRefused }

    func check(_ cli: DeskmateBinary, _ arguments: [String], expectStatus: Int32 = 0) throws {
        try check(cli, arguments, ending: .status(expectStatus))
    }

    func check(_ cli: DeskmateBinary, _ arguments: [String], ending: Ending) throws {
        let result = try Subprocess.run(DeskmateBinary.url.path, arguments, environment: cli.environment)
        #expect(result.status < 128, "\(arguments.prefix(3)) died of signal \(result.status - 128): \(result.stderr)")
        switch ending {
        case .status(let expected):
            #expect(result.status == expected, "\(arguments.prefix(3)): exit \(result.status): \(result.stderr)")
        case .acceptedOrRefused:
            #expect(result.status == 0 || ((1...127).contains(result.status) && !result.stderr.isEmpty),
                    "\(arguments.prefix(3)): exit \(result.status) with stderr “\(result.stderr)”")
        }
        for problem in Self.problems(result.stdoutData, "stdout of \(arguments.prefix(3))")
            + Self.problems(result.stderrData, "stderr of \(arguments.prefix(3))") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// The attack with its refused characters taken out: the name a clean
    /// patron gets before the store is made hostile behind Deskmate's back.
    static func clean(_ attack: String) -> String {
        String(String.UnicodeScalarView(attack.unicodeScalars.filter { !isControl($0.value) }))
    }

    /// Hostile text is refused at every way in, with a clean message; text that
    /// reached a store anyway (written by an earlier Deskmate, or by another
    /// program) is shown with markers, and JSON escapes it.
    @Test func hostileNamesAndNotesAreRefusedAndStoredOnesShownAsMarkers() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        for (i, (_, attack)) in Self.attacks.enumerated() {
            let id = i + 1
            try check(cli, ["patron", "add", attack], expectStatus: 1)
            try check(cli, ["patron", "add", Self.clean(attack), "--preferred", attack], expectStatus: 1)
            try check(cli, ["patron", "add", Self.clean(attack), "--pronounce", attack], expectStatus: 1)
            try check(cli, ["patron", "add", Self.clean(attack), "--note", attack], expectStatus: 1)
            try check(cli, ["patron", "add", Self.clean(attack)])
            try check(cli, ["log", "--patron", "\(id)", "--mode", "phone", "--kind", "other", "--note", attack], expectStatus: 1)
            try check(cli, ["log", "--patron", "\(id)", "--mode", "phone", "--kind", "other",
                            "--follow-up", attack, "--due", "2026-12-01"], expectStatus: 1)
            try check(cli, ["log", "--patron", "\(id)", "--mode", "phone", "--kind", "other", "--note", "asked",
                            "--follow-up", "call back", "--due", "2026-12-01", i % 2 == 0 ? "--json" : "--staff=JB"])
            let text = DeskmateBinary.sqlText(attack)
            try cli.sqlite("""
                UPDATE patron SET name = \(text), preferred_name = \(text), pronunciation = \(text), notes = \(text) WHERE id = \(id);
                UPDATE encounter SET note = \(text) WHERE patron_id = \(id);
                UPDATE follow_up SET promise = \(text) WHERE encounter_id IN (SELECT id FROM encounter WHERE patron_id = \(id));
                """)
        }
        let all = Self.attacks.map(\.1).joined()
        try check(cli, ["patron", "edit", "1", "--note", all, "--json"], expectStatus: 1)
        try check(cli, ["patron", "edit", "2", "--name", all], expectStatus: 1)
        let count = Self.attacks.count
        for id in 1...count {
            try check(cli, ["patron", "show", "\(id)"] + (id % 3 == 1 ? ["--json"] : []))
        }
        try check(cli, ["history", "3"])
        try check(cli, ["history", "4", "--json"])
        for query in ["ann", "fi"] {
            try check(cli, ["lookup", query])
            try check(cli, ["lookup", query, "--json"])
        }
        try check(cli, ["followups"])
        try check(cli, ["followups", "--json"])
        try check(cli, ["export", "patrons", "--format", "json"])
        try check(cli, ["export", "encounters", "--format", "json"])
        // The markers are there instead: the control pictures for C0, U+FFFD for the rest.
        let shown = try cli.run("patron", "show", "1")
        #expect(shown.stdout.contains("Ann␛[2J␛[HLee"), "\(shown.stdout)")
        let fifth = try cli.run("patron", "show", "5")
        #expect(fifth.stdout.contains("Ed␇␇␍Overwritten␈␈␈"), "\(fifth.stdout)")
        let found = try cli.run("lookup", "ann")
        #expect(found.stdout.contains("Ann␛[2J␛[HLee"), "\(found.stdout)")
        // JSON keeps the data, escaped.
        let json = try cli.run("patron", "show", "1", "--json")
        #expect(json.stdout.contains("Ann\\u001b[2J\\u001b[HLee"), "\(json.stdout)")
        // Nothing hostile was stored through Deskmate itself: one encounter a patron.
        let encounters = try #require(try cli.json("export", "encounters", "--format", "json") as? [Any])
        #expect(encounters.count == count)
        print("hostile input: \(count) attacks refused in name, preferred name, pronunciation, notes, encounter note, "
            + "follow-up; the same stored behind Deskmate's back shown with markers through "
            + "show/history/lookup/followups/export, plain and JSON")
    }

    @Test func hostileTextInErrorMessagesIsShownAsMarkers() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let attacks = Self.attacks.map(\.1)
        for attack in [attacks.joined(), attacks[0] + attacks[5]] {
            // A value that does not parse: a usage error (64), never a signal.
            try check(cli, ["purge", "--before", attack], expectStatus: 64)
            try check(cli, ["log", "--mode", attack, "--kind", "other"], expectStatus: 64)
            try check(cli, ["log", "--mode", "phone", "--kind", "other", "--closed", attack], expectStatus: 64)
            try check(cli, ["patron", "show", attack], expectStatus: 64)
            // A store path with controls in it is still a path: the store is made.
            try check(cli, ["lookup", "x", "--store", cli.file(attack + ".sqlite")], expectStatus: 0)
            // A file that is not there: a runtime failure (1).
            try check(cli, ["import", "patrons", cli.file(attack + ".csv")], expectStatus: 1)
            try check(cli, [attack], expectStatus: 64)
        }
    }

    @Test func overlongInputIsRefusedWithAShortMessage() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let huge = String(repeating: "A\u{1B}[2J", count: 100_000 / 5)   // 100 KB
        let cases: [[String]] = [
            ["patron", "add", huge],
            ["patron", "add", "Ann Lee", "--note", huge],
            ["patron", "add", "Ann Lee", "--preferred", huge],
            ["patron", "add", "Ann Lee", "--pronounce", huge],
            ["log", "--mode", "phone", "--kind", "other", "--note", huge],
            ["log", "--mode", "phone", "--kind", "other", "--follow-up", huge],
            ["log", "--mode", "phone", "--kind", "other", "--staff", huge],
            ["log", "--mode", "phone", "--kind", "other", "--desk", huge],
        ]
        for arguments in cases {
            let result = try Subprocess.run(DeskmateBinary.url.path, arguments, environment: cli.environment)
            #expect(result.status != 0, "\(arguments.prefix(4)) accepted 100 KB")
            #expect(result.stderr.contains("too long"), "\(arguments.prefix(4)): \(result.stderr.prefix(300))")
            #expect(result.stderrData.count < 500, "\(arguments.prefix(4)): a \(result.stderrData.count)-byte message")
            #expect(result.stdoutData.isEmpty)
            for problem in Self.problems(result.stderrData, "\(arguments.prefix(4))") { Issue.record(Comment(rawValue: problem)) }
        }
        // Nothing was stored by any of them.
        #expect((try cli.json("export", "encounters", "--format", "json") as? [Any])?.isEmpty == true)
        #expect((try cli.json("export", "patrons", "--format", "json") as? [Any])?.isEmpty == true)
    }

    @Test func invalidUTF8InArgumentsNeverReachesTheOutput() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let bad: [UInt8] = [0x4A, 0x6F, 0xFF, 0xFE, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x1B, 0x5B, 0x32, 0x4A, 0x65]
        let runs: [[[UInt8]]] = [
            [Array("patron".utf8), Array("add".utf8), bad, Array("--note".utf8), bad],
            [Array("log".utf8), Array("--mode".utf8), Array("phone".utf8), Array("--kind".utf8), Array("other".utf8),
             Array("--note".utf8), bad, Array("--json".utf8)],
            [Array("lookup".utf8), bad],
            [Array("lookup".utf8), Array("jo".utf8), Array("--json".utf8)],
            [Array("patron".utf8), Array("show".utf8), Array("1".utf8)],
            [Array("purge".utf8), Array("--before".utf8), bad],
            [bad],
        ]
        for arguments in runs {
            let child = try Subprocess.spawn(DeskmateBinary.url.path, rawArguments: arguments, environment: cli.environment)
            let result = child.wait(seconds: 30)
            let label = arguments.map { String(decoding: $0, as: UTF8.self) }.prefix(2).joined(separator: " ")
            #expect(!result.timedOut, "\(label) hung")
            #expect(result.status < 128, "\(label) crashed: \(result.status)")
            for problem in Self.problems(result.stdoutData, "stdout of \(label)") + Self.problems(result.stderrData, "stderr of \(label)") {
                Issue.record(Comment(rawValue: problem))
            }
        }
    }

    @Test func hostileCSVImportIsSafe() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        var bytes = Array("name,preferred_name,pronunciation,notes\n".utf8)
        bytes += Array("Nul".utf8) + [0x00] + Array("Name,x\u{1B}]0;PWNED\u{07},,\"multi\rline\u{202E}\"\n".utf8)
        bytes += Array("Esc\u{1B}[2J,\u{9B}1m,\u{2066}x,\u{08}\u{08}\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: cli.file("hostile.csv")))
        // Stored today; refused once names with control characters are (issue 9, section 2).
        try check(cli, ["import", "patrons", cli.file("hostile.csv")], ending: .acceptedOrRefused)
        try check(cli, ["lookup", "nul"], expectStatus: 0)
        try check(cli, ["lookup", "esc"], expectStatus: 0)
        try check(cli, ["export", "patrons", "--format", "json"])
        // A CSV that is not UTF-8 is refused with its line number, not shown.
        try Data(Array("name,preferred_name,pronunciation,notes\nA\u{1B}[2J,,,\n".utf8) + [0xFF, 0x1B, 0x5B, 0x2C, 0x2C, 0x2C, 0x0A])
            .write(to: URL(fileURLWithPath: cli.file("latin1.csv")))
        try check(cli, ["import", "patrons", cli.file("latin1.csv")], expectStatus: 1)
    }

    /// A store edited behind Deskmate's back (huge or non-finite instants, text
    /// where numbers belong, unknown modes): no command traps, and no error
    /// message quotes patron data.
    @Test(.enabled(if: StoreProbe.isAvailable, "sqlite3 is not installed"))
    func tamperedStoredValuesNeverCrashNorLeak() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("patron", "add", "Ann Secretname", "--note", "private-note").status == 0)
        #expect(try cli.run("patron", "add", "Bo Hiddenname").status == 0)
        for note in ["one", "two", "three"] {
            #expect(try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "other", "--note", note,
                                "--follow-up", "promise-" + note).status == 0)
        }
        #expect(try cli.run("log", "--patron", "2", "--mode", "chat", "--kind", "other", "--note", "fine").status == 0)
        let probe = StoreProbe(path: cli.storePath)
        _ = try probe.run("""
            UPDATE encounter SET arrived = 1e300, served = -1e300, closed = 9e307 WHERE id = 1;
            UPDATE encounter SET closed = 'not a time' WHERE id = 2;
            UPDATE encounter SET mode = 'telepathy', kind = 'mystery' WHERE id = 3;
            UPDATE patron SET created = 'zzz', last_seen = 1e308 WHERE id = 1;
            UPDATE follow_up SET kept_at = 'never', due = 'someday' WHERE id = 1;
            """)
        var runs = 0
        for arguments in [["lookup", "ann"], ["lookup", "ann", "--json"], ["lookup", "bo"], ["patron", "show", "1"],
                          ["patron", "show", "1", "--json"], ["history", "1"], ["history", "1", "--json"], ["followups"],
                          ["followups", "--json"], ["export", "patrons"], ["export", "encounters"],
                          ["export", "encounters", "--format", "json"], ["export", "patrons", "--format", "json"],
                          ["summary"], ["purge", "--before", "2020-01-01"], ["forget", "2"]] {
            let result = try cli.run(arguments)
            runs += 1
            #expect(result.status == 0 || result.status == 1, "\(arguments): exit \(result.status) \(result.stderr.prefix(300))")
            for secret in ["Secretname", "Hiddenname", "private-note", "promise-"] {
                #expect(!result.stderr.contains(secret), "\(arguments) leaked \(secret): \(result.stderr.prefix(300))")
            }
            if result.status == 1 { #expect(result.stderr.hasPrefix("deskmate: "), "\(arguments): \(result.stderr.prefix(300))") }
        }
        print("tampered store: \(runs) commands over huge, non-finite and mistyped stored values: no trap, no data in messages")
    }
}
