-- transactions_placed_at (0001) is a prefix of transactions_browse_placed (0002): every query it
-- served, the wider index serves, and each inserted transaction wrote both.
DROP INDEX IF EXISTS transactions_placed_at;
