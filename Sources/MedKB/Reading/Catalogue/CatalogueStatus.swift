/// The EMA catalogue's medicine statuses, by what they say of the medicine's life.
public enum CatalogueStatus {
    /// Statuses of a medicine that was authorised, even if since withdrawn, expired,
    /// lapsed, revoked or suspended. The others ("Application withdrawn", "Refused",
    /// "Opinion", "Withdrawn from rolling review") belong to applications that never were.
    static let authorised: Set<String> = ["authorised", "withdrawn", "expired", "lapsed", "revoked", "suspended"]

    /// Whether a product with this status was ever authorised; a status nobody stated
    /// (a product known from documents only) is taken as authorised.
    public static func wasAuthorised(_ status: String?) -> Bool {
        guard let status else { return true }
        return authorised.contains(status.lowercased())
    }
}
