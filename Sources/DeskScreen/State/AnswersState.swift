import DeskmateCore
import Foundation
import TerminalUI

/// Past answers on screen (`a` on the desk): words typed, Enter searches
/// the notes of every desk's past encounters, newest first. The hits carry
/// no patron (`NoteHit` has no such field), so nothing here can show who
/// asked.
public struct AnswersState: Sendable, Equatable {
    public var field = TextField(maxLength: 200)
    /// The words of the search shown (or on its way), and its hits: nil
    /// until the store answers.
    public var searched: String?
    public var hits: [NoteHit]?
    /// Each search gets a number; a late answer to an older one is dropped.
    public var generation = 0
    /// The chosen hit; its whole note shows below the list.
    public var list = ListState(selected: nil)

    public init() {}

    /// How many hits the screen asks for: the newest answers are the point,
    /// and a page of them fills the screen many times over.
    public static let limit = 100
}
