-- process_node_time for the instances in {tasks}: visits and seconds per node.
SELECT h.instance_id, h.node_id, max(h.node_name), count(*),
       COALESCE(sum(CASE WHEN h.finished_at IS NOT NULL THEN {seconds} END), 0),
       min(h.created_at), max(h.finished_at),
       max(CASE WHEN h.status = 'init' THEN 1 ELSE 0 END) = 1,
       i.is_active, i.status, i.source_updated_at, FALSE
FROM {tasks} h
JOIN {process_instance} i ON i.id = h.instance_id AND i.removed_at IS NULL
GROUP BY h.instance_id, h.node_id, i.is_active, i.status, i.source_updated_at
