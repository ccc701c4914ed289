/// The editable tables' shared format (`Resources/nicknames.txt`,
/// `Resources/said-as.txt`): one entry per line, words separated by spaces,
/// lines starting with `#` (after any indent) and blank lines ignored, words
/// folded like names so "Zoë" and "zoe" are one.
enum NameTableText {
    /// The folded words of every entry, in order.
    static func entries(_ text: String) -> [[String]] {
        var out: [[String]] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let words = NameFolding.words(String(trimmed))
            if !words.isEmpty { out.append(words) }
        }
        return out
    }
}
