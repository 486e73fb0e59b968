-- Announce changes to what the client list counts (clients, their Xero links, which clients an
-- import touched), so every Kontor process drops its cached search totals of that company.
-- NOTIFY is sent at commit and sent once per company and transaction, however many rows changed.
CREATE FUNCTION kontor_notify_client_list_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('kontor_client_list', OLD.company_id::text);
  ELSE
    PERFORM pg_notify('kontor_client_list', NEW.company_id::text);
    IF TG_OP = 'UPDATE' AND OLD.company_id IS DISTINCT FROM NEW.company_id THEN
      PERFORM pg_notify('kontor_client_list', OLD.company_id::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER clients_notify_client_list_change AFTER INSERT OR UPDATE OR DELETE ON clients
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_client_list_change();
--> statement-breakpoint
CREATE TRIGGER sync_records_notify_client_list_change AFTER INSERT OR UPDATE OR DELETE ON sync_records
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_client_list_change();
--> statement-breakpoint
CREATE TRIGGER import_candidates_notify_client_list_change AFTER INSERT OR UPDATE OR DELETE ON import_candidates
  FOR EACH ROW EXECUTE FUNCTION kontor_notify_client_list_change();
