import Foundation
import Testing
import TestSupport

/// `deskmate notes search` run as a script runs it: text for a person,
/// JSON for a script, neither with a patron in it; and a forgotten or
/// purged note's words in no file of the store once it is forgotten or purged.
@Suite struct NotesCommandTests {
    @Test func pastAnswersAreFoundWithoutThePatron() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_NOW"] = "2026-11-17T15:00:00Z"
        cli.environment["TZ"] = "Europe/London"
        #expect(try cli.run("patron", "add", "Catherine Okafor").status == 0)
        #expect(try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference", "--arrived", "2026-11-17T09:30:00Z",
                            "--served", "2026-11-17T09:31:00Z", "--closed", "2026-11-17T09:40:00Z",
                            "--note", "Interlibrary loan for Zoë's thesis").status == 0)
        #expect(try cli.run("log", "--mode", "chat", "--kind", "technology", "--arrived", "2026-11-17T11:00:00Z",
                            "--closed", "2026-11-17T11:05:00Z", "--desk", "Reference", "--branch", "Eastside",
                            "--note", "interlibrary form online").status == 0)

        let text = try cli.run("notes", "search", "INTERLIB")
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout == """
            #2  17 Nov 11:00 · technology · chat · Reference, Eastside — interlibrary form online
            #1  17 Nov 09:30 · reference · phone · Main desk, Main library — Interlibrary loan for Zoë's thesis

            """, "newest first, in the desk's time zone, never the patron")
        let json = try cli.run("notes", "search", "zoe", "loan", "--json")
        #expect(json.status == 0, "\(json.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect(Set(hit.keys) == ["encounterId", "arrived", "desk", "branch", "kind", "mode", "note"])
        #expect(hit["encounterId"] as? Int == 1 && hit["arrived"] as? String == "2026-11-17T09:30:00Z")
        #expect(!json.stdout.contains("Okafor") && !text.stdout.contains("Okafor"))

        let one = try cli.run("notes", "search", "interlibrary", "--limit", "1", "--branch", "Main library")
        #expect(one.status == 0 && one.stdout.hasPrefix("#1 ") && one.stdout.split(separator: "\n").count == 1, "\(one.stdout)")
        let none = try cli.run("notes", "search", "\"NEAR(", "*", "-")
        #expect(none.status == 0 && none.stdout == "No notes match.\n", "\(none.stdout) \(none.stderr)")
        for limit in ["0", "1001", "-3", "many"] {
            let bad = try cli.run("notes", "search", "loan", "--limit", limit)
            #expect(bad.status == 64 && bad.stderr.split(separator: "\n").count == 1, "--limit \(limit): \(bad.status) \(bad.stderr)")
        }
        let noWords = try cli.run("notes", "search")
        #expect(noWords.status == 64, "\(noWords.stderr)")
    }

    /// A word only in notes: once its patron is forgotten (and, separately,
    /// its encounter purged, or the note corrected away), no file of the
    /// store holds it, in the note's text or in the search's index — at
    /// once, without `maintain`, as a forgotten name; nor after `maintain`.
    @Test func forgottenPurgedAndCorrectedNotesLeaveEveryFileAtOnce() throws {
        var cli = DeskmateBinary()
        defer { cli.cleanUp() }
        cli.environment["DESKMATE_NOW"] = "2026-11-17T15:00:00Z"
        let forgotten = "Xylofoncanary", purged = "Quokkapurgecanary", corrected = "Wombatcorrectcanary"
        #expect(try cli.run("patron", "add", "Ann Lee").status == 0)
        #expect(try cli.run("log", "--patron", "1", "--mode", "phone", "--kind", "reference",
                            "--note", "asked about \(forgotten) records").status == 0)
        #expect(try cli.run("log", "--mode", "phone", "--kind", "reference", "--arrived", "2020-01-06T10:00:00Z",
                            "--closed", "2020-01-06T10:05:00Z", "--note", "\(purged) microfilm").status == 0)
        #expect(try cli.run("log", "--mode", "phone", "--kind", "reference", "--note", "records kept").status == 0)
        #expect(try cli.run("log", "--mode", "chat", "--kind", "policy", "--note", "\(corrected) typed in the wrong box").status == 0)
        let folder = (cli.storePath as NSString).deletingLastPathComponent
        func filesHolding(_ text: String) throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { name in
                FileManager.default.contents(atPath: folder + "/" + name)?.range(of: Data(text.utf8)) != nil
            }
        }
        let canaries = [forgotten, purged, corrected]
        let everyForm = canaries + canaries.map { $0.lowercased() } // as typed, and as the index folds them
        #expect(try cli.run("maintain").status == 0, "the rows written out, so the control can see them")
        for word in everyForm {
            #expect(try !filesHolding(word).isEmpty, "the scan sees \(word) before it is removed")
        }
        #expect(try cli.run("notes", "search", forgotten).stdout.contains(forgotten))

        #expect(try cli.run("forget", "1").status == 0)
        for word in [forgotten, forgotten.lowercased()] {
            #expect(try filesHolding(word).isEmpty, "no file of the store holds \(word) once forgotten")
        }
        #expect(try !filesHolding(purged.lowercased()).isEmpty, "while the note not yet purged is still there")
        #expect(try cli.run("purge", "--before", "2021-01-01").status == 0)
        for word in [purged, purged.lowercased()] {
            #expect(try filesHolding(word).isEmpty, "no file of the store holds \(word) once purged")
        }
        #expect(try !filesHolding(corrected.lowercased()).isEmpty, "while the note not yet corrected is still there")
        let edited = try cli.run("encounter", "edit", "4", "--note", "a room booking")
        #expect(edited.status == 0, "\(edited.stderr)")
        for (word, gone) in [(forgotten, "forgotten"), (purged, "purged"), (corrected, "corrected")] {
            #expect(try cli.run("notes", "search", word).stdout == "No notes match.\n", "\(word) found by nothing once \(gone)")
        }
        for word in everyForm {
            #expect(try filesHolding(word).isEmpty, "no file of the store holds \(word), even before maintain")
        }
        let maintained = try cli.run("maintain")
        #expect(maintained.status == 0, "\(maintained.stderr)")
        for word in everyForm {
            #expect(try filesHolding(word).isEmpty, "no file of the store holds \(word)")
        }
        #expect(try cli.run("notes", "search", "records").stdout.contains("records kept"), "live notes stay found")
    }
}
