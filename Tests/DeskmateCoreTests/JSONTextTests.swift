import DeskmateCore
import Foundation
import Testing

/// `JSONOutput.string(matches:)` (the hand-written `lookup --json`) prints
/// exactly what JSONEncoder prints for the same matches: random ones, with
/// every optional present or absent, hostile text and odd numbers.
@Suite struct JSONTextTests {
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomMatchesAreWrittenAsJSONEncoderWritesThem(seed: UInt64) throws {
        var random = SampleRandom(seed: seed)
        for round in 0..<60 {
            let matches = (0..<random.int(0...4)).map { _ in JSONShapes.MatchJSON(Self.match(&random)) }
            // Whole seconds only here: the hand-written path must be taken.
            let byHand = try #require(JSONOutput.handWritten(matches: matches), "seed \(seed), round \(round)")
            let encoded = try JSONOutput.string(matches)
            #expect(byHand == encoded, "seed \(seed), round \(round)")
            if byHand != encoded { return }
        }
    }

    @Test func fractionalAndHugeSecondsFallBackToJSONEncoder() throws {
        for seconds in [0.5, 1e16, 123_456_789.125, 2e20, 999_999_999_999_999] {
            let arrived = Date(timeIntervalSince1970: 1_764_000_000)
            let encounter = Encounter(id: 1, desk: "D", staff: "S", mode: .phone, kind: .policy, arrived: arrived,
                                      served: arrived.addingTimeInterval(seconds))
            let match = JSONShapes.MatchJSON(PatronMatch(
                patron: Patron(id: 1, name: "Ann", created: arrived), lastEncounter: encounter,
                reason: MatchReason(kind: "exact", words: ["ann"])))
            #expect(try JSONOutput.string(matches: [match]) == JSONOutput.string([match]), "\(seconds)")
            // The largest whole number still written as digits is written by hand.
            #expect((JSONOutput.handWritten(matches: [match]) == nil) == (seconds != 999_999_999_999_999), "\(seconds)")
        }
    }

    static let texts = [
        "", "Ann", "Zoë O'Brien-Ní Dhomhnaill", "a \"quoted\" \\ back/slash", "tab\there\nnew\r\u{08}\u{0C}",
        "\u{00}\u{01}\u{1B}[31m\u{1F}", "\u{7F}\u{85}\u{9F}", "\u{202E}evil\u{2066}\u{200B}\u{FEFF}\u{2028}", "😀 家 ﷽",
    ]

    static func text(_ random: inout SampleRandom) -> String {
        (0..<random.int(1...3)).map { _ in random.pick(texts) }.joined(separator: random.pick(["", " ", "/"]))
    }

    static func maybe<T>(_ random: inout SampleRandom, _ make: (inout SampleRandom) -> T) -> T? {
        random.chance(0.5) ? make(&random) : nil
    }

    static func date(_ random: inout SampleRandom) -> Date {
        // From 1500 (Foundation's own formatter) to 2100.
        Date(timeIntervalSince1970: Double(random.int(-15_000_000_000...4_100_000_000)) + random.pick([0, 0.25, 0.999]))
    }

    static func match(_ random: inout SampleRandom) -> PatronMatch {
        let patron = Patron(
            id: Int64(random.int(1...Int(Int32.max))), name: text(&random), preferredName: maybe(&random, text),
            pronunciation: maybe(&random, text), notes: maybe(&random, text), created: date(&random),
            lastSeen: maybe(&random, date), visitCount: random.int(0...100_000))
        var encounter: Encounter?
        if random.chance(0.7) {
            let arrived = date(&random)
            let served = maybe(&random) { arrived.addingTimeInterval(Double($0.int(-5...90_000))) }
            let closed = served.flatMap { served in maybe(&random) { served.addingTimeInterval(Double($0.int(0...7_200))) } }
            let followUp = maybe(&random) { r in
                FollowUp(id: Int64(r.int(1...9_999)), encounterID: Int64(r.int(1...9_999)), promise: text(&r),
                         due: maybe(&r) { "2026-12-0\($0.int(1...9))" }, keptAt: maybe(&r, date))
            }
            encounter = Encounter(
                id: Int64(random.int(1...1_000_000)), patronID: random.chance(0.5) ? patron.id : nil, desk: text(&random),
                branch: text(&random), staff: text(&random), mode: random.pick(ContactMode.allCases),
                kind: random.pick(QuestionKind.allCases), read: maybe(&random) { $0.pick(ReadLevel.all) }, arrived: arrived,
                served: served, closed: closed, note: text(&random), followUp: followUp)
        }
        let words = (0..<random.int(0...3)).map { _ in text(&random) }
        return PatronMatch(patron: patron, lastEncounter: encounter,
                           reason: MatchReason(kind: random.pick(["exact", "prefix", "nickname", "typo"]), words: words))
    }
}
