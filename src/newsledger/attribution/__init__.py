"""Who said what: the pieces behind `newsledger.stages.attribution.extract_quotes`.

marks      quotation marks paired into quoted regions (apostrophes told apart)
lexicon    cue verbs, phrases and nouns with their stance; hedges; titles (data/cues.json)
clauses    cue words found in the parse, and the reporting clause around each
speakers   the speaker mention of a reporting clause, split into name and description
names      document-level clusters of names: "Zelenskiy" = "President Volodymyr Zelensky"
coref      pronouns, relative pronouns and unnamed experts resolved to a named speaker
content    what was said: the complement of the cue, or the text around the clause
hedges     source and content hedges inside an attribution
build      one section's quotes, direct, indirect and mixed, assembled and resolved
"""
