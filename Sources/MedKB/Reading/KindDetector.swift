import Foundation

/// Tells an EPAR overview from a treatment guideline by their content.
public enum KindDetector {
    /// Product information has the SmPC's numbered headings (any language). An overview has at least three of its template's headings, or two of the
    /// sentences only overviews have (the EPAR preamble, "contains the active substance", ...); a guideline has at least
    /// two dosed recommendations (a substance with a dose and a route or interval) or one
    /// with a lab threshold beside it, or recommends a substance with its dose in prose or a list.
    ///
    /// Returns the kind and the EPAR headings read on the way (nil for product information),
    /// which the overview parser then need not look for again.
    static func detectKeepingHeadings(_ text: NormalizedText, language: String) -> (kind: DocumentKind?, headings: EPARHeadings?) {
        if SmPCTemplate.isSmPC(text) { return (.smpc, nil) }
        let found = SectionSplitter.eparHeadings(of: text, language: language)
        return (detect(text, language: language, headingCount: found.names.count), found)
    }

    /// The kind of a text that is not product information, given how many EPAR headings it has.
    static func detect(_ text: NormalizedText, language: String, headingCount headings: Int) -> DocumentKind? {
        let string = text.string
        if headings >= 3 || OverviewCues.looksLikeOverview(string) { return .eparOverview }
        // Counted only as far as the decision needs: detection reads the text before the parser does.
        let recommendations = DoseRecommendationScanner.candidateCount(in: string, language: language, limit: 2)
        if recommendations >= 2 || (recommendations == 1 && ThresholdScanner.candidateCount(in: string, language: language) >= 1) {
            return .guideline
        }
        // A text that recommends medicines in prose or a list: a substance with its dose, or two
        // with a route, an interval or a word of choice; or one in a line of choice ("1. valg", "foretrækkes").
        let read = RecommendationReader.read(text, language: language)
        if read.contains(where: { $0.dose != nil || $0.line != nil }) || Set(read.map(\.substance)).count >= 2 { return .guideline }
        return nil
    }
}
