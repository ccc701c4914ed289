/// Fitting untrusted text into a number of columns.
///
/// Why: tables of patrons must line up whatever the names contain (accents,
/// CJK, emoji), so cutting and padding are done by display width, never by
/// character count, and never split a grapheme.
extension String {
    /// The sanitized text cut to at most `width` columns; when it had to be
    /// cut, it ends with `ellipsis` (pass "" for a hard cut).
    public func truncated(toDisplayWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        // Walk the text lazily: a 100 KB note costs no more than a short name.
        var kept: [(character: Character, width: Int)] = []
        var used = 0
        var overflowed = false
        forEachShownCharacter { character, w in
            if used + w > width { overflowed = true; return false }
            kept.append((character, w))
            used += w
            return true
        }
        if !overflowed { return String(kept.map(\.character)) }
        let marker = ellipsis.terminalSafe
        let markerWidth = marker.displayWidth
        guard markerWidth <= width else { return String(kept.map(\.character)) }
        while used + markerWidth > width, let last = kept.popLast() { used -= last.width }
        return String(kept.map(\.character)) + marker
    }

    /// Horizontal placement of text in a column.
    public enum ColumnAlignment: Sendable { case left, right, center }

    /// The sanitized text truncated (with `…`) and padded with spaces to exactly
    /// `width` columns, so table columns line up.
    public func padded(toDisplayWidth width: Int, alignment: ColumnAlignment = .left, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let cut = truncated(toDisplayWidth: width, ellipsis: ellipsis)
        let gap = width - cut.displayWidth
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }
}
