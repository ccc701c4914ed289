import Foundation
import TestSupport
import Testing

@Suite(.serialized) struct CommandLineTests {
    @Test func addLookupLogAndRecall() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        // The program's clock, handed to it (see Sources/deskmate/Now.swift):
        // the plain lines leave out the year only within the current year.
        cli.environment["DESKMATE_NOW"] = "2026-11-20T12:00:00Z"
        let added = try #require(try cli.json("patron", "add", "Catherine Okafor", "--preferred", "Kate",
                                              "--pronounce", "oh-KAH-for", "--json") as? [String: Any])
        let id = try #require(added["id"] as? Int)
        #expect(added["name"] as? String == "Catherine Okafor")
        #expect(added["preferredName"] as? String == "Kate")

        let logged = try #require(try cli.json(
            "log", "--patron", "\(id)", "--mode", "phone", "--kind", "reference", "--read", "3",
            "--arrived", "2026-11-03T10:00:00Z", "--served", "2026-11-03T10:00:40Z", "--closed", "2026-11-03T10:12:00Z",
            "--note", "ILL request for The Overstory", "--follow-up", "a call when it arrives", "--due", "2026-11-10",
            "--json") as? [String: Any])
        #expect(logged["id"] as? Int == 1)
        let followUp = try #require(logged["followUp"] as? [String: Any])
        #expect(followUp["id"] as? Int == 1)
        #expect(logged["waitSeconds"] as? Double == 40)

        let matches = try #require(try cli.json("lookup", "kat", "--json") as? [[String: Any]])
        #expect(matches.count == 1)
        let match = matches[0]
        #expect(match["id"] as? Int == id)
        #expect(match["preferredName"] as? String == "Kate")
        #expect(match["lastSeen"] as? String == "2026-11-03T10:00:00Z")
        let last = try #require(match["lastEncounter"] as? [String: Any])
        #expect(last["kind"] as? String == "reference")
        #expect(last["note"] as? String == "ILL request for The Overstory")
        #expect(last["closed"] as? String == "2026-11-03T10:12:00Z")
        #expect((last["followUp"] as? [String: Any])?["promise"] as? String == "a call when it arrives")

        let text = try cli.run("lookup", "okafor")
        #expect(text.status == 0)
        #expect(text.stdout.contains("Catherine Okafor (Kate) [oh-KAH-for]"))
        #expect(text.stdout.contains("3 Nov — reference: ILL request for The Overstory · promised a call when it arrives · due 2026-11-10"),
                "\(text.stdout)")
        // A year later the same line carries the year.
        var later = cli
        later.environment["DESKMATE_NOW"] = "2027-02-01T09:00:00Z"
        let nextYear = try later.run("lookup", "okafor")
        #expect(nextYear.status == 0)
        #expect(nextYear.stdout.contains("3 Nov 2026 — reference: ILL request for The Overstory"), "\(nextYear.stdout)")

        let owed = try #require(try cli.json("followups", "--open", "--json") as? [[String: Any]])
        #expect(owed.count == 1)
        #expect(try cli.run("followup", "done", "1").status == 0)
        #expect((try cli.json("followups", "--open", "--json") as? [Any])?.isEmpty == true)

        let history = try #require(try cli.json("history", "\(id)", "--json") as? [[String: Any]])
        #expect(history.count == 1)
        let card = try cli.run("patron", "show", "\(id)")
        #expect(card.stdout.contains("Say it:     oh-KAH-for"))
    }

    /// The program run under `umask 0` (in its own shell, so the test
    /// process's umask is left alone) still makes its folder 0700 and every
    /// store file 0600.
    @Test func storeFilesArePrivateUnderUmaskZero() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let result = try Subprocess.run("/bin/sh", ["-c", "umask 0 && exec \"$0\" \"$@\"", DeskmateBinary.url.path,
                                                    "patron", "add", "Ann Lee"], environment: cli.environment)
        #expect(result.status == 0, "\(result.stderr)")
        func mode(_ path: String) -> Int {
            var st = stat()
            guard stat(path, &st) == 0 else { return -1 }
            return Int(st.st_mode & 0o777)
        }
        let folder = (cli.storePath as NSString).deletingLastPathComponent
        #expect(mode(folder) == 0o700)
        #expect(mode(cli.storePath) == 0o600)
        for file in ["-wal", "-shm", ".lock"].map({ cli.storePath + $0 }) where FileManager.default.fileExists(atPath: file) {
            #expect(mode(file) == 0o600, "\(file)")
        }
    }

    @Test func aPatronWithoutEncountersHasNullLastEncounter() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "Zoë Ångström")
        let matches = try #require(try cli.json("lookup", "zoe", "--json") as? [[String: Any]])
        #expect(matches.count == 1)
        #expect(matches[0]["lastEncounter"] is NSNull)
        #expect(matches[0]["lastSeen"] is NSNull)
    }

    @Test func theStoreIsPrivateInTheXDGFolder() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "Ann Lee")
        var st = stat()
        #expect(stat(cli.storePath, &st) == 0)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(stat(cli.folder + "/data/deskmate", &st) == 0)
        #expect(st.st_mode & 0o777 == 0o700)
    }

    @Test func storeFlagAndEnvironmentChooseTheFile() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "Ann Lee", "--store", cli.file("flag.sqlite"))
        #expect(FileManager.default.fileExists(atPath: cli.file("flag.sqlite")))
        cli.environment["DESKMATE_STORE"] = cli.file("env.sqlite")
        try cli.run("patron", "add", "Bo Ek")
        #expect(FileManager.default.fileExists(atPath: cli.file("env.sqlite")))
        #expect(!FileManager.default.fileExists(atPath: cli.storePath))
    }

    @Test func promptShowsAnAttributedPoint() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let prompt = try #require(try cli.json("prompt", "--json") as? [String: Any])
        let number = try #require(prompt["number"] as? Int)
        #expect((1...20).contains(number))
        #expect((prompt["attribution"] as? String)?.contains("Steve Backs") == true)
        let complaint = try #require(try cli.json("prompt", "--moment", "complaint", "--json") as? [String: Any])
        #expect(complaint["number"] as? Int == 16)
        let text = try cli.run("prompt", "--moment", "refusing")
        #expect(text.stdout.contains("17. Don't hide behind policies and procedures."))
        #expect(text.stdout.contains("The customer should always hear yes"))
    }

    @Test func aBadCSVImportsNothingAndNamesTheLine() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let good = "name,preferred_name,pronunciation,notes\r\nZoë Ångström,Zo,ZOH-ee,\r\n\"Okafor, Catherine\",Kate,,large print\r\n"
        try Data(good.utf8).write(to: URL(fileURLWithPath: cli.file("good.csv")))
        let ok = try cli.run("import", "patrons", cli.file("good.csv"))
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("Imported 2 patrons"))

        let cases: [(String, [UInt8], String)] = [
            ("columns", Array("name,preferred_name,pronunciation,notes\nA,,,\nB,,\n".utf8), "line 3"),
            ("quote", Array("name,preferred_name,pronunciation,notes\nA,,,\n\"B,,,\n".utf8), "line 3"),
            ("empty", Array("name,preferred_name,pronunciation,notes\nA,,,\n,x,,\n".utf8), "line 3"),
            ("utf8", Array("name,preferred_name,pronunciation,notes\nA,,,\nB,,,\n".utf8) + [0xFF, 0x2C, 0x2C, 0x2C, 0x0A], "line 4"),
        ]
        for (name, bytes, line) in cases {
            try Data(bytes).write(to: URL(fileURLWithPath: cli.file(name + ".csv")))
            let bad = try cli.run("import", "patrons", cli.file(name + ".csv"))
            #expect(bad.status != 0, "\(name)")
            #expect(bad.stderr.contains(line), "\(name): \(bad.stderr)")
            #expect(bad.stderr.contains("Nothing was imported"), "\(name)")
        }
        let all = try #require(try cli.json("export", "patrons", "--format", "json") as? [[String: Any]])
        #expect(all.count == 2)
    }

    @Test func exportNeutralisesFormulas() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "=HYPERLINK(\"http://x\",\"y\")", "--note", "@SUM(A1)")
        try cli.run("log", "--mode", "chat", "--kind", "other", "--note", "+cmd|' /C calc'!A0")
        let patrons = try cli.run("export", "patrons")
        #expect(patrons.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""))
        #expect(patrons.stdout.contains("'@SUM(A1)"))
        let encounters = try cli.run("export", "encounters", "--output", cli.file("e.csv"))
        #expect(encounters.status == 0)
        let csv = try String(contentsOfFile: cli.file("e.csv"), encoding: .utf8)
        #expect(csv.contains("'+cmd|' /C calc'!A0"))
        #expect(csv.hasPrefix("timestamp,desk,staff,mode,kind,read,wait_seconds,service_seconds,note"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let hostile = "Evil\u{1B}[2J\u{1B}]52;c;aGk=\u{07}\u{9B}31m\u{202E}Name"
        // Refused at the way in; stored anyway by another program.
        let refused = try cli.run("patron", "add", hostile, "--note", "bell\u{07}cr\rbs\u{08}")
        #expect(refused.status == 1, "\(refused.stderr)")
        #expect(try cli.run("patron", "add", "Evil Name").status == 0)
        try cli.sqlite("UPDATE patron SET name = \(DeskmateBinary.sqlText(hostile)), "
            + "notes = \(DeskmateBinary.sqlText("bell\u{07}cr\rbs\u{08}")) WHERE id = 1")
        for args in [["lookup", "evil"], ["lookup", "evil", "--json"], ["patron", "show", "1"], ["patron", "show", "1", "--json"],
                     ["export", "patrons", "--format", "json"]] {
            let result = try cli.run(args)
            #expect(result.status == 0)
            for scalar in result.stdout.unicodeScalars {
                let v = scalar.value
                let control = (v < 0x20 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                #expect(!control, "\(args): U+\(String(v, radix: 16)) reached the output")
            }
        }
    }

    @Test func theDeskScreenNeedsATerminal() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let result = try cli.run()
        #expect(result.status == 2)
        #expect(result.stderr.contains("needs a terminal"))
    }

    @Test func badStoresGetOneClearLine() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: cli.file("junk.sqlite")))
        let result = try cli.run("lookup", "x", "--store", cli.file("junk.sqlite"))
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not a Deskmate store"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try String(contentsOfFile: cli.file("junk.sqlite"), encoding: .utf8) == "not a database")
    }

    @Test func everyCommandHasHelp() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        for command in [[], ["patron"], ["patron", "add"], ["patron", "show"], ["patron", "edit"], ["lookup"], ["log"],
                        ["history"], ["followups"], ["followup", "done"], ["import", "patrons"], ["export"], ["prompt"],
                        ["forget"], ["purge"], ["demo"], ["desk"]] {
            let result = try cli.run(command + ["--help"])
            #expect(result.status == 0, "\(command)")
            // A subcommand named first is parsed the quick way
            // (`Deskmate.parseQuickly`); its help must still come from the
            // real root, named once.
            let usage = "USAGE: " + (["deskmate"] + command).joined(separator: " ")
            #expect(result.stdout.contains(usage), "\(command): \(result.stdout.prefix(300))")
            #expect(!result.stdout.contains("deskmate deskmate"), "\(command): \(result.stdout.prefix(300))")
        }
    }
}
