import Testing
@testable import NameMatching

@Suite struct NameQueryTests {
    @Test func everyWordMustStartSomeNameWordInAnyOrder() {
        let query = NameQuery("smi cath")
        #expect(query.kind(names: "catherine smith") == .prefix)
        #expect(query.kind(names: "smith catherine kate") == .prefix)
        #expect(query.kind(names: "catherine jones") == nil)
        #expect(query.match(names: "kate catherine smith")?.words == ["smith", "catherine"])
    }

    @Test func resultsFromTheFirstLetter() {
        #expect(NameQuery("c").kind(names: "catherine smith") == .prefix)
        #expect(NameQuery("x").kind(names: "catherine smith") == nil)
    }

    @Test func wholeWordsAreExactAndBeatPrefixes() {
        #expect(NameQuery("smith").kind(names: "catherine smith") == .exact)
        #expect(NameQuery("smith").kind(names: "catherine smithers") == .prefix)
        #expect(NameQuery("smith").match(names: "smithers smith")?.words == ["smith"])
    }

    @Test func queriesAreFoldedLikeNames() {
        #expect(NameQuery("ZOË ång").kind(names: "zoe angstrom") == .prefix)
        #expect(NameQuery("  ").isEmpty)
    }

    @Test func alternativesMatchWholeWordsOnlyAndUpToTheCeiling() {
        var query = NameQuery("kate smyth")
        query.words[0].add("catherine", as: .nickname)
        query.words[1].add("smith", as: .phonetic)
        query.words[1].add("smith", as: .typo) // the stronger reason stays
        #expect(query.kind(names: "catherine smith") == .phonetic)
        #expect(query.kind(names: "catherine smith", ceiling: .nickname) == nil)
        #expect(query.kind(names: "catherines smith") == nil)
        #expect(query.kind(names: "kate smyth") == .exact)
        #expect(query.match(names: "smith catherine")?.words == ["catherine", "smith"])
    }

    @Test func theWeakestWordDecides() {
        var query = NameQuery("bill smi")
        query.words[0].add("william", as: .nickname)
        #expect(query.kind(names: "william smith") == .nickname)
        #expect(query.kind(names: "bill smith") == .prefix)
    }

    @Test func longQueriesAreCut() {
        let query = NameQuery(String(repeating: "ann ", count: 1_000) + String(repeating: "x", count: 500))
        #expect(query.words.count == NameQuery.maxWords)
        #expect(NameQuery(String(repeating: "x", count: 500)).words[0].text.count == NameQuery.maxLetters)
    }

    @Test func kindsAreOrderedAndNamed() {
        #expect(MatchKind.allCases.sorted() == [.exact, .prefix, .joined, .nickname, .phonetic, .typo])
        #expect(MatchKind.allCases.map(\.name) == ["exact", "prefix", "joined", "nickname", "phonetic", "typo"])
    }

    @Test func recentAndFrequentVisitorsScoreHigher() {
        let day = 86_400.0, now = 1_795_000_000.0
        let yesterday = VisitScore.score(lastSeen: now - day, visits: 1)
        let twoYearsAgo = VisitScore.score(lastSeen: now - 730 * day, visits: 1)
        #expect(yesterday > twoYearsAgo)
        #expect(VisitScore.score(lastSeen: now, visits: 10) > VisitScore.score(lastSeen: now, visits: 1))
        #expect(VisitScore.score(lastSeen: nil, visits: 0) == 0)
        // Each doubling of visits is worth ten days of recency.
        #expect(abs(VisitScore.score(lastSeen: now, visits: 3) - VisitScore.score(lastSeen: now + 10 * day, visits: 1)) < 1e-6)
    }
}
