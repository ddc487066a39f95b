-- Data format 5.
-- 1. Support-group participants' codes were written into the audit trail when a participant was added, which the
--    privacy rules forbid (a code with its group and dates can point to a person): those entries keep the event and
--    lose the code.
UPDATE audit_log SET new_value = NULL WHERE entity = 'participants' AND action = 'create'
-- ;
-- 2. "a membership's status change may not predate the latest one" is checked against the changes
-- recorded before it (a smaller id) instead of against every change there is. For a new change — which always gets
-- the largest id — the rule is the same. But an undo puts deleted changes back with their own ids in whatever order
-- its record holds them; checked against all rows, a later change put back first made the earlier one look out of
-- order, and the undo of a deleted membership (or network) was refused. The check runs after the insert, when the
-- new row's id is known.
DROP TRIGGER membership_status_changes_in_order
-- ;
CREATE TRIGGER membership_status_changes_in_order AFTER INSERT ON membership_status_changes
WHEN EXISTS (SELECT 1 FROM membership_status_changes c
             WHERE c.membership_id = NEW.membership_id AND c.id < NEW.id AND c.effective_date > NEW.effective_date)
BEGIN
    SELECT RAISE(ABORT, 'membership status change predates the latest one');
END
