import Foundation

/// Tells an EPAR overview from a treatment guideline by their content.
public enum KindDetector {
    /// Product information has the SmPC's numbered headings (any language). An overview has at least three of its template's headings; a guideline has at least
    /// two dosed recommendations (a substance with a dose and a route or interval) or one
    /// with a lab threshold beside it.
    public static func detect(_ text: NormalizedText, language: String) -> DocumentKind? {
        if SmPCTemplate.isSmPC(text) { return .smpc }
        let headings = SectionSplitter.eparSections(of: text, language: language).names.count
        if headings >= 3 { return .eparOverview }
        let string = text.string
        let recommendations = DoseRecommendationScanner.candidateCount(in: string, language: language)
        let thresholds = ThresholdScanner.candidateCount(in: string, language: language)
        if recommendations >= 2 || (recommendations >= 1 && thresholds >= 1) { return .guideline }
        return nil
    }
}
