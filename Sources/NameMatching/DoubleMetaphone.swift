/// Lawrence Philips' Double Metaphone (1998–2000): a name's sound as a short
/// consonant key, with an alternate key where the spelling could be said two
/// ways. Names heard at the desk match when any of their keys agree:
/// Catherine/Kathryn (K0RN), Jon/John (JN), Geoffrey/Jeffrey (JFR),
/// Stephen/Steven (STFN), Smith/Smyth (SM0) and Smith/Schmidt (XMT).
///
/// Soundex and NYSIIS miss several of those pairs, which is why this one is
/// used. It runs on folded ASCII words, costs about a microsecond, and its
/// keys are computed when a name is written and stored in the index. This
/// follows Kevin Atkinson's C reference implementation rule by rule, without
/// its four-letter cut (longer keys keep Catherine and Catherwood apart).
public enum DoubleMetaphone {
    /// The primary key and, when it differs, the alternate key of `word`
    /// (a folded lower-case word). Empty keys for words with no letters.
    public static func keys(_ word: String) -> (primary: String, alternate: String?) {
        var encoder = Encoder(word)
        encoder.run()
        let primary = String(decoding: encoder.primary, as: UTF8.self)
        let alternate = String(decoding: encoder.alternate, as: UTF8.self)
        return (primary, alternate == primary ? nil : alternate)
    }

    /// Both keys of `word`, without duplicates or empty keys.
    public static func keySet(_ word: String) -> [String] {
        let (primary, alternate) = keys(word)
        var out: [String] = []
        if !primary.isEmpty { out.append(primary) }
        if let alternate, !alternate.isEmpty { out.append(alternate) }
        return out
    }

    private struct Encoder {
        var s: [UInt8]
        let first = 2
        let last: Int
        var pos: Int
        var primary: [UInt8] = []
        var alternate: [UInt8] = []
        let slavoGermanic: Bool

        init(_ word: String) {
            var letters: [UInt8] = []
            for b in word.utf8 {
                if b >= 97 && b <= 122 { letters.append(b - 32) } else if b >= 65 && b <= 90 { letters.append(b) }
            }
            s = [45, 45] + letters + [32, 32, 32, 32, 32, 32]
            last = first + letters.count - 1
            pos = first
            let text = String(decoding: letters, as: UTF8.self)
            slavoGermanic = text.contains("W") || text.contains("K") || text.contains("CZ") || text.contains("WITZ")
        }

        func c(_ i: Int) -> UInt8 { i >= 0 && i < s.count ? s[i] : 32 }
        func ch(_ i: Int) -> Character { Character(Unicode.Scalar(c(i))) }
        func isVowel(_ i: Int) -> Bool { "AEIOUY".contains(ch(i)) }
        /// Whether the `length` letters at `start` are one of `options`.
        func at(_ start: Int, _ length: Int, _ options: String...) -> Bool {
            guard start >= 0 else { return false }
            for option in options {
                let bytes = Array(option.utf8)
                guard bytes.count == length else { continue }
                var same = true
                for k in 0..<length where c(start + k) != bytes[k] { same = false; break }
                if same { return true }
            }
            return false
        }
        func oneOf(_ i: Int, _ letters: String) -> Bool { letters.contains(ch(i)) }

        mutating func add(_ main: String, _ alt: String? = nil) {
            primary.append(contentsOf: main.utf8)
            alternate.append(contentsOf: (alt ?? main).utf8)
        }

        mutating func run() {
            guard last >= first else { return }
            if at(first, 2, "GN", "KN", "PN", "WR", "PS") { pos += 1 }
            if c(first) == UInt8(ascii: "X") { add("S"); pos += 1 }
            while pos <= last {
                step()
            }
        }

