/// One action's keys, with how the footer hints at it and how the help
/// overlay explains it, as bubbles' `key.Binding`: the handler, the footer
/// and the help all read the same value, so a key is defined once.
public struct KeyBinding: Sendable {
    /// A key as shown to staff, and what it does.
    public struct Hint: Sendable, Equatable {
        public var key: String
        public var text: String

        public init(_ key: String, _ text: String) {
            self.key = key
            self.text = text
        }
    }

    public var keys: [Key]
    /// In the footer (short), or nil to leave it out.
    public var hint: Hint?
    /// In the help overlay (a sentence), or nil to leave it out.
    public var help: Hint?

    public init(_ keys: Key..., hint: Hint? = nil, help: Hint? = nil) {
        self.keys = keys
        self.hint = hint
        self.help = help
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) }

    /// Lets a `switch` on a key name its cases by binding: `case Keys.quit:`.
    public static func ~= (binding: KeyBinding, key: Key) -> Bool { binding.matches(key) }
}
