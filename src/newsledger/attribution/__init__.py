"""Who said what: the pieces behind `newsledger.stages.attribution.extract_quotes`.

lexicon       cue verbs, phrases and nouns with their stance; hedges; titles (data/cues.json)
marks         quotation marks paired into quoted regions (apostrophes told apart)
cues          cue words found in the parse
speakers      the speaker mention of a cue, split into name and description
content       what was said: the complement of the cue, or the clause around it
draft         an attribution as found, before its speaker is resolved
build         one section's drafts: quotes bound to their clause, indirect and mixed speech
labels        labelled speech: transcripts ("PENCE: ..."), headlines ("Pence: ..."), "― Name"
overlaps      which of two overlapping attributions holds the other
continuation  quotes with no cue that carry on the attribution before them
names         document-level clusters of names: "Zelenskiy" = "President Volodymyr Zelensky"
coref         pronouns, relative pronouns and unnamed experts resolved to a named speaker
hedges        source and content hedges inside an attribution
assemble      drafts to `Quote`s, speakers resolved across the document
"""
