import Foundation
import Testing
import TestSupport

/// `encounter show/edit` and `followup reopen` through the command line.
@Suite struct EncounterCommandTests {
    @Test func aCorrectionIsShownWithItsTrailAndCounted() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_NOW"] = "2026-11-17T10:00:00Z"
        #expect(try cli.run("patron", "add", "Ann Lee").status == 0)
        #expect(try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "policy", "--note", "the canary words").status == 0)
        let edited = try #require(try cli.json("encounter", "edit", "1", "--kind", "reference", "--read", "4", "--note", "genealogy",
                                               "--follow-up", "call back", "--due", "tomorrow", "--staff", "AK", "--json") as? [String: Any])
        #expect(edited["kind"] as? String == "reference" && edited["read"] as? Int == 4 && edited["note"] as? String == "genealogy")
        #expect((edited["followUp"] as? [String: Any])?["due"] as? String == "2026-11-18", "tomorrow from DESKMATE_NOW")
        let changes = try #require(edited["changes"] as? [[String: Any]])
        #expect(changes.count == 1 && changes[0]["staff"] as? String == "AK" && changes[0]["at"] as? String == "2026-11-17T10:00:00Z")
        let fields = try #require(changes[0]["fields"] as? [[String: Any]])
        #expect(fields.map { $0["name"] as? String } == ["kind", "read", "note", "followUp", "due"])
        #expect(fields[0]["from"] as? String == "policy" && fields[0]["to"] as? String == "reference")
        #expect(fields[2]["from"] is NSNull && fields[2]["to"] is NSNull, "a note's text is not in the trail")
        let shown = try cli.run("encounter", "show", "1")
        #expect(shown.status == 0 && shown.stdout.contains("corrected 2026-11-17T10:00:00Z by AK: kind policy → reference"), "\(shown.stdout)")
        let shownJSON = try cli.run("encounter", "show", "1", "--json")
        #expect(!shown.stdout.contains("canary") && !shownJSON.stdout.contains("canary"))
        // The period ends after the encounter, not at "now": each program's
        // clock starts at DESKMATE_NOW and runs on, so the summary's now could
        // come milliseconds before the logged arrival on a busy machine.
        let summary = try #require(try cli.json("summary", "--all", "--from", "2026-11-17T00:00:00Z", "--to", "2026-11-18T00:00:00Z",
                                                "--format", "json") as? [String: Any])
        #expect(summary["byKind"] as? [String: Int] == ["reference": 1], "the summary counts the corrected kind")

        // The promise: kept, then owed again.
        #expect(try cli.run("followup", "done", "1").status == 0)
        #expect(try cli.run("followups", "--open").stdout.contains("No follow-ups are owed."))
        let reopened = try cli.run("followup", "reopen", "1")
        #expect(reopened.status == 0 && reopened.stdout.contains("owed again"), "\(reopened.stdout) \(reopened.stderr)")
        #expect(try cli.run("followups", "--open").stdout.contains("call back"))

        // Nonsense gets one line and a usage status; nothing changes.
        for (arguments, status) in [(["encounter", "edit", "1"], Int32(64)), (["encounter", "edit", "1", "--read", "9"], 64),
                                    (["encounter", "edit", "1", "--due", "fri"], 64), (["encounter", "edit", "9", "--kind", "other"], 1),
                                    (["encounter", "show", "9"], 1), (["followup", "reopen", "9"], 1)] {
            let result = try cli.run(arguments)
            #expect(result.status == status && result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.status) \(result.stderr)")
        }
        let after = try #require(try cli.json("encounter", "show", "1", "--json") as? [String: Any])
        #expect((after["changes"] as? [Any])?.count == 1 && after["kind"] as? String == "reference")
    }
}

/// `patron merge` through the command line: the other record's name leaves
/// every file of the store, as with `forget`.
@Suite struct PatronMergeCommandTests {
    @Test func mergingLeavesTheOtherNameInNoFile() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        #expect(try cli.run("patron", "add", "Catherine Okafor").status == 0)
        #expect(try cli.run("patron", "add", "Kathryn Zanzibarcanary", "--preferred", "Kate").status == 0)
        #expect(try cli.run("log", "--patron", "2", "--mode", "phone", "--kind", "reference", "--follow-up", "call back").status == 0)
        let folder = (cli.storePath as NSString).deletingLastPathComponent
        func filesHolding(_ text: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in
                FileManager.default.contents(atPath: folder + "/" + name)?.range(of: Data(text.utf8)) != nil
            }
        }
        #expect(try !filesHolding("Zanzibarcanary").isEmpty, "the scan sees the name before the merge")
        let merged = try #require(try cli.json("patron", "merge", "1", "2", "--json") as? [String: Any])
        #expect(merged["id"] as? Int == 1 && merged["preferredName"] as? String == "Kate" && merged["visitCount"] as? Int == 1)
        #expect(try cli.run("history", "1").stdout.contains("call back"), "the other's encounters are the kept record's")
        #expect(try filesHolding("Zanzibarcanary").isEmpty, "no file of the store holds the merged-away name")
        #expect(try filesHolding("zanzibarcanary").isEmpty, "nor its folded form")
        let again = try cli.run("patron", "merge", "1", "2")
        #expect(again.status == 1 && again.stderr.contains("Patron 2 was not found"), "\(again.stderr)")
        let same = try cli.run("patron", "merge", "1", "1")
        #expect(same.status == 64, "\(same.stderr)")
    }
}

/// `tally`: a paper sheet's hour, recorded afterwards, counts like live work.
@Suite struct TallyCommandTests {
    @Test func aPastHoursTallyCountsInTheSummaryAndTheReport() throws {
        let cli = DeskmateBinary()
        defer { cli.cleanUp() }
        let recorded = try #require(try cli.json("tally", "--kind", "directional", "--count", "12", "--at", "2026-11-24T14:00:00Z",
                                                 "--desk", "Reference", "--json") as? [String: Any])
        #expect(recorded["count"] as? Int == 12 && (recorded["ids"] as? [Int])?.count == 12 && recorded["desk"] as? String == "Reference")
        let phone = try cli.run("tally", "--kind", "policy", "--mode", "phone", "--at", "2026-11-24T14:30:00Z", "--desk", "Reference")
        #expect(phone.status == 0 && phone.stdout.contains("Tallied 1 policy question at Reference"), "\(phone.stdout) \(phone.stderr)")
        let period = ["--from", "2026-11-24T00:00:00Z", "--to", "2026-11-25T00:00:00Z"]
        let summary = try #require(try cli.json(["summary", "--desk", "Reference", "--format", "json"] + period) as? [String: Any])
        #expect(summary["encounters"] as? Int == 13 && summary["anonymous"] as? Int == 13)
        #expect(summary["byKind"] as? [String: Int] == ["directional": 12, "policy": 1])
        #expect(summary["byMode"] as? [String: Int] == ["in-person": 12, "phone": 1])
        #expect((summary["byHour"] as? [Int])?[14] == 13, "in the hour the sheet was kept")
        let report = try #require(try cli.json(["report", "--format", "json"] + period) as? [String: Any])
        #expect((report["byDay"] as? [String: Int])?["2026-11-24"] == 13, "\(report["byDay"] ?? "none")")
        let zero = try cli.run("tally", "--kind", "policy", "--count", "0")
        #expect(zero.status == 64 && zero.stderr.contains("--count"), "\(zero.stderr)")
    }
}
