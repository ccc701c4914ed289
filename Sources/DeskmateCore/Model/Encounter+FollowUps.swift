import Foundation

extension Array where Element == Encounter {
    /// Gives each encounter its follow-up from `followUps` (matched by
    /// encounter id; others are ignored), as every store loads them: the
    /// encounters first, then their follow-ups in one query.
    public mutating func attach(_ followUps: [FollowUp]) {
        var byEncounter: [Int64: FollowUp] = [:]
        for followUp in followUps { byEncounter[followUp.encounterID] = followUp }
        for i in indices { self[i].followUp = byEncounter[self[i].id] }
    }
}
