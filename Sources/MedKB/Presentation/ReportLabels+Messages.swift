/// The commands' messages and errors, in Danish and English.
extension ReportLabels {
    static let messageWords: [String: (en: String, da: String)] = [:]
}
