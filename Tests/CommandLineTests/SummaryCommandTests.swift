import Foundation
import TestSupport
import Testing

/// `deskmate summary` and `deskmate shift`: the four formats agree, and an
/// independent reader (Python's csv and json modules) reads the exports back.
@Suite(.serialized) struct SummaryCommandTests {
    /// Three encounters on 17 November 2026 (UTC): a returning patron, a new
    /// one with a complaint and a promise, and an anonymous directional question.
    func loggedMorning(_ cli: DeskmateBinary) throws {
        try cli.run("patron", "add", "Catherine Okafor", "--preferred", "Kate")
        try cli.run("patron", "add", "Zoë Ångström")
        try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference",
                    "--arrived", "2026-11-10T10:00:00Z", "--closed", "2026-11-10T10:05:00Z")
        try cli.run("log", "--patron", "1", "--mode", "in-person", "--kind", "reference", "--read", "3",
                    "--arrived", "2026-11-17T09:00:00Z", "--served", "2026-11-17T09:00:30Z", "--closed", "2026-11-17T09:10:30Z",
                    "--note", "Renewed the ILL")
        try cli.run("log", "--patron", "2", "--mode", "in-person", "--kind", "complaint", "--read", "2",
                    "--arrived", "2026-11-17T10:15:00Z", "--served", "2026-11-17T10:17:00Z", "--closed", "2026-11-17T10:20:00Z",
                    "--note", "=HYPERLINK(\"x\") printer ate a chapter", "--follow-up", "call about the printer", "--due", "2026-11-18")
        try cli.run("log", "--mode", "chat", "--kind", "directional", "--read", "1",
                    "--arrived", "2026-11-17T10:40:00Z", "--served", "2026-11-17T10:40:10Z", "--closed", "2026-11-17T10:41:10Z")
    }

    let period = ["--from", "2026-11-17T08:00:00Z", "--to", "2026-11-17T12:00:00Z"]

    @Test func theFourFormatsShowTheSameNumbers() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try loggedMorning(cli)

        let json = try #require(try cli.json(["summary"] + period + ["--format", "json"]) as? [String: Any])
        #expect(json["encounters"] as? Int == 3)
        #expect(json["anonymous"] as? Int == 1)
        let patrons = try #require(json["patrons"] as? [String: Any])
        #expect(patrons["returning"] as? Int == 1 && patrons["new"] as? Int == 1)
        let wait = try #require(json["wait"] as? [String: Any])
        #expect(wait["median"] as? Double == 30 && wait["max"] as? Double == 120)
        #expect((json["service"] as? [String: Any])?["median"] as? Double == 180)
        #expect(json["byMode"] as? [String: Int] == ["in-person": 2, "chat": 1])
        #expect(json["byKind"] as? [String: Int] == ["reference": 1, "complaint": 1, "directional": 1])
        #expect(json["byRead"] as? [String: Int] == ["1": 1, "2": 1, "3": 1])
        let followUps = try #require(json["followUps"] as? [String: Any])
        #expect(followUps["open"] as? Int == 1 && followUps["kept"] as? Int == 0)
        let within = try #require(json["withinGoal"] as? Double)
        #expect(abs(within - 1.0 / 3.0) < 1e-9, "only the chat was within both goals")

        let text = try cli.run(["summary"] + period)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Encounters: 3 (2 with a known patron, 1 anonymous); patrons: 1 returning, 1 new"))
        #expect(text.stdout.contains("Wait: median 0:30, p90 1:42, max 2:00"))

        let markdown = try cli.run(["summary"] + period + ["--format", "markdown"])
        #expect(markdown.stdout.contains("| total | 3 |"))
        #expect(markdown.stdout.contains("| returning patrons | 1 |"))
        #expect(markdown.stdout.contains("| wait (goal 1:00) | 0:30 | 1:42 | 2:00 | 67% |"))
        #expect(text.stdout.contains("Within both goals: 33%"))

        // The CSV, read back by Python's csv module.
        try cli.run(["summary"] + period + ["--format", "csv", "--output", cli.file("s.csv")])
        let rows = try python("""
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """, cli.file("s.csv"))
        let table = try #require(try JSONSerialization.jsonObject(with: Data(rows.utf8)) as? [[String]])
        #expect(table.count == 4)
        #expect(table[0] == ["timestamp", "desk", "staff", "mode", "kind", "read", "wait_seconds", "service_seconds", "note", "branch"])
        #expect(table[2][4] == "complaint" && table[2][6] == "120" && table[2][7] == "180")
        #expect(table[2][8] == "'=HYPERLINK(\"x\") printer ate a chapter", "formula neutralised")
        #expect(!rows.contains("Okafor") && !rows.contains("Zo"), "no names without --with-names")

        // The JSON, read back by Python's json module.
        try cli.run(["summary"] + period + ["--format", "json", "--output", cli.file("s.json")])
        let checked = try python("""
            import json, sys
            d = json.load(open(sys.argv[1], encoding='utf-8'))
            print(d['encounters'], d['anonymous'], d['patrons']['returning'], d['patrons']['new'],
                  d['wait']['median'], d['wait']['p90'], d['wait']['max'], d['service']['median'],
                  d['followUps']['open'], d['followUps']['kept'])
            """, cli.file("s.json"))
        #expect(checked.trimmingCharacters(in: .whitespacesAndNewlines) == "3 1 1 1 30 102 120 180 1 0")
        var st = stat()
        #expect(stat(cli.file("s.json"), &st) == 0 && st.st_mode & 0o777 == 0o600)
    }

    @Test func namesOnlyWhenAskedFor() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try loggedMorning(cli)
        for format in ["text", "markdown", "csv", "json"] {
            let plain = try cli.run(["summary"] + period + ["--format", format])
            #expect(!plain.stdout.contains("Okafor") && !plain.stdout.contains("Ångström"), "\(format)")
        }
        let named = try cli.run(["summary"] + period + ["--format", "csv", "--with-names"])
        #expect(named.stdout.contains("Zoë Ångström"))
    }

    @Test func shiftsStartEndAndReport() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let started = try #require(try cli.json("shift", "start", "--staff", "AK", "--desk", "Reference", "--json") as? [String: Any])
        #expect(started["staff"] as? String == "AK" && started["ended"] is NSNull)
        try cli.run("log", "--mode", "phone", "--kind", "policy", "--desk", "Reference")
        let current = try #require(try cli.json("summary", "--shift", "current", "--desk", "Reference", "--format", "json") as? [String: Any])
        #expect(current["encounters"] as? Int == 1 && current["desk"] as? String == "Reference")
        let otherDesk = try cli.run("summary", "--shift", "current")
        #expect(otherDesk.status != 0, "Main desk has no shift open: Reference's is not its")
        let ended = try #require(try cli.json("shift", "end", "--desk", "Reference", "--json") as? [String: Any])
        #expect(!(ended["ended"] is NSNull))
        let last = try #require(try cli.json("summary", "--shift", "last", "--desk", "Reference", "--format", "json") as? [String: Any])
        #expect(last["encounters"] as? Int == 1)
        let none = try cli.run("shift", "end", "--desk", "Reference")
        #expect(none.status == 1 && none.stderr.contains("No shift is open"))
        let both = try cli.run("summary", "--shift", "last", "--from", "2026-11-17T08:00:00Z")
        #expect(both.status != 0)
    }

    /// Three desks' encounters in one store: the summary counts this desk's
    /// by default, `--desk NAME` another's, `--all` every desk's, and
    /// `byDesk` splits them.
    @Test func summaryCountsThisDeskAnotherOrAll() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        for (desk, minute) in [("Reference", "09:00"), ("Reference", "09:30"), ("Children", "10:00"), ("Main desk", "11:00")] {
            try cli.run("log", "--mode", "in-person", "--kind", "reference", "--desk", desk,
                        "--arrived", "2026-11-17T\(minute):00Z", "--closed", "2026-11-17T\(minute):30Z")
        }
        func summary(_ extra: String...) throws -> [String: Any] {
            try #require(try cli.json(["summary"] + period + ["--format", "json"] + extra) as? [String: Any])
        }
        let reference = try summary("--desk", "Reference")
        #expect(reference["encounters"] as? Int == 2)
        #expect(reference["byDesk"] as? [String: Int] == ["Reference": 2])
        #expect(reference["desk"] as? String == "Reference", "a period of one desk is named after it")
        let all = try summary("--all")
        #expect(all["desk"] is NSNull, "a period of every desk names none")
        #expect(all["encounters"] as? Int == 3 + 1)
        #expect(all["byDesk"] as? [String: Int] == ["Reference": 2, "Children": 1, "Main desk": 1])
        let mine = try summary()
        #expect(mine["encounters"] as? Int == 1 && mine["byDesk"] as? [String: Int] == ["Main desk": 1], "this desk by default")
        cli.environment["DESKMATE_DESK"] = "Children"
        #expect(try summary()["byDesk"] as? [String: Int] == ["Children": 1], "the desk from DESKMATE_DESK")
        let text = try cli.run(["summary"] + period + ["--all"])
        #expect(text.status == 0 && text.stdout.contains("Encounters: 4 ("), "\(text.stdout)")
        let both = try cli.run(["summary", "--all", "--desk", "Reference"] + period)
        #expect(both.status != 0 && both.stderr.contains("--desk or --all"))
        let shiftAll = try cli.run("summary", "--all", "--shift", "last")
        #expect(shiftAll.status != 0 && shiftAll.stderr.contains("A shift belongs to one desk"))
    }

    /// Two branches, each with a "Reference" desk, and a desk of the default
    /// branch: `--branch NAME` counts that branch's desks, `--desk D --branch B`
    /// one desk of it, the desk's own branch (flag, DESKMATE_BRANCH or the
    /// settings file) is what "this desk" means, and `byBranch` splits them.
    @Test func summaryCountsABranchAndADeskWithinIt() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        for (desk, branch, minute) in [("Reference", "Eastside", "09:00"), ("Reference", "Westside", "09:30"),
                                       ("Children", "Eastside", "10:00"), ("Main desk", "", "11:00")] {
            let result = try cli.run("log", "--mode", "in-person", "--kind", "reference", "--desk", desk, "--branch", branch,
                                     "--arrived", "2026-11-17T\(minute):00Z", "--closed", "2026-11-17T\(minute):30Z")
            #expect(result.status == 0, "\(result.stderr)")
        }
        func summary(_ extra: String...) throws -> [String: Any] {
            try #require(try cli.json(["summary"] + period + ["--format", "json"] + extra) as? [String: Any])
        }
        let east = try summary("--branch", "Eastside")
        #expect(east["encounters"] as? Int == 2)
        #expect(east["byDesk"] as? [String: Int] == ["Reference": 1, "Children": 1])
        #expect(east["branch"] as? String == "Eastside" && east["desk"] is NSNull, "a branch's period names the branch")
        let westReference = try summary("--desk", "Reference", "--branch", "Westside")
        #expect(westReference["encounters"] as? Int == 1 && westReference["byBranch"] as? [String: Int] == ["Westside": 1])
        #expect(westReference["desk"] as? String == "Reference" && westReference["branch"] as? String == "Westside")
        let all = try summary("--all")
        #expect(all["byBranch"] as? [String: Int] == ["Eastside": 2, "Westside": 1, "Main library": 1])
        #expect(all["branch"] is NSNull)
        #expect(try summary("--desk", "Reference")["encounters"] as? Int == 0, "Reference of this desk's branch (the default) has none")
        cli.environment["DESKMATE_BRANCH"] = "Eastside"
        #expect(try summary("--desk", "Reference")["byBranch"] as? [String: Int] == ["Eastside": 1], "the branch from DESKMATE_BRANCH")
        cli.environment["DESKMATE_BRANCH"] = nil
        try FileManager.default.createDirectory(atPath: cli.folder + "/config/deskmate", withIntermediateDirectories: true)
        try "[desk]\nname = \"Reference\"\nbranch = \"Westside\"\n".write(
            toFile: cli.folder + "/config/deskmate/config.toml", atomically: true, encoding: .utf8)
        #expect(try summary()["byBranch"] as? [String: Int] == ["Westside": 1], "this desk is the settings file's desk and branch")
        let text = try cli.run(["summary"] + period + ["--branch", "Eastside"])
        #expect(text.status == 0 && text.stdout.contains("· Eastside"), "\(text.stdout)")
        let both = try cli.run(["summary", "--all", "--branch", "Eastside"] + period)
        #expect(both.status == 64 && both.stderr.contains("--branch or --all"), "\(both.stderr)")
        let shift = try cli.run("summary", "--branch", "Eastside", "--shift", "last")
        #expect(shift.status == 64 && shift.stderr.contains("A shift belongs to one desk"), "\(shift.stderr)")
    }

    /// `url` under `[store]` names the store when neither `--store` nor
    /// `DESKMATE_STORE` does; either of those still wins.
    @Test func theSettingsFileNamesTheStore() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_STORE"] = nil
        try FileManager.default.createDirectory(atPath: cli.folder + "/config/deskmate", withIntermediateDirectories: true)
        let configured = cli.file("configured.sqlite")
        try "[store]\nurl = \"\(configured)\"\n".write(
            toFile: cli.folder + "/config/deskmate/config.toml", atomically: true, encoding: .utf8)
        let added = try cli.run("patron", "add", "Ann Lee")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: configured), "the patron went to the configured store")
        let flagged = try #require(try cli.json("lookup", "ann", "--store", cli.file("other.sqlite"), "--json") as? [Any])
        #expect(flagged.isEmpty, "--store wins over the settings file")
        #expect((try cli.json("lookup", "ann", "--json") as? [Any])?.count == 1, "the settings file's store has her")
        try "[store]\nurl = \"mysql://u:hunter2@h/db\"\n".write(
            toFile: cli.folder + "/config/deskmate/config.toml", atomically: true, encoding: .utf8)
        let refused = try cli.run("lookup", "ann")
        #expect(refused.status == 64 && refused.stderr.contains("[store] url") && !refused.stderr.contains("hunter2"), "\(refused.stderr)")
    }

    @Test func theConfigFileSetsGoalsAndABadOneNamesTheLine() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try loggedMorning(cli)
        try FileManager.default.createDirectory(atPath: cli.folder + "/config/deskmate", withIntermediateDirectories: true)
        let config = cli.folder + "/config/deskmate/config.toml"
        try "[goals]\nacknowledge_seconds = 150\n".write(toFile: config, atomically: true, encoding: .utf8)
        let relaxed = try #require(try cli.json(["summary"] + period + ["--format", "json"]) as? [String: Any])
        #expect((relaxed["wait"] as? [String: Any])?["withinGoal"] as? Double == 1)
        let flag = try #require(try cli.json(["summary"] + period + ["--format", "json", "--goal-acknowledge", "20"]) as? [String: Any])
        #expect((flag["wait"] as? [String: Any])?["withinGoal"] as? Double == 1.0 / 3.0)

        try "[desk]\nname = \"Main\"\n\n[goals]\nservice_seconds = \"five minutes\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        let bad = try cli.run(["summary"] + period)
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("line 5") && bad.stderr.contains("service_seconds"), "\(bad.stderr)")
    }

    /// Runs a Python script with arguments; its standard output.
    func python(_ script: String, _ arguments: String...) throws -> String {
        let result = try Subprocess.run("/usr/bin/env", ["python3", "-c", script] + arguments)
        guard result.status == 0 else { throw CLIError(message: "python3: \(result.stderr)") }
        return result.stdout
    }
}

