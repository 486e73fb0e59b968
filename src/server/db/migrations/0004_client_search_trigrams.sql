-- The client list's search is `%word%`; a b-tree cannot answer it, trigrams can. pg_trgm ships
-- with PostgreSQL (a trusted extension: the database's owner may create it) and with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX "clients_search_trgm_idx" ON "clients" USING gin ("search_text" gin_trgm_ops);
