import DeskmateCore
import Foundation
import Testing

/// Every documented JSON shape (README, "JSON shapes"), printed for a fixed
/// input and compared with the exact text scripts have been reading: every
/// key, `null` for what is absent, instants in UTC, controls escaped. A
/// change here breaks someone's script; add keys, never rename or drop one.
@Suite struct JSONShapeGoldenTests {
    /// 2026-11-17 09:00:00 UTC.
    static let t = Date(timeIntervalSince1970: 1_794_906_000)

    static let kate = Patron(
        id: 1, name: "Catherine Okafor", preferredName: "Kate", pronunciation: "oh-KAH-for", notes: "Large print",
        created: t.addingTimeInterval(-86_400), lastSeen: t, visitCount: 3)
    static let zoe = Patron(id: 2, name: "Zoë Ångström", created: t, visitCount: 0)
    static let kept = FollowUp(id: 5, encounterID: 9, promise: "call back", due: "2026-11-18", keptAt: t.addingTimeInterval(3600))
    static let open = FollowUp(id: 6, encounterID: 10, promise: "find the map")
    static let full = Encounter(
        id: 9, patronID: 1, desk: "Main desk", staff: "JB", mode: .phone, kind: .reference, read: ReadLevel(rawValue: 3),
        arrived: t, served: t.addingTimeInterval(30), closed: t.addingTimeInterval(630), note: "ILL \u{202E}request",
        followUp: kept)
    static let bare = Encounter(id: 10, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .directional, arrived: t)

    /// Compares the printed shape with its golden text (`JSONShapeGoldens.swift`).
    func check(_ name: String, _ value: some Encodable) throws {
        let printed = try JSONOutput.string(value)
        if let folder = ProcessInfo.processInfo.environment["DESKMATE_WRITE_GOLDEN"] {
            try printed.write(toFile: folder + "/" + name + ".json", atomically: true, encoding: .utf8)
        }
        #expect(printed == JSONShapeGoldens.texts[name], "\(name)")
    }

    @Test func patron() throws {
        try check("patronFull", JSONShapes.PatronJSON(Self.kate))
        try check("patronBare", JSONShapes.PatronJSON(Self.zoe))
    }

    @Test func followUp() throws {
        try check("followUpKept", JSONShapes.FollowUpJSON(Self.kept))
        try check("followUpOpen", JSONShapes.FollowUpJSON(Self.open))
    }

    /// `notes search --json`: an array of hits, newest first, with no patron
    /// key at all (the encounter has one; the hit leaves it behind).
    @Test func noteHits() throws {
        try check("noteHits", [JSONShapes.NoteHitJSON(NoteHit(Self.full)), JSONShapes.NoteHitJSON(NoteHit(Self.bare))])
    }

    @Test func encounter() throws {
        try check("encounterFull", JSONShapes.EncounterJSON(Self.full))
        try check("encounterBareList", [JSONShapes.EncounterJSON(Self.bare)])
    }

    /// `encounter show/edit --json`: the Encounter's keys and its trail.
    @Test func encounterWithChanges() throws {
        let change = EncounterChange(at: Self.t.addingTimeInterval(900), staff: "AK", fields: [
            .init(name: "kind", from: "policy", to: "reference"), .init(name: "note", from: nil, to: nil),
        ])
        try check("encounterWithChanges", JSONShapes.EncounterWithChangesJSON(Self.full, changes: [change]))
        try check("encounterUncorrected", JSONShapes.EncounterWithChangesJSON(Self.bare, changes: []))
    }

    /// `log --json`: the Encounter shape's every key, plus `held`, `clientId`
    /// and `waiting`; held in the outbox, `id` and the follow-up's ids are null.
    @Test func logged() throws {
        let clientID = try #require(UUID(uuidString: "6F9619FF-8B86-D011-B42D-00C04FC964FF"))
        try check("loggedStored", JSONShapes.LoggedJSON(
            encounter: JSONShapes.EncounterJSON(Self.full), held: false, clientId: clientID, waiting: 0))
        let draft = EncounterDraft(
            patronID: 1, desk: "Main desk", staff: "JB", mode: .phone, kind: .reference, read: ReadLevel(rawValue: 3),
            arrived: Self.t, served: Self.t.addingTimeInterval(30), closed: Self.t.addingTimeInterval(630), note: "ILL request",
            followUp: FollowUpDraft(promise: "call back", due: "2026-11-18"), clientID: clientID)
        try check("loggedHeld", JSONShapes.LoggedJSON(
            encounter: JSONShapes.EncounterJSON(held: draft), held: true, clientId: clientID, waiting: 2))
        try check("loggedFile", JSONShapes.LoggedJSON(
            encounter: JSONShapes.EncounterJSON(Self.bare), held: false, clientId: nil, waiting: 0))
    }

