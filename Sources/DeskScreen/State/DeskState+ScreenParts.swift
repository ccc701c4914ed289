import DeskmateCore
import Foundation

extension DeskState.Screen {
    /// Each screen's keys and view, in one table: `DeskUpdate` hands a key
    /// to `keys`, `FooterView` shows their hints, `DeskView` draws `view`.
    /// A new screen is one row here (the switch says when one is missing).
    var parts: (keys: any ScreenKeyMap.Type, view: any ScreenView.Type) {
        switch self {
        case .desk: (DeskKeys.self, HomeView.self)
        case .quitConfirm: (QuitKeys.self, QuitView.self)
        case .tally: (TallyKeys.self, HomeView.self)
        case .lookup: (LookupKeys.self, LookupView.self)
        case .closeForm: (CloseFormKeys.self, CloseFormView.self)
        case .summary: (SummaryKeys.self, SummaryView.self)
        case .help: (HelpKeys.self, HelpView.self)
        case .patronForm: (PatronFormKeys.self, PatronFormView.self)
        case .history: (HistoryKeys.self, HistoryView.self)
        case .promises: (PromiseKeys.self, PromisesView.self)
        case .shiftEncounters: (ShiftEncounterKeys.self, ShiftEncountersView.self)
        case .answers: (AnswersKeys.self, AnswersView.self)
        case .period: (PeriodKeys.self, PeriodView.self)
        case .tallyForm: (TallyFormKeys.self, TallyFormView.self)
        }
    }
}
