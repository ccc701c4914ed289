@testable import DeskScreen
import DeskmateCore
import Foundation
import TerminalUI
import Testing

/// A desk at a fixed instant with known patrons, so screens render the same
/// on every machine.
enum Fixture {
    static let utc = TimeZone(identifier: "UTC") ?? .gmt
    /// Tuesday 17 November 2026, 10:30 UTC.
    static let now = Date(timeIntervalSince1970: 1_794_911_400)
    static let config = DeskConfig(desk: "Main desk", staff: "JB", timeZone: utc)

    static let kate = Patron(
        id: 1, name: "Catherine Okafor", preferredName: "Kate", pronunciation: "oh-KAH-for", notes: "Prefers large print",
        created: now.addingTimeInterval(-86_400 * 90), lastSeen: now.addingTimeInterval(-86_400 * 14), visitCount: 3)
    static let zoe = Patron(id: 2, name: "Zoë Ångström", pronunciation: "ZOH-ee", created: now, visitCount: 0)
    static let wei = Patron(id: 3, name: "王伟", preferredName: "Wei", created: now, lastSeen: now.addingTimeInterval(-86_400), visitCount: 1)

    static let lastVisit: Encounter = {
        var e = Encounter(
            id: 7, patronID: 1, desk: "Main desk", staff: "JB", mode: .phone, kind: .reference, read: ReadLevel(rawValue: 3),
            arrived: now.addingTimeInterval(-86_400 * 14), served: now.addingTimeInterval(-86_400 * 14 + 30),
            closed: now.addingTimeInterval(-86_400 * 14 + 600), note: "ILL request for The Overstory")
        e.followUp = FollowUp(id: 3, encounterID: 7, promise: "a call when it arrives", due: "2026-11-05",
                              keptAt: now.addingTimeInterval(-86_400 * 12))
        return e
    }()

    static func state(width: Int = 100, height: Int = 30) -> DeskState {
        DeskState(config: config, now: now, width: width, height: height)
    }

    /// A busy moment: two waiting (one past the goal), Kate being served.
    static func busy(width: Int = 100, height: Int = 30) -> DeskState {
        var s = state(width: width, height: height)
        var snapshot = DeskSnapshot(
            timers: [
                WaitingPatron(id: 1, arrived: now.addingTimeInterval(-400), served: now.addingTimeInterval(-250), patronID: 1),
                WaitingPatron(id: 2, arrived: now.addingTimeInterval(-75)),
                WaitingPatron(id: 3, arrived: now.addingTimeInterval(-12), mode: .phone),
            ],
            attached: [1: kate], today: [], followUpsDue: [], shift: Shift(id: 1, desk: "Main desk", staff: "JB", started: now.addingTimeInterval(-5400)))
        snapshot.today = (0..<6).map { i in
            let start: Double = Double(-3600 + i * 300)
            let wait: Double = Double(i * 20)
            let patron: Int64? = i % 2 == 0 ? 1 : nil
            return Encounter(
                id: Int64(100 + i), patronID: patron, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .directional,
                arrived: now.addingTimeInterval(start), served: now.addingTimeInterval(start + wait),
                closed: now.addingTimeInterval(start + 200))
        }
        let owed = OwedFollowUp(
            followUp: FollowUp(id: 9, encounterID: 50, promise: "scans of the mill photos", due: "2026-11-16"),
            encounter: Encounter(id: 50, patronID: 2, desk: "Main desk", staff: "JB", mode: .email, kind: .reference,
                                 arrived: now.addingTimeInterval(-86_400 * 3)),
            patron: zoe)
        snapshot.followUpsDue = [owed]
        _ = DeskUpdate.update(&s, .loaded(snapshot))
        _ = DeskUpdate.update(&s, .cardLoaded(PatronCard(patron: kate, recent: [lastVisit])))
        return s
    }

    /// The summary of the busy morning, with a complaint, a suggestion and promises.
    static func summary(width: Int = 100, height: Int = 30) -> DeskState {
        var s = busy(width: width, height: height)
        _ = DeskUpdate.update(&s, .key(.character("s")))
        var encounters = (0..<12).map { i -> Encounter in
            let start = Double(-3 * 3600 + i * 900)
            return Encounter(
                id: Int64(200 + i), patronID: i % 3 == 0 ? 1 : nil, desk: "Main desk", staff: "JB",
                mode: i % 4 == 0 ? .phone : .inPerson, kind: i % 2 == 0 ? .directional : .reference,
                read: ReadLevel(rawValue: 1 + i % 4), arrived: now.addingTimeInterval(start),
                served: now.addingTimeInterval(start + Double(i * 11)), closed: now.addingTimeInterval(start + 400))
        }
        encounters[3].kind = .complaint
        encounters[3].note = "The printer ate a thesis chapter"
        encounters[5].kind = .suggestion
        encounters[5].note = "More Polish picture books"
        encounters[6].followUp = FollowUp(id: 11, encounterID: 206, promise: "email the ILL form", due: "2026-11-18")
        let overdue = OwedFollowUp(
            followUp: FollowUp(id: 9, encounterID: 50, promise: "scans of the mill photos", due: "2026-11-16"),
            encounter: Encounter(id: 50, patronID: 2, desk: "Main desk", staff: "JB", mode: .email, kind: .reference,
                                 arrived: now.addingTimeInterval(-86_400 * 3)),
            patron: zoe)
        let report = ShiftReport(
            from: now.addingTimeInterval(-3 * 3600), to: now, desk: "Main desk", staff: "JB", encounters: encounters,
            returningIDs: [1], owed: [overdue], goals: config.goals, timeZone: utc, now: now)
        _ = DeskUpdate.update(&s, .summaryLoaded(report))
        return s
    }

    static func matches() -> [PatronMatch] {
        [
            PatronMatch(patron: kate, lastEncounter: lastVisit, reason: MatchReason(kind: "prefix", words: ["kate"])),
            PatronMatch(patron: Patron(id: 4, name: "Kathryn Smyth", created: now), lastEncounter: nil,
                        reason: MatchReason(kind: "phonetic", words: ["kathryn"])),
        ]
    }
}

/// Compares a rendered screen with its file under `__Snapshots__`; set
/// `DESKMATE_RECORD_SNAPSHOTS=1` to write the files anew after a deliberate change.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    /// Records an issue when `state` no longer renders as its file
    /// `name-WIDTHxHEIGHT.txt` says.
    static func expect(_ state: DeskState, _ name: String) {
        if let problem = check(state, named: "\(name)-\(state.width)x\(state.height)") {
            Issue.record(Comment(rawValue: problem))
        }
    }

    /// Nil when it matches; otherwise a description of the difference.
    static func check(_ state: DeskState, named name: String) -> String? {
        let text = DeskView.render(state).buffer.snapshot() + "\n"
        let file = folder.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["DESKMATE_RECORD_SNAPSHOTS"] == "1"
        guard !record, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            if record {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try? text.write(to: file, atomically: true, encoding: .utf8)
                return nil
            }
            return "no snapshot \(name).txt; run with DESKMATE_RECORD_SNAPSHOTS=1 to record it. Rendered:\n\(text)"
        }
        if expected == text { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? String(a[i]) : "(none)", y = i < b.count ? String(b[i]) : "(none)"
            if x != y { return "\(name): line \(i + 1) differs\nexpected: \(x)\nrendered: \(y)\n\nRendered:\n\(text)" }
        }
        return "\(name) differs"
    }
}
