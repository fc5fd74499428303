/// The sentences of `medkb check`'s findings, in Danish and English. The English ones are
/// the findings' `message` in the JSON report, which stays English (the machine contract).
extension ReportLabels {
    static let findingWords: [String: (en: String, da: String)] = [
        "finding_no_epar": ("No EPAR in the base for %1: these recommendations were not checked.",
                            "Ingen EPAR i basen for %1: disse anbefalinger er ikke tjekket."),
        "finding_contraindication_covered": ("The EPAR contraindication %1 (%2) is covered by the guideline's checks before treatment: %3",
                                             "EPAR'ens kontraindikation %1 (%2) er dækket af vejledningens kontroller før behandling: %3"),
        "finding_contraindication_unchecked": ("The EPAR contraindication %1 (%2) has no check before treatment in the guideline.",
                                               "EPAR'ens kontraindikation %1 (%2) har ingen tilsvarende kontrol før behandling i vejledningen."),
        "finding_frequency_same": ("%1: %2 in the guideline and in the EPAR of %3.",
                                   "%1: %2 i vejledningen og i EPAR'en for %3."),
        "finding_frequency_differs": ("%1: the guideline says %2; the EPAR of %3 says %4.",
                                      "%1: vejledningen siger %2; EPAR'en for %3 siger %4."),
        "finding_dosing_differs": ("%1: the guideline gives %2; the EPAR of %3 gives %4.",
                                   "%1: vejledningen angiver %2; EPAR'en for %3 angiver %4."),
        "finding_dosing_same": ("%1 %2 as in the EPAR of %3%4.", "%1 %2 som i EPAR'en for %3%4."),
        "finding_dosing_unstated": ("%1 %2: no EPAR in the base states it%3.", "%1 %2: ingen EPAR i basen angiver det%3."),
        "finding_not_in_epar": (" (%1: not stated in the EPAR)", " (%1: ikke angivet i EPAR'en)"),
        "finding_max_interval": ("The guideline allows at most %1 between doses; the EPAR of %2 gives %3",
                                 "Vejledningen tillader højst %1 mellem doserne; EPAR'en for %2 angiver %3"),
        "finding_max_interval_margin": (", so the guideline's margin lies beyond the authorised interval.",
                                        ", så vejledningens margin ligger ud over det godkendte interval."),
        "finding_max_interval_longer": (", longer than the guideline allows.", ", længere end vejledningen tillader."),
        "finding_unknown_product": ("The guideline names %1 for %2; the base knows no product of that name.",
                                    "Vejledningen nævner %1 for %2; basen kender intet lægemiddel med det navn."),
        "finding_did_you_mean": ("for %1, did you mean %2?", "for %1: mente du %2?"),
        "finding_unnamed_biosimilar": ("%1, a biosimilar in the base, is not among the products the guideline names for %2.",
                                       "%1, som i basen er et biosimilært lægemiddel, er ikke blandt de lægemidler, vejledningen nævner for %2."),
        "finding_unnamed_biosimilar_of": ("%1, a biosimilar of %3 in the base, is not among the products the guideline names for %2.",
                                          "%1, som i basen er biosimilær til %3, er ikke blandt de lægemidler, vejledningen nævner for %2."),
        "topic_dose": ("dose", "dosis"),
        "topic_route": ("route", "administrationsvej"),
        "topic_interval": ("interval", "interval"),
        "topic_max_interval": ("max interval", "længste interval"),
        "topic_contraindication": ("contraindication", "kontraindikation"),
        "topic_adverse_event": ("adverse event", "bivirkning"),
        "topic_unknown_product": ("unknown product", "ukendt lægemiddel"),
        "topic_unnamed_biosimilar": ("unnamed biosimilar", "unævnt biosimilær"),
        "topic_no_epar": ("no EPAR", "ingen EPAR"),
        "guideline_quote": ("guideline quote", "citat fra vejledningen"),
        "epar_quote": ("EPAR quote", "citat fra EPAR"),
        "epar_document": ("EPAR document", "EPAR-dokument"),
    ]

    /// A finding's topic in words: "max interval", "længste interval".
    func topic(_ topic: String) -> String {
        Self.words["topic_" + topic] == nil ? topic.replacingOccurrences(of: "_", with: " ") : self["topic_" + topic]
    }
}
