import DeskmateCore
import Foundation
import Testing

/// Metrics on hand-made shifts with known answers.
@Suite struct ShiftReportTests {
    let utc = TimeZone(identifier: "UTC") ?? .gmt
    /// 2026-11-17 22:00 UTC.
    let start = Date(timeIntervalSince1970: 1_794_952_800)

    func e(_ id: Int64, at minutes: Double, wait: Double, service: Double, patron: Int64? = nil, kind: QuestionKind = .reference,
           mode: ContactMode = .inPerson, read: Int? = 2, note: String = "", followUp: FollowUp? = nil) -> Encounter {
        let arrived = start.addingTimeInterval(minutes * 60)
        return Encounter(id: id, patronID: patron, desk: "Main desk", staff: "JB", mode: mode, kind: kind,
                         read: read.flatMap(ReadLevel.init(rawValue:)), arrived: arrived, served: arrived.addingTimeInterval(wait),
                         closed: arrived.addingTimeInterval(wait + service), note: note, followUp: followUp)
    }

    func report(_ encounters: [Encounter], returning: Set<Int64> = [], owed: [OwedFollowUp] = [], hours: Double = 4) -> ShiftReport {
        ShiftReport(from: start, to: start.addingTimeInterval(hours * 3600), encounters: encounters, returningIDs: returning,
                    owed: owed, goals: DeskGoals(acknowledgeSeconds: 60, serviceSeconds: 300), timeZone: utc,
                    now: start.addingTimeInterval(hours * 3600))
    }

    @Test func anEmptyShift() {
        let r = report([])
        #expect(r.total == 0 && r.anonymous == 0 && r.returningPatrons == 0 && r.newPatrons == 0)
        #expect(r.wait.median == nil && r.wait.max == nil && r.withinGoal == nil)
        #expect(r.scorecard == ShiftReport.Scorecard(reliable: nil, timely: nil, personalized: nil, memorable: nil))
        #expect(r.byHour == Array(repeating: 0, count: 24))
    }

    @Test func knownMedianP90AndMax() {
        // Waits 10, 20, …, 100 seconds.
        let list = (1...10).map { e(Int64($0), at: Double($0), wait: Double($0 * 10), service: 100) }
        let r = report(list)
        #expect(r.wait.median == 55)
        #expect(r.wait.p90 == 91)
        #expect(r.wait.max == 100)
        #expect(r.wait.withinGoal == 0.6)
        #expect(r.service.median == 100)
        #expect(r.withinGoal == 0.6)
        #expect(r.longestWaits.map(\.id) == [10, 9, 8, 7, 6])
    }

