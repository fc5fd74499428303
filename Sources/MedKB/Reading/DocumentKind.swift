/// What a document is; decides which parser reads it.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case eparOverview = "epar-overview"
    case guideline
}
