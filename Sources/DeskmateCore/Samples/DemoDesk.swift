import Foundation

/// A believable morning at a public-library desk: patrons from many
/// languages, a day of encounters with notes and promises, and two people
/// waiting. Pure: the clock and seed are handed in.
public struct DemoDesk: Sendable {
    public struct PlannedEncounter: Sendable {
        public var patronIndex: Int?
        public var draft: EncounterDraft
    }

    public var patrons: [PatronDraft]
    public var encounters: [PlannedEncounter]
    /// Seconds before `now` that each waiting patron walked up.
    public var waitingSince: [Double]
    /// When this morning's shift began.
    public var shiftStarted: Date

    public init(now: Date, timeZone: TimeZone, seed: UInt64 = 42) {
        var random = SampleRandom(seed: seed)
        let known: [PatronDraft] = [
            PatronDraft(name: "Catherine Okafor", preferredName: "Kate", pronunciation: "oh-KAH-for", notes: "Prefers large print"),
            PatronDraft(name: "Zoë Ångström", pronunciation: "ZOH-ee ONG-strurm", notes: "Researching local history of the mill"),
            PatronDraft(name: "王伟", preferredName: "Wei", pronunciation: "wahng way"),
            PatronDraft(name: "Siobhán Murphy", pronunciation: "shi-VAWN", notes: "Book club organiser, Tuesdays"),
            PatronDraft(name: "Geoffrey Smyth", preferredName: "Geoff", notes: "Uses the accessible workstation"),
            PatronDraft(name: "Łukasz Nowak", pronunciation: "WOO-kash NO-vak"),
            PatronDraft(name: "Aaliyah Hassan", notes: "Homeschool parent; likes STEM kits"),
            PatronDraft(name: "Margaret Thompson", preferredName: "Peggy"),
            PatronDraft(name: "Nguyễn Thảo", pronunciation: "NWIN TAO"),
            PatronDraft(name: "Søren Østergaard", pronunciation: "SUR-en"),
        ]
        var patrons = known
        for _ in 0..<40 {
            let given = random.pick(SampleNames.given), family = random.pick(SampleNames.family)
            patrons.append(PatronDraft(name: "\(given) \(family)", pronunciation: SampleNames.pronunciations[given]))
        }
        self.patrons = patrons

        let notes: [(QuestionKind, String, String?)] = [
            (.reference, "ILL request for The Overstory", "a call when it arrives"),
            (.readersAdvisory, "Wanted more like Station Eleven", nil),
            (.technology, "Printing from phone; showed the app", nil),
            (.account, "Renewed card, updated address", nil),
            (.directional, "Restrooms and study rooms", nil),
            (.policy, "Asked about guest Wi-Fi time limits", nil),
            (.reference, "1920s mill photographs; local history room", "scans by email"),
            (.complaint, "Noise near the quiet study area", "a word with the facilities team"),
            (.suggestion, "More Polish-language picture books", "pass to collections"),
            (.technology, "Scanner to email, two-sided", nil),
            (.readersAdvisory, "Large-print mysteries", nil),
            (.reference, "Census records 1901, ancestry database", nil),
        ]
        let today = DeskCalendar(timeZone: timeZone).startOfDay(now)
        var planned: [PlannedEncounter] = []
        // Earlier visits, so returning patrons have something to recall.
        for (i, _) in known.enumerated() {
            let daysAgo = Double(random.int(3...40))
            let (kind, note, promise) = notes[i % notes.count]
            let arrived = today.addingTimeInterval(-daysAgo * 86_400 + Double(random.int(9...17)) * 3600)
            let served = arrived.addingTimeInterval(Double(random.int(5...90)))
            planned.append(PlannedEncounter(patronIndex: i, draft: EncounterDraft(
                desk: "Main desk", staff: "JB", mode: .inPerson, kind: kind, read: ReadLevel(rawValue: random.int(1...4)),
                arrived: arrived, served: served, closed: served.addingTimeInterval(Double(random.int(60...900))),
                note: note,
                followUp: promise.map { FollowUpDraft(promise: $0, due: DayFormat.string(arrived.addingTimeInterval(3 * 86_400), timeZone: timeZone)) })))
        }
        // This morning so far: from nine, or from four hours ago when the
        // demo runs early or late, so there is always a shift to look at.
        let nine = today.addingTimeInterval(9 * 3600)
        let opening = nine < now.addingTimeInterval(-3600) ? max(nine, now.addingTimeInterval(-4 * 3600))
            : now.addingTimeInterval(-4 * 3600)
        shiftStarted = opening
        var t = opening
        while t < now.addingTimeInterval(-900) {
            let (kind, note, promise) = random.pick(notes)
            let who: Int? = random.chance(0.6) ? random.int(0...(patrons.count - 1)) : nil
            let served = t.addingTimeInterval(Double(random.int(3...150)))
            let closed = served.addingTimeInterval(Double(random.int(40...600)))
            planned.append(PlannedEncounter(patronIndex: who, draft: EncounterDraft(
                desk: "Main desk", staff: "JB", mode: random.pick([.inPerson, .inPerson, .inPerson, .phone, .chat, .email]),
                kind: kind, read: ReadLevel(rawValue: random.int(1...4)), arrived: t, served: served, closed: closed,
                note: who == nil ? "" : note,
                followUp: (who != nil && promise != nil && random.chance(0.5))
                    ? FollowUpDraft(promise: promise ?? "", due: DayFormat.string(now.addingTimeInterval(86_400), timeZone: timeZone)) : nil)))
            t = closed.addingTimeInterval(Double(random.int(60...1200)))
        }
        encounters = planned
        waitingSince = [75, 20]
    }
}
