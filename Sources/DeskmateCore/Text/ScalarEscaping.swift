extension String {
    /// This text with every scalar that `replacement` has a replacement for
    /// written as that replacement, and every other scalar as it is.
    ///
    /// The one loop behind the hand-written JSON (`JSONText`) and the HTML
    /// report's escaping, which differ only in what they replace.
    func escapingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
