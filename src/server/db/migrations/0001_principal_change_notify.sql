-- Announce changes to who may do what (users, sessions, API tokens, company name and plan), so
-- every Kontor process drops its cached principals of that company at once.
CREATE FUNCTION kontor_notify_principal_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  row_company_id uuid;
BEGIN
  IF TG_TABLE_NAME = 'companies' THEN
    row_company_id := OLD.id;
  ELSE
    row_company_id := OLD.company_id;
  END IF;
  PERFORM pg_notify('kontor_principals', row_company_id::text);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER companies_notify_principal_change AFTER UPDATE OR DELETE ON companies
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_principal_change();
--> statement-breakpoint
CREATE TRIGGER users_notify_principal_change AFTER UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_principal_change();
--> statement-breakpoint
CREATE TRIGGER sessions_notify_principal_change AFTER UPDATE OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_principal_change();
--> statement-breakpoint
CREATE TRIGGER api_tokens_notify_principal_change AFTER UPDATE OR DELETE ON api_tokens
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_principal_change();
