#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal in memory, for tests (as ratatui's `TestBackend`): it plays a
/// script of events, keeps every frame it is shown, and keeps a clock of
/// its own that moves only when the script pauses, so nothing depends on
/// the machine's clock or speed.
///
/// The script is a list of bursts: each `send`, `type`, `pause` or `resize`
/// is one. A wait for input takes the next burst; a read that does not wait
/// (a runtime taking what was typed ahead) only sees the rest of the burst
/// under way, so a test's `type("Kate")` then `send(.enter)` is a person
/// typing a name, then pressing Enter once the screen has answered.
///
/// When the script has run out it reports `hungUp`, which ends the runtime
/// as a closed terminal window would.
public final class InMemoryTerminal: TerminalBackend, @unchecked Sendable {
    /// One step of the script.
    public enum Step: Sendable {
        case event(InputEvent)
        /// No input for this long: the read times out and the clock moves on.
        case pause(milliseconds: Int)
    }

    public private(set) var width: Int
    public private(set) var height: Int
    /// Every frame shown, oldest first.
    public private(set) var frames: [CellBuffer] = []
    public private(set) var cursor: (x: Int, y: Int)?
    /// How many times a full repaint was asked for.
    public private(set) var redraws = 0
    /// The terminal's clock: every pause played so far. A test's runtime
    /// reads the time as its start plus this.
    public private(set) var elapsedMilliseconds = 0
    /// While this says so, keys wait in the script (the read returns nothing,
    /// without moving the clock): a test sets it to wait for work in flight,
    /// such as a lookup, as a person would wait to see the results.
    public var holdsInput: () -> Bool = { false }

    private var script: [[Step]] = []
    private var burst: [Step] = []
    private var scriptEnded = false

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Adds keys to the script.
    public func send(_ keys: Key...) {
        script.append(keys.map { .step(for: $0) })
    }

    /// Adds typing to the script, one key per character.
    public func type(_ text: String) {
        script.append(text.map { .step(for: .character($0)) })
    }

    /// Adds a pause to the script; the clock moves on by that much.
    public func pause(seconds: Double) {
        script.append([.pause(milliseconds: Int(seconds * 1000))])
    }

    /// Adds a resize to the script.
    public func resize(width: Int, height: Int) {
        script.append([.event(.resize(width: width, height: height))])
    }

    /// The last frame shown, as lines of text.
    public var screenLines: [String] { frames.last?.textLines() ?? [] }

    /// The last frame shown, as one text.
    public var screenText: String { screenLines.joined(separator: "\n") }

    // MARK: TerminalBackend

    public func size() -> (width: Int, height: Int) { (width, height) }

    public func present(_ buffer: CellBuffer, cursor: (x: Int, y: Int)?) {
        frames.append(buffer)
        self.cursor = cursor
    }

    public func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        if burst.isEmpty {
            guard timeoutMilliseconds > 0 else { return nil }
            if holdsInput() {
                // Let the work in flight run on its own thread.
                usleep(1000)
                return nil
            }
            guard !script.isEmpty else {
                scriptEnded = true
                return nil
            }
            burst = script.removeFirst()
            if burst.isEmpty { return nil }
        }
        switch burst.removeFirst() {
        case .event(let event):
            if case .resize(let w, let h) = event {
                width = w
                height = h
            }
            return event
        case .pause(let milliseconds):
            elapsedMilliseconds += milliseconds
            return nil
        }
    }

    public func redrawAll() { redraws += 1 }

    public var hungUp: Bool { scriptEnded }
}

extension InMemoryTerminal.Step {
    static func step(for key: Key) -> Self { .event(.key(key)) }
}
