-- Placeholder on branch msr only, so that 0013 applies in order (SchemaManager wants every number).
-- The lead drops this file when merging: other branches own migration 0011.
SELECT 1;
