import Testing
@testable import NameMatching

/// Names written joined or apart, and particles spelt another way: the
/// matcher's `joined` kind, both ways round (typed joined or apart, stored
/// joined or apart).
@Suite struct JoinedMatchTests {
    @Test(arguments: [
        ("o sullivan", "siobhan osullivan"), ("osullivan", "siobhan o sullivan"), ("O'Sullivan", "siobhan o sullivan"),
        ("annemarie", "anne marie dupont"), ("anne marie", "annemarie dupont"),
        ("vandenberg", "pieter van den berg"), ("van den berg", "pieter vandenberg"),
        ("van den berg", "pieter van der berg"), ("vandenberg", "pieter van der berg"), ("vanderberg", "pieter vandenberg"),
        ("alrashid", "omar al rashid"), ("al rashid", "omar alrashid"),
        ("mcdonald", "ruth macdonald"), ("macdonald", "ruth mcdonald"), ("mc donald", "ruth macdonald"),
        ("mac donald", "ruth mcdonald"), ("macdonald", "ruth mc donald"),
        ("ruth o sull", "ruth osullivan"), ("annemar", "anne marie dupont"),
    ])
    func joinedOrApartMatchAsJoined(query: String, names: String) {
        let parsed = NameQuery(query)
        #expect(parsed.kind(names: names) == .joined, "\(query) → \(names)")
        #expect(parsed.kind(names: names, ceiling: .prefix) == nil, "\(query) → \(names) before the joined kind")
    }

    @Test(arguments: [
        ("annemarie", "anne smith"), ("osullivan", "o brien"), ("o sullivan", "siobhan obrien"),
        ("vandenberg", "van der meer"), ("mcdonald", "ruth donald"), ("anne marie", "anne smith"),
        ("mack", "ruth mck"),
    ])
    func otherNamesDoNot(query: String, names: String) {
        #expect(NameQuery(query).kind(names: names) == nil, "\(query) → \(names)")
    }

    @Test func plainMatchesStayStronger() {
        #expect(NameQuery("anne marie").kind(names: "anne marie dupont") == .exact)
        #expect(NameQuery("osullivan").kind(names: "siobhan osullivan") == .exact)
        // The other word may match any way it could on its own.
        var query = NameQuery("niamh o sullivan")
        #expect(query.kind(names: "niamh osullivan") == .joined)
        query.words[0].add("neeve", as: .phonetic)
        #expect(query.kind(names: "neeve osullivan") == .phonetic)
    }

    @Test func theMatchedWordsAreReported() {
        #expect(NameQuery("annemarie").match(names: "anne marie dupont")?.words == ["anne marie"])
        #expect(NameQuery("dupont o sullivan").match(names: "jo osullivan dupont")?.words == ["dupont", "osullivan"])
    }

    @Test func anchorsAreReadButNeverMatchByThemselves() {
        var query = NameQuery("annemarie")
        query.words[0].addAnchor("anne")
        #expect(query.words[0].alternativeWords(upTo: .joined) == ["anne"])
        #expect(query.words[0].alternativeWords(upTo: .prefix).isEmpty)
        #expect(query.kind(names: "anne smith") == nil)
    }

    @Test func particlesSpeltAnotherWay() {
        #expect(NameSpelling.variants(Array("mcdonald".utf8)).map { String(decoding: $0, as: UTF8.self) } == ["macdonald"])
        #expect(NameSpelling.variants(Array("vandenberg".utf8)).map { String(decoding: $0, as: UTF8.self) } == ["vanderberg"])
        #expect(NameSpelling.variants(Array("mack".utf8)).isEmpty)
        #expect(NameSpelling.variants(Array("smith".utf8)).isEmpty)
    }
}

/// A vocabulary in memory, for `JoinedAnchors`.
struct VocabularyStub: NameVocabulary {
    var counts: [String: Int]
    func patrons(of words: [String]) throws -> [String: Int] { counts.filter { words.contains($0.key) } }
    func words(startingWith prefix: String, max: Int) throws -> [String]? {
        let found = counts.keys.filter { $0.hasPrefix(prefix) }.sorted()
        return found.count > max ? nil : found
    }
    func words(soundingLike keys: Set<String>) throws -> [String: [String]] {
        var found: [String: [String]] = [:]
        for word in counts.keys.sorted() {
            for key in DoubleMetaphone.keySet(word) where keys.contains(key) { found[key, default: []].append(word) }
        }
        return found
    }
    func words(in ranges: [(low: String, high: String)], _ body: (String) -> Void) throws {
        for range in ranges {
            for word in counts.keys.sorted() where word >= range.low && word < range.high { body(word) }
        }
    }
}

@Suite struct JoinedAnchorTests {
    let vocabulary = VocabularyStub(counts: [
        "anne": 900, "marie": 300, "annemarie": 2, "o": 5, "sullivan": 40, "osullivan": 7, "van": 60, "der": 50,
        "berg": 20, "macdonald": 3, "ruth": 400,
    ])

    func anchors(_ text: String, in vocabulary: VocabularyStub? = nil) throws -> [[String]] {
        var query = NameQuery(text)
        try JoinedAnchors.add(to: &query, from: vocabulary ?? self.vocabulary)
        return query.words.map(\.anchors)
    }

    @Test func splitsReadTheirRarestWord() throws {
        #expect(try anchors("annemarie") == [["marie"]])
        #expect(try anchors("osullivan") == [["o"]])
        #expect(try anchors("vanderberg") == [["berg"]])
        #expect(try anchors("vandenberg") == [["berg"]]) // as "vanderberg"
    }

    @Test func wordsTypedApartReadTheirJoin() throws {
        #expect(try anchors("o sullivan") == [["osullivan"], ["osullivan"]]) // not split again as typed
        // While typing: from four letters run together, not before.
        #expect(try anchors("o sul") == [["osullivan"], ["osullivan"]])
        #expect(try anchors("o su") == [[], []])
        #expect(try anchors("mc donald") == [["macdonald"], ["macdonald"]])
        #expect(try anchors("mcdonald") == [["macdonald"]])
    }

    @Test func nothingToJoinReadsNothing() throws {
        #expect(try anchors("ruth") == [[]])
        #expect(try anchors("kathryn") == [[]])
        // A word being typed is no split into a short word and a letter or
        // two of another ("ruthm"), but a longer beginning is ("annemar")…
        #expect(try anchors("ruthm") == [[]])
        var withoutJoined = vocabulary
        withoutJoined.counts["annemarie"] = nil
        #expect(try anchors("annemar", in: withoutJoined) == [["anne"]])
        // …unless it begins a name word as typed (Annemarie), as "alexande"
        // begins Alexander: then it is being typed, not split.
        #expect(try anchors("annemar") == [[]])
    }

    /// Without an anchor no join can match, so the weaker kinds skip the
    /// letter-by-letter comparison; with one, they make it.
    @Test func joinsAreComparedOnlyWhenTheVocabularyAllowsThem() throws {
        var query = NameQuery("o sullivan")
        try JoinedAnchors.add(to: &query, from: VocabularyStub(counts: ["ruth": 1]))
        #expect(!query.joinsPossible)
        #expect(query.kind(names: "siobhan osullivan") == nil)
        try JoinedAnchors.add(to: &query, from: vocabulary)
        #expect(query.joinsPossible)
        #expect(query.kind(names: "siobhan osullivan") == .joined)
    }
}
