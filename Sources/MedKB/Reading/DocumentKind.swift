/// What a document is; decides which parser reads it.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    case eparOverview = "epar-overview"
    case guideline
    /// Product information (Annex I-III): the summary of product characteristics and what follows it.
    case smpc
    /// One medicine's row of the EMA medicines catalogue, written out as text.
    case catalogueEntry = "catalogue-entry"

    /// The kinds a text file can be read as (`import --kind`).
    public static let textKinds: [DocumentKind] = [.eparOverview, .guideline, .smpc]
}
