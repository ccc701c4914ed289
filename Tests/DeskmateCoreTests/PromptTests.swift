import DeskmateCore
import Foundation
import TestSupport
import Testing

@Suite struct PromptCatalogTests {
    let catalog = PromptCatalog.bundled

    @Test func hasTwentyPointsFourQualitiesNinePrinciples() {
        #expect(catalog.points.count == 20)
        #expect(catalog.points.map(\.number) == Array(1...20))
        #expect(catalog.qualityNames == ["Reliable", "Timely", "Personalized", "Memorable"])
        #expect(catalog.qualities.count == 4)
        #expect(catalog.principles.count == 9)
        #expect(catalog.closingLine.hasPrefix("The customer should always hear yes"))
    }

    @Test func pointsAreAttributed() throws {
        let point = try #require(catalog.point(16))
        #expect(point.text == "Treat patron complaints as opportunities to get better. Don't take it personally, either.")
        #expect(point.attribution.contains("Steve Backs"))
        #expect(point.attribution.contains("Monroe County Public Library"))
        #expect(catalog.qualities[0].attribution.contains("Kitty Pope"))
        #expect(catalog.principles[0].attribution.contains("Robert Spector"))
        #expect(catalog.principles[0].attribution.contains("The Nordstrom Way"))
    }

    /// Every point is quoted exactly as in the seed text (`../shared/seeds`).
    /// Skipped, with the reason, in a clone without `../shared`; a failure
    /// instead with DESKMATE_REQUIRE_SHARED=1 (CI).
    @Test(.enabled(if: SharedData.isPresent("seeds"), Comment(rawValue: SharedData.skipReason("seeds"))))
    func pointsQuoteTheSeedTextExactly() throws {
        let seeds = try SharedData.folder("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        let text = files.compactMap { try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) }.joined()
        try #require(text.contains("20 Points"), "no seed in \(seeds.path) (\(files)) holds the 20 Points")
        #expect(catalog.points.count == 20)
        for point in catalog.points {
            #expect(text.contains("\(point.number). \(point.text)"), "point \(point.number) differs from the seed")
        }
    }

    @Test func aBrokenFileIsReportedNotCrashed() {
        #expect(throws: (any Error).self) { try PromptCatalog(toml: "[points]\ntexts = [\"only one\"]") }
        #expect(throws: (any Error).self) { try PromptCatalog(toml: "this is = = not toml") }
        #expect(throws: (any Error).self) { try PromptRules(toml: "[[rule]]\nmoment = \"lunch\"\npoints = [1]") }
    }
}

@Suite struct PromptChooserTests {
    let chooser = PromptChooser()

    @Test(arguments: [
        (DeskSituation.complaint, 16), (.suggestion, 15), (.refusing, 17), (.quietDesk, 19),
    ])
    func momentsChooseTheirPoint(moment: DeskSituation, point: Int) {
        let (prompt, because) = chooser.choose(.init(holding: [moment], step: 0, daySeed: 3))
        #expect(prompt.number == point)
        #expect(because == moment)
    }

    @Test func refusingAddsTheClosingLine() {
        let (prompt, _) = chooser.choose(.init(holding: [.refusing]))
        #expect(prompt.closing == PromptCatalog.bundled.closingLine)
        let (other, _) = chooser.choose(.init(holding: [.complaint]))
        #expect(other.closing == nil)
    }

    @Test func earlierRulesWin() {
        // A complaint while someone waits past the goal: the complaint rule comes first.
        let (prompt, because) = chooser.choose(.init(holding: [.waitingPastGoal, .complaint]))
        #expect(prompt.number == 16)
        #expect(because == .complaint)
    }

    @Test func waitingAndReturningHaveTheirOwnPoints() {
        let waiting = Set((0..<4).map { chooser.choose(.init(holding: [.waitingPastGoal], step: $0)).prompt.number })
        #expect(waiting == [1, 7])
        let returning = Set((0..<6).map { chooser.choose(.init(holding: [.returningPatron], step: $0)).prompt.number })
        #expect(returning == [12, 13, 20])
    }

    @Test(arguments: [0, 1, 19_700, -5])
    func rotationShowsAllTwentyWithoutRepeats(daySeed: Int) {
        let numbers = (0..<20).map { chooser.choose(.init(step: $0, daySeed: daySeed)).prompt.number }
        #expect(Set(numbers).count == 20)
        let next = (20..<40).map { chooser.choose(.init(step: $0, daySeed: daySeed)).prompt.number }
        #expect(next == numbers, "the cycle repeats in the same order")
    }

    @Test func differentDaysShuffleDifferently() {
        #expect(chooser.rotation(daySeed: 1) != chooser.rotation(daySeed: 2))
        #expect(chooser.rotation(daySeed: 7) == chooser.rotation(daySeed: 7))
    }

    @Test func rulesAreReadFromEditableText() throws {
        let rules = try PromptRules(toml: """
            [[rule]]
            moment = "quiet-desk"
            points = [3]
            """)
        let custom = PromptChooser(rules: rules)
        #expect(custom.choose(.init(holding: [.quietDesk])).prompt.number == 3)
        #expect(custom.choose(.init(holding: [.complaint])).because == nil)
    }
}