        // swiftlint:disable:next function_body_length cyclomatic_complexity
        mutating func step() {
            let p = pos
            switch ch(p) {
            case "A", "E", "I", "O", "U", "Y":
                if p == first { add("A") }
                pos += 1
            case "B":
                add("P"); pos += c(p + 1) == UInt8(ascii: "B") ? 2 : 1
            case "C":
                if p > first + 1 && !isVowel(p - 2) && at(p - 1, 3, "ACH")
                    && (c(p + 2) != UInt8(ascii: "I") && (c(p + 2) != UInt8(ascii: "E") || at(p - 2, 6, "BACHER", "MACHER"))) {
                    add("K"); pos += 2
                } else if p == first && at(first, 6, "CAESAR") {
                    add("S"); pos += 2
                } else if at(p, 4, "CHIA") {
                    add("K"); pos += 2
                } else if at(p, 2, "CH") {
                    if p > first && at(p, 4, "CHAE") {
                        add("K", "X")
                    } else if p == first && (at(p + 1, 5, "HARAC", "HARIS") || at(p + 1, 3, "HOR", "HYM", "HIA", "HEM"))
                        && !at(first, 5, "CHORE") {
                        add("K")
                    } else if at(first, 4, "VAN ", "VON ") || at(first, 3, "SCH") || at(p - 2, 6, "ORCHES", "ARCHIT", "ORCHID")
                        || oneOf(p + 2, "TS")
                        || ((oneOf(p - 1, "AOUE") || p == first) && oneOf(p + 2, "LRNMBHFVW ")) {
                        add("K")
                    } else if p > first {
                        if at(first, 2, "MC") { add("K") } else { add("X", "K") }
                    } else {
                        add("X")
                    }
                    pos += 2
                } else if at(p, 2, "CZ") && !at(p - 2, 4, "WICZ") {
                    add("S", "X"); pos += 2
                } else if at(p + 1, 3, "CIA") {
                    add("X"); pos += 3
                } else if at(p, 2, "CC") && !(p == first + 1 && c(first) == UInt8(ascii: "M")) {
                    if oneOf(p + 2, "IEH") && !at(p + 2, 2, "HU") {
                        if (p == first + 1 && c(first) == UInt8(ascii: "A")) || at(p - 1, 5, "UCCEE", "UCCES") {
                            add("KS")
                        } else {
                            add("X")
                        }
                        pos += 3
                    } else {
                        add("K"); pos += 2
                    }
                } else if at(p, 2, "CK", "CG", "CQ") {
                    add("K"); pos += 2
                } else if at(p, 2, "CI", "CE", "CY") {
                    if at(p, 3, "CIO", "CIE", "CIA") { add("S", "X") } else { add("S") }
                    pos += 2
                } else {
                    add("K")
                    if at(p + 1, 2, " C", " Q", " G") {
                        pos += 3
                    } else if oneOf(p + 1, "CKQ") && !at(p + 1, 2, "CE", "CI") {
                        pos += 2
                    } else {
                        pos += 1
                    }
                }
            case "D":
                if at(p, 2, "DG") {
                    if oneOf(p + 2, "IEY") { add("J"); pos += 3 } else { add("TK"); pos += 2 }
                } else if at(p, 2, "DT", "DD") {
                    add("T"); pos += 2
                } else {
                    add("T"); pos += 1
                }
            case "F":
                add("F"); pos += c(p + 1) == UInt8(ascii: "F") ? 2 : 1
            case "G":
                stepG(p)
            case "H":
                if (p == first || isVowel(p - 1)) && isVowel(p + 1) { add("H"); pos += 2 } else { pos += 1 }
            case "J":
                if at(p, 4, "JOSE") || at(first, 4, "SAN ") {
                    if (p == first && c(p + 4) == 32) || at(first, 4, "SAN ") { add("H") } else { add("J", "H") }
                } else if p == first {
                    add("J", "A")
                } else if isVowel(p - 1) && !slavoGermanic && oneOf(p + 1, "AO") {
                    add("J", "H")
                } else if p == last {
                    add("J", "")
                } else if !oneOf(p + 1, "LTKSNMBZ") && !oneOf(p - 1, "SKL") {
                    add("J")
                }
                pos += c(p + 1) == UInt8(ascii: "J") ? 2 : 1
            case "K":
                add("K"); pos += c(p + 1) == UInt8(ascii: "K") ? 2 : 1
            case "L":
                if c(p + 1) == UInt8(ascii: "L") {
                    if (p == last - 2 && at(p - 1, 4, "ILLO", "ILLA", "ALLE"))
                        || ((at(last - 1, 2, "AS", "OS") || oneOf(last, "AO")) && at(p - 1, 4, "ALLE")) {
                        add("L", "")
                    } else {
                        add("L")
                    }
                    pos += 2
                } else {
                    add("L"); pos += 1
                }
            case "M":
                add("M")
                if (at(p - 1, 3, "UMB") && (p + 1 == last || at(p + 2, 2, "ER"))) || c(p + 1) == UInt8(ascii: "M") {
                    pos += 2
                } else {
                    pos += 1
                }
            case "N":
                add("N"); pos += c(p + 1) == UInt8(ascii: "N") ? 2 : 1
            case "P":
                if c(p + 1) == UInt8(ascii: "H") {
                    add("F"); pos += 2
                } else {
                    add("P"); pos += oneOf(p + 1, "PB") ? 2 : 1
                }
            case "Q":
                add("K"); pos += c(p + 1) == UInt8(ascii: "Q") ? 2 : 1
            case "R":
                if p == last && !slavoGermanic && at(p - 2, 2, "IE") && !at(p - 4, 2, "ME", "MA") {
                    add("", "R")
                } else {
                    add("R")
                }
                pos += c(p + 1) == UInt8(ascii: "R") ? 2 : 1
            case "S":
                stepS(p)
            case "T":
                if at(p, 4, "TION") || at(p, 3, "TIA", "TCH") {
                    add("X"); pos += 3
                } else if at(p, 2, "TH") || at(p, 3, "TTH") {
                    if at(p + 2, 2, "OM", "AM") || at(first, 4, "VAN ", "VON ") || at(first, 3, "SCH") {
                        add("T")
                    } else {
                        add("0", "T")
                    }
                    pos += 2
                } else {
                    add("T"); pos += oneOf(p + 1, "TD") ? 2 : 1
                }
            case "V":
                add("F"); pos += c(p + 1) == UInt8(ascii: "V") ? 2 : 1
            case "W":
                if at(p, 2, "WR") {
                    add("R"); pos += 2
                } else {
                    if p == first && (isVowel(p + 1) || at(p, 2, "WH")) {
                        if isVowel(p + 1) { add("A", "F") } else { add("A") }
                    }
                    if (p == last && isVowel(p - 1)) || at(p - 1, 5, "EWSKI", "EWSKY", "OWSKI", "OWSKY") || at(first, 3, "SCH") {
                        add("", "F"); pos += 1
                    } else if at(p, 4, "WICZ", "WITZ") {
                        add("TS", "FX"); pos += 4
                    } else {
                        pos += 1
                    }
                }
            case "X":
                if !(p == last && (at(p - 3, 3, "IAU", "EAU") || at(p - 2, 2, "AU", "OU"))) { add("KS") }
                pos += oneOf(p + 1, "CX") ? 2 : 1
            case "Z":
                if c(p + 1) == UInt8(ascii: "H") {
                    add("J"); pos += 2
                } else {
                    if at(p + 1, 2, "ZO", "ZI", "ZA") || (slavoGermanic && p > first && c(p - 1) != UInt8(ascii: "T")) {
                        add("S", "TS")
                    } else {
                        add("S")
                    }
                    pos += c(p + 1) == UInt8(ascii: "Z") ? 2 : 1
                }
            default:
                pos += 1
            }
        }

