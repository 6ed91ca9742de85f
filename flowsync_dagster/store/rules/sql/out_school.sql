-- out_school_request for the out-of-school instances in {scope}: who asked,
-- when they left (their checkout task finished) and came back (checkin). An
-- anonymous request (匿名发起) names nobody: neither its creator nor its title,
-- which may carry the creator's name (process_instance keeps both).
SELECT i.id,
       CASE WHEN i.anonymous THEN NULL ELSE i.creator_user_id END,
       i.agent_user_id,
       CASE WHEN i.anonymous THEN NULL ELSE i.title END,
       i.created_at,
       m.left_at, m.returned_at, i.finished_at,
       (m.left_at IS NOT NULL AND m.returned_at IS NULL
        AND i.status NOT IN ('cancelled', 'terminated')),
       i.is_active, i.status, i.source_updated_at, COALESCE(i.anonymous, FALSE), FALSE
FROM {process_instance} i
LEFT JOIN (
    SELECT instance_id,
           min(finished_at) FILTER (WHERE task_type = 'checkout' AND status = 'completed')
               AS left_at,
           max(finished_at) FILTER (WHERE task_type = 'checkin' AND status = 'completed')
               AS returned_at
    FROM {tasks} h
    GROUP BY instance_id
) m ON m.instance_id = i.id
WHERE i.category = 'out_school' AND i.removed_at IS NULL AND {scope}
