import NameMatching
import Testing

/// A match never counts a reason weaker than the ceiling it is asked for:
/// the stores' exact tier asks for exact words only, and a prefix taken
/// there once put "Anna Lee" ahead of an exact "Ann Lee" for "lee ann".
@Suite struct MatchCeilingTests {
    @Test func aPrefixIsNoMatchWhenOnlyExactWordsCount() {
        let query = NameQuery("lee ann")
        #expect(query.kind(names: "anna lee", ceiling: .exact) == nil)
        #expect(query.kind(names: "ann lee", ceiling: .exact) == .exact)
        #expect(query.kind(names: "anna lee", ceiling: .prefix) == .prefix)
        #expect(query.kind(names: "anna lee") == .prefix)
    }
}
