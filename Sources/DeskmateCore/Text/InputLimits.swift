import Foundation

/// How long each typed field may be. Long enough for any real name or note,
/// short enough that one field can never swamp a screen or a report.
public enum InputLimits {
    public static let name = 200
    public static let pronunciation = 200
    public static let patronNotes = 2_000
    public static let note = 500
    public static let promise = 300
    public static let staff = 16
    public static let desk = 60

    /// The trimmed text, or a message naming the field when it is too long
    /// or holds a control character (see `ControlCharacters`). Every way a
    /// field reaches the store passes here: flags, the desk screen, imports.
    public static func check(_ text: String, field: String, limit: Int) throws(StoreError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count <= limit else {
            throw .invalidInput("The \(field) is too long: \(trimmed.count) characters, at most \(limit).")
        }
        if let found = ControlCharacters.first(in: trimmed) {
            throw .invalidInput("The \(field) holds \(found), which no name or note may hold. Nothing was saved.")
        }
        return trimmed
    }
}