        mutating func stepG(_ p: Int) {
            if c(p + 1) == UInt8(ascii: "H") {
                if p > first && !isVowel(p - 1) {
                    add("K"); pos += 2; return
                }
                if p < first + 3 {
                    if p == first {
                        if c(p + 2) == UInt8(ascii: "I") { add("J") } else { add("K") }
                        pos += 2; return
                    }
                }
                if (p > first + 1 && oneOf(p - 2, "BHD")) || (p > first + 2 && oneOf(p - 3, "BHD"))
                    || (p > first + 3 && oneOf(p - 4, "BH")) {
                    pos += 2; return
                }
                if p > first + 2 && c(p - 1) == UInt8(ascii: "U") && oneOf(p - 3, "CGLRT") {
                    add("F")
                } else if p > first && c(p - 1) != UInt8(ascii: "I") {
                    add("K")
                }
                pos += 2; return
            }
            if c(p + 1) == UInt8(ascii: "N") {
                if p == first + 1 && isVowel(first) && !slavoGermanic {
                    add("KN", "N")
                } else if !at(p + 2, 2, "EY") && c(p + 1) != UInt8(ascii: "Y") && !slavoGermanic {
                    add("N", "KN")
                } else {
                    add("KN")
                }
                pos += 2; return
            }
            if at(p + 1, 2, "LI") && !slavoGermanic {
                add("KL", "L"); pos += 2; return
            }
            if p == first && (c(p + 1) == UInt8(ascii: "Y") || at(p + 1, 2, "ES", "EP", "EB", "EL", "EY", "IB", "IL", "IN", "IE", "EI", "ER")) {
                add("K", "J"); pos += 2; return
            }
            if (at(p + 1, 2, "ER") || c(p + 1) == UInt8(ascii: "Y")) && !at(first, 6, "DANGER", "RANGER", "MANGER")
                && !oneOf(p - 1, "EI") && !at(p - 1, 3, "RGY", "OGY") {
                add("K", "J"); pos += 2; return
            }
            if oneOf(p + 1, "EIY") || at(p - 1, 4, "AGGI", "OGGI") {
                if at(first, 4, "VAN ", "VON ") || at(first, 3, "SCH") || at(p + 1, 2, "ET") {
                    add("K")
                } else if at(p + 1, 4, "IER ") {
                    add("J")
                } else {
                    add("J", "K")
                }
                pos += 2; return
            }
            add("K")
            pos += c(p + 1) == UInt8(ascii: "G") ? 2 : 1
        }

