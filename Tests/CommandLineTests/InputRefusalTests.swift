import Foundation
import TestSupport
import Testing

/// Numbers out of range, control characters and URLs for files are refused
/// at the way in, with one clear line and a usage or data status — never a
/// signal, never stored, never a folder named after a password.
@Suite struct InputRefusalTests {
    static let badNumbers = ["0", "-1", "9223372036854775807", "99999999999999999999", "1e309", "nan", "twelve"]

    /// Every numeric flag, with the arguments that make its command complete.
    static let numericFlags: [(flag: String, command: [String], accepts: String)] = [
        ("--goal-acknowledge", ["summary"], "60"),
        ("--goal-service", ["summary"], "300"),
        ("--limit", ["lookup", "ann"], "5"),
        ("--limit", ["history", "1"], "5"),
        ("--read", ["log", "--mode", "phone", "--kind", "policy"], "3"),
        ("--count", ["tally", "--kind", "directional"], "2"),
        ("--read", ["encounter", "edit", "1"], "3"),
        ("--older-than-days", ["purge"], "30"),
        ("--patrons", ["seed", "--encounters", "0"], "2"),
        ("--encounters", ["seed", "--patrons", "1"], "2"),
    ]

    @Test func everyNumericFlagRefusesWhatIsOutItsRange() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "Ann Lee")
        for (flag, command, good) in Self.numericFlags {
            // A seed of 0 patrons or encounters is allowed; past the top is not.
            let bads = command[0] == "seed" ? Self.badNumbers.filter { $0 != "0" } + ["50000001"] : Self.badNumbers
            for bad in bads {
                // `=` so that "-1" is the flag's value, not another flag.
                let result = try cli.run(command + ["\(flag)=\(bad)"])
                #expect(result.status == 64, "\(command[0]) \(flag)=\(bad): exit \(result.status) \(result.stderr)")
                let lines = result.stderr.split(separator: "\n")
                #expect(lines.count == 1 && lines[0].hasPrefix("deskmate: "), "\(command[0]) \(flag)=\(bad): \(result.stderr)")
                #expect(result.stdout.isEmpty)
            }
            let fine = try cli.run(command + ["\(flag)=\(good)"])
            #expect(fine.status == 0, "\(command[0]) \(flag)=\(good): \(fine.stderr)")
        }
    }

    @Test func theSettingsFileGetsTheSameRangeAsTheFlag() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try FileManager.default.createDirectory(atPath: cli.folder + "/config/deskmate", withIntermediateDirectories: true)
        try "[goals]\nacknowledge_seconds = 9223372036854775807\n"
            .write(toFile: cli.folder + "/config/deskmate/config.toml", atomically: true, encoding: .utf8)
        let result = try cli.run("summary")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("goals.acknowledge_seconds must be a whole number from 1 to 3600"), "\(result.stderr)")
    }

    /// A name or note with a control character is refused at every way in,
    /// naming the kind of character and where, without echoing it.
    @Test func controlCharactersAreRefusedEverywhere() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let id = try #require((try cli.json("patron", "add", "Ann Lee", "--json") as? [String: Any])?["id"] as? Int)
        let evil = "Evil\u{1B}]0;pwned\u{07}Name"
        let attempts: [[String]] = [
            ["patron", "add", evil],
            ["patron", "add", "Bo Ek", "--preferred", "B\u{202E}o"],
            ["patron", "add", "Bo Ek", "--pronounce", "BO\u{9B}"],
            ["patron", "add", "Bo Ek", "--note", "clear\u{1B}[2J"],
            ["patron", "edit", "\(id)", "--name", evil],
            ["patron", "edit", "\(id)", "--note", "a\u{7F}b"],
            ["log", "--mode", "phone", "--kind", "policy", "--note", "a\u{1B}[2Jb"],
            ["log", "--mode", "phone", "--kind", "policy", "--follow-up", "call\u{2066}back"],
            ["log", "--mode", "phone", "--kind", "policy", "--staff", "J\u{1B}B"],
            ["log", "--mode", "phone", "--kind", "policy", "--desk", "Main\u{1}desk"],
        ]
        for arguments in attempts {
            let result = try cli.run(arguments)
            #expect(result.status == 1, "\(arguments.prefix(2)): exit \(result.status)")
            #expect(result.stderr.contains("control character") || result.stderr.contains("bidirectional control"),
                    "\(arguments.prefix(2)): \(result.stderr)")
            #expect(result.stderr.contains("at character"), "\(arguments.prefix(2)): \(result.stderr)")
            #expect(!result.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        }
        // Nothing of them was stored: one patron, unchanged, and no encounter.
        let export = try cli.run("export", "patrons", "--format", "json")
        #expect(export.status == 0)
        #expect(!export.stdout.contains("Evil") && !export.stdout.contains("Bo"), "\(export.stdout)")
        let encounters = try #require(try cli.json("export", "encounters", "--format", "json") as? [Any])
        #expect(encounters.isEmpty, "\(encounters)")
    }

    @Test func anImportWithAControlCharacterNamesTheLineAndImportsNothing() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let csv = "name,preferred_name,pronunciation,notes\nAnn Lee,,,\n\"Bob\u{1B}]52;c;aGk=\u{07}\",,,\nCy Ho,,,\n"
        try csv.write(toFile: cli.file("in.csv"), atomically: true, encoding: .utf8)
        let result = try cli.run("import", "patrons", cli.file("in.csv"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("line 3: name holds a control character (ESC, U+001B) at character 4"), "\(result.stderr)")
        #expect(result.stderr.contains("Nothing was imported"))
        let lookup = try cli.run("lookup", "ann")
        #expect(lookup.status == 0 && lookup.stdout.contains("No patron matches"), "\(lookup.stdout)")
    }

    /// A store URL is never taken for a path or shown with its password: a
    /// PostgreSQL URL is tried (here nothing answers: one line, exit 1), any
    /// other scheme is refused before anything is done (exit 64).
    @Test(arguments: ["postgresql://user:hunter2@127.0.0.1:1/deskmate", "postgres://u:secret@db.invalid/desk?sslmode=require", "mysql://root:secret@h/x"])
    func aStoreURLIsRefusedWithoutShowingItsPassword(url: String) throws {
        let shared = url.hasPrefix("postgres")
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let work = cli.file("work")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        for viaEnvironment in [false, true] {
            cli.environment["DESKMATE_STORE"] = viaEnvironment ? url : nil
            let arguments = viaEnvironment ? ["lookup", "ann"] : ["lookup", "ann", "--store", url]
            // Run from `work`, where a URL taken for a relative path would land.
            let result = try Subprocess.run(
                "/bin/sh", ["-c", "cd \"$0\" && exec \"$@\"", work, DeskmateBinary.url.path] + arguments,
                environment: cli.environment)
            #expect(result.status == (shared ? 1 : 64), "\(result.stderr)")
            #expect(result.stderr.lowercased().contains("cannot open"), "\(result.stderr)")
            #expect(!result.stderr.contains("hunter2") && !result.stderr.contains("secret"), "\(result.stderr)")
            if !shared { #expect(result.stderr.contains(viaEnvironment ? "DESKMATE_STORE" : "--store")) }
        }
        // Nothing was created where the URL would have been taken for a path.
        #expect(try FileManager.default.contentsOfDirectory(atPath: work).isEmpty)
    }
}
