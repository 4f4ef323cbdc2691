"""Events, ACLED-style, with provenance: the parts behind `newsledger.stages.events`.

taxonomy     ACLED's 6 event types, 25 sub-event types, 5 "Other news events" (data/acled_taxonomy.json)
lexicon      the weighted trigger lexicon (data/event_triggers.json)
triggers     trigger phrases and verb-noun pairs in a parsed sentence
readings     which trigger words report an event and which only support one
subtypes     one typed candidate a clause: weighted votes, then ACLED's family rules
merge        repeats of one happening in a sentence merged
roles        agent and patient phrases of a trigger in the dependency parse
actors       ACLED-style actor names from a phrase (data/actors.json)
territory    who gains ground: the territorial sub-type and its sides
arguments    place and fatalities from the places and quantities stages
dates        the date from the times stage: the time attached to the event
certainty    reported, claimed, hedged, denied, proposed, conditional
build        the events of an analysis, assembled

See README.md in this folder for the method and its measured accuracy.
"""
