-- process_progress for the instances in {scope}: where each waits, the nodes
-- it passed in order, task counts, late aborts, and a child's parent node.
-- {tasks}: live tasks of those instances (sorted for SQLite's aggregates).
SELECT i.id, i.process_code, i.category, a.open_ids, a.open_names, a.waiting_since,
       a.passed_path, a.nodes_passed,
       COALESCE(a.tasks_total, 0), COALESCE(a.tasks_open, 0), COALESCE(a.late_aborts, 0),
       i.created_at, i.finished_at, i.parent_instance_id, pn.node_id, pn.node_name,
       i.is_active, i.status, i.source_updated_at, FALSE
FROM {process_instance} i
LEFT JOIN (
    SELECT h.instance_id,
           {open_ids} AS open_ids,
           {open_names} AS open_names,
           min(h.created_at) FILTER (WHERE h.status = 'init') AS waiting_since,
           {passed_path} AS passed_path,
           {nodes_passed} AS nodes_passed,
           count(*) AS tasks_total,
           count(*) FILTER (WHERE h.status = 'init') AS tasks_open,
           count(*) FILTER (WHERE h.status IN ('aborted', 'reverted')
                            AND f.finished_at IS NOT NULL
                            AND h.finished_at > f.finished_at) AS late_aborts
    FROM {tasks} h JOIN {process_instance} f ON f.id = h.instance_id
    GROUP BY h.instance_id
) a ON a.instance_id = i.id
LEFT JOIN (
    -- the parent's task that was open when the child began: its node
    SELECT c.id AS child_id,
           (SELECT p.node_id {parent_task}) AS node_id,
           (SELECT p.node_name {parent_task}) AS node_name
    FROM {process_instance} c
    WHERE c.parent_instance_id IS NOT NULL AND {child_scope}
) pn ON pn.child_id = i.id
WHERE i.removed_at IS NULL AND {scope}
