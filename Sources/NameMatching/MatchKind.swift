/// Why a name matched a query word, strongest first. A patron's match is as
/// strong as the weakest of their query words, and results are ranked by it
/// before anything else.
public enum MatchKind: Int, Comparable, Sendable, CaseIterable {
    /// The query word is a whole word of the name ("smith" → Smith).
    case exact
    /// The query word starts a word of the name ("smi" → Smith).
    case prefix
    /// Words written joined or apart, or with a particle spelt another way:
    /// "o sullivan" → O'Sullivan, "annemarie" → Anne-Marie, "van den berg"
    /// → Vandenberg or Van der Berg, "mcdonald" → MacDonald.
    case joined
    /// The query word is a nickname of a word of the name, or the other way
    /// round ("kate" → Catherine, "william" → Bill).
    case nickname
    /// The words sound alike by Double Metaphone ("kathryn" → Catherine).
    case phonetic
    /// One or two slips of the keyboard ("smiht" → Smith).
    case typo

    /// The name `--json` and the desk use for this kind.
    public var name: String {
        switch self {
        case .exact: "exact"
        case .prefix: "prefix"
        case .joined: "joined"
        case .nickname: "nickname"
        case .phonetic: "phonetic"
        case .typo: "typo"
        }
    }

    public static func < (a: MatchKind, b: MatchKind) -> Bool { a.rawValue < b.rawValue }
}
