/// Fitting a row of spans into a number of columns so that a cut shows.
///
/// Why: a long note cut hard at the panel's edge reads as the whole note, and
/// when the note comes before a promise or a due day, the cut hides those
/// too. Rows of free text are fitted first: the free-text span gives up its
/// end (with `…`) so that what follows it still shows, and a row that is too
/// long even then ends in `…`.
extension Array where Element == Span {
    /// The spans cut to at most `width` columns. When they are wider, the
    /// span at `flexible` (a note, a promise) is shortened first, never
    /// below `minimumFlexible` columns; then the row itself is cut, ending in
    /// `…`. Spans that fit are returned as they are.
    public func fitted(toDisplayWidth width: Int, shrinking flexible: Int? = nil, minimumFlexible: Int = 8) -> [Span] {
        guard width > 0 else { return [] }
        // Widths as shown (control characters take a column as their
        // pictures), counted no further than the row: a 100 KB note costs
        // no more than a short one.
        let widths = map { $0.text.shownWidth(upTo: width + 1) }
        let total = widths.reduce(0, +)
        if total <= width { return self }
        var spans = self
        if let flexible, indices.contains(flexible) {
            let others = total - widths[flexible]
            let room = width - others
            if room >= Swift.min(minimumFlexible, widths[flexible]) {
                spans[flexible].text = spans[flexible].text.truncated(toDisplayWidth: room)
                return spans
            }
            let kept = Swift.min(minimumFlexible, widths[flexible])
            spans[flexible].text = spans[flexible].text.truncated(toDisplayWidth: kept)
        }
        return spans.cut(toDisplayWidth: width)
    }

    /// The spans cut hard after `width - 1` columns and ended with `…` in
    /// the style of the span that was cut.
    func cut(toDisplayWidth width: Int) -> [Span] {
        var out: [Span] = []
        var used = 0
        for span in self {
            let w = span.text.shownWidth(upTo: width + 1)
            if used + w <= width { out.append(span); used += w; continue }
            out.append(Span(span.text.truncated(toDisplayWidth: width - used), style: span.style))
            return out
        }
        return out
    }
}

extension String {
    /// Columns the text takes as shown, counted up to `cap` at the most.
    func shownWidth(upTo cap: Int) -> Int {
        var used = 0
        forEachShownCharacter { _, w in
            used += w
            return used < cap
        }
        return Swift.min(used, cap)
    }
}
