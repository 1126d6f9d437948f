-- Every client gets its lock row up front (new clients get it when created): production writers take it shared, and a
-- shared lock on a missing row would have to create it, which two first writers at once could deadlock on (ADR 0010).
INSERT INTO client_write_locks (client_id)
SELECT c.id FROM clients c WHERE NOT EXISTS (SELECT 1 FROM client_write_locks l WHERE l.client_id = c.id);
