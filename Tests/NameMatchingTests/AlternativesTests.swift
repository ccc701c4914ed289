import NameMatching
import Testing

/// `NameQuery.addAlternatives`, the weaker kinds both stores search with,
/// against a vocabulary in memory.
@Suite struct AlternativesTests {
    let vocabulary = VocabularyStub(counts: ["catherine": 3, "kathryn": 2, "smith": 9, "jones": 4, "bob": 1])

    func alternatives(_ text: String, _ tier: MatchKind) throws -> (gained: Bool, words: [String]) {
        var query = NameQuery(text)
        let gained = try query.addAlternatives(for: tier, from: vocabulary)
        return (gained, query.words[0].alternativeWords(upTo: tier))
    }

    @Test func soundAlikesComeFromTheVocabularysKeys() throws {
        let found = try alternatives("katherine", .phonetic)
        #expect(found.gained)
        #expect(found.words.contains("catherine"))
        #expect(!found.words.contains("jones"))
    }

    @Test func typosComeFromTheVocabularysRanges() throws {
        let found = try alternatives("smiht", .typo)
        #expect(found.gained)
        #expect(found.words.contains("smith"))
        #expect(!found.words.contains("jones"))
    }

    /// Exact words and beginnings come from the index alone: the vocabulary
    /// is not asked (this one would throw).
    @Test func theStrongKindsAskNothing() throws {
        var query = NameQuery("smith")
        #expect(try !query.addAlternatives(for: .exact, from: UnaskedVocabulary()))
        #expect(try !query.addAlternatives(for: .prefix, from: UnaskedVocabulary()))
    }
}

/// A vocabulary that must not be asked.
struct UnaskedVocabulary: NameVocabulary {
    struct Asked: Error {}
    func patrons(of words: [String]) throws -> [String: Int] { throw Asked() }
    func words(startingWith prefix: String, max: Int) throws -> [String]? { throw Asked() }
    func words(soundingLike keys: Set<String>) throws -> [String: [String]] { throw Asked() }
    func words(in ranges: [(low: String, high: String)], _ body: (String) -> Void) throws { throw Asked() }
}