    @Test func aShiftCrossingMidnightCountsHoursInTheDeskZone() {
        // Arrivals at 22:30, 23:30 and 00:30 UTC; the last waited 200 s.
        let list = [e(1, at: 30, wait: 5, service: 60), e(2, at: 90, wait: 5, service: 60), e(3, at: 150, wait: 200, service: 60)]
        let r = report(list)
        #expect(r.byHour[22] == 1 && r.byHour[23] == 1 && r.byHour[0] == 1)
        #expect(r.byHour.reduce(0, +) == 3)
        #expect(r.maxWaitByHour[23] == 5 && r.maxWaitByHour[0] == 200)
        #expect(r.busyHours == [22, 23, 0], "hours in the order they happened")
        let text = ReportWriter(report: r, timeZone: utc).text()
        let hourLines = text.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.contains(":00") }
        #expect(hourLines.map { String($0.prefix(7)) } == ["  22:00", "  23:00", "  00:00"])
        // In another zone the same encounters fall in other hours.
        let tokyo = ShiftReport(from: start, to: start.addingTimeInterval(4 * 3600), encounters: list, returningIDs: [], owed: [],
                                goals: DeskGoals(), timeZone: TimeZone(identifier: "Asia/Tokyo") ?? utc, now: start)
        #expect(tokyo.busyHours == [7, 8, 9])
    }

    @Test func encountersStillOpenAtTheEndCountButAreNotTimed() {
        let open = Encounter(id: 7, desk: "Main desk", staff: "JB", mode: .phone, kind: .reference,
                             arrived: start.addingTimeInterval(600), served: start.addingTimeInterval(660))
        let waiting = Encounter(id: 8, desk: "Main desk", staff: "JB", mode: .inPerson, kind: .directional,
                                arrived: start.addingTimeInterval(700))
        let r = report([e(1, at: 1, wait: 30, service: 60), open, waiting])
        #expect(r.total == 3)
        #expect(r.wait.count == 2, "the one still waiting has no wait yet")
        #expect(r.service.count == 1, "only the closed one has a service time")
        #expect(r.wait.max == 60)
    }

    @Test func allAnonymous() {
        let r = report((1...5).map { e(Int64($0), at: Double($0), wait: 1, service: 1) })
        #expect(r.anonymous == 5 && r.withPatron == 0)
        #expect(r.scorecard.personalized == 0)
        #expect(r.scorecard.memorable == nil)
    }

    @Test func returningVersusNewAndTheScorecard() {
        let list = [
            e(1, at: 1, wait: 10, service: 60, patron: 1), e(2, at: 2, wait: 10, service: 60, patron: 1),
            e(3, at: 3, wait: 90, service: 60, patron: 2), e(4, at: 4, wait: 10, service: 600),
        ]
        let r = report(list, returning: [1])
        #expect(r.withPatron == 3 && r.anonymous == 1)
        #expect(r.returningPatrons == 1 && r.newPatrons == 1)
        #expect(r.scorecard.memorable == 0.5)
        #expect(r.scorecard.personalized == 0.75)
        #expect(r.scorecard.timely == 0.5)
        #expect(r.byMode == ["in-person": 4])
        #expect(r.byRead == ["2": 4])
    }

    @Test func followUpsAndOverdueOnesFromEarlier() {
        let kept = FollowUp(id: 1, encounterID: 1, promise: "call", due: "2026-11-17", keptAt: start.addingTimeInterval(600))
        let open = FollowUp(id: 2, encounterID: 2, promise: "email", due: "2026-11-20")
        let list = [e(1, at: 1, wait: 1, service: 1, patron: 1, followUp: kept), e(2, at: 2, wait: 1, service: 1, followUp: open)]
        let earlier = Encounter(id: 9, desk: "D", staff: "JB", mode: .phone, kind: .reference, arrived: start.addingTimeInterval(-86_400 * 5))
        let overdue = OwedFollowUp(followUp: FollowUp(id: 3, encounterID: 9, promise: "scan", due: "2026-11-15"), encounter: earlier, patron: nil)
        let r = report(list, owed: [overdue, OwedFollowUp(followUp: open, encounter: list[1], patron: nil)])
        #expect(r.followUpsPromised.count == 2 && r.followUpsKept.count == 1 && r.followUpsOpen.map(\.id) == [2])
        #expect(r.followUpsOverdue.map(\.followUp.id) == [3])
        #expect(r.scorecard.reliable == 1, "the one due by now was kept on its day")
    }

    @Test func complaintsAndSuggestionsKeepTheirNotes() {
        let r = report([e(1, at: 1, wait: 1, service: 1, kind: .complaint, note: "too noisy"),
                        e(2, at: 2, wait: 1, service: 1, kind: .suggestion, note: "more Polish books")])
        #expect(r.complaints.map(\.note) == ["too noisy"])
        #expect(r.suggestions.map(\.note) == ["more Polish books"])
        #expect(r.byKind == ["complaint": 1, "suggestion": 1])
    }

    @Test func formatsAgree() throws {
        let list: [Encounter] = (1...4).map { (n: Int) -> Encounter in
            e(Int64(n), at: Double(n * 7), wait: Double(n * 30), service: 120, patron: n == 1 ? Int64(1) : nil)
        }
        // Patron 1, Zoë, owes the follow-up of encounter 1: her name is in
        // what the report is made from, so "no names unless asked" can fail.
        let zoe = Patron(id: 1, name: "Zoë Ångström", preferredName: "Zoë", created: start.addingTimeInterval(-86_400 * 30))
        var encounters = list
        let open = FollowUp(id: 1, encounterID: 1, promise: "email", due: "2026-11-20")
        encounters[0].followUp = open
        // And one from an earlier shift, overdue: the report keeps her record.
        let earlier = Encounter(id: 9, patronID: 1, desk: "D", staff: "JB", mode: .phone, kind: .reference,
                                arrived: start.addingTimeInterval(-86_400 * 5))
        let overdue = OwedFollowUp(followUp: FollowUp(id: 3, encounterID: 9, promise: "scan", due: "2026-11-15"), encounter: earlier, patron: zoe)
        let r = report(encounters, owed: [overdue, OwedFollowUp(followUp: open, encounter: encounters[0], patron: zoe)])
        #expect(r.followUpsOpen.map(\.id) == [1])
        #expect(r.followUpsOverdue.map(\.patron?.name) == ["Zoë Ångström"])
        let writer = ReportWriter(report: r, timeZone: utc)
        // Asked for, the name does reach the handover note.
        let named = ReportWriter(report: r, timeZone: utc, names: [1: zoe.name])
        #expect(named.markdown().contains("Zoë Ångström"), "\(named.markdown())")
        #expect(writer.text().contains("Encounters: 4 (1 with a known patron, 3 anonymous)"))
        #expect(writer.markdown().contains("| total | 4 |"))
        #expect(writer.csv().split(separator: "\r\n").count == 5)
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(ReportJSON(r))) as? [String: Any]
        #expect(json?["encounters"] as? Int == 4)
        #expect((json?["wait"] as? [String: Any])?["median"] as? Double == 75)
        for (format, output) in [("markdown", writer.markdown()), ("text", writer.text()), ("csv", writer.csv()),
                                 ("json", String(decoding: try JSONEncoder().encode(ReportJSON(r)), as: UTF8.self))] {
            #expect(!output.contains("Zoë") && !output.contains("Zo\\u00eb") && !output.contains("ngstr"),
                    "no names unless asked, but the \(format) has one:\n\(output)")
        }
    }

    @Test func markdownCannotBeBrokenByANote() {
        #expect(ReportWriter.escapeMarkdown("a | b\n# c") == "a \\| b \\# c")
    }

    /// Tallied questions are counted, not timed: three slow waits stay the
    /// shift's waits however many quick questions were tallied beside them.
    @Test func talliesCountButAreNotTimed() {
        let timed = (1...3).map { e(Int64($0), at: Double($0), wait: 120, service: 600) }
        let tallies = (4...9).map { id -> Encounter in
            let d = EncounterDraft.tally(kind: .directional, mode: .inPerson, read: nil, at: start.addingTimeInterval(Double(id) * 60),
                                         desk: "Main desk", branch: DeskNames.defaultBranch, staff: "JB")
            return Encounter(id: Int64(id), desk: d.desk, staff: d.staff, mode: d.mode, kind: d.kind, read: d.read,
                             arrived: d.arrived, served: d.served, closed: d.closed)
        }
        let r = report(timed + tallies)
        #expect(r.total == 9 && r.anonymous == 9)
        #expect(r.wait.median == 120 && r.wait.withinGoal == 0, "\(r.wait)")
        #expect(r.service.median == 600 && r.withinGoal == 0)
    }
}

