/// The `joined` kind's check of one patron: names written joined or apart.
///
/// The name's letters are compared with the spaces left out, from the start
/// of any name word, so "annemarie" covers the two words of "anne marie"
/// and the run "o" + "sullivan" (typed apart) covers the one word
/// "osullivan". Each query word either matches on its own (as in the plain
/// check, with its alternatives) or together with its neighbours as one run
/// (`NameQuery.Run`); the best way to cover every query word wins, and a
/// run makes the match `joined` at best. Only reached for candidates the
/// plain check finds no better match for.
struct JoinedMatch {
    let query: NameQuery
    let names: UnsafeBufferPointer<UInt8>
    let ceiling: MatchKind
    /// The name's letters without spaces.
    private var letters: [UInt8] = []
    /// Where each name word starts in `letters`, in order.
    private var starts: [Int] = []
    /// The name word each letter belongs to.
    private var wordOf: [Int] = []
    /// Each name word's place in `names`.
    private var ranges: [Range<Int>] = []

    init(query: NameQuery, names: UnsafeBufferPointer<UInt8>, ceiling: MatchKind) {
        self.query = query
        self.names = names
        self.ceiling = ceiling
        letters.reserveCapacity(names.count)
        var i = 0
        while i < names.count {
            var end = i
            while end < names.count && names[end] != 32 { end += 1 }
            if end > i {
                starts.append(letters.count)
                ranges.append(i..<end)
                for k in i..<end {
                    letters.append(names[k])
                    wordOf.append(ranges.count - 1)
                }
            }
            i = end + 1
        }
    }

    /// The first and last name word `spelling` covers, compared with the
    /// letters from the start of a name word (to its end or into it). A
    /// query word's own text within one name word is the plain check's
    /// match, not this one's.
    private func span(of spelling: [UInt8], ownText: Bool) -> (first: Int, last: Int)? {
        for start in starts {
            let end = start + spelling.count
            guard end <= letters.count else { break }
            if letters[start..<end].elementsEqual(spelling) {
                let first = wordOf[start], last = wordOf[end - 1]
                if ownText && first == last { continue }
                return (first, last)
            }
        }
        return nil
    }

    /// The best way to cover every query word, and what each part matched.
    func best(collecting: Bool) -> (kind: MatchKind, words: [String])? {
        let words = query.words
        let n = words.count
        let alone = words.map { NameQuery.best($0, in: names, ceiling: ceiling) }
        var spans: [(first: Int, last: Int)?] = []
        spans.reserveCapacity(query.runs.count)
        for run in query.runs {
            var found: (first: Int, last: Int)?
            for (k, spelling) in run.spellings.enumerated() {
                let ownText = k == 0 && run.words.count == 1
                if let span = span(of: spelling, ownText: ownText) { found = span; break }
            }
            spans.append(found)
        }
        // best[i]: the weakest kind needed to cover words i..<n; choice[i]:
        // -1 for word i on its own, else the run that covers it.
        var best = [MatchKind?](repeating: nil, count: n + 1)
        var choice = [Int](repeating: -1, count: n + 1)
        best[n] = .exact
        for i in stride(from: n - 1, through: 0, by: -1) {
            if let (kind, _) = alone[i], let rest = best[i + 1] { best[i] = max(kind, rest) }
            for (r, run) in query.runs.enumerated() where run.words.lowerBound == i && spans[r] != nil {
                guard let rest = best[run.words.upperBound] else { continue }
                let kind = max(MatchKind.joined, rest)
                if best[i].map({ kind < $0 }) ?? true { best[i] = kind; choice[i] = r }
            }
        }
        guard let kind = best[0] else { return nil }
        var collected: [String] = []
        if collecting {
            var i = 0
            while i < n {
                if choice[i] < 0, let (_, range) = alone[i] {
                    collected.append(String(decoding: UnsafeBufferPointer(rebasing: names[range]), as: UTF8.self))
                    i += 1
                } else {
                    let run = query.runs[choice[i]], span = spans[choice[i]]!
                    collected.append((span.first...span.last).map {
                        String(decoding: UnsafeBufferPointer(rebasing: names[ranges[$0]]), as: UTF8.self)
                    }.joined(separator: " "))
                    i = run.words.upperBound
                }
            }
        }
        return (kind, collected)
    }
}
