/// What a screen's runtime needs of a terminal, and nothing more: its size,
/// showing a frame, the next event, and whether it has gone away.
///
/// Why a protocol: the loop that drives a screen is the same whether the
/// frames go to a real terminal (`NcursesBackend`) or to memory
/// (`InMemoryTerminal`, for tests), as ratatui's backends share one trait.
public protocol TerminalBackend: AnyObject {
    /// Columns and rows now.
    func size() -> (width: Int, height: Int)
    /// Shows a frame; the cursor is shown at `cursor`, or hidden when nil.
    func present(_ buffer: CellBuffer, cursor: (x: Int, y: Int)?)
    /// Waits up to `timeoutMilliseconds` for input; nil when none came.
    func readEvent(timeoutMilliseconds: Int32) -> InputEvent?
    /// Repaints everything from scratch (Ctrl-L).
    func redrawAll()
    /// The terminal went away, or the program was told to end: the runtime
    /// should stop (its state is already stored).
    var hungUp: Bool { get }
}
