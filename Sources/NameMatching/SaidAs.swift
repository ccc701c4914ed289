import DeskmateResources

/// Names whose spelling and sound part ways (Niamh said "neeve", Siobhán
/// "shivawn", Rhys "reese"), read from the editable `Resources/said-as.txt`.
///
/// Double Metaphone follows English spelling rules, so it cannot hear that
/// "neeve" is Niamh; this table says so. A heard form stands for its written
/// name, and so does anything that sounds like the heard form by Double
/// Metaphone ("neev", "shivaun"), so staff need not guess the table's own
/// spelling of a sound. The written name stands for its heard forms too, for
/// a patron stored the way the name sounds. Parsed once per process.
public struct SaidAs: Sendable {
    /// Heard form → written names, and written name → heard forms.
    private var exact: [String: Set<String>] = [:]
    /// Double Metaphone key of a heard form → written names.
    private var byKey: [String: Set<String>] = [:]

    /// The table compiled into the binary from `Resources/said-as.txt`.
    public static let bundled = SaidAs(text: BundledResources.saidAs)

    /// Parses one name per line, written form first; `#` starts a comment
    /// line. Words are folded like names ("Siobhán" is "siobhan").
    public init(text: String) {
        for words in NameTableText.entries(text) {
            guard let written = words.first else { continue }
            for heard in words.dropFirst() where heard != written {
                exact[heard, default: []].insert(written)
                exact[written, default: []].insert(heard)
                for key in DoubleMetaphone.keySet(heard) { byKey[key, default: []].insert(written) }
            }
        }
    }

    /// The names `word` (folded) may be as heard: the written names of a
    /// heard form it is, or sounds like, and the heard forms of a written
    /// name it is; never `word` itself.
    public func alternatives(of word: String) -> Set<String> {
        var out = exact[word] ?? []
        if word.utf8.count >= 2 {
            for key in DoubleMetaphone.keySet(word) { out.formUnion(byKey[key] ?? []) }
        }
        out.remove(word)
        return out
    }

    /// How many written names the table knows.
    public var nameCount: Int { Set(byKey.values.flatMap { $0 }).count }
}