@Suite struct DeskSettingsTests {
    @Test func readsEveryKey() throws {
        let s = try DeskSettings(toml: """
            [desk]
            name = "Reference desk"
            staff = "AK"
            [goals]
            acknowledge_seconds = 30
            service_seconds = 600
            [privacy]
            retention_days = 90
            """)
        #expect(s.desk == "Reference desk" && s.staff == "AK")
        #expect(s.goals == DeskGoals(acknowledgeSeconds: 30, serviceSeconds: 600))
        #expect(s.retentionDays == 90)
        #expect(try DeskSettings(toml: "") == DeskSettings())
    }

    @Test func aBadFileNamesTheLine() {
        #expect(throws: DeskSettings.Problem.self) { try DeskSettings(toml: "[goals]\nacknowledge_seconds = = 3") }
        do {
            _ = try DeskSettings(toml: "[desk]\nname = \"x\"\n\n[goals]\nservice_seconds = \"five\"\n")
            Issue.record("accepted a bad value")
        } catch {
            #expect(error.line == 5)
            #expect(error.message.contains("service_seconds"))
        }
        do {
            _ = try DeskSettings(toml: "[desk]\nname = \"x\"\n[colours]\n")
            Issue.record("accepted an unknown section")
        } catch {
            #expect(error.line == 3)
        }
    }
}
