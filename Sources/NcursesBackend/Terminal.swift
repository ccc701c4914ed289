import CNcursesw
import TerminalUI
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncurses: the only code that touches it.
///
/// Why this shape: the app renders frames into a `CellBuffer` and asks for
/// events; ncurses does the diffing, key decoding and resize handling. Use it
/// from one thread (the main one). It is deliberately not `Sendable`.
///
/// Signals: SIGINT, SIGTERM, SIGHUP and SIGQUIT only record themselves (see
/// `takePendingSignal`), so the loop can save and exit cleanly; `readEvent`'s
/// timeout keeps the loop polling. SIGPIPE is ignored. SIGTSTP (Ctrl-Z) and
/// SIGWINCH are left to ncurses, which restores the terminal on suspend,
/// repaints on `fg`, and reports a resize as `.resize`.
public final class Terminal: TerminalBackend {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: ColorPalette
    private var isOpen = true
    private var cursorVisible = false

    static let caughtSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Opens the terminal in full-screen mode.
    ///
    /// - Parameter colors: false forces attributes only; colours are also off
    ///   when `NO_COLOR` is set to anything non-empty or the terminal has none.
    public static func open(colors: Bool = true) throws(TerminalError) -> Terminal {
        setlocale(LC_ALL, "")
        _ = deskmate_unblock_signals()
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "Standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "Standard output") }
        let term = environment("TERM") ?? ""
        if term.isEmpty { throw .noTerminalType }
        if term == "dumb" { throw .dumbTerminal }
        guard let screen = newterm(nil, deskmate_stdout(), deskmate_stdin()) else {
            throw .unknownTerminalType(term)
        }
        set_term(screen)
        guard let window = deskmate_stdscr() else {
            endwin()
            delscreen(screen)
            throw .unknownTerminalType(term)
        }
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)

        var colorCount = 0
        let noColor = !(environment("NO_COLOR") ?? "").isEmpty
        if colors && !noColor && has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(deskmate_colors())
        }
        let palette = ColorPalette(colorCount: colorCount, pairLimit: colorCount > 0 ? Int(deskmate_color_pairs()) : 0)

        for signal in caughtSignals { _ = deskmate_catch_signal(signal) }
        _ = deskmate_ignore_signal(SIGPIPE)
        _ = deskmate_take_pending_signal()
        return Terminal(screen: screen, window: window, palette: palette)
    }

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, palette: ColorPalette) {
        self.screen = screen
        self.window = window
        self.palette = palette
    }

    deinit { close() }

    /// Whether the terminal has gone away, or a signal (SIGINT, SIGTERM,
    /// SIGHUP, SIGQUIT) asked the program to end; the app should save and end.
    public var hungUp: Bool {
        if Terminal.takePendingSignal() != nil { signalled = true }
        return lostTerminal || signalled
    }
    private var lostTerminal = false
    private var signalled = false

    /// The signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) received since the last
    /// call, if any; `hungUp` checks it.
    public static func takePendingSignal() -> Int32? {
        let value = deskmate_take_pending_signal()
        return value == 0 ? nil : value
    }

    /// Columns and rows of the terminal now.
    public func size() -> (width: Int, height: Int) {
        (Int(getmaxx(window)), Int(getmaxy(window)))
    }

    /// Shows a frame. Cells outside the terminal are dropped; the cursor is
    /// shown at `cursor` (e.g. in a text field) or hidden when nil. ncurses
    /// sends only what changed since the last frame.
    public func present(_ buffer: CellBuffer, cursor: (x: Int, y: Int)? = nil) {
        guard isOpen else { return }
        let (columns, rows) = size()
        werase(window)
        let width = min(columns, buffer.width)
        for y in 0..<min(rows, buffer.height) {
            for x in 0..<width {
                let cell = buffer.cells[y * buffer.width + x]
                if cell.isContinuation { continue }
                draw(cell, x: x, y: y, lastColumn: x + 1 >= columns)
            }
        }
        if let cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window)
        doupdate()
    }

    private func draw(_ cell: Cell, x: Int, y: Int, lastColumn: Bool) {
        let (attributes, pair) = palette.resolve(cell.style)
        let scalars = cell.character.unicodeScalars
        // ncurses lays out by the C library's wcwidth. Where that disagrees with
        // our width, draw something both agree on, so columns never drift.
        let cWidth = scalars.first.map { Int(deskmate_c_wcwidth(wchar_t(bitPattern: $0.value))) } ?? 1
        if cell.width == 2 && lastColumn {
            put([0x20], attributes, pair, x: x, y: y)            // half a wide char: blank
        } else if cWidth == cell.width {
            var codes: [wchar_t] = []
            for scalar in scalars { codes.append(wchar_t(bitPattern: scalar.value)) }
            if codes.count >= Int(deskmate_ccharw_max()) { codes = [codes[0]] }  // too long: base only
            put(codes, attributes, pair, x: x, y: y)
        } else if cell.width == 2 && cWidth == 1 {
            var codes: [wchar_t] = []                            // flags, ❤️: libc says 1 column
            for scalar in scalars { codes.append(wchar_t(bitPattern: scalar.value)) }
            if codes.count >= Int(deskmate_ccharw_max()) { codes = [codes[0]] }
            put(codes, attributes, pair, x: x, y: y)
            put([0x20], attributes, pair, x: x + 1, y: y)
        } else {
            put([0xFFFD], attributes, pair, x: x, y: y)           // unknown to libc: stand-in
            if cell.width == 2 { put([0x20], attributes, pair, x: x + 1, y: y) }
        }
    }

    private func put(_ codes: [wchar_t], _ attributes: attr_t, _ pair: Int16, x: Int, y: Int) {
        var terminated = codes
        terminated.append(0)
        var cchar = cchar_t()
        _ = terminated.withUnsafeBufferPointer { setcchar(&cchar, $0.baseAddress, attributes, pair, nil) }
        mvwadd_wch(window, Int32(y), Int32(x), &cchar)
    }

    /// Waits up to `timeoutMilliseconds` for input. Nil on timeout, on an
    /// interrupting signal, or on a key the app has no use for.
    public func readEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        guard isOpen else { return nil }
        // Wait in poll() ourselves: ncurses restarts its own wait when a
        // signal interrupts it, so a resize or SIGTERM would only be noticed
        // when the timeout ran out. poll() returns at once on a signal; then
        // ncurses is asked without waiting (its SIGWINCH handler has run).
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, max(0, timeoutMilliseconds))
        // The terminal went away (window closed, ssh dropped, tmux session
        // killed) and no SIGHUP said so: every poll would return at once,
        // and the desk would spin a core forever.
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            lostTerminal = true
            return nil
        }
        wtimeout(window, 0)
        var code: wint_t = 0
        let status = wget_wch(window, &code)
        switch status {
        case KEY_CODE_YES:
            if Int32(code) == KEY_RESIZE {
                let (width, height) = size()
                return .resize(width: width, height: height)
            }
            return KeyMapping.functionKey(Int32(code)).map(InputEvent.key)
        case OK:
            return KeyMapping.character(UInt32(code)).map(InputEvent.key)
        default:
            return nil
        }
    }

    /// Repaints the whole screen from scratch: for Ctrl-L, or after another
    /// program scribbled on the terminal.
    public func redrawAll() {
        guard isOpen else { return }
        wrefresh(deskmate_curscr())
    }

    /// Leaves full-screen mode and restores the terminal and default signal
    /// handling. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
        for signal in Terminal.caughtSignals { _ = deskmate_default_signal(signal) }
    }

    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }
}
