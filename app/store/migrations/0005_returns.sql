-- Returns are journal records too (kind "return", with their own receipt number). Finding the earlier
-- returns of a sale, which every return must count inside its transaction, would otherwise read the
-- whole journal; queries must spell the expression exactly like this for SQLite to use the index.
CREATE INDEX journal_original_sale ON journal (json_extract(record, '$.originalSale'))
    WHERE json_extract(record, '$.originalSale') IS NOT NULL;
