-- schema 3: indexes for the web API's sort orders and lookups (see newsledger.api).

-- /api/articles: newest first, keyset paging on (published or '', doc_id).
CREATE INDEX articles_recent ON articles((coalesce(published, '')), doc_id);

-- An event's corroboration: other documents reporting the same sub-type, place and date.
CREATE INDEX events_same_report ON events(sub_type, location, date, doc_id);

-- /api/places?group=true and the places layer: mentions by gazetteer entry.
CREATE INDEX places_position ON places(latitude, longitude);

-- Contradictions of a statement found from either side.
CREATE INDEX contradictions_b ON contradictions(b_doc_id, b_kind, b_idx);
