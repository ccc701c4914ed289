/// How many terminal columns a piece of text occupies.
///
/// Why: a terminal grid is measured in columns, not characters. "王伟" is two
/// characters but four columns; "Zoë" is three columns whether the ë is one
/// scalar or e + U+0308. Every layout decision (truncation, alignment, wrapping)
/// goes through here, so it is computed once, in Swift, from Unicode properties
/// rather than the C library's `wcwidth`, which varies between machines.
///
/// This runs for every cell of every frame, so plain ASCII takes a fast path.
public enum DisplayWidth {
    /// Columns occupied by one grapheme cluster: 0, 1 or 2.
    ///
    /// A cluster is as wide as its widest scalar: a base letter with combining
    /// marks is 1, a Hangul syllable built from jamo is 2, an emoji ZWJ sequence
    /// or flag is 2. Controls and lone marks or format characters are 0; they
    /// are not printable as they are (see `String.terminalSafe`).
    @inlinable
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return (ascii >= 0x20 && ascii < 0x7F) ? 1 : 0
        }
        return ofCluster(character.unicodeScalars)
    }

    /// Columns occupied by a whole string (the sum of its grapheme clusters).
    public static func of(_ string: String) -> Int {
        var allPrintableASCII = true
        var count = 0
        for byte in string.utf8 {
            if byte < 0x20 || byte >= 0x7F { allPrintableASCII = false; break }
            count += 1
        }
        if allPrintableASCII { return count }
        var total = 0
        for character in string { total += of(character) }
        return total
    }

    /// Columns of a single scalar on its own, ignoring any cluster context.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F { return 1 }
        if value < 0xA0 { return 0 }  // C0, DEL, C1 controls
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control,
             .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if value >= 0x1160 && value <= 0x11FF { return 0 }  // Hangul medial vowels and final consonants
        if value == 0x200B { return 0 }  // zero width space
        if scalar.properties.isEmojiPresentation { return 2 }
        return EastAsianWide.contains(value) ? 2 : 1
    }

    @usableFromInline
    static func ofCluster(_ scalars: Character.UnicodeScalarView) -> Int {
        var widest = 0
        var hasEmoji = false
        var hasEmojiPresentation = false
        var hasEastAsianWide = false
        var textSelector = false
        var emojiSelector = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F: emojiSelector = true; continue
            case 0xFE0E: textSelector = true; continue
            default: break
            }
            let width = of(scalar)
            if width == 2 {
                if scalar.properties.isEmojiPresentation { hasEmojiPresentation = true } else { hasEastAsianWide = true }
            }
            if scalar.value >= 0xA0 && scalar.properties.isEmoji { hasEmoji = true }
            if scalar.value < 0x80, scalar.properties.isEmoji { hasEmoji = true }  // keycaps: 1 + U+FE0F + U+20E3
            widest = max(widest, width)
        }
        if hasEastAsianWide { return 2 }
        if hasEmojiPresentation { return textSelector ? 1 : 2 }
        if emojiSelector && hasEmoji { return 2 }
        return widest
    }
}

extension Character {
    /// Terminal columns this character occupies (0, 1 or 2). See `DisplayWidth`.
    @inlinable
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
    /// Terminal columns this string occupies. See `DisplayWidth`.
    public var displayWidth: Int { DisplayWidth.of(self) }
}
