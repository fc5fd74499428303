/// A column of the EMA medicines catalogue, by what it means; the raw value is the key
/// medkb stores it under. Each knows the header labels of both layouts.
public enum CatalogueField: String, CaseIterable, Sendable {
    case category
    case name
    case emaProductNumber = "ema_product_number"
    case status
    case inn
    case activeSubstance = "active_substance"
    case therapeuticArea = "therapeutic_area"
    case atc
    case atcVeterinary = "atc_veterinary"
    case indication
    case biosimilar
    case generic
    case orphan
    case conditionalApproval = "conditional_approval"
    case additionalMonitoring = "additional_monitoring"
    case holder
    case authorisationDate = "authorisation_date"
    case refusalDate = "refusal_date"
    case withdrawalDate = "withdrawal_date"
    case revision
    case url

    /// Header labels, compared after folding case and runs of white space: the
    /// January 2026 layout's first, then the December 2018 layout's.
    var labels: [String] {
        switch self {
        case .category: ["category"]
        case .name: ["name of medicine", "medicine name"]
        case .emaProductNumber: ["ema product number", "product number"]
        case .status: ["medicine status", "authorisation status"]
        case .inn: ["international non-proprietary name (inn) / common name"]
        case .activeSubstance: ["active substance"]
        case .therapeuticArea: ["therapeutic area (mesh)", "therapeutic area"]
        case .atc: ["atc code (human)", "atc code"]
        case .atcVeterinary: ["atcvet code (veterinary)", "atcvet code"]
        case .indication: ["therapeutic indication", "condition / indication"]
        case .biosimilar: ["biosimilar"]
        case .generic: ["generic or hybrid", "generic"]
        case .orphan: ["orphan medicine"]
        case .conditionalApproval: ["conditional approval"]
        case .additionalMonitoring: ["additional monitoring"]
        case .holder: ["marketing authorisation developer / applicant / holder", "marketing authorisation holder/company name"]
        case .authorisationDate: ["marketing authorisation date"]
        case .refusalDate: ["refusal of marketing authorisation date", "date of refusal of marketing authorisation"]
        case .withdrawalDate: ["withdrawal / expiry / revocation / lapse of marketing authorisation date"]
        case .revision: ["revision number"]
        case .url: ["medicine url", "url"]
        }
    }

    /// The columns without which a table is not the catalogue.
    static let required: [CatalogueField] = [.category, .name, .emaProductNumber, .status, .biosimilar]

    enum Kind { case text, yesNo, date, number }

    var kind: Kind {
        switch self {
        case .biosimilar, .generic, .orphan, .conditionalApproval, .additionalMonitoring: .yesNo
        case .authorisationDate, .refusalDate, .withdrawalDate: .date
        case .revision: .number
        default: .text
        }
    }
}
