import Testing
@testable import MedKB

@Suite struct PhraseReaderTests {
    @Test(arguments: [
        ("Det gives én gang hver 6. måned som en injektion", "da", "P6M"),
        ("given once every six months", "en", "P6M"),
        ("40 mg hver anden uge", "da", "P2W"),
        ("every three weeks", "en", "P3W"),
        ("to gange dagligt", "da", "PT12H"),
        ("one inhalation twice a day", "en", "PT12H"),
        ("500 mg x 2 dgl.", "da", "PT12H"),
        ("5 mg i.v. årligt", "da", "P1Y"),
        ("én gang om året", "da", "P1Y"),
        ("70 mg ugetablet", "da", "P1W"),
        ("once a week", "en", "P1W"),
        ("taken daily", "en", "P1D"),
    ])
    func readsIntervals(text: String, language: String, iso: String) {
        #expect(IntervalReader.first(in: text, language: language)?.value == iso)
    }

    @Test func noIntervalWhereNoneIsStated() {
        #expect(IntervalReader.first(in: "Efter 3 mdr. måles igen", language: "da") == nil)
        #expect(IntervalReader.first(in: "the infusion takes 15 minutes", language: "en") == nil)
    }

    @Test(arguments: [
        ("som kan forekomme hos mere end 1 ud af 10 personer", "da", "very_common"),
        ("der kan forekomme hos op til 1 ud af 100 personer", "da", "uncommon"),
        ("kan forekomme hos op til 1 ud af 1 000 personer", "da", "rare"),
        ("op til 1 ud af 10 000 personer", "da", "very_rare"),
        ("ses hos mellem 1 og 10 ud af 100 patienter", "da", "common"),
        ("which may affect up to 1 in 10 people", "en", "common"),
        ("may affect up to 1 in 1,000 people", "en", "rare"),
        ("seen in more than 1 patient in 10", "en", "very_common"),
        ("seen in between 1 and 10 patients in 1,000", "en", "uncommon"),
        ("seen in between 1 and 10 patients in 10,000", "en", "rare"),
        ("seen in fewer than 1 patient in 10,000", "en", "very_rare"),
        ("Kæbenekrose er meget sjældne, men alvorlige", "da", "very_rare"),
        ("er en ikke almindelig bivirkning (kan forekomme hos op til 1 ud af 100 personer)", "da", "uncommon"),
    ])
    func readsFrequencies(text: String, language: String, category: String) {
        #expect(FrequencyReader.first(in: text, language: language)?.value == category)
    }

    @Test func mostCommonIsNotACategory() {
        #expect(FrequencyReader.first(in: "De mest almindelige bivirkninger omfatter hovedpine", language: "da") == nil)
        #expect(FrequencyReader.first(in: "the most common side effects include headache", language: "en") == nil)
    }

    @Test(arguments: [
        ("7 808", "da", 7808.0), ("1.200", "da", 1200.0), ("2,3", "da", 2.3), ("-2,5", "da", -2.5),
        ("7,808", "en", 7808.0), ("2.3", "en", 2.3), ("1 000", "da", 1000.0), ("−3,0", "da", -3.0),
    ])
    func readsNumbers(text: String, language: String, value: Double) {
        #expect(NumberReader.parse(text, language: language) == value)
    }

    @Test(arguments: [
        ("a 60-mg injection", "en", Dose(value: 60, unit: "mg")),
        ("800-1.200 mg calcium", "da", Dose(value: 800, maxValue: 1200, unit: "mg")),
        ("20-40 µg D3-vitamin", "da", Dose(value: 20, maxValue: 40, unit: "µg")),
        ("6 mg per kilogram body weight", "en", Dose(value: 6, unit: "mg/kg")),
        ("10 enheder s.c.", "da", Dose(value: 10, unit: "IU")),
        ("1 dråbe i øjet", "da", Dose(value: 1, unit: "drop")),
    ])
    func readsDoses(text: String, language: String, dose: Dose) {
        #expect(DoseReader.all(in: text, language: language).first?.value == dose)
    }

    @Test func expandsSuspendedCompoundsWhereTheLexiconKnowsThem() {
        let danish = TermListReader.terms(in: "smerter i arme eller ben samt knogle-, led- og muskelsmerter",
                                          category: .adverseEvent, language: "da").map(\.concept)
        #expect(danish == ["pain in extremity", "bone pain", "arthralgia", "myalgia"])
        let english = TermListReader.terms(in: "pain in the arms or legs and bone, joint and muscle pain",
                                           category: .adverseEvent, language: "en").map(\.concept)
        #expect(english == ["pain in extremity", "bone pain", "arthralgia", "myalgia"])
    }
}
