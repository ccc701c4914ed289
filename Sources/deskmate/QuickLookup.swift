import DeskmateCore

/// `deskmate lookup QUERY [--json] [--limit N] [--store PATH]`, read without
/// argument-parser when the command line is in that plain form.
///
/// Why: a script's `lookup` is mostly start-up, and argument-parser's first
/// parse was its largest part (about 2.5 ms of 8): each of its generic types
/// and property wrappers asks the Swift runtime for a conformance, and each
/// such first question scans the binary's 9,156 conformance records.
///
/// Only a narrow form is taken: the words in any order, each flag at most
/// once, `--limit` followed by plain digits, `--store` by a value not
/// starting with `-`, one query not starting with `-`, and the values
/// passing the command's own checks. Anything else (`--limit=5`, `--help`, a
/// typo, a value out of range, `--`) gives nil and goes to argument-parser,
/// so every message, usage line and exit status is its own.
/// `ShortcutAgreementTests` runs argument lists both ways and compares.
struct QuickLookup {
    var query: String
    var limit = LookupCommand.defaultLimit
    var json = false
    var store = StoreChoice()

    init?(_ arguments: [String]) {
        guard arguments.first == "lookup" else { return nil }
        var query: String?, limit: Int?, json = false, store: String?
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--json":
                guard !json else { return nil }
                json = true
            case "--limit":
                guard limit == nil, let value = rest.popFirst(), Self.isPlainNumber(value), let number = Int(value)
                else { return nil }
                limit = number
            case "--store":
                guard store == nil, let value = rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
                store = value
            default:
                guard query == nil, !argument.isEmpty, !argument.hasPrefix("-") else { return nil }
                query = argument
            }
        }
        guard let query else { return nil }
        self.query = query
        self.json = json
        if let limit { self.limit = limit }
        self.store = StoreChoice(flag: store)
        // The checks `LookupCommand` and `StoreOptions` make: when one
        // fails, argument-parser parses again and says why.
        guard (try? NumericRange.lookupLimit.validate(self.limit, flag: "--limit")) != nil,
              (try? self.store.validate()) != nil
        else { return nil }
    }

    /// One to eighteen ASCII digits: a value `Int` reads as argument-parser's `Int` option does.
    static func isPlainNumber(_ text: String) -> Bool {
        (1...18).contains(text.utf8.count) && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }

    func run() throws {
        try LookupCommand.run(query: query, limit: limit, json: json, store: store)
    }
}
