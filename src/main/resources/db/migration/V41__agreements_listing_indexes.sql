-- Counting a type's published agreements (the listing's result count and type facet) from the
-- index alone, in listing order.
CREATE INDEX agreement_published_type_signed_idx ON agreement (type, signed_on DESC, id DESC)
    WHERE visibility = 'PUBLISHED';

-- Staff read every visibility: their listing walks these instead of sorting the whole table.
CREATE INDEX agreement_signed_idx ON agreement (signed_on DESC, id DESC);
CREATE INDEX agreement_title_idx ON agreement (lower(title), id);