    @Test func sync() throws {
        try check("syncStillWaiting", JSONShapes.SyncJSON(
            sent: 2, withoutPatron: 1, waiting: 3, error: "The connection to the PostgreSQL server at db:5432 was lost."))
        try check("syncAllSent", JSONShapes.SyncJSON(sent: 5, withoutPatron: 0, waiting: 0, error: nil))
    }

    @Test func lookup() throws {
        let matches = [
            PatronMatch(patron: Self.kate, lastEncounter: Self.bare, reason: MatchReason(kind: "nickname", words: ["catherine"])),
            PatronMatch(patron: Self.zoe, lastEncounter: nil, reason: MatchReason(kind: "typo", words: ["zoe"])),
        ]
        try check("lookup", matches.map(JSONShapes.MatchJSON.init))
    }

    @Test func followUps() throws {
        let owed = [
            JSONShapes.OwedJSON(OwedFollowUp(followUp: Self.open, encounter: Self.bare, patron: nil)),
            JSONShapes.OwedJSON(OwedFollowUp(followUp: Self.kept, encounter: Self.full, patron: Self.zoe)),
        ]
        try check("followUps", owed)
    }

    @Test func patronCard() throws {
        try check("card", JSONShapes.CardJSON(patron: Self.zoe, recent: [Self.bare]))
    }

    @Test func prompt() throws {
        let closing = JSONShapes.PromptJSON(
            Prompt(number: 17, text: "Say what you can do.", attribution: "Steve Backs", closing: "Is there anything else?"),
            because: .refusing)
        let plain = JSONShapes.PromptJSON(Prompt(number: 3, text: "Smile.", attribution: "Steve Backs"), because: nil)
        try check("promptClosing", closing)
        try check("promptPlain", plain)
    }

    @Test func shift() throws {
        try check("shiftOpen", ShiftJSON(Shift(id: 4, desk: "Main desk", staff: "JB", started: Self.t)))
        let ended = Shift(id: 4, desk: "Main desk", staff: "JB", started: Self.t, ended: Self.t.addingTimeInterval(8 * 3600))
        try check("shiftEnded", ShiftJSON(ended))
    }

    @Test func summary() throws {
        let complaint = Encounter(
            id: 11, patronID: 2, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .complaint, read: ReadLevel(rawValue: 2),
            arrived: Self.t.addingTimeInterval(3600), served: Self.t.addingTimeInterval(3720),
            closed: Self.t.addingTimeInterval(3900), note: "printer ate a chapter", followUp: Self.open)
        let utc = TimeZone(identifier: "UTC") ?? .gmt
        let report = ShiftReport(
            from: Self.t, to: Self.t.addingTimeInterval(4 * 3600), desk: "Main desk", staff: nil,
            encounters: [Self.full, complaint, Self.bare], returningIDs: [1],
            owed: [OwedFollowUp(followUp: Self.open, encounter: complaint, patron: Self.zoe)],
            goals: DeskGoals(acknowledgeSeconds: 60, serviceSeconds: 300), timeZone: utc,
            now: Self.t.addingTimeInterval(4 * 3600))
        try check("summary", ReportJSON(report))
        let empty = ShiftReport(from: Self.t, to: Self.t, encounters: [], returningIDs: [], owed: [],
                                goals: DeskGoals(), timeZone: utc, now: Self.t)
        try check("summaryEmpty", ReportJSON(empty))
    }
}

/// JSON output is read by scripts and sometimes shown on a terminal: every
/// character a terminal would obey or a reader would be misled by is escaped.
@Suite struct JSONEscapeTests {
    @Test func invisibleAndBidiCharactersAreEscaped() throws {
        for v: UInt32 in [0x1B, 0x7F, 0x85, 0x9B, 0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0x2028, 0xFEFF] {
            let scalar = try #require(Unicode.Scalar(v))
            let printed = try JSONOutput.string(["x" + String(Character(scalar)) + "y"])
            #expect(!printed.unicodeScalars.contains(scalar), "U+\(String(v, radix: 16)) printed raw: \(printed)")
            #expect(printed.lowercased().contains(String(format: "\\u%04x", v)), "U+\(String(v, radix: 16)): \(printed)")
        }
    }
}