        mutating func stepS(_ p: Int) {
            if at(p - 1, 3, "ISL", "YSL") { pos += 1; return }
            if p == first && at(first, 5, "SUGAR") { add("X", "S"); pos += 1; return }
            if at(p, 2, "SH") {
                if at(p + 1, 4, "HEIM", "HOEK", "HOLM", "HOLZ") { add("S") } else { add("X") }
                pos += 2; return
            }
            if at(p, 3, "SIO", "SIA") || at(p, 4, "SIAN") {
                if slavoGermanic { add("S") } else { add("S", "X") }
                pos += 3; return
            }
            if (p == first && oneOf(p + 1, "MNLW")) || c(p + 1) == UInt8(ascii: "Z") {
                add("S", "X")
                pos += c(p + 1) == UInt8(ascii: "Z") ? 2 : 1; return
            }
            if at(p, 2, "SC") {
                if c(p + 2) == UInt8(ascii: "H") {
                    if at(p + 3, 2, "OO", "ER", "EN", "UY", "ED", "EM") {
                        if at(p + 3, 2, "ER", "EN") { add("X", "SK") } else { add("SK") }
                    } else if p == first && !isVowel(first + 3) && c(first + 3) != UInt8(ascii: "W") {
                        add("X", "S")
                    } else {
                        add("X")
                    }
                } else if oneOf(p + 2, "IEY") {
                    add("S")
                } else {
                    add("SK")
                }
                pos += 3; return
            }
            if p == last && at(p - 2, 2, "AI", "OI") {
                add("", "S")
            } else {
                add("S")
            }
            pos += oneOf(p + 1, "SZ") ? 2 : 1
        }
    }
}
