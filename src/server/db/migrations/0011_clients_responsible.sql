ALTER TABLE "clients" ADD COLUMN "responsible_user_id" uuid;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "clients_company_responsible_idx" ON "clients" USING btree ("company_id","responsible_user_id");--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "people_text" text;--> statement-breakpoint
-- The client list's search finds a client by its people's names and e-mails too: they are folded
-- into the client's own search text, so one trigram index still answers every search. Triggers
-- on client_contacts keep people_text, once per statement (an import adds 500 people at a time),
-- and write a client only when its text really changed (making someone primary changes nothing).
CREATE FUNCTION kontor_refresh_people_text(client_ids uuid[]) RETURNS void
LANGUAGE sql AS $$
  WITH fresh AS (
    SELECT c.id, (
      SELECT string_agg(concat_ws(' ', p.first_name, p.last_name, p.email), ' ' ORDER BY p.created_at, p.id)
      FROM client_contacts p WHERE p.client_id = c.id
    ) AS text
    FROM clients c WHERE c.id = ANY(client_ids)
  )
  UPDATE clients c SET people_text = fresh.text FROM fresh
  WHERE c.id = fresh.id AND c.people_text IS DISTINCT FROM fresh.text;
$$;
--> statement-breakpoint
CREATE FUNCTION kontor_people_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM kontor_refresh_people_text(ARRAY(SELECT DISTINCT client_id FROM new_people));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM kontor_refresh_people_text(ARRAY(SELECT DISTINCT client_id FROM old_people));
  ELSE
    PERFORM kontor_refresh_people_text(ARRAY(
      SELECT client_id FROM new_people UNION SELECT client_id FROM old_people));
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER client_contacts_people_inserted AFTER INSERT ON client_contacts
  REFERENCING NEW TABLE AS new_people FOR EACH STATEMENT EXECUTE FUNCTION kontor_people_changed();
--> statement-breakpoint
CREATE TRIGGER client_contacts_people_updated AFTER UPDATE ON client_contacts
  REFERENCING OLD TABLE AS old_people NEW TABLE AS new_people
  FOR EACH STATEMENT EXECUTE FUNCTION kontor_people_changed();
--> statement-breakpoint
CREATE TRIGGER client_contacts_people_deleted AFTER DELETE ON client_contacts
  REFERENCING OLD TABLE AS old_people FOR EACH STATEMENT EXECUTE FUNCTION kontor_people_changed();
--> statement-breakpoint
SELECT kontor_refresh_people_text(ARRAY(SELECT DISTINCT client_id FROM client_contacts));--> statement-breakpoint
-- A generated column's expression cannot be changed before PostgreSQL 17: drop it (and its
-- index) and add it again.
ALTER TABLE "clients" DROP COLUMN "search_text";--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(coalesce(name, '') || ' ' || coalesce(short_mark, '') || ' ' || coalesce(registry_code, '') || ' ' || coalesce(vat_number, '') || ' ' || coalesce(email, '') || ' ' || coalesce(people_text, ''))) STORED;--> statement-breakpoint
CREATE INDEX "clients_search_trgm_idx" ON "clients" USING gin ("search_text" gin_trgm_ops);
