import DeskmateResources

/// Names that mean the same person at the desk (Bill and William, Kate and
/// Catherine, Peggy and Margaret, Sasha and Alexander), read from the
/// editable `Resources/nicknames.txt`.
///
/// Every word of a group stands for every other: "kate" finds Catherine,
/// Katherine and Kathryn, "william" finds the patron whose preferred name is
/// Bill. The table is a few hundred words, parsed once per process.
public struct Nicknames: Sendable {
    private var others: [String: Set<String>] = [:]

    /// The table compiled into the binary from `Resources/nicknames.txt`.
    public static let bundled = Nicknames(text: BundledResources.nicknames)

    /// Parses one group per line; `#` starts a comment line. Words are
    /// folded like names, so "Zoë" and "zoe" are the same entry.
    public init(text: String) {
        for group in NameTableText.entries(text) {
            for word in group {
                others[word, default: []].formUnion(group.filter { $0 != word })
            }
        }
    }

    /// The names that `word` (folded) may stand for, without `word` itself.
    public func alternatives(of word: String) -> Set<String> { others[word] ?? [] }

    /// How many distinct words the table knows.
    public var wordCount: Int { others.count }
}