/// Retention: the config's days, or a flag, strip old encounters of their patron.
@Suite(.serialized) struct RetentionTests {
    @Test func purgeUsesTheConfiguredRetention() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        try cli.run("patron", "add", "Ann Lee")
        try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--note", "old question",
                    "--arrived", "2020-01-02T10:00:00Z", "--closed", "2020-01-02T10:05:00Z")
        try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--note", "new question")
        let none = try cli.run("purge")
        #expect(none.status != 0 && none.stderr.contains("retention_days"), "\(none.stderr)")
        #expect(try cli.run("purge", "--older-than-days", "0").status != 0)

        try FileManager.default.createDirectory(atPath: cli.folder + "/config/deskmate", withIntermediateDirectories: true)
        try "[privacy]\nretention_days = 365\n".write(toFile: cli.folder + "/config/deskmate/config.toml", atomically: true, encoding: .utf8)
        let purged = try cli.run("purge")
        #expect(purged.status == 0 && purged.stdout.contains("Purged 1 encounter from before 365 days ago"), "\(purged.stdout)")
        let history = try #require(try cli.json("history", "1", "--json") as? [[String: Any]])
        #expect(history.map { $0["note"] as? String } == ["new question"])
        let all = try #require(try cli.json("export", "encounters", "--format", "json") as? [[String: Any]])
        #expect(all.count == 2, "the old encounter still counts")
    }
}
