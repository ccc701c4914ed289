import Testing
@testable import NameMatching

@Suite struct EditDistanceTests {
    @Test func countsInsertionsDeletionsSubstitutionsAndSwaps() {
        #expect(EditDistance.distance("smith", "smith", limit: 2) == 0)
        #expect(EditDistance.distance("smiht", "smith", limit: 2) == 1) // swap
        #expect(EditDistance.distance("smth", "smith", limit: 2) == 1) // missing letter
        #expect(EditDistance.distance("smitth", "smith", limit: 2) == 1) // extra letter
        #expect(EditDistance.distance("smoth", "smith", limit: 2) == 1) // wrong letter
        #expect(EditDistance.distance("kathrine", "kathryn", limit: 2) == 2)
    }

    @Test func givesUpBeyondTheLimit() {
        #expect(EditDistance.distance("smith", "jones", limit: 2) == nil)
        #expect(EditDistance.distance("ab", "abcdef", limit: 2) == nil)
        #expect(EditDistance.distance("", "ab", limit: 2) == 2)
    }

    @Test func halfTypedWordsWithASlipAreCaught() {
        var query = Array("smiy".utf8), word = Array("smith".utf8)
        #expect(EditDistance.typoDistance(query: &query, word: &word, limit: 1) == 1)
    }

    @Test func shortWordsGetNoEdits() {
        #expect(EditDistance.allowedEdits(forLength: 3) == 0)
        #expect(EditDistance.allowedEdits(forLength: 5) == 1)
        #expect(EditDistance.allowedEdits(forLength: 9) == 2)
    }
}
