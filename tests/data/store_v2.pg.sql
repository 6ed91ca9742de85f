--
-- PostgreSQL database dump
--

\restrict F7YC6rJKY2hf8HXsIJdJuAcR4DnOUeDHQ6wtERBg8tlLskAMIlX7td9h4B57wm8

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: flowsync; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA flowsync;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: app_user; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.app_user (
    id text NOT NULL,
    username text,
    name text,
    identity text,
    mobile text,
    email text,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone,
    enrolled_on date,
    grade text,
    hired_on date,
    is_boarder boolean,
    office text,
    title text,
    visit_count bigint
)
WITH (fillfactor='70');


--
-- Name: department; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.department (
    id text NOT NULL,
    parent_id text,
    name text,
    code text,
    sort_order integer,
    path text,
    depth integer,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
);


--
-- Name: flowsync_meta; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.flowsync_meta (
    key text NOT NULL,
    value text
);


--
-- Name: out_school_request; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.out_school_request (
    instance_id text NOT NULL,
    user_id text,
    agent_user_id text,
    title text,
    requested_at timestamp with time zone,
    left_at timestamp with time zone,
    returned_at timestamp with time zone,
    finished_at timestamp with time zone,
    is_off_campus boolean,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
);


--
-- Name: off_campus_now; Type: VIEW; Schema: flowsync; Owner: -
--

CREATE VIEW flowsync.off_campus_now AS
 SELECT r.instance_id,
    r.user_id,
    u.username,
    u.name,
    r.title,
    r.left_at,
    r.requested_at,
    r.status
   FROM (flowsync.out_school_request r
     LEFT JOIN flowsync.app_user u ON ((u.id = r.user_id)))
  WHERE (r.is_active AND r.is_off_campus);


--
-- Name: post; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.post (
    id text NOT NULL,
    name text,
    code text,
    department_id text,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
);


--
-- Name: post_member; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.post_member (
    post_id text NOT NULL,
    department_id text NOT NULL,
    user_id text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: process_instance; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.process_instance (
    id text NOT NULL,
    process_code text,
    process_name text,
    category text,
    title text,
    creator_user_id text,
    agent_user_id text,
    anonymous boolean,
    parent_instance_id text,
    created_at timestamp with time zone,
    finished_at timestamp with time zone,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: process_node_time; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.process_node_time (
    instance_id text NOT NULL,
    node_id text NOT NULL,
    node_name text,
    visits integer,
    seconds double precision,
    first_entered_at timestamp with time zone,
    last_left_at timestamp with time zone,
    is_open boolean,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: process_progress; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.process_progress (
    instance_id text NOT NULL,
    process_code text,
    category text,
    current_node_ids text,
    current_node_names text,
    waiting_since timestamp with time zone,
    passed_path text,
    nodes_passed text,
    tasks_total integer,
    tasks_open integer,
    late_aborts integer,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    parent_instance_id text,
    parent_node_id text,
    parent_node_name text,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: sync_quarantine; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.sync_quarantine (
    entity text NOT NULL,
    source_key text NOT NULL,
    reason text NOT NULL,
    payload text,
    detail text,
    run_id text,
    detected_at timestamp with time zone,
    last_seen_at timestamp with time zone,
    resolved_at timestamp with time zone
);


--
-- Name: tag; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.tag (
    id text NOT NULL,
    group_id text,
    name text,
    kind text,
    name_conflict boolean DEFAULT false NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
);


--
-- Name: tag_group; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.tag_group (
    id text NOT NULL,
    name text,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
);


--
-- Name: tag_user; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.tag_user (
    tag_id text NOT NULL,
    user_id text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: task_history; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.task_history (
    id text NOT NULL,
    instance_id text,
    node_id text,
    node_name text,
    task_type text,
    assignee_user_id text,
    created_at timestamp with time zone,
    finished_at timestamp with time zone,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: user_attribute; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.user_attribute (
    identity text NOT NULL,
    key text NOT NULL,
    label text,
    type text,
    max_length integer,
    column_name text,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
);


--
-- Name: user_department; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.user_department (
    user_id text NOT NULL,
    department_id text NOT NULL,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Name: user_openid; Type: TABLE; Schema: flowsync; Owner: -
--

CREATE TABLE flowsync.user_openid (
    platform text NOT NULL,
    openid text NOT NULL,
    user_id text,
    username text,
    is_active boolean DEFAULT true NOT NULL,
    status text,
    source_updated_at timestamp with time zone,
    first_synced_at timestamp with time zone,
    last_synced_at timestamp with time zone,
    removed_at timestamp with time zone
)
WITH (fillfactor='70');


--
-- Data for Name: app_user; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.app_user (id, username, name, identity, mobile, email, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at, enrolled_on, grade, hired_on, is_boarder, office, title, visit_count) FROM stdin;
U0000001	20240000001	王磊	student	15811700156	20240000001@demo.edu.cn	t	active	2025-11-29 10:00:47+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000002	20200000002	李明芳	student	16469242680	20200000002@demo.edu.cn	t	active	2025-12-01 20:01:35+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000003	20240000003	余娟	student	17927102645	20240000003@demo.edu.cn	t	active	2025-12-04 06:02:23+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	f	\N	\N	\N
U0000004	20240000004	丁霞怡	student	14022997948	20240000004@demo.edu.cn	t	active	2025-12-06 16:03:10+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000005	T0000005	程浩华	teacher	14525959851	T0000005@demo.edu.cn	t	active	2025-12-09 02:03:58+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2009-07-01	\N	\N	教授	\N
U0000006	20210000006	潘鑫	student	17230219761	20210000006@demo.edu.cn	t	active	2025-12-11 12:04:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000007	20210000007	肖文	student	17778919007	20210000007@demo.edu.cn	t	active	2025-12-13 22:05:33+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000008	20210000007	汤燕	student	14834723738	20210000007@demo.edu.cn	t	active	2025-12-16 08:06:21+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000009	20230000009	赵兰	student	16741188330	20230000009@demo.edu.cn	t	active	2025-12-18 18:07:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000010	20240000010	付秀超	student	14760199250	20240000010@demo.edu.cn	t	active	2025-12-21 04:07:56+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000011	20210000011	蒋涛	student	15442932259	20210000011@demo.edu.cn	t	active	2025-12-23 14:08:44+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000012	T0000012	田明	teacher	16339150687	T0000012@demo.edu.cn	t	active	2025-12-26 00:09:32+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2013-07-01	\N	\N	教授	\N
U0000013	20240000013	杜怡	student	16742307126	20240000013@demo.edu.cn	t	active	2025-12-28 10:10:19+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000014	20240000014	万欣	student	15680375904	20240000014@demo.edu.cn	t	active	2025-12-30 20:11:07+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000015	20200000015	孙平	student	16065808357	20200000015@demo.edu.cn	t	active	2026-01-02 06:11:55+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000016	20200000016	杨勇玲	student	16241593003	20200000016@demo.edu.cn	t	active	2026-01-04 16:12:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000017	20220000017	汤浩勇	student	16163144640	20220000017@demo.edu.cn	t	active	2026-01-07 02:13:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000018	20240000018	陈英	student	17402671612	20240000018@demo.edu.cn	t	active	2026-01-09 12:14:18+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000019	20200000019	叶桂	student	17005210790	20200000019@demo.edu.cn	t	active	2026-01-11 22:15:05+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000020	20230000020	莫杰	student	13937437826	20230000020@demo.edu.cn	t	active	2026-01-14 08:15:53+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000021	20230000021	戴刚萱	student	16407275575	20230000021@demo.edu.cn	t	active	2026-01-16 18:16:41+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000022	20220000022	孔伟平	student	18357389611	20220000022@demo.edu.cn	t	active	2026-01-19 04:17:29+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000023	20220000023	孔欣	student	16446656713	20220000023@demo.edu.cn	t	active	2026-01-21 14:18:16+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000024	20220000024	万彤	student	13927635187	20220000024@demo.edu.cn	t	active	2026-01-24 00:19:04+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000025	20230000025	严彬	student	17095758955	20230000025@demo.edu.cn	t	active	2026-01-26 10:19:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000026	20200000026	龙刚	student	13564116381	20200000026@demo.edu.cn	t	active	2026-01-28 20:20:39+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000027	T0000027	夏杰	teacher	16994611437	T0000027@demo.edu.cn	t	active	2026-01-31 06:21:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2014-07-01	\N	\N	讲师	\N
U0000028	20210000028	金娜	student	14631860847	20210000028@demo.edu.cn	t	active	2026-02-02 16:22:15+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000029	T0000029	戴强	teacher	18819126540	T0000029@demo.edu.cn	t	active	2026-02-05 02:23:02+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2012-07-01	\N	\N	讲师	\N
U0000030	20220000030	彭浩	student	13598223051	20220000030@demo.edu.cn	t	active	2026-02-07 12:23:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000031	20240000031	薛娜	student	14656832045	20240000031@demo.edu.cn	t	active	2026-02-09 22:24:38+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000032	20220000032	邹欣	student	13979130304	20220000032@demo.edu.cn	t	active	2026-02-12 08:25:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000033	20220000033	曾鑫伟	student	14388308566	20220000033@demo.edu.cn	t	active	2026-02-14 18:26:13+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000034	20240000034	郝梓	student	14417020737	20240000034@demo.edu.cn	t	active	2026-02-17 04:27:01+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000035	S0000035	谭霞	staff	18504780347	S0000035@demo.edu.cn	t	active	2026-02-19 14:27:48+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼707	\N	\N
U0000036	20210000036	向杰	student	17435521033	20210000036@demo.edu.cn	t	active	2026-02-22 00:28:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000037	20200000037	段欣	student	18637435916	20200000037@demo.edu.cn	t	active	2026-02-24 10:29:24+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000038	20240000038	范燕	student	13760453338	20240000038@demo.edu.cn	t	active	2026-02-26 20:30:11+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000039	20210000039	汤彤桂	student	16829731992	20210000039@demo.edu.cn	t	active	2026-03-01 06:30:59+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000040	20210000040	龚军	student	15968062568	20210000040@demo.edu.cn	t	active	2026-03-03 16:31:47+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000041	20240000041	郭英	student	16496276864	20240000041@demo.edu.cn	t	active	2026-03-06 02:32:34+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000042	T0000042	孔强平	teacher	14952392131	T0000042@demo.edu.cn	t	active	2026-03-08 12:33:22+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2016-07-01	\N	\N	讲师	\N
U0000043	T0000043	余刚	teacher	15498838775	T0000043@demo.edu.cn	t	active	2026-03-10 22:34:10+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2003-07-01	\N	\N	副教授	\N
U0000044	20230000044	武霞	student	17050029150	20230000044@demo.edu.cn	t	active	2026-03-13 08:34:58+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000045	T0000045	史怡欣	teacher	14728534322	T0000045@demo.edu.cn	t	active	2026-03-15 18:35:45+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2021-07-01	\N	\N	副教授	\N
U0000046	20200000046	侯涵	student	16054507890	20200000046@demo.edu.cn	t	active	2026-03-18 04:36:33+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000047	20230000047	贺娜	student	17126459243	20230000047@demo.edu.cn	t	active	2026-03-20 14:37:21+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000048	20230000048	宋英	student	18938057676	20230000048@demo.edu.cn	t	active	2026-03-23 00:38:08+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000049	20220000049	程梓强	student	14409827143	20220000049@demo.edu.cn	t	active	2026-03-25 10:38:56+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000050	20230000050	姜燕	student	13724190131	20230000050@demo.edu.cn	t	active	2026-03-27 20:39:44+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000051	20200000051	邱桂萍	student	15513246792	20200000051@demo.edu.cn	t	active	2026-03-30 06:40:31+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000052	20210000052	莫军子	student	17771741768	20210000052@demo.edu.cn	t	active	2026-04-01 16:41:19+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000053	20230000053	余娥	student	13826498080	20230000053@demo.edu.cn	t	active	2026-04-04 02:42:07+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000054	20210000054	钱怡玉	student	14709065005	20210000054@demo.edu.cn	t	active	2026-11-27 00:52:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000055	20240000055	徐艳英	student	15951014613	20240000055@demo.edu.cn	t	active	2026-04-08 22:43:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000056	20220000056	郭红	student	18164672476	20220000056@demo.edu.cn	t	active	2026-04-11 08:44:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000057	20230000057	魏玉娥	student	16825741235	20230000057@demo.edu.cn	t	active	2026-04-13 18:45:17+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000058	20210000058	杨强	student	16865088139	20210000058@demo.edu.cn	t	active	2026-04-16 04:46:05+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	f	\N	\N	\N
U0000059	20210000059	唐红磊	student	13329474869	20210000059@demo.edu.cn	t	active	2026-04-18 14:46:53+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000060	S0000060	姜平博	staff	15100178753	S0000060@demo.edu.cn	t	active	2026-04-21 00:47:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼603	\N	\N
U0000061	T0000061	郝丽涛	teacher	18571619315	T0000061@demo.edu.cn	t	active	2026-04-23 10:48:28+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2007-07-01	\N	\N	讲师	\N
U0000062	20240000062	严芬	student	13109815715	20240000062@demo.edu.cn	t	active	2026-04-25 20:49:16+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000063	T0000063	吴艳	teacher	17818962617	T0000063@demo.edu.cn	t	active	2026-04-28 06:50:03+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2023-07-01	\N	\N	讲师	\N
U0000064	20220000064	廖秀军	student	16324829651	20220000064@demo.edu.cn	t	active	2026-04-30 16:50:51+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000065	S0000065	汤文桂	staff	18996826992	S0000065@demo.edu.cn	t	active	2026-05-03 02:51:39+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼603	\N	\N
U0000066	20200000066	邓丽	student	13315064925	20200000066@demo.edu.cn	t	active	2026-05-05 12:52:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000067	20240000067	廖玲燕	student	18292002111	20240000067@demo.edu.cn	t	active	2026-05-07 22:53:14+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000068	20220000068	马超兰	student	17431193902	20220000068@demo.edu.cn	t	active	2026-05-10 08:54:02+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000069	S0000069	孔英磊	staff	14399440076	S0000069@demo.edu.cn	t	active	2026-05-12 18:54:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼504	\N	\N
U0000070	T0000070	顾彤	teacher	18455078385	T0000070@demo.edu.cn	t	active	2026-05-15 04:55:37+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2012-07-01	\N	\N	副教授	\N
U0000071	T0000071	罗然强	teacher	16001511866	T0000071@demo.edu.cn	t	active	2026-05-17 14:56:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2009-07-01	\N	\N	副教授	\N
U0000072	20210000072	邹静玲	student	17200115298	20210000072@demo.edu.cn	f	disabled	2026-05-20 00:57:13+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000073	20240000073	高桂	student	18724977998	20240000073@demo.edu.cn	f	disabled	2026-05-22 10:58:00+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000074	20230000074	付洋	student	18049573784	20230000074@demo.edu.cn	t	active	2026-05-24 20:58:48+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000075	20220000075	胡洋	student	13717804183	20220000075@demo.edu.cn	t	active	2026-05-27 06:59:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000076	20200000076	陆芬	student	15092142121	20200000076@demo.edu.cn	t	active	2026-05-29 17:00:23+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000077	20240000077	邱玲秀	student	13111869299	20240000077@demo.edu.cn	f	disabled	2026-06-01 03:01:11+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000078	20220000078	许萱	student	14213723953	20220000078@demo.edu.cn	t	active	2026-06-03 13:01:59+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000079	20220000079	莫轩	student	15990985431	20220000079@demo.edu.cn	t	active	2026-06-05 23:02:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000080	S0000080	谢涵	staff	13542187089	S0000080@demo.edu.cn	t	active	2026-06-08 09:03:34+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼203	\N	\N
U0000081	20240000081	宋桂	student	14745614798	20240000081@demo.edu.cn	f	disabled	2026-06-10 19:04:22+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000082	T0000082	顾欣芳	teacher	14611650313	T0000082@demo.edu.cn	t	active	2026-06-13 05:05:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2014-07-01	\N	\N	副教授	\N
U0000083	20210000083	程怡	student	18164513533	20210000083@demo.edu.cn	t	active	2026-06-15 15:05:57+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000084	20210000084	白萍	student	16190266055	20210000084@demo.edu.cn	t	active	2026-06-18 01:06:45+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000085	T0000085	曾霞桂	teacher	18730570736	T0000085@demo.edu.cn	t	active	2026-06-20 11:07:32+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2010-07-01	\N	\N	教授	\N
U0000087	S0000087	石丽	staff	13615008116	S0000087@demo.edu.cn	t	active	2026-06-25 07:09:08+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼708	\N	\N
U0000088	20220000088	孔华静	student	14446412416	20220000088@demo.edu.cn	t	active	2026-06-27 17:09:56+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000089	20240000089	汤静敏	student	16409410499	20240000089@demo.edu.cn	f	disabled	2026-06-30 03:10:43+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000090	T0000090	雷轩彬	teacher	13069053430	T0000090@demo.edu.cn	t	active	2026-07-02 13:11:31+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2021-07-01	\N	\N	教授	\N
U0000091	20200000091	沈鑫	student	14420035765	20200000091@demo.edu.cn	t	active	2026-07-04 23:12:19+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000092	20230000092	袁博涵	student	18525350181	20230000092@demo.edu.cn	t	active	2026-07-07 09:13:06+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000093	20210000093	姜轩磊	student	13615548636	20210000093@demo.edu.cn	t	active	2026-07-09 19:13:54+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000094	T0000094	郭萍欣	teacher	16305148448	T0000094@demo.edu.cn	t	active	2026-07-12 05:14:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2019-07-01	\N	\N	讲师	\N
U0000095	20210000095	江娥	student	16068438087	20210000095@demo.edu.cn	t	active	2026-11-27 00:47:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	f	\N	\N	\N
U0000096	20240000096	严秀	student	13241357658	20240000096@demo.edu.cn	t	active	2026-07-17 01:16:17+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000097	20210000097	高玉	student	18717784441	20210000097@demo.edu.cn	t	active	2026-07-19 11:17:05+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000098	20200000098	程芬	student	18119954116	20200000098@demo.edu.cn	t	active	2026-07-21 21:17:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000099	S0000099	龚华	staff	13367486817	S0000099@demo.edu.cn	t	active	2026-07-24 07:18:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼509	\N	\N
U0000100	20210000100	廖明	student	16550760274	20210000100@demo.edu.cn	t	active	2026-07-26 17:19:28+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000101	20230000101	张然	student	17839723070	20230000101@demo.edu.cn	t	active	2026-07-29 03:20:15+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000102	20220000102	陈芬	student	15095440527	20220000102@demo.edu.cn	t	active	2026-07-31 13:21:03+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000103	20210000103	谭英	student	16914728409	20210000103@demo.edu.cn	t	active	2026-08-02 23:21:51+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000104	20230000104	郭伟杰	student	14592496013	20230000104@demo.edu.cn	t	active	2026-08-05 09:22:38+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000105	20210000105	严萍	student	15711673258	20210000105@demo.edu.cn	t	active	2026-08-07 19:23:26+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000106	T0000106	董桂	teacher	13629495597	T0000106@demo.edu.cn	f	disabled	2026-08-10 05:24:14+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2009-07-01	\N	\N	讲师	\N
U0000107	20200000107	丁英	student	16170989211	20200000107@demo.edu.cn	t	active	2026-08-12 15:25:01+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000108	20220000108	董明梓	student	17224677087	20220000108@demo.edu.cn	t	active	2026-08-15 01:25:49+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000109	20220000109	魏涛	student	18517387468	20220000109@demo.edu.cn	t	active	2026-08-17 11:26:37+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000110	20240000110	许燕	student	16531094933	20240000110@demo.edu.cn	t	active	2026-08-19 21:27:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000111	T0000111	白娟	teacher	14053782651	T0000111@demo.edu.cn	t	active	2026-08-22 07:28:12+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2002-07-01	\N	\N	教授	\N
U0000112	20210000112	陆鑫	student	13866672565	20210000112@demo.edu.cn	t	active	2026-08-24 17:29:00+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000113	20230000113	白然	student	18106079061	20230000113@demo.edu.cn	t	active	2026-08-27 03:29:48+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000114	20230000114	沈芬娜	student	16550260513	20230000114@demo.edu.cn	t	active	2026-08-29 13:30:35+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	f	\N	\N	\N
U0000115	20210000115	邹萍霞	student	13986866857	20210000115@demo.edu.cn	t	active	2026-08-31 23:31:23+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000116	20220000116	程强	student	18146293732	20220000116@demo.edu.cn	t	active	2026-09-03 09:32:11+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000118	20240000118	谢静	student	13782069696	20240000118@demo.edu.cn	t	active	2026-09-08 05:33:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000119	20240000119	龚静	student	15735944109	20240000119@demo.edu.cn	t	active	2026-09-10 15:34:34+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000120	20240000120	李红	student	18462253269	20240000120@demo.edu.cn	t	active	2026-09-13 01:35:21+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000121	20230000121	梁芬	student	18881700518	20230000121@demo.edu.cn	t	active	2026-09-15 11:36:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000122	20210000122	薛洋	student	14900452978	20210000122@demo.edu.cn	t	active	2026-09-17 21:36:57+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000123	20220000123	刘静	student	14810229707	20220000123@demo.edu.cn	t	active	2026-09-20 07:37:44+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000124	20220000124	钱红	student	18110252464	20220000124@demo.edu.cn	t	active	2026-09-22 17:38:32+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000125	20240000125	白华红	student	18577633220	20240000125@demo.edu.cn	t	active	2026-09-25 03:39:20+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000126	20210000126	袁彬	student	16811468546	20210000126@demo.edu.cn	t	active	2026-09-27 13:40:07+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000127	20230000127	高磊	student	16743793749	20230000127@demo.edu.cn	t	active	2026-09-29 23:40:55+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000128	20220000128	谭彤子	student	16033360784	20220000128@demo.edu.cn	t	active	2026-10-02 09:41:43+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000129	20200000129	卢然	student	14558523863	20200000129@demo.edu.cn	t	active	2026-10-04 19:42:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000130	20230000130	何玲	student	17176626098	20230000130@demo.edu.cn	f	disabled	2026-10-07 05:43:18+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000131	20240000131	廖浩	student	16163398242	20240000131@demo.edu.cn	t	active	2026-10-09 15:44:06+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	t	\N	\N	\N
U0000132	20220000132	吕梓	student	13323656736	20220000132@demo.edu.cn	t	active	2026-10-12 01:44:54+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000133	20230000133	苏鑫	student	17837659769	20230000133@demo.edu.cn	t	active	2026-10-14 11:45:41+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000134	20230000134	刘娥娥	student	18174628489	20230000134@demo.edu.cn	t	active	2026-10-16 21:46:29+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000135	20200000135	林伟艳	student	15980832014	20200000135@demo.edu.cn	t	active	2026-10-19 07:47:17+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000136	20240000136	潘芬	student	13805499716	20240000136@demo.edu.cn	t	active	2026-10-21 17:48:04+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000137	20200000137	许英超	student	18402243608	20200000137@demo.edu.cn	t	active	2026-10-24 03:48:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000138	20230000138	龚然	student	15098847057	20230000138@demo.edu.cn	t	active	2026-10-26 13:49:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000139	20210000139	段伟文	student	16278971215	20210000139@demo.edu.cn	t	active	2026-10-28 23:50:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	f	\N	\N	\N
U0000140	T0000140	邵刚华	teacher	16394917173	T0000140@demo.edu.cn	t	active	2026-10-31 09:51:15+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	2010-07-01	\N	\N	讲师	\N
U0000141	20240000141	谢刚	student	15496126771	20240000141@demo.edu.cn	t	active	2026-11-02 19:52:03+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
U0000142	20210000142	高平	student	16251269152	20210000142@demo.edu.cn	t	active	2026-11-05 05:52:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	f	\N	\N	\N
U0000143	20240000143	杨华	student	18652927622	20240000143@demo.edu.cn	t	active	2026-11-07 15:53:38+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000144	20210000144	邵彬	student	14885831746	20210000144@demo.edu.cn	t	active	2026-11-10 01:54:26+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000145	20230000145	潘红	student	13410954864	20230000145@demo.edu.cn	t	active	2026-11-12 11:55:13+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2023-09-01	2023	\N	f	\N	\N	\N
U0000146	S0000146	贾兰明	staff	15643734725	S0000146@demo.edu.cn	t	active	2026-11-14 21:56:01+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	行政楼105	\N	\N
U0000147	20220000147	董涛	student	15810906671	20220000147@demo.edu.cn	t	active	2026-11-17 07:56:49+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	f	\N	\N	\N
U0000148	20200000148	唐兰	student	15504303521	20200000148@demo.edu.cn	t	active	2026-11-19 17:57:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2024-09-01	2024	\N	t	\N	\N	\N
U0000149	20210000149	林鑫燕	student	13841714165	20210000149@demo.edu.cn	t	active	2026-11-22 03:58:24+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2022-09-01	2022	\N	t	\N	\N	\N
U0000150	20230000150	王丽	student	15868026520	20230000150@demo.edu.cn	t	active	2026-11-24 13:59:12+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2021-09-01	2021	\N	t	\N	\N	\N
U0000151	20220000151	胡静	student	17633615265	20220000151@demo.edu.cn	t	active	2026-11-27 00:54:06+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	2020-09-01	2020	\N	t	\N	\N	\N
UG00001	G0000001	访客甲	guest	\N	\N	t	active	2026-11-24 00:00:00+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N	\N	\N	\N	\N	\N	\N	3
\.


--
-- Data for Name: department; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.department (id, parent_id, name, code, sort_order, path, depth, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
D00002	1	数学学院	C00002	2	1/D00002	1	t	active	2025-11-27 00:02:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00006	D00001	6系	C00006	6	1/D00001/D00006	2	t	active	2025-11-27 00:06:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00004	D00001	4系	C00004	4	1/D00001/D00004	2	t	active	2025-11-27 00:04:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00008	D00002	8系（1）	C00008	8	1/D00002/D00008	2	t	active	2026-11-27 00:10:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00005	D00001	5系	C00005	5	1/D00001/D00005	2	f	revoked	2025-11-27 00:05:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00001	1	计算机学院	C00001	1	1/D00001	1	t	active	2025-11-27 00:01:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00003	1	物理学院	C00003	3	1/D00003	1	t	active	2025-11-27 00:03:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
1	\N	示范大学	C00000	0	1	0	t	active	2025-11-27 00:00:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
DN0001	D00001	新设机构1	N0001	90	1/D00001/DN0001	2	t	active	2026-11-27 00:05:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00007	D00002	7系	C00007	7	1/D00002/D00007	2	t	active	2025-11-27 00:07:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
DM001	D00001	挂错部门	MISM	5	1/D00001/DM001	2	t	active	2026-11-25 00:00:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00011	D00003	11系	C00011	11	1/D00003/D00011	2	t	active	2025-11-27 00:11:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00009	D00002	9系	C00009	9	1/D00002/D00009	2	t	active	2025-11-27 00:09:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
D00010	D00003	10系	C00010	10	1/D00003/D00010	2	t	active	2025-11-27 00:10:00+00	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
\.


--
-- Data for Name: flowsync_meta; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.flowsync_meta (key, value) FROM stdin;
schema_version	2
counts:department	14,13
counts:post	5,5
counts:post_member	14,14
counts:tag_group	6,6
counts:user_attribute	7,7
counts:process_instance	79,79
counts:task_history	258,258
counts:process_progress	79,79
counts:process_node_time	235,235
counts:out_school_request	11,11
counts:tag	11,11
counts:tag_user	210,210
counts:app_user	150,143
counts:user_department	166,158
counts:user_openid	156,156
\.


--
-- Data for Name: out_school_request; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.out_school_request (instance_id, user_id, agent_user_id, title, requested_at, left_at, returned_at, finished_at, is_off_campus, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
S0000006	U0000042	\N	杜某的出校申请	2025-12-25 12:47:04+00	2025-12-25 18:35:11+00	2025-12-25 19:34:44+00	2025-12-25 19:34:44+00	f	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	U0000044	\N	程某的出校申请	2026-08-27 14:45:17+00	2026-08-27 16:33:09+00	2026-08-27 18:00:00+00	2026-08-27 18:00:00+00	f	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	U0000035	\N	董某的出校申请	2026-11-27 00:15:14+00	2026-11-27 00:15:44+00	\N	\N	t	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000035	U0000100	\N	汤某的出校申请	2026-05-13 20:17:59+00	\N	\N	2026-05-14 02:12:37+00	f	t	cancelled	2026-05-14 02:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	U0000079	\N	雷某的出校申请	2026-08-22 17:32:15+00	2026-08-22 21:27:39+00	2026-08-22 22:44:12+00	2026-08-22 22:44:12+00	f	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	U0000081	\N	龙某的出校申请	2026-05-09 02:08:33+00	2026-05-09 06:01:32+00	2026-05-09 06:56:50+00	2026-05-09 06:56:50+00	f	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	U0000038	U0000039	于某的出校申请	2026-04-05 10:40:48+00	2026-04-05 14:05:46+00	2026-04-05 16:06:18+00	2026-04-05 16:06:18+00	f	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	U0000130	\N	曹某的出校申请	2026-03-02 22:43:14+00	2026-03-03 00:23:19+00	2026-03-03 01:15:47+00	2026-03-03 01:15:47+00	f	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	U0000140	\N	蔡某的出校申请	2026-06-06 21:49:29+00	2026-06-07 00:37:48+00	2026-06-07 02:31:34+00	2026-06-07 02:31:34+00	f	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	U0000124	\N	宋某的出校申请	2026-02-21 05:55:12+00	2026-02-21 09:21:57+00	2026-02-21 10:44:12+00	2026-02-21 10:44:12+00	f	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	U0000067	\N	方某的出校申请	2026-03-22 00:42:02+00	2026-03-22 04:22:14+00	2026-03-22 06:18:56+00	2026-03-22 06:18:56+00	f	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
\.


--
-- Data for Name: post; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.post (id, name, code, department_id, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
P00001	党支部书记1	PC00001	D00007	t	enabled	2026-01-18 03:25:42+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00002	党支部书记2	PC00002	D00005	t	enabled	2026-03-11 06:51:25+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00007	科员7	PC00007	D00010	t	enabled	2026-11-27 00:45:48+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00004	副院长4	PC00004	D00011	t	enabled	2026-06-23 13:42:51+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00006	教务秘书6（调整）	PC00006	D00004	t	enabled	2026-11-27 00:27:09+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
\.


--
-- Data for Name: post_member; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.post_member (post_id, department_id, user_id, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
P00004	D00011	U0000086	t	enabled	2026-06-23 13:42:51+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00006	D00004	U0000009	t	enabled	2026-11-27 00:27:09+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00001	D00007	U0000079	t	enabled	2026-01-18 03:25:42+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00004	D00011	U0000148	t	enabled	2026-06-23 13:42:51+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00001	D00007	U0000110	t	enabled	2026-01-18 03:25:42+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00004	D00011	U0000055	t	enabled	2026-06-23 13:42:51+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00002	D00005	U0000071	t	enabled	2026-03-11 06:51:25+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00007	D00010	U0000013	t	enabled	2026-11-27 00:45:48+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00002	D00005	U0000040	t	enabled	2026-03-11 06:51:25+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00004	D00011	U0000117	t	enabled	2026-06-23 13:42:51+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00002	D00005	U0000009	t	enabled	2026-03-11 06:51:25+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00001	D00007	U0000048	t	enabled	2026-01-18 03:25:42+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00007	D00010	U0000113	t	enabled	2026-11-27 00:45:48+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
P00006	D00004	U0000037	t	enabled	2026-11-27 00:27:09+00	2026-11-29 12:06:16.053111+00	2026-11-29 12:06:16.053111+00	\N
\.


--
-- Data for Name: process_instance; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.process_instance (id, process_code, process_name, category, title, creator_user_id, agent_user_id, anonymous, parent_instance_id, created_at, finished_at, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
S0000017	seal	用印申请	office	陈某的用印申请	U0000105	\N	f	\N	2026-02-16 12:41:59+00	2026-02-16 15:28:25+00	t	completed	2026-02-16 15:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000006	out_school	出校申请	out_school	杜某的出校申请	U0000042	\N	f	\N	2025-12-25 12:47:04+00	2025-12-25 19:34:44+00	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000028	reimburse	报销	finance	许某的报销	U0000026	\N	f	\N	2026-04-10 06:25:13+00	2026-04-10 11:22:06+00	t	completed	2026-04-10 11:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000044	purchase	采购申请	finance	何某的采购申请	U0000017	\N	f	S0000042	2026-06-26 06:22:31+00	2026-06-26 07:34:44+00	t	rejected	2026-06-26 07:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000025	purchase	采购申请	finance	吴某的采购申请	U0000109	\N	f	\N	2026-03-26 23:10:02+00	2026-03-27 01:34:44+00	t	completed	2026-03-27 01:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000032	meeting_room	会议室预约	office	邱某的会议室预约	U0000073	U0000074	f	\N	2026-04-29 12:54:39+00	2026-04-29 16:25:15+00	t	completed	2026-04-29 16:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000063	seal	用印申请	office	黄某的用印申请	U0000007	\N	f	\N	2026-09-25 10:32:43+00	2026-09-25 13:34:44+00	t	completed	2026-09-25 13:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000037	seal	用印申请	office	韩某的用印申请	U0000127	\N	f	\N	2026-05-23 10:05:09+00	2026-05-23 16:44:12+00	t	completed	2026-05-23 16:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000065	leave	请假	office	姚某的请假	U0000051	\N	f	S0000059	2026-10-05 02:01:53+00	2026-10-05 04:06:18+00	t	completed	2026-10-05 04:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	out_school	出校申请	out_school	程某的出校申请	U0000044	\N	f	\N	2026-08-27 14:45:17+00	2026-08-27 18:00:00+00	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000062	purchase	采购申请	finance	梁某的采购申请	U0000122	\N	f	\N	2026-09-20 15:10:00+00	2026-09-20 18:18:56+00	t	rejected	2026-09-20 18:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000015	meeting_room	会议室预约	office	林某的会议室预约	U0000119	\N	f	\N	2026-02-06 21:21:22+00	2026-02-07 00:56:50+00	t	completed	2026-02-07 00:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000003	leave	请假	office	异常样例	U0000001	\N	f	\N	2026-11-20 22:00:00+00	2026-11-20 23:00:00+00	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000038	seal	用印申请	office	孙某的用印申请	U0000012	\N	f	\N	2026-05-28 09:14:43+00	2026-05-28 12:00:00+00	t	completed	2026-05-28 12:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000004	reimburse	报销	finance	梁某的报销	U0000022	\N	f	\N	2025-12-16 01:41:33+00	2025-12-16 05:03:09+00	t	completed	2025-12-16 05:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000067	reimburse	报销	finance	方某的报销	U0000067	\N	f	\N	2026-10-14 11:18:57+00	2026-10-14 18:37:53+00	t	completed	2026-10-14 18:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000002	purchase	采购申请	finance	邓某的采购申请	U0000029	\N	f	\N	2025-12-06 08:35:54+00	2025-12-06 14:31:34+00	t	completed	2025-12-06 14:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000023	reimburse	报销	finance	张某的报销	U0000103	\N	f	\N	2026-03-17 07:08:36+00	2026-03-17 11:03:09+00	t	completed	2026-03-17 11:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000041	purchase	采购申请	finance	邵某的采购申请	U0000090	\N	f	\N	2026-06-11 19:34:37+00	2026-06-11 21:47:22+00	t	completed	2026-06-11 21:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	out_school	出校申请	out_school	董某的出校申请	U0000035	\N	f	\N	2026-11-27 00:15:14+00	\N	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000033	meeting_room	会议室预约	office	郑某的会议室预约	U0000021	\N	f	\N	2026-05-04 09:17:08+00	2026-05-04 11:41:03+00	t	completed	2026-05-04 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000035	out_school	出校申请	out_school	汤某的出校申请	U0000100	\N	f	\N	2026-05-13 20:17:59+00	2026-05-14 02:12:37+00	t	cancelled	2026-05-14 02:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000042	meeting_room	会议室预约	office	曹某的会议室预约	U0000130	\N	f	\N	2026-06-16 11:44:35+00	2026-06-16 17:03:09+00	t	completed	2026-06-16 17:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000005	leave	请假	office	余某的请假	U0000141	\N	f	\N	2025-12-20 18:58:02+00	2025-12-21 00:18:56+00	t	completed	2025-12-21 00:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000069	meeting_room	会议室预约	office	曹某的会议室预约	U0000030	\N	f	\N	2026-10-24 06:43:00+00	2026-10-24 09:09:28+00	t	rejected	2026-10-24 09:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000051	reimburse	报销	finance	宋某的报销	U0000024	\N	f	\N	2026-07-29 18:55:58+00	2026-07-29 22:25:15+00	t	completed	2026-07-29 22:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000013	meeting_room	会议室预约	office	于某的会议室预约	U0000038	\N	f	\N	2026-01-28 07:31:41+00	2026-01-28 10:25:15+00	t	completed	2026-01-28 10:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000060	seal	用印申请	office	宋某的用印申请	U0000024	\N	f	\N	2026-09-11 00:42:17+00	2026-09-11 03:47:22+00	t	completed	2026-09-11 03:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000016	leave	请假	office	张某的请假	U0000103	\N	t	\N	2026-02-11 16:35:01+00	2026-02-11 20:12:37+00	t	completed	2026-02-11 20:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000043	purchase	采购申请	finance	杨某的采购申请	U0000106	\N	f	\N	2026-06-21 07:43:57+00	2026-06-21 12:18:56+00	t	completed	2026-06-21 12:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000075	seal	用印申请	office	宋某的用印申请	U0000024	\N	f	\N	2026-11-22 01:26:31+00	2026-11-22 04:44:12+00	t	completed	2026-11-22 04:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	out_school	出校申请	out_school	雷某的出校申请	U0000079	\N	f	S0000046	2026-08-22 17:32:15+00	2026-08-22 22:44:12+00	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000021	reimburse	报销	finance	郭某的报销	U0000116	\N	f	\N	2026-03-07 18:29:00+00	2026-03-07 20:31:34+00	t	completed	2026-03-07 20:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000054	reimburse	报销	finance	段某的报销	U0000078	\N	f	\N	2026-08-13 05:47:39+00	2026-08-13 08:12:37+00	t	completed	2026-08-13 08:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000061	seal	用印申请	office	丁某的用印申请	U0000048	\N	f	\N	2026-09-15 19:05:41+00	2026-09-15 23:03:09+00	t	completed	2026-09-15 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000068	meeting_room	会议室预约	office	郑某的会议室预约	U0000121	\N	f	\N	2026-10-19 07:06:01+00	2026-10-19 13:53:41+00	t	completed	2026-10-19 13:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000049	reimburse	报销	finance	蔡某的报销	U0000140	\N	f	\N	2026-07-20 04:30:33+00	2026-07-20 07:53:41+00	t	completed	2026-07-20 07:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000074	reimburse	报销	finance	余某的报销	U0000141	\N	f	\N	2026-11-17 07:49:12+00	2026-11-17 09:28:25+00	t	completed	2026-11-17 09:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000009	reimburse	报销	finance	许某的报销	U0000026	\N	f	\N	2026-01-09 04:37:12+00	2026-01-09 05:22:06+00	t	completed	2026-01-09 05:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000058	leave	请假	office	唐某的请假	U0000125	U0000126	f	\N	2026-09-01 13:13:37+00	\N	t	running	2026-09-01 13:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000047	reimburse	报销	finance	陆某的报销	U0000057	\N	f	\N	2026-07-10 13:29:09+00	2026-07-10 17:22:06+00	t	completed	2026-07-10 17:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000072	reimburse	报销	finance	林某的报销	U0000019	\N	f	\N	2026-11-07 15:35:56+00	2026-11-07 18:56:50+00	t	completed	2026-11-07 18:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	out_school	出校申请	out_school	龙某的出校申请	U0000081	\N	f	\N	2026-05-09 02:08:33+00	2026-05-09 06:56:50+00	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000026	reimburse	报销	finance	肖某的报销	U0000133	\N	f	\N	2026-03-31 15:04:31+00	2026-03-31 20:50:31+00	t	completed	2026-03-31 20:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000002	leave	请假	office	异常样例	U0000001	\N	f	\N	2026-11-20 22:00:00+00	\N	t	running	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000064	meeting_room	会议室预约	office	刘某的会议室预约	U0000104	\N	f	\N	2026-09-30 06:06:17+00	2026-09-30 08:50:31+00	t	completed	2026-09-30 08:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	out_school	出校申请	out_school	于某的出校申请	U0000038	U0000039	f	S0000023	2026-04-05 10:40:48+00	2026-04-05 16:06:18+00	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	out_school	出校申请	out_school	曹某的出校申请	U0000130	\N	f	\N	2026-03-02 22:43:14+00	2026-03-03 01:15:47+00	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	out_school	出校申请	out_school	蔡某的出校申请	U0000140	\N	f	\N	2026-06-06 21:49:29+00	2026-06-07 02:31:34+00	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000031	purchase	采购申请	finance	唐某的采购申请	U0000125	\N	f	\N	2026-04-24 16:44:04+00	2026-04-24 21:09:28+00	t	completed	2026-04-24 21:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000008	seal	用印申请	office	任某的用印申请	U0000049	\N	f	\N	2026-01-04 07:42:24+00	2026-01-04 10:06:18+00	t	rejected	2026-01-04 10:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000073	leave	请假	office	潘某的请假	U0000137	U0000138	f	\N	2026-11-12 09:54:39+00	2026-11-12 14:12:37+00	t	completed	2026-11-12 14:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000070	leave	请假	office	陈某的请假	U0000005	\N	f	\N	2026-10-29 02:09:07+00	2026-10-29 04:25:15+00	t	completed	2026-10-29 04:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000045	reimburse	报销	finance	黄某的报销	U0000107	\N	f	\N	2026-06-30 23:48:07+00	2026-07-01 02:50:31+00	t	completed	2026-07-01 02:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000022	reimburse	报销	finance	任某的报销	U0000149	\N	f	\N	2026-03-12 13:29:08+00	2026-03-12 15:47:22+00	t	completed	2026-03-12 15:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000071	reimburse	报销	finance	黄某的报销	U0000107	\N	f	\N	2026-11-02 20:42:21+00	2026-11-02 23:41:03+00	t	completed	2026-11-02 23:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000046	purchase	采购申请	finance	董某的采购申请	U0000135	\N	f	\N	2026-07-05 19:36:37+00	2026-07-05 22:06:18+00	t	completed	2026-07-05 22:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000007	leave	请假	office	曹某的请假	U0000130	\N	f	\N	2025-12-30 10:18:22+00	2025-12-30 14:50:31+00	t	completed	2025-12-30 14:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	out_school	出校申请	out_school	宋某的出校申请	U0000124	\N	f	\N	2026-02-21 05:55:12+00	2026-02-21 10:44:12+00	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	out_school	出校申请	out_school	方某的出校申请	U0000067	\N	f	\N	2026-03-22 00:42:02+00	2026-03-22 06:18:56+00	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000001	leave	请假	office	异常样例	U0000001	\N	f	\N	2026-11-20 22:00:00+00	2026-11-21 00:00:00+00	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000011	meeting_room	会议室预约	office	许某的会议室预约	U0000026	\N	f	\N	2026-01-18 14:55:51+00	2026-01-18 19:53:41+00	t	completed	2026-01-18 19:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000012	leave	请假	office	沈某的请假	U0000050	\N	f	\N	2026-11-26 20:05:29+00	2026-11-27 00:14:29+00	t	completed	2026-11-27 00:14:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000052	meeting_room	会议室预约	office	肖某的会议室预约	U0000033	\N	f	\N	2026-08-03 13:45:02+00	2026-08-03 17:41:03+00	t	completed	2026-08-03 17:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000055	purchase	采购申请	finance	梁某的采购申请	U0000022	\N	f	\N	2026-08-18 01:40:16+00	2026-08-18 03:28:25+00	t	terminated	2026-08-18 03:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000053	seal	用印申请	office	马某的用印申请	U0000113	\N	f	\N	2026-08-08 07:41:17+00	2026-08-08 12:56:50+00	t	completed	2026-08-08 12:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000059	purchase	采购申请	finance	杜某的采购申请	U0000142	\N	f	\N	2026-09-06 06:40:19+00	2026-09-06 08:31:34+00	t	completed	2026-09-06 08:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000019	seal	用印申请	office	周某的用印申请	U0000010	\N	f	\N	2026-02-26 00:57:34+00	2026-02-26 06:00:00+00	t	completed	2026-02-26 06:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000014	purchase	采购申请	finance	曹某的采购申请	U0000130	\N	f	\N	2026-02-02 02:24:08+00	2026-02-02 05:41:03+00	t	completed	2026-02-02 05:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000001	seal	用印申请	office	刘某的用印申请	U0000104	\N	f	\N	2025-12-01 17:00:11+00	2025-12-01 19:15:47+00	t	completed	2025-12-01 19:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000066	leave	请假	office	赵某的请假	U0000008	\N	f	\N	2026-10-09 19:44:13+00	2026-10-09 23:22:06+00	t	completed	2026-10-09 23:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000030	leave	请假	office	许某的请假	U0000126	\N	f	\N	2026-04-19 21:03:22+00	2026-04-20 01:53:41+00	t	completed	2026-04-20 01:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000003	seal	用印申请	office	唐某的用印申请	U0000025	\N	f	\N	2025-12-11 09:45:12+00	\N	t	running	2025-12-11 09:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000039	meeting_room	会议室预约	office	袁某的会议室预约	U0000136	\N	f	\N	2026-06-02 03:27:13+00	2026-06-02 07:15:47+00	t	completed	2026-06-02 07:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000048	meeting_room	会议室预约	office	武某的会议室预约	U0000095	\N	f	\N	2026-07-15 08:26:13+00	2026-07-15 12:37:53+00	t	completed	2026-07-15 12:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000050	reimburse	报销	finance	李某的报销	U0000002	\N	f	\N	2026-07-25 02:23:03+00	2026-07-25 03:09:28+00	t	completed	2026-07-25 03:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000029	reimburse	报销	finance	许某的报销	U0000126	U0000127	f	\N	2026-04-15 04:22:18+00	2026-04-15 06:37:53+00	t	completed	2026-04-15 06:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000010	meeting_room	会议室预约	office	孔某的会议室预约	U0000098	\N	f	\N	2026-01-13 20:09:59+00	2026-01-14 00:37:53+00	t	completed	2026-01-14 00:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000036	leave	请假	office	韦某的请假	U0000065	\N	f	\N	2026-05-18 18:01:10+00	2026-05-18 21:28:25+00	t	completed	2026-05-18 21:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
\.


--
-- Data for Name: process_node_time; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.process_node_time (instance_id, node_id, node_name, visits, seconds, first_entered_at, last_left_at, is_open, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
S0000001	N1	提交申请	1	1180	2025-12-01 17:00:11+00	2025-12-01 17:19:51+00	f	t	completed	2025-12-01 19:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000001	N2	辅导员审批	1	1967	2025-12-01 17:19:51+00	2025-12-01 17:52:38+00	f	t	completed	2025-12-01 19:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000001	N3	学院审批	1	4989	2025-12-01 17:52:38+00	2025-12-01 19:15:47+00	f	t	completed	2025-12-01 19:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000002	N1	提交申请	2	8705	2025-12-06 08:35:54+00	2025-12-06 13:01:28+00	f	t	completed	2025-12-06 14:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000002	N2	辅导员审批	2	9751	2025-12-06 09:42:24+00	2025-12-06 13:43:30+00	f	t	completed	2025-12-06 14:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000002	N3	学院审批	1	2884	2025-12-06 13:43:30+00	2025-12-06 14:31:34+00	f	t	completed	2025-12-06 14:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000003	N1	提交申请	1	10	2025-12-11 09:45:12+00	2025-12-11 09:45:22+00	f	t	running	2025-12-11 09:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000003	N2	辅导员审批	1	0	2025-12-11 09:45:22+00	\N	t	t	running	2025-12-11 09:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000004	N1	提交申请	1	7236	2025-12-16 01:41:33+00	2025-12-16 03:42:09+00	f	t	completed	2025-12-16 05:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000004	N2	辅导员审批	1	3302	2025-12-16 03:42:09+00	2025-12-16 04:37:11+00	f	t	completed	2025-12-16 05:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000004	N3	学院审批	1	1558	2025-12-16 04:37:11+00	2025-12-16 05:03:09+00	f	t	completed	2025-12-16 05:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000005	N1	提交申请	1	7046	2025-12-20 18:58:02+00	2025-12-20 20:55:28+00	f	t	completed	2025-12-21 00:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000005	N2	辅导员审批	1	6109	2025-12-20 20:55:28+00	2025-12-20 22:37:17+00	f	t	completed	2025-12-21 00:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000005	N3	学院审批	1	6099	2025-12-20 22:37:17+00	2025-12-21 00:18:56+00	f	t	completed	2025-12-21 00:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000006	N1	提交申请	2	9240	2025-12-25 12:47:04+00	2025-12-25 16:42:08+00	f	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000006	N2	辅导员审批	2	8300	2025-12-25 13:23:13+00	2025-12-25 17:39:24+00	f	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000006	N3	离校登记	1	3347	2025-12-25 17:39:24+00	2025-12-25 18:35:11+00	f	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000006	N4	返校登记	1	3573	2025-12-25 18:35:11+00	2025-12-25 19:34:44+00	f	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000007	N1	提交申请	2	4174	2025-12-30 10:18:22+00	2025-12-30 11:43:57+00	f	t	completed	2025-12-30 14:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000007	N2	辅导员审批	2	6073	2025-12-30 11:06:14+00	2025-12-30 13:09:09+00	f	t	completed	2025-12-30 14:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000007	N3	学院审批	1	6082	2025-12-30 13:09:09+00	2025-12-30 14:50:31+00	f	t	completed	2025-12-30 14:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000008	N1	提交申请	1	2871	2026-01-04 07:42:24+00	2026-01-04 08:30:15+00	f	t	rejected	2026-01-04 10:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000008	N2	辅导员审批	1	5763	2026-01-04 08:30:15+00	2026-01-04 10:06:18+00	f	t	rejected	2026-01-04 10:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000009	N1	提交申请	1	1151	2026-01-09 04:37:12+00	2026-01-09 04:56:23+00	f	t	completed	2026-01-09 05:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000009	N2	辅导员审批	1	563	2026-01-09 04:56:23+00	2026-01-09 05:05:46+00	f	t	completed	2026-01-09 05:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000009	N3	学院审批	1	980	2026-01-09 05:05:46+00	2026-01-09 05:22:06+00	f	t	completed	2026-01-09 05:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000010	N1	提交申请	2	4123	2026-01-13 20:09:59+00	2026-01-13 22:56:42+00	f	t	completed	2026-01-14 00:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000010	N2	辅导员审批	2	10148	2026-01-13 20:32:47+00	2026-01-14 00:07:50+00	f	t	completed	2026-01-14 00:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000010	N3	学院审批	1	1803	2026-01-14 00:07:50+00	2026-01-14 00:37:53+00	f	t	completed	2026-01-14 00:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000011	N1	提交申请	1	6187	2026-01-18 14:55:51+00	2026-01-18 16:38:58+00	f	t	completed	2026-01-18 19:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000011	N2	辅导员审批	1	7061	2026-01-18 16:38:58+00	2026-01-18 18:36:39+00	f	t	completed	2026-01-18 19:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000011	N3	学院审批	1	4622	2026-01-18 18:36:39+00	2026-01-18 19:53:41+00	f	t	completed	2026-01-18 19:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000012	N1	提交申请	1	6920	2026-11-26 20:05:29+00	2026-11-26 22:00:49+00	f	t	completed	2026-11-27 00:14:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000012	N2	辅导员审批	1	4694	2026-11-26 22:00:49+00	2026-11-26 23:19:03+00	f	t	completed	2026-11-27 00:14:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000012	N3	学院审批	1	3326	2026-11-26 23:19:03+00	2026-11-27 00:14:29+00	f	t	completed	2026-11-27 00:14:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000013	N1	提交申请	1	4186	2026-01-28 07:31:41+00	2026-01-28 08:41:27+00	f	t	completed	2026-01-28 10:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000013	N2	辅导员审批	1	1200	2026-01-28 08:41:27+00	2026-01-28 09:01:27+00	f	t	completed	2026-01-28 10:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000013	N3	学院审批	1	5028	2026-01-28 09:01:27+00	2026-01-28 10:25:15+00	f	t	completed	2026-01-28 10:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000014	N1	提交申请	1	3449	2026-02-02 02:24:08+00	2026-02-02 03:21:37+00	f	t	completed	2026-02-02 05:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000014	N2	辅导员审批	1	4256	2026-02-02 03:21:37+00	2026-02-02 04:32:33+00	f	t	completed	2026-02-02 05:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000014	N3	学院审批	1	4110	2026-02-02 04:32:33+00	2026-02-02 05:41:03+00	f	t	completed	2026-02-02 05:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000015	N1	提交申请	1	5374	2026-02-06 21:21:22+00	2026-02-06 22:50:56+00	f	t	completed	2026-02-07 00:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000015	N2	辅导员审批	1	868	2026-02-06 22:50:56+00	2026-02-06 23:05:24+00	f	t	completed	2026-02-07 00:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000015	N3	学院审批	1	6686	2026-02-06 23:05:24+00	2026-02-07 00:56:50+00	f	t	completed	2026-02-07 00:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000016	N1	提交申请	1	7257	2026-02-11 16:35:01+00	2026-02-11 18:35:58+00	f	t	completed	2026-02-11 20:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000016	N2	辅导员审批	1	2860	2026-02-11 18:35:58+00	2026-02-11 19:23:38+00	f	t	completed	2026-02-11 20:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000016	N3	学院审批	1	2939	2026-02-11 19:23:38+00	2026-02-11 20:12:37+00	f	t	completed	2026-02-11 20:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000017	N1	提交申请	1	3829	2026-02-16 12:41:59+00	2026-02-16 13:45:48+00	f	t	completed	2026-02-16 15:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000017	N2	辅导员审批	1	3651	2026-02-16 13:45:48+00	2026-02-16 14:46:39+00	f	t	completed	2026-02-16 15:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000017	N3	学院审批	1	2506	2026-02-16 14:46:39+00	2026-02-16 15:28:25+00	f	t	completed	2026-02-16 15:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	N1	提交申请	1	3550	2026-02-21 05:55:12+00	2026-02-21 06:54:22+00	f	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	N2	辅导员审批	1	7008	2026-02-21 06:54:22+00	2026-02-21 08:51:10+00	f	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	N3	离校登记	1	1847	2026-02-21 08:51:10+00	2026-02-21 09:21:57+00	f	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	N4	返校登记	1	4935	2026-02-21 09:21:57+00	2026-02-21 10:44:12+00	f	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000019	N1	提交申请	1	5894	2026-02-26 00:57:34+00	2026-02-26 02:35:48+00	f	t	completed	2026-02-26 06:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000019	N2	辅导员审批	1	5370	2026-02-26 02:35:48+00	2026-02-26 04:05:18+00	f	t	completed	2026-02-26 06:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000019	N3	学院审批	1	6882	2026-02-26 04:05:18+00	2026-02-26 06:00:00+00	f	t	completed	2026-02-26 06:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	N1	提交申请	1	1195	2026-03-02 22:43:14+00	2026-03-02 23:03:09+00	f	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	N2	辅导员审批	1	1655	2026-03-02 23:03:09+00	2026-03-02 23:30:44+00	f	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	N3	离校登记	1	3155	2026-03-02 23:30:44+00	2026-03-03 00:23:19+00	f	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	N4	返校登记	1	3148	2026-03-03 00:23:19+00	2026-03-03 01:15:47+00	f	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000021	N1	提交申请	1	5786	2026-03-07 18:29:00+00	2026-03-07 20:05:26+00	f	t	completed	2026-03-07 20:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000021	N2	辅导员审批	1	989	2026-03-07 20:05:26+00	2026-03-07 20:21:55+00	f	t	completed	2026-03-07 20:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000021	N3	学院审批	1	579	2026-03-07 20:21:55+00	2026-03-07 20:31:34+00	f	t	completed	2026-03-07 20:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000022	N1	提交申请	1	6731	2026-03-12 13:29:08+00	2026-03-12 15:21:19+00	f	t	completed	2026-03-12 15:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000022	N2	辅导员审批	1	1217	2026-03-12 15:21:19+00	2026-03-12 15:41:36+00	f	t	completed	2026-03-12 15:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000022	N3	学院审批	1	346	2026-03-12 15:41:36+00	2026-03-12 15:47:22+00	f	t	completed	2026-03-12 15:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000023	N1	提交申请	1	6405	2026-03-17 07:08:36+00	2026-03-17 08:55:21+00	f	t	completed	2026-03-17 11:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000023	N2	辅导员审批	1	3637	2026-03-17 08:55:21+00	2026-03-17 09:55:58+00	f	t	completed	2026-03-17 11:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000023	N3	学院审批	1	4031	2026-03-17 09:55:58+00	2026-03-17 11:03:09+00	f	t	completed	2026-03-17 11:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	N1	提交申请	1	4192	2026-03-22 00:42:02+00	2026-03-22 01:51:54+00	f	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	N2	辅导员审批	1	5836	2026-03-22 01:51:54+00	2026-03-22 03:29:10+00	f	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	N3	离校登记	1	3184	2026-03-22 03:29:10+00	2026-03-22 04:22:14+00	f	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	N4	返校登记	1	7002	2026-03-22 04:22:14+00	2026-03-22 06:18:56+00	f	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000025	N1	提交申请	1	4548	2026-03-26 23:10:02+00	2026-03-27 00:25:50+00	f	t	completed	2026-03-27 01:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000025	N2	辅导员审批	1	2402	2026-03-27 00:25:50+00	2026-03-27 01:05:52+00	f	t	completed	2026-03-27 01:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000025	N3	学院审批	1	1732	2026-03-27 01:05:52+00	2026-03-27 01:34:44+00	f	t	completed	2026-03-27 01:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000026	N1	提交申请	2	8442	2026-03-31 15:04:31+00	2026-03-31 18:24:00+00	f	t	completed	2026-03-31 20:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000026	N2	辅导员审批	2	10561	2026-03-31 16:30:06+00	2026-03-31 20:21:14+00	f	t	completed	2026-03-31 20:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000026	N3	学院审批	1	1757	2026-03-31 20:21:14+00	2026-03-31 20:50:31+00	f	t	completed	2026-03-31 20:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	N1	提交申请	1	7418	2026-04-05 10:40:48+00	2026-04-05 12:44:26+00	f	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	N2	辅导员审批	1	537	2026-04-05 12:44:26+00	2026-04-05 12:53:23+00	f	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	N3	离校登记	1	4343	2026-04-05 12:53:23+00	2026-04-05 14:05:46+00	f	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	N4	返校登记	1	7232	2026-04-05 14:05:46+00	2026-04-05 16:06:18+00	f	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000028	N1	提交申请	1	4463	2026-04-10 06:25:13+00	2026-04-10 07:39:36+00	f	t	completed	2026-04-10 11:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000028	N2	辅导员审批	1	7450	2026-04-10 07:39:36+00	2026-04-10 09:43:46+00	f	t	completed	2026-04-10 11:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000028	N3	学院审批	1	5900	2026-04-10 09:43:46+00	2026-04-10 11:22:06+00	f	t	completed	2026-04-10 11:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000029	N1	提交申请	1	3348	2026-04-15 04:22:18+00	2026-04-15 05:18:06+00	f	t	completed	2026-04-15 06:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000029	N2	辅导员审批	1	312	2026-04-15 05:18:06+00	2026-04-15 05:23:18+00	f	t	completed	2026-04-15 06:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000029	N3	学院审批	1	4475	2026-04-15 05:23:18+00	2026-04-15 06:37:53+00	f	t	completed	2026-04-15 06:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000030	N1	提交申请	1	6227	2026-04-19 21:03:22+00	2026-04-19 22:47:09+00	f	t	completed	2026-04-20 01:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000030	N2	辅导员审批	1	7123	2026-04-19 22:47:09+00	2026-04-20 00:45:52+00	f	t	completed	2026-04-20 01:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000030	N3	学院审批	1	4069	2026-04-20 00:45:52+00	2026-04-20 01:53:41+00	f	t	completed	2026-04-20 01:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000031	N1	提交申请	1	4694	2026-04-24 16:44:04+00	2026-04-24 18:02:18+00	f	t	completed	2026-04-24 21:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000031	N2	辅导员审批	1	4640	2026-04-24 18:02:18+00	2026-04-24 19:19:38+00	f	t	completed	2026-04-24 21:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000031	N3	学院审批	1	6590	2026-04-24 19:19:38+00	2026-04-24 21:09:28+00	f	t	completed	2026-04-24 21:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000032	N1	提交申请	1	2048	2026-04-29 12:54:39+00	2026-04-29 13:28:47+00	f	t	completed	2026-04-29 16:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000032	N2	辅导员审批	1	7269	2026-04-29 13:28:47+00	2026-04-29 15:29:56+00	f	t	completed	2026-04-29 16:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000032	N3	学院审批	1	3319	2026-04-29 15:29:56+00	2026-04-29 16:25:15+00	f	t	completed	2026-04-29 16:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000033	N1	提交申请	2	3201	2026-05-04 09:17:08+00	2026-05-04 10:47:21+00	f	t	completed	2026-05-04 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000033	N2	辅导员审批	2	3785	2026-05-04 09:30:39+00	2026-05-04 11:13:34+00	f	t	completed	2026-05-04 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000033	N3	学院审批	1	1649	2026-05-04 11:13:34+00	2026-05-04 11:41:03+00	f	t	completed	2026-05-04 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	N1	提交申请	1	5780	2026-05-09 02:08:33+00	2026-05-09 03:44:53+00	f	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	N2	辅导员审批	1	6972	2026-05-09 03:44:53+00	2026-05-09 05:41:05+00	f	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	N3	离校登记	1	1227	2026-05-09 05:41:05+00	2026-05-09 06:01:32+00	f	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	N4	返校登记	1	3318	2026-05-09 06:01:32+00	2026-05-09 06:56:50+00	f	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000035	N1	提交申请	2	9607	2026-05-13 20:17:59+00	2026-05-14 00:20:27+00	f	t	cancelled	2026-05-14 02:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000035	N2	辅导员审批	2	11671	2026-05-13 21:54:59+00	2026-05-14 02:12:37+00	f	t	cancelled	2026-05-14 02:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000036	N1	提交申请	1	5227	2026-05-18 18:01:10+00	2026-05-18 19:28:17+00	f	t	completed	2026-05-18 21:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000036	N2	辅导员审批	1	2304	2026-05-18 19:28:17+00	2026-05-18 20:06:41+00	f	t	completed	2026-05-18 21:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000036	N3	学院审批	1	4904	2026-05-18 20:06:41+00	2026-05-18 21:28:25+00	f	t	completed	2026-05-18 21:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000037	N1	提交申请	2	10890	2026-05-23 10:05:09+00	2026-05-23 14:14:07+00	f	t	completed	2026-05-23 16:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000037	N2	辅导员审批	2	6828	2026-05-23 11:10:28+00	2026-05-23 15:00:27+00	f	t	completed	2026-05-23 16:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000037	N3	学院审批	1	6225	2026-05-23 15:00:27+00	2026-05-23 16:44:12+00	f	t	completed	2026-05-23 16:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000038	N1	提交申请	1	3061	2026-05-28 09:14:43+00	2026-05-28 10:05:44+00	f	t	completed	2026-05-28 12:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000038	N2	辅导员审批	1	381	2026-05-28 10:05:44+00	2026-05-28 10:12:05+00	f	t	completed	2026-05-28 12:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000038	N3	学院审批	1	6475	2026-05-28 10:12:05+00	2026-05-28 12:00:00+00	f	t	completed	2026-05-28 12:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000039	N1	提交申请	2	6570	2026-06-02 03:27:13+00	2026-06-02 05:38:20+00	f	t	completed	2026-06-02 07:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000039	N2	辅导员审批	2	2685	2026-06-02 03:49:27+00	2026-06-02 06:01:28+00	f	t	completed	2026-06-02 07:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000039	N3	学院审批	1	4459	2026-06-02 06:01:28+00	2026-06-02 07:15:47+00	f	t	completed	2026-06-02 07:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	N1	提交申请	1	2181	2026-06-06 21:49:29+00	2026-06-06 22:25:50+00	f	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	N2	辅导员审批	1	1905	2026-06-06 22:25:50+00	2026-06-06 22:57:35+00	f	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	N3	离校登记	1	6013	2026-06-06 22:57:35+00	2026-06-07 00:37:48+00	f	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	N4	返校登记	1	6826	2026-06-07 00:37:48+00	2026-06-07 02:31:34+00	f	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000041	N1	提交申请	1	1309	2026-06-11 19:34:37+00	2026-06-11 19:56:26+00	f	t	completed	2026-06-11 21:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000041	N2	辅导员审批	1	1801	2026-06-11 19:56:26+00	2026-06-11 20:26:27+00	f	t	completed	2026-06-11 21:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000041	N3	学院审批	1	4855	2026-06-11 20:26:27+00	2026-06-11 21:47:22+00	f	t	completed	2026-06-11 21:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000042	N1	提交申请	1	7058	2026-06-16 11:44:35+00	2026-06-16 13:42:13+00	f	t	completed	2026-06-16 17:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000042	N2	辅导员审批	1	7245	2026-06-16 13:42:13+00	2026-06-16 15:42:58+00	f	t	completed	2026-06-16 17:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000042	N3	学院审批	1	4811	2026-06-16 15:42:58+00	2026-06-16 17:03:09+00	f	t	completed	2026-06-16 17:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000043	N1	提交申请	1	5376	2026-06-21 07:43:57+00	2026-06-21 09:13:33+00	f	t	completed	2026-06-21 12:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000043	N2	辅导员审批	1	7495	2026-06-21 09:13:33+00	2026-06-21 11:18:28+00	f	t	completed	2026-06-21 12:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000043	N3	学院审批	1	3628	2026-06-21 11:18:28+00	2026-06-21 12:18:56+00	f	t	completed	2026-06-21 12:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000044	N1	提交申请	1	2780	2026-06-26 06:22:31+00	2026-06-26 07:08:51+00	f	t	rejected	2026-06-26 07:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000044	N2	辅导员审批	1	1553	2026-06-26 07:08:51+00	2026-06-26 07:34:44+00	f	t	rejected	2026-06-26 07:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000045	N1	提交申请	1	1293	2026-06-30 23:48:07+00	2026-07-01 00:09:40+00	f	t	completed	2026-07-01 02:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000045	N2	辅导员审批	1	4728	2026-07-01 00:09:40+00	2026-07-01 01:28:28+00	f	t	completed	2026-07-01 02:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000045	N3	学院审批	1	4923	2026-07-01 01:28:28+00	2026-07-01 02:50:31+00	f	t	completed	2026-07-01 02:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000046	N1	提交申请	1	4877	2026-07-05 19:36:37+00	2026-07-05 20:57:54+00	f	t	completed	2026-07-05 22:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000046	N2	辅导员审批	1	1857	2026-07-05 20:57:54+00	2026-07-05 21:28:51+00	f	t	completed	2026-07-05 22:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000046	N3	学院审批	1	2247	2026-07-05 21:28:51+00	2026-07-05 22:06:18+00	f	t	completed	2026-07-05 22:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000047	N1	提交申请	1	4552	2026-07-10 13:29:09+00	2026-07-10 14:45:01+00	f	t	completed	2026-07-10 17:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000047	N2	辅导员审批	1	4647	2026-07-10 14:45:01+00	2026-07-10 16:02:28+00	f	t	completed	2026-07-10 17:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000047	N3	学院审批	1	4778	2026-07-10 16:02:28+00	2026-07-10 17:22:06+00	f	t	completed	2026-07-10 17:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000048	N1	提交申请	1	3362	2026-07-15 08:26:13+00	2026-07-15 09:22:15+00	f	t	completed	2026-07-15 12:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000048	N2	辅导员审批	1	5238	2026-07-15 09:22:15+00	2026-07-15 10:49:33+00	f	t	completed	2026-07-15 12:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000048	N3	学院审批	1	6500	2026-07-15 10:49:33+00	2026-07-15 12:37:53+00	f	t	completed	2026-07-15 12:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000049	N1	提交申请	1	6028	2026-07-20 04:30:33+00	2026-07-20 06:11:01+00	f	t	completed	2026-07-20 07:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000049	N2	辅导员审批	1	5555	2026-07-20 06:11:01+00	2026-07-20 07:43:36+00	f	t	completed	2026-07-20 07:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000049	N3	学院审批	1	605	2026-07-20 07:43:36+00	2026-07-20 07:53:41+00	f	t	completed	2026-07-20 07:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000050	N1	提交申请	1	1538	2026-07-25 02:23:03+00	2026-07-25 02:48:41+00	f	t	completed	2026-07-25 03:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000050	N2	辅导员审批	1	409	2026-07-25 02:48:41+00	2026-07-25 02:55:30+00	f	t	completed	2026-07-25 03:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000050	N3	学院审批	1	838	2026-07-25 02:55:30+00	2026-07-25 03:09:28+00	f	t	completed	2026-07-25 03:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000051	N1	提交申请	1	2108	2026-07-29 18:55:58+00	2026-07-29 19:31:06+00	f	t	completed	2026-07-29 22:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000051	N2	辅导员审批	1	3647	2026-07-29 19:31:06+00	2026-07-29 20:31:53+00	f	t	completed	2026-07-29 22:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000051	N3	学院审批	1	6802	2026-07-29 20:31:53+00	2026-07-29 22:25:15+00	f	t	completed	2026-07-29 22:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000052	N1	提交申请	1	6353	2026-08-03 13:45:02+00	2026-08-03 15:30:55+00	f	t	completed	2026-08-03 17:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000052	N2	辅导员审批	1	2714	2026-08-03 15:30:55+00	2026-08-03 16:16:09+00	f	t	completed	2026-08-03 17:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000052	N3	学院审批	1	5094	2026-08-03 16:16:09+00	2026-08-03 17:41:03+00	f	t	completed	2026-08-03 17:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000053	N1	提交申请	1	5009	2026-08-08 07:41:17+00	2026-08-08 09:04:46+00	f	t	completed	2026-08-08 12:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000053	N2	辅导员审批	1	7296	2026-08-08 09:04:46+00	2026-08-08 11:06:22+00	f	t	completed	2026-08-08 12:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000053	N3	学院审批	1	6628	2026-08-08 11:06:22+00	2026-08-08 12:56:50+00	f	t	completed	2026-08-08 12:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000054	N1	提交申请	1	2553	2026-08-13 05:47:39+00	2026-08-13 06:30:12+00	f	t	completed	2026-08-13 08:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000054	N2	辅导员审批	1	5250	2026-08-13 06:30:12+00	2026-08-13 07:57:42+00	f	t	completed	2026-08-13 08:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000054	N3	学院审批	1	895	2026-08-13 07:57:42+00	2026-08-13 08:12:37+00	f	t	completed	2026-08-13 08:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000055	N1	提交申请	1	5367	2026-08-18 01:40:16+00	2026-08-18 03:09:43+00	f	t	terminated	2026-08-18 03:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000055	N2	辅导员审批	1	1122	2026-08-18 03:09:43+00	2026-08-18 03:28:25+00	f	t	terminated	2026-08-18 03:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	N1	提交申请	1	3843	2026-08-22 17:32:15+00	2026-08-22 18:36:18+00	f	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	N2	辅导员审批	1	5082	2026-08-22 18:36:18+00	2026-08-22 20:01:00+00	f	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	N3	离校登记	1	5199	2026-08-22 20:01:00+00	2026-08-22 21:27:39+00	f	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	N4	返校登记	1	4593	2026-08-22 21:27:39+00	2026-08-22 22:44:12+00	f	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	N1	提交申请	1	404	2026-08-27 14:45:17+00	2026-08-27 14:52:01+00	f	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	N2	辅导员审批	1	2068	2026-08-27 14:52:01+00	2026-08-27 15:26:29+00	f	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	N3	离校登记	1	4000	2026-08-27 15:26:29+00	2026-08-27 16:33:09+00	f	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	N4	返校登记	1	5211	2026-08-27 16:33:09+00	2026-08-27 18:00:00+00	f	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000058	N1	提交申请	1	10	2026-09-01 13:13:37+00	2026-09-01 13:13:47+00	f	t	running	2026-09-01 13:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000058	N2	辅导员审批	1	0	2026-09-01 13:13:47+00	\N	t	t	running	2026-09-01 13:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000059	N1	提交申请	1	3803	2026-09-06 06:40:19+00	2026-09-06 07:43:42+00	f	t	completed	2026-09-06 08:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000059	N2	辅导员审批	1	551	2026-09-06 07:43:42+00	2026-09-06 07:52:53+00	f	t	completed	2026-09-06 08:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000059	N3	学院审批	1	2321	2026-09-06 07:52:53+00	2026-09-06 08:31:34+00	f	t	completed	2026-09-06 08:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000060	N1	提交申请	1	1784	2026-09-11 00:42:17+00	2026-09-11 01:12:01+00	f	t	completed	2026-09-11 03:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000060	N2	辅导员审批	1	2251	2026-09-11 01:12:01+00	2026-09-11 01:49:32+00	f	t	completed	2026-09-11 03:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000060	N3	学院审批	1	7070	2026-09-11 01:49:32+00	2026-09-11 03:47:22+00	f	t	completed	2026-09-11 03:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000061	N1	提交申请	1	4291	2026-09-15 19:05:41+00	2026-09-15 20:17:12+00	f	t	completed	2026-09-15 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000061	N2	辅导员审批	1	5916	2026-09-15 20:17:12+00	2026-09-15 21:55:48+00	f	t	completed	2026-09-15 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000061	N3	学院审批	1	4041	2026-09-15 21:55:48+00	2026-09-15 23:03:09+00	f	t	completed	2026-09-15 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000062	N1	提交申请	1	4335	2026-09-20 15:10:00+00	2026-09-20 16:22:15+00	f	t	rejected	2026-09-20 18:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000062	N2	辅导员审批	1	7001	2026-09-20 16:22:15+00	2026-09-20 18:18:56+00	f	t	rejected	2026-09-20 18:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000063	N1	提交申请	1	2105	2026-09-25 10:32:43+00	2026-09-25 11:07:48+00	f	t	completed	2026-09-25 13:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000063	N2	辅导员审批	1	1995	2026-09-25 11:07:48+00	2026-09-25 11:41:03+00	f	t	completed	2026-09-25 13:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000063	N3	学院审批	1	6821	2026-09-25 11:41:03+00	2026-09-25 13:34:44+00	f	t	completed	2026-09-25 13:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000064	N1	提交申请	1	763	2026-09-30 06:06:17+00	2026-09-30 06:19:00+00	f	t	completed	2026-09-30 08:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000064	N2	辅导员审批	1	6931	2026-09-30 06:19:00+00	2026-09-30 08:14:31+00	f	t	completed	2026-09-30 08:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000064	N3	学院审批	1	2160	2026-09-30 08:14:31+00	2026-09-30 08:50:31+00	f	t	completed	2026-09-30 08:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000065	N1	提交申请	1	1641	2026-10-05 02:01:53+00	2026-10-05 02:29:14+00	f	t	completed	2026-10-05 04:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000065	N2	辅导员审批	1	2901	2026-10-05 02:29:14+00	2026-10-05 03:17:35+00	f	t	completed	2026-10-05 04:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000065	N3	学院审批	1	2923	2026-10-05 03:17:35+00	2026-10-05 04:06:18+00	f	t	completed	2026-10-05 04:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000066	N1	提交申请	1	4775	2026-10-09 19:44:13+00	2026-10-09 21:03:48+00	f	t	completed	2026-10-09 23:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000066	N2	辅导员审批	1	3713	2026-10-09 21:03:48+00	2026-10-09 22:05:41+00	f	t	completed	2026-10-09 23:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000066	N3	学院审批	1	4585	2026-10-09 22:05:41+00	2026-10-09 23:22:06+00	f	t	completed	2026-10-09 23:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000067	N1	提交申请	2	9467	2026-10-14 11:18:57+00	2026-10-14 15:26:43+00	f	t	completed	2026-10-14 18:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000067	N2	辅导员审批	2	11498	2026-10-14 12:37:19+00	2026-10-14 17:08:22+00	f	t	completed	2026-10-14 18:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000067	N3	学院审批	1	5371	2026-10-14 17:08:22+00	2026-10-14 18:37:53+00	f	t	completed	2026-10-14 18:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000068	N1	提交申请	2	13762	2026-10-19 07:06:01+00	2026-10-19 11:02:41+00	f	t	completed	2026-10-19 13:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000068	N2	辅导员审批	2	6647	2026-10-19 09:03:06+00	2026-10-19 12:46:10+00	f	t	completed	2026-10-19 13:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000068	N3	学院审批	1	4051	2026-10-19 12:46:10+00	2026-10-19 13:53:41+00	f	t	completed	2026-10-19 13:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000069	N1	提交申请	1	2411	2026-10-24 06:43:00+00	2026-10-24 07:23:11+00	f	t	rejected	2026-10-24 09:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000069	N2	辅导员审批	1	6377	2026-10-24 07:23:11+00	2026-10-24 09:09:28+00	f	t	rejected	2026-10-24 09:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000070	N1	提交申请	1	1878	2026-10-29 02:09:07+00	2026-10-29 02:40:25+00	f	t	completed	2026-10-29 04:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000070	N2	辅导员审批	1	2780	2026-10-29 02:40:25+00	2026-10-29 03:26:45+00	f	t	completed	2026-10-29 04:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000070	N3	学院审批	1	3510	2026-10-29 03:26:45+00	2026-10-29 04:25:15+00	f	t	completed	2026-10-29 04:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000071	N1	提交申请	1	3616	2026-11-02 20:42:21+00	2026-11-02 21:42:37+00	f	t	completed	2026-11-02 23:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000071	N2	辅导员审批	1	1547	2026-11-02 21:42:37+00	2026-11-02 22:08:24+00	f	t	completed	2026-11-02 23:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000071	N3	学院审批	1	5559	2026-11-02 22:08:24+00	2026-11-02 23:41:03+00	f	t	completed	2026-11-02 23:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000072	N1	提交申请	1	4824	2026-11-07 15:35:56+00	2026-11-07 16:56:20+00	f	t	completed	2026-11-07 18:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000072	N2	辅导员审批	1	1143	2026-11-07 16:56:20+00	2026-11-07 17:15:23+00	f	t	completed	2026-11-07 18:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000072	N3	学院审批	1	6087	2026-11-07 17:15:23+00	2026-11-07 18:56:50+00	f	t	completed	2026-11-07 18:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000073	N1	提交申请	1	6703	2026-11-12 09:54:39+00	2026-11-12 11:46:22+00	f	t	completed	2026-11-12 14:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000073	N2	辅导员审批	1	2065	2026-11-12 11:46:22+00	2026-11-12 12:20:47+00	f	t	completed	2026-11-12 14:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000073	N3	学院审批	1	6710	2026-11-12 12:20:47+00	2026-11-12 14:12:37+00	f	t	completed	2026-11-12 14:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000074	N1	提交申请	1	4777	2026-11-17 07:49:12+00	2026-11-17 09:08:49+00	f	t	completed	2026-11-17 09:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000074	N2	辅导员审批	1	684	2026-11-17 09:08:49+00	2026-11-17 09:20:13+00	f	t	completed	2026-11-17 09:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000074	N3	学院审批	1	492	2026-11-17 09:20:13+00	2026-11-17 09:28:25+00	f	t	completed	2026-11-17 09:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000075	N1	提交申请	1	383	2026-11-22 01:26:31+00	2026-11-22 01:32:54+00	f	t	completed	2026-11-22 04:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000075	N2	辅导员审批	1	7185	2026-11-22 01:32:54+00	2026-11-22 03:32:39+00	f	t	completed	2026-11-22 04:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000075	N3	学院审批	1	4293	2026-11-22 03:32:39+00	2026-11-22 04:44:12+00	f	t	completed	2026-11-22 04:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	N1	提交申请	1	10	2026-11-27 00:15:14+00	2026-11-27 00:15:24+00	f	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	N2	辅导员审批	1	10	2026-11-27 00:15:24+00	2026-11-27 00:15:34+00	f	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	N3	离校登记	1	10	2026-11-27 00:15:34+00	2026-11-27 00:15:44+00	f	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	N4	返校登记	1	0	2026-11-27 00:15:44+00	\N	t	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000001	N1	审批	1	200	2026-11-20 22:00:00+00	2026-11-20 22:03:20+00	f	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000001	N2	审批	1	0	2026-11-20 22:03:20+00	\N	t	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000002	N1	审批	1	200	2026-11-20 22:00:00+00	2026-11-20 22:03:20+00	f	t	running	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000003	N1	审批	1	3600	2026-11-20 22:00:00+00	2026-11-20 23:00:00+00	f	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000003	N2	审批	1	3000	2026-11-20 23:00:00+00	2026-11-20 23:50:00+00	f	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
\.


--
-- Data for Name: process_progress; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.process_progress (instance_id, process_code, category, current_node_ids, current_node_names, waiting_since, passed_path, nodes_passed, tasks_total, tasks_open, late_aborts, started_at, finished_at, parent_instance_id, parent_node_id, parent_node_name, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
S0000017	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-02-16T12:41:59+00:00", "left_at" : "2026-02-16T13:45:48+00:00", "seconds" : 3829.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-02-16T13:45:48+00:00", "left_at" : "2026-02-16T14:46:39+00:00", "seconds" : 3651.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-02-16T14:46:39+00:00", "left_at" : "2026-02-16T15:28:25+00:00", "seconds" : 2506.000000}]	3	0	0	2026-02-16 12:41:59+00	2026-02-16 15:28:25+00	\N	\N	\N	t	completed	2026-02-16 15:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000006	out_school	out_school	\N	\N	\N	N1>N2>N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-25T12:47:04+00:00", "left_at" : "2025-12-25T13:23:13+00:00", "seconds" : 2169.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2025-12-25T13:23:13+00:00", "left_at" : "2025-12-25T14:44:17+00:00", "seconds" : 4864.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-25T14:44:17+00:00", "left_at" : "2025-12-25T16:42:08+00:00", "seconds" : 7071.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2025-12-25T16:42:08+00:00", "left_at" : "2025-12-25T17:39:24+00:00", "seconds" : 3436.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2025-12-25T17:39:24+00:00", "left_at" : "2025-12-25T18:35:11+00:00", "seconds" : 3347.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2025-12-25T18:35:11+00:00", "left_at" : "2025-12-25T19:34:44+00:00", "seconds" : 3573.000000}]	6	0	0	2025-12-25 12:47:04+00	2025-12-25 19:34:44+00	\N	\N	\N	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000028	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-04-10T06:25:13+00:00", "left_at" : "2026-04-10T07:39:36+00:00", "seconds" : 4463.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-04-10T07:39:36+00:00", "left_at" : "2026-04-10T09:43:46+00:00", "seconds" : 7450.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-04-10T09:43:46+00:00", "left_at" : "2026-04-10T11:22:06+00:00", "seconds" : 5900.000000}]	3	0	0	2026-04-10 06:25:13+00	2026-04-10 11:22:06+00	\N	\N	\N	t	completed	2026-04-10 11:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000044	purchase	finance	\N	\N	\N	N1>N2	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-26T06:22:31+00:00", "left_at" : "2026-06-26T07:08:51+00:00", "seconds" : 2780.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-06-26T07:08:51+00:00", "left_at" : "2026-06-26T07:34:44+00:00", "seconds" : 1553.000000}]	2	0	0	2026-06-26 06:22:31+00	2026-06-26 07:34:44+00	S0000042	N3	学院审批	t	rejected	2026-06-26 07:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000025	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-26T23:10:02+00:00", "left_at" : "2026-03-27T00:25:50+00:00", "seconds" : 4548.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-27T00:25:50+00:00", "left_at" : "2026-03-27T01:05:52+00:00", "seconds" : 2402.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-03-27T01:05:52+00:00", "left_at" : "2026-03-27T01:34:44+00:00", "seconds" : 1732.000000}]	3	0	0	2026-03-26 23:10:02+00	2026-03-27 01:34:44+00	\N	\N	\N	t	completed	2026-03-27 01:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000032	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-04-29T12:54:39+00:00", "left_at" : "2026-04-29T13:28:47+00:00", "seconds" : 2048.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-04-29T13:28:47+00:00", "left_at" : "2026-04-29T15:29:56+00:00", "seconds" : 7269.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-04-29T15:29:56+00:00", "left_at" : "2026-04-29T16:25:15+00:00", "seconds" : 3319.000000}]	3	0	0	2026-04-29 12:54:39+00	2026-04-29 16:25:15+00	\N	\N	\N	t	completed	2026-04-29 16:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000063	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-25T10:32:43+00:00", "left_at" : "2026-09-25T11:07:48+00:00", "seconds" : 2105.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-09-25T11:07:48+00:00", "left_at" : "2026-09-25T11:41:03+00:00", "seconds" : 1995.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-09-25T11:41:03+00:00", "left_at" : "2026-09-25T13:34:44+00:00", "seconds" : 6821.000000}]	3	0	0	2026-09-25 10:32:43+00	2026-09-25 13:34:44+00	\N	\N	\N	t	completed	2026-09-25 13:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000037	seal	office	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-23T10:05:09+00:00", "left_at" : "2026-05-23T11:10:28+00:00", "seconds" : 3919.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-05-23T11:10:28+00:00", "left_at" : "2026-05-23T12:17:56+00:00", "seconds" : 4048.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-23T12:17:56+00:00", "left_at" : "2026-05-23T14:14:07+00:00", "seconds" : 6971.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-05-23T14:14:07+00:00", "left_at" : "2026-05-23T15:00:27+00:00", "seconds" : 2780.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-05-23T15:00:27+00:00", "left_at" : "2026-05-23T16:44:12+00:00", "seconds" : 6225.000000}]	5	0	0	2026-05-23 10:05:09+00	2026-05-23 16:44:12+00	\N	\N	\N	t	completed	2026-05-23 16:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000065	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-05T02:01:53+00:00", "left_at" : "2026-10-05T02:29:14+00:00", "seconds" : 1641.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-10-05T02:29:14+00:00", "left_at" : "2026-10-05T03:17:35+00:00", "seconds" : 2901.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-10-05T03:17:35+00:00", "left_at" : "2026-10-05T04:06:18+00:00", "seconds" : 2923.000000}]	3	0	0	2026-10-05 02:01:53+00	2026-10-05 04:06:18+00	S0000059	N3	学院审批	t	completed	2026-10-05 04:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000057	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-08-27T14:45:17+00:00", "left_at" : "2026-08-27T14:52:01+00:00", "seconds" : 404.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-08-27T14:52:01+00:00", "left_at" : "2026-08-27T15:26:29+00:00", "seconds" : 2068.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-08-27T15:26:29+00:00", "left_at" : "2026-08-27T16:33:09+00:00", "seconds" : 4000.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-08-27T16:33:09+00:00", "left_at" : "2026-08-27T18:00:00+00:00", "seconds" : 5211.000000}]	4	0	0	2026-08-27 14:45:17+00	2026-08-27 18:00:00+00	\N	\N	\N	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000062	purchase	finance	\N	\N	\N	N1>N2	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-20T15:10:00+00:00", "left_at" : "2026-09-20T16:22:15+00:00", "seconds" : 4335.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-09-20T16:22:15+00:00", "left_at" : "2026-09-20T18:18:56+00:00", "seconds" : 7001.000000}]	2	0	0	2026-09-20 15:10:00+00	2026-09-20 18:18:56+00	\N	\N	\N	t	rejected	2026-09-20 18:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000015	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-02-06T21:21:22+00:00", "left_at" : "2026-02-06T22:50:56+00:00", "seconds" : 5374.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-02-06T22:50:56+00:00", "left_at" : "2026-02-06T23:05:24+00:00", "seconds" : 868.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-02-06T23:05:24+00:00", "left_at" : "2026-02-07T00:56:50+00:00", "seconds" : 6686.000000}]	3	0	0	2026-02-06 21:21:22+00	2026-02-07 00:56:50+00	\N	\N	\N	t	completed	2026-02-07 00:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000003	leave	office	\N	\N	\N	N1>N2	[{"node_id" : "N1", "node_name" : "审批", "status" : "completed", "entered_at" : "2026-11-20T22:00:00+00:00", "left_at" : "2026-11-20T23:00:00+00:00", "seconds" : 3600.000000}, {"node_id" : "N2", "node_name" : "审批", "status" : "aborted", "entered_at" : "2026-11-20T23:00:00+00:00", "left_at" : "2026-11-20T23:50:00+00:00", "seconds" : 3000.000000}]	2	0	1	2026-11-20 22:00:00+00	2026-11-20 23:00:00+00	\N	\N	\N	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000038	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-28T09:14:43+00:00", "left_at" : "2026-05-28T10:05:44+00:00", "seconds" : 3061.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-05-28T10:05:44+00:00", "left_at" : "2026-05-28T10:12:05+00:00", "seconds" : 381.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-05-28T10:12:05+00:00", "left_at" : "2026-05-28T12:00:00+00:00", "seconds" : 6475.000000}]	3	0	0	2026-05-28 09:14:43+00	2026-05-28 12:00:00+00	\N	\N	\N	t	completed	2026-05-28 12:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000004	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-16T01:41:33+00:00", "left_at" : "2025-12-16T03:42:09+00:00", "seconds" : 7236.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2025-12-16T03:42:09+00:00", "left_at" : "2025-12-16T04:37:11+00:00", "seconds" : 3302.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2025-12-16T04:37:11+00:00", "left_at" : "2025-12-16T05:03:09+00:00", "seconds" : 1558.000000}]	3	0	0	2025-12-16 01:41:33+00	2025-12-16 05:03:09+00	\N	\N	\N	t	completed	2025-12-16 05:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000067	reimburse	finance	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-14T11:18:57+00:00", "left_at" : "2026-10-14T12:37:19+00:00", "seconds" : 4702.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-10-14T12:37:19+00:00", "left_at" : "2026-10-14T14:07:18+00:00", "seconds" : 5399.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-14T14:07:18+00:00", "left_at" : "2026-10-14T15:26:43+00:00", "seconds" : 4765.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-10-14T15:26:43+00:00", "left_at" : "2026-10-14T17:08:22+00:00", "seconds" : 6099.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-10-14T17:08:22+00:00", "left_at" : "2026-10-14T18:37:53+00:00", "seconds" : 5371.000000}]	5	0	0	2026-10-14 11:18:57+00	2026-10-14 18:37:53+00	\N	\N	\N	t	completed	2026-10-14 18:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000002	purchase	finance	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-06T08:35:54+00:00", "left_at" : "2025-12-06T09:42:24+00:00", "seconds" : 3990.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2025-12-06T09:42:24+00:00", "left_at" : "2025-12-06T11:42:53+00:00", "seconds" : 7229.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-06T11:42:53+00:00", "left_at" : "2025-12-06T13:01:28+00:00", "seconds" : 4715.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2025-12-06T13:01:28+00:00", "left_at" : "2025-12-06T13:43:30+00:00", "seconds" : 2522.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2025-12-06T13:43:30+00:00", "left_at" : "2025-12-06T14:31:34+00:00", "seconds" : 2884.000000}]	5	0	0	2025-12-06 08:35:54+00	2025-12-06 14:31:34+00	\N	\N	\N	t	completed	2025-12-06 14:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000023	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-17T07:08:36+00:00", "left_at" : "2026-03-17T08:55:21+00:00", "seconds" : 6405.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-17T08:55:21+00:00", "left_at" : "2026-03-17T09:55:58+00:00", "seconds" : 3637.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-03-17T09:55:58+00:00", "left_at" : "2026-03-17T11:03:09+00:00", "seconds" : 4031.000000}]	3	0	0	2026-03-17 07:08:36+00	2026-03-17 11:03:09+00	\N	\N	\N	t	completed	2026-03-17 11:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000041	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-11T19:34:37+00:00", "left_at" : "2026-06-11T19:56:26+00:00", "seconds" : 1309.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-06-11T19:56:26+00:00", "left_at" : "2026-06-11T20:26:27+00:00", "seconds" : 1801.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-06-11T20:26:27+00:00", "left_at" : "2026-06-11T21:47:22+00:00", "seconds" : 4855.000000}]	3	0	0	2026-06-11 19:34:37+00	2026-06-11 21:47:22+00	\N	\N	\N	t	completed	2026-06-11 21:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000076	out_school	out_school	N4	返校登记	2026-11-27 00:15:44+00	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-27T00:15:14+00:00", "left_at" : "2026-11-27T00:15:24+00:00", "seconds" : 10.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-27T00:15:24+00:00", "left_at" : "2026-11-27T00:15:34+00:00", "seconds" : 10.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-11-27T00:15:34+00:00", "left_at" : "2026-11-27T00:15:44+00:00", "seconds" : 10.000000}]	4	1	0	2026-11-27 00:15:14+00	\N	\N	\N	\N	t	running	2026-11-27 00:17:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000016	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-02-11T16:35:01+00:00", "left_at" : "2026-02-11T18:35:58+00:00", "seconds" : 7257.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-02-11T18:35:58+00:00", "left_at" : "2026-02-11T19:23:38+00:00", "seconds" : 2860.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-02-11T19:23:38+00:00", "left_at" : "2026-02-11T20:12:37+00:00", "seconds" : 2939.000000}]	3	0	0	2026-02-11 16:35:01+00	2026-02-11 20:12:37+00	\N	\N	\N	t	completed	2026-02-11 20:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000033	meeting_room	office	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-04T09:17:08+00:00", "left_at" : "2026-05-04T09:30:39+00:00", "seconds" : 811.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-05-04T09:30:39+00:00", "left_at" : "2026-05-04T10:07:31+00:00", "seconds" : 2212.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-04T10:07:31+00:00", "left_at" : "2026-05-04T10:47:21+00:00", "seconds" : 2390.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-05-04T10:47:21+00:00", "left_at" : "2026-05-04T11:13:34+00:00", "seconds" : 1573.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-05-04T11:13:34+00:00", "left_at" : "2026-05-04T11:41:03+00:00", "seconds" : 1649.000000}]	5	0	0	2026-05-04 09:17:08+00	2026-05-04 11:41:03+00	\N	\N	\N	t	completed	2026-05-04 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000035	out_school	out_school	\N	\N	\N	N1>N2>N1>N2	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-13T20:17:59+00:00", "left_at" : "2026-05-13T21:54:59+00:00", "seconds" : 5820.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-05-13T21:54:59+00:00", "left_at" : "2026-05-13T23:17:20+00:00", "seconds" : 4941.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-13T23:17:20+00:00", "left_at" : "2026-05-14T00:20:27+00:00", "seconds" : 3787.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "aborted", "entered_at" : "2026-05-14T00:20:27+00:00", "left_at" : "2026-05-14T02:12:37+00:00", "seconds" : 6730.000000}]	4	0	0	2026-05-13 20:17:59+00	2026-05-14 02:12:37+00	\N	\N	\N	t	cancelled	2026-05-14 02:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000042	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-16T11:44:35+00:00", "left_at" : "2026-06-16T13:42:13+00:00", "seconds" : 7058.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-06-16T13:42:13+00:00", "left_at" : "2026-06-16T15:42:58+00:00", "seconds" : 7245.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-06-16T15:42:58+00:00", "left_at" : "2026-06-16T17:03:09+00:00", "seconds" : 4811.000000}]	3	0	0	2026-06-16 11:44:35+00	2026-06-16 17:03:09+00	\N	\N	\N	t	completed	2026-06-16 17:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000005	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-20T18:58:02+00:00", "left_at" : "2025-12-20T20:55:28+00:00", "seconds" : 7046.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2025-12-20T20:55:28+00:00", "left_at" : "2025-12-20T22:37:17+00:00", "seconds" : 6109.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2025-12-20T22:37:17+00:00", "left_at" : "2025-12-21T00:18:56+00:00", "seconds" : 6099.000000}]	3	0	0	2025-12-20 18:58:02+00	2025-12-21 00:18:56+00	\N	\N	\N	t	completed	2025-12-21 00:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000069	meeting_room	office	\N	\N	\N	N1>N2	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-24T06:43:00+00:00", "left_at" : "2026-10-24T07:23:11+00:00", "seconds" : 2411.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-10-24T07:23:11+00:00", "left_at" : "2026-10-24T09:09:28+00:00", "seconds" : 6377.000000}]	2	0	0	2026-10-24 06:43:00+00	2026-10-24 09:09:28+00	\N	\N	\N	t	rejected	2026-10-24 09:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000051	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-07-29T18:55:58+00:00", "left_at" : "2026-07-29T19:31:06+00:00", "seconds" : 2108.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-29T19:31:06+00:00", "left_at" : "2026-07-29T20:31:53+00:00", "seconds" : 3647.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-29T20:31:53+00:00", "left_at" : "2026-07-29T22:25:15+00:00", "seconds" : 6802.000000}]	3	0	0	2026-07-29 18:55:58+00	2026-07-29 22:25:15+00	\N	\N	\N	t	completed	2026-07-29 22:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000013	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-01-28T07:31:41+00:00", "left_at" : "2026-01-28T08:41:27+00:00", "seconds" : 4186.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-01-28T08:41:27+00:00", "left_at" : "2026-01-28T09:01:27+00:00", "seconds" : 1200.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-01-28T09:01:27+00:00", "left_at" : "2026-01-28T10:25:15+00:00", "seconds" : 5028.000000}]	3	0	0	2026-01-28 07:31:41+00	2026-01-28 10:25:15+00	\N	\N	\N	t	completed	2026-01-28 10:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000060	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-11T00:42:17+00:00", "left_at" : "2026-09-11T01:12:01+00:00", "seconds" : 1784.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-09-11T01:12:01+00:00", "left_at" : "2026-09-11T01:49:32+00:00", "seconds" : 2251.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-09-11T01:49:32+00:00", "left_at" : "2026-09-11T03:47:22+00:00", "seconds" : 7070.000000}]	3	0	0	2026-09-11 00:42:17+00	2026-09-11 03:47:22+00	\N	\N	\N	t	completed	2026-09-11 03:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000043	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-21T07:43:57+00:00", "left_at" : "2026-06-21T09:13:33+00:00", "seconds" : 5376.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-06-21T09:13:33+00:00", "left_at" : "2026-06-21T11:18:28+00:00", "seconds" : 7495.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-06-21T11:18:28+00:00", "left_at" : "2026-06-21T12:18:56+00:00", "seconds" : 3628.000000}]	3	0	0	2026-06-21 07:43:57+00	2026-06-21 12:18:56+00	\N	\N	\N	t	completed	2026-06-21 12:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000021	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-07T18:29:00+00:00", "left_at" : "2026-03-07T20:05:26+00:00", "seconds" : 5786.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-07T20:05:26+00:00", "left_at" : "2026-03-07T20:21:55+00:00", "seconds" : 989.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-03-07T20:21:55+00:00", "left_at" : "2026-03-07T20:31:34+00:00", "seconds" : 579.000000}]	3	0	0	2026-03-07 18:29:00+00	2026-03-07 20:31:34+00	\N	\N	\N	t	completed	2026-03-07 20:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000056	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-08-22T17:32:15+00:00", "left_at" : "2026-08-22T18:36:18+00:00", "seconds" : 3843.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-08-22T18:36:18+00:00", "left_at" : "2026-08-22T20:01:00+00:00", "seconds" : 5082.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-08-22T20:01:00+00:00", "left_at" : "2026-08-22T21:27:39+00:00", "seconds" : 5199.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-08-22T21:27:39+00:00", "left_at" : "2026-08-22T22:44:12+00:00", "seconds" : 4593.000000}]	4	0	0	2026-08-22 17:32:15+00	2026-08-22 22:44:12+00	S0000046	N3	学院审批	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000075	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-22T01:26:31+00:00", "left_at" : "2026-11-22T01:32:54+00:00", "seconds" : 383.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-22T01:32:54+00:00", "left_at" : "2026-11-22T03:32:39+00:00", "seconds" : 7185.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-11-22T03:32:39+00:00", "left_at" : "2026-11-22T04:44:12+00:00", "seconds" : 4293.000000}]	3	0	0	2026-11-22 01:26:31+00	2026-11-22 04:44:12+00	\N	\N	\N	t	completed	2026-11-22 04:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000054	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-08-13T05:47:39+00:00", "left_at" : "2026-08-13T06:30:12+00:00", "seconds" : 2553.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-08-13T06:30:12+00:00", "left_at" : "2026-08-13T07:57:42+00:00", "seconds" : 5250.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-08-13T07:57:42+00:00", "left_at" : "2026-08-13T08:12:37+00:00", "seconds" : 895.000000}]	3	0	0	2026-08-13 05:47:39+00	2026-08-13 08:12:37+00	\N	\N	\N	t	completed	2026-08-13 08:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000061	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-15T19:05:41+00:00", "left_at" : "2026-09-15T20:17:12+00:00", "seconds" : 4291.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-09-15T20:17:12+00:00", "left_at" : "2026-09-15T21:55:48+00:00", "seconds" : 5916.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-09-15T21:55:48+00:00", "left_at" : "2026-09-15T23:03:09+00:00", "seconds" : 4041.000000}]	3	0	0	2026-09-15 19:05:41+00	2026-09-15 23:03:09+00	\N	\N	\N	t	completed	2026-09-15 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000055	purchase	finance	\N	\N	\N	N1>N2	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-08-18T01:40:16+00:00", "left_at" : "2026-08-18T03:09:43+00:00", "seconds" : 5367.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "aborted", "entered_at" : "2026-08-18T03:09:43+00:00", "left_at" : "2026-08-18T03:28:25+00:00", "seconds" : 1122.000000}]	2	0	0	2026-08-18 01:40:16+00	2026-08-18 03:28:25+00	\N	\N	\N	t	terminated	2026-08-18 03:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000068	meeting_room	office	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-19T07:06:01+00:00", "left_at" : "2026-10-19T09:03:06+00:00", "seconds" : 7025.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-10-19T09:03:06+00:00", "left_at" : "2026-10-19T09:10:24+00:00", "seconds" : 438.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-19T09:10:24+00:00", "left_at" : "2026-10-19T11:02:41+00:00", "seconds" : 6737.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-10-19T11:02:41+00:00", "left_at" : "2026-10-19T12:46:10+00:00", "seconds" : 6209.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-10-19T12:46:10+00:00", "left_at" : "2026-10-19T13:53:41+00:00", "seconds" : 4051.000000}]	5	0	0	2026-10-19 07:06:01+00	2026-10-19 13:53:41+00	\N	\N	\N	t	completed	2026-10-19 13:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000049	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-07-20T04:30:33+00:00", "left_at" : "2026-07-20T06:11:01+00:00", "seconds" : 6028.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-20T06:11:01+00:00", "left_at" : "2026-07-20T07:43:36+00:00", "seconds" : 5555.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-20T07:43:36+00:00", "left_at" : "2026-07-20T07:53:41+00:00", "seconds" : 605.000000}]	3	0	0	2026-07-20 04:30:33+00	2026-07-20 07:53:41+00	\N	\N	\N	t	completed	2026-07-20 07:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000074	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-17T07:49:12+00:00", "left_at" : "2026-11-17T09:08:49+00:00", "seconds" : 4777.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-17T09:08:49+00:00", "left_at" : "2026-11-17T09:20:13+00:00", "seconds" : 684.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-11-17T09:20:13+00:00", "left_at" : "2026-11-17T09:28:25+00:00", "seconds" : 492.000000}]	3	0	0	2026-11-17 07:49:12+00	2026-11-17 09:28:25+00	\N	\N	\N	t	completed	2026-11-17 09:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000009	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-01-09T04:37:12+00:00", "left_at" : "2026-01-09T04:56:23+00:00", "seconds" : 1151.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-01-09T04:56:23+00:00", "left_at" : "2026-01-09T05:05:46+00:00", "seconds" : 563.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-01-09T05:05:46+00:00", "left_at" : "2026-01-09T05:22:06+00:00", "seconds" : 980.000000}]	3	0	0	2026-01-09 04:37:12+00	2026-01-09 05:22:06+00	\N	\N	\N	t	completed	2026-01-09 05:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000058	leave	office	N2	辅导员审批	2026-09-01 13:13:47+00	N1	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-01T13:13:37+00:00", "left_at" : "2026-09-01T13:13:47+00:00", "seconds" : 10.000000}]	2	1	0	2026-09-01 13:13:37+00	\N	\N	\N	\N	t	running	2026-09-01 13:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000047	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-07-10T13:29:09+00:00", "left_at" : "2026-07-10T14:45:01+00:00", "seconds" : 4552.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-10T14:45:01+00:00", "left_at" : "2026-07-10T16:02:28+00:00", "seconds" : 4647.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-10T16:02:28+00:00", "left_at" : "2026-07-10T17:22:06+00:00", "seconds" : 4778.000000}]	3	0	0	2026-07-10 13:29:09+00	2026-07-10 17:22:06+00	\N	\N	\N	t	completed	2026-07-10 17:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000034	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-09T02:08:33+00:00", "left_at" : "2026-05-09T03:44:53+00:00", "seconds" : 5780.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-05-09T03:44:53+00:00", "left_at" : "2026-05-09T05:41:05+00:00", "seconds" : 6972.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-05-09T05:41:05+00:00", "left_at" : "2026-05-09T06:01:32+00:00", "seconds" : 1227.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-05-09T06:01:32+00:00", "left_at" : "2026-05-09T06:56:50+00:00", "seconds" : 3318.000000}]	4	0	0	2026-05-09 02:08:33+00	2026-05-09 06:56:50+00	\N	\N	\N	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000072	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-07T15:35:56+00:00", "left_at" : "2026-11-07T16:56:20+00:00", "seconds" : 4824.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-07T16:56:20+00:00", "left_at" : "2026-11-07T17:15:23+00:00", "seconds" : 1143.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-11-07T17:15:23+00:00", "left_at" : "2026-11-07T18:56:50+00:00", "seconds" : 6087.000000}]	3	0	0	2026-11-07 15:35:56+00	2026-11-07 18:56:50+00	\N	\N	\N	t	completed	2026-11-07 18:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000026	reimburse	finance	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-31T15:04:31+00:00", "left_at" : "2026-03-31T16:30:06+00:00", "seconds" : 5135.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-03-31T16:30:06+00:00", "left_at" : "2026-03-31T17:28:53+00:00", "seconds" : 3527.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-31T17:28:53+00:00", "left_at" : "2026-03-31T18:24:00+00:00", "seconds" : 3307.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-31T18:24:00+00:00", "left_at" : "2026-03-31T20:21:14+00:00", "seconds" : 7034.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-03-31T20:21:14+00:00", "left_at" : "2026-03-31T20:50:31+00:00", "seconds" : 1757.000000}]	5	0	0	2026-03-31 15:04:31+00	2026-03-31 20:50:31+00	\N	\N	\N	t	completed	2026-03-31 20:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000002	leave	office	\N	\N	\N	N1	[{"node_id" : "N1", "node_name" : "审批", "status" : "completed", "entered_at" : "2026-11-20T22:00:00+00:00", "left_at" : "2026-11-20T22:03:20+00:00", "seconds" : 200.000000}]	1	0	0	2026-11-20 22:00:00+00	\N	\N	\N	\N	t	running	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000064	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-30T06:06:17+00:00", "left_at" : "2026-09-30T06:19:00+00:00", "seconds" : 763.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-09-30T06:19:00+00:00", "left_at" : "2026-09-30T08:14:31+00:00", "seconds" : 6931.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-09-30T08:14:31+00:00", "left_at" : "2026-09-30T08:50:31+00:00", "seconds" : 2160.000000}]	3	0	0	2026-09-30 06:06:17+00	2026-09-30 08:50:31+00	\N	\N	\N	t	completed	2026-09-30 08:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000027	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-04-05T10:40:48+00:00", "left_at" : "2026-04-05T12:44:26+00:00", "seconds" : 7418.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-04-05T12:44:26+00:00", "left_at" : "2026-04-05T12:53:23+00:00", "seconds" : 537.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-04-05T12:53:23+00:00", "left_at" : "2026-04-05T14:05:46+00:00", "seconds" : 4343.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-04-05T14:05:46+00:00", "left_at" : "2026-04-05T16:06:18+00:00", "seconds" : 7232.000000}]	4	0	0	2026-04-05 10:40:48+00	2026-04-05 16:06:18+00	S0000023	N3	学院审批	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000020	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-02T22:43:14+00:00", "left_at" : "2026-03-02T23:03:09+00:00", "seconds" : 1195.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-02T23:03:09+00:00", "left_at" : "2026-03-02T23:30:44+00:00", "seconds" : 1655.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-03-02T23:30:44+00:00", "left_at" : "2026-03-03T00:23:19+00:00", "seconds" : 3155.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-03-03T00:23:19+00:00", "left_at" : "2026-03-03T01:15:47+00:00", "seconds" : 3148.000000}]	4	0	0	2026-03-02 22:43:14+00	2026-03-03 01:15:47+00	\N	\N	\N	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000040	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-06T21:49:29+00:00", "left_at" : "2026-06-06T22:25:50+00:00", "seconds" : 2181.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-06-06T22:25:50+00:00", "left_at" : "2026-06-06T22:57:35+00:00", "seconds" : 1905.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-06-06T22:57:35+00:00", "left_at" : "2026-06-07T00:37:48+00:00", "seconds" : 6013.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-06-07T00:37:48+00:00", "left_at" : "2026-06-07T02:31:34+00:00", "seconds" : 6826.000000}]	4	0	0	2026-06-06 21:49:29+00	2026-06-07 02:31:34+00	\N	\N	\N	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000031	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-04-24T16:44:04+00:00", "left_at" : "2026-04-24T18:02:18+00:00", "seconds" : 4694.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-04-24T18:02:18+00:00", "left_at" : "2026-04-24T19:19:38+00:00", "seconds" : 4640.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-04-24T19:19:38+00:00", "left_at" : "2026-04-24T21:09:28+00:00", "seconds" : 6590.000000}]	3	0	0	2026-04-24 16:44:04+00	2026-04-24 21:09:28+00	\N	\N	\N	t	completed	2026-04-24 21:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000008	seal	office	\N	\N	\N	N1>N2	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-01-04T07:42:24+00:00", "left_at" : "2026-01-04T08:30:15+00:00", "seconds" : 2871.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-01-04T08:30:15+00:00", "left_at" : "2026-01-04T10:06:18+00:00", "seconds" : 5763.000000}]	2	0	0	2026-01-04 07:42:24+00	2026-01-04 10:06:18+00	\N	\N	\N	t	rejected	2026-01-04 10:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000073	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-12T09:54:39+00:00", "left_at" : "2026-11-12T11:46:22+00:00", "seconds" : 6703.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-12T11:46:22+00:00", "left_at" : "2026-11-12T12:20:47+00:00", "seconds" : 2065.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-11-12T12:20:47+00:00", "left_at" : "2026-11-12T14:12:37+00:00", "seconds" : 6710.000000}]	3	0	0	2026-11-12 09:54:39+00	2026-11-12 14:12:37+00	\N	\N	\N	t	completed	2026-11-12 14:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000070	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-29T02:09:07+00:00", "left_at" : "2026-10-29T02:40:25+00:00", "seconds" : 1878.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-10-29T02:40:25+00:00", "left_at" : "2026-10-29T03:26:45+00:00", "seconds" : 2780.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-10-29T03:26:45+00:00", "left_at" : "2026-10-29T04:25:15+00:00", "seconds" : 3510.000000}]	3	0	0	2026-10-29 02:09:07+00	2026-10-29 04:25:15+00	\N	\N	\N	t	completed	2026-10-29 04:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000045	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-30T23:48:07+00:00", "left_at" : "2026-07-01T00:09:40+00:00", "seconds" : 1293.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-01T00:09:40+00:00", "left_at" : "2026-07-01T01:28:28+00:00", "seconds" : 4728.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-01T01:28:28+00:00", "left_at" : "2026-07-01T02:50:31+00:00", "seconds" : 4923.000000}]	3	0	0	2026-06-30 23:48:07+00	2026-07-01 02:50:31+00	\N	\N	\N	t	completed	2026-07-01 02:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000022	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-12T13:29:08+00:00", "left_at" : "2026-03-12T15:21:19+00:00", "seconds" : 6731.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-12T15:21:19+00:00", "left_at" : "2026-03-12T15:41:36+00:00", "seconds" : 1217.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-03-12T15:41:36+00:00", "left_at" : "2026-03-12T15:47:22+00:00", "seconds" : 346.000000}]	3	0	0	2026-03-12 13:29:08+00	2026-03-12 15:47:22+00	\N	\N	\N	t	completed	2026-03-12 15:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000071	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-02T20:42:21+00:00", "left_at" : "2026-11-02T21:42:37+00:00", "seconds" : 3616.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-02T21:42:37+00:00", "left_at" : "2026-11-02T22:08:24+00:00", "seconds" : 1547.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-11-02T22:08:24+00:00", "left_at" : "2026-11-02T23:41:03+00:00", "seconds" : 5559.000000}]	3	0	0	2026-11-02 20:42:21+00	2026-11-02 23:41:03+00	\N	\N	\N	t	completed	2026-11-02 23:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000046	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-07-05T19:36:37+00:00", "left_at" : "2026-07-05T20:57:54+00:00", "seconds" : 4877.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-05T20:57:54+00:00", "left_at" : "2026-07-05T21:28:51+00:00", "seconds" : 1857.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-05T21:28:51+00:00", "left_at" : "2026-07-05T22:06:18+00:00", "seconds" : 2247.000000}]	3	0	0	2026-07-05 19:36:37+00	2026-07-05 22:06:18+00	\N	\N	\N	t	completed	2026-07-05 22:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000007	leave	office	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-30T10:18:22+00:00", "left_at" : "2025-12-30T11:06:14+00:00", "seconds" : 2872.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2025-12-30T11:06:14+00:00", "left_at" : "2025-12-30T11:22:15+00:00", "seconds" : 961.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-30T11:22:15+00:00", "left_at" : "2025-12-30T11:43:57+00:00", "seconds" : 1302.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2025-12-30T11:43:57+00:00", "left_at" : "2025-12-30T13:09:09+00:00", "seconds" : 5112.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2025-12-30T13:09:09+00:00", "left_at" : "2025-12-30T14:50:31+00:00", "seconds" : 6082.000000}]	5	0	0	2025-12-30 10:18:22+00	2025-12-30 14:50:31+00	\N	\N	\N	t	completed	2025-12-30 14:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000018	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-02-21T05:55:12+00:00", "left_at" : "2026-02-21T06:54:22+00:00", "seconds" : 3550.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-02-21T06:54:22+00:00", "left_at" : "2026-02-21T08:51:10+00:00", "seconds" : 7008.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-02-21T08:51:10+00:00", "left_at" : "2026-02-21T09:21:57+00:00", "seconds" : 1847.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-02-21T09:21:57+00:00", "left_at" : "2026-02-21T10:44:12+00:00", "seconds" : 4935.000000}]	4	0	0	2026-02-21 05:55:12+00	2026-02-21 10:44:12+00	\N	\N	\N	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000024	out_school	out_school	\N	\N	\N	N1>N2>N3>N4	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-03-22T00:42:02+00:00", "left_at" : "2026-03-22T01:51:54+00:00", "seconds" : 4192.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-03-22T01:51:54+00:00", "left_at" : "2026-03-22T03:29:10+00:00", "seconds" : 5836.000000}, {"node_id" : "N3", "node_name" : "离校登记", "status" : "completed", "entered_at" : "2026-03-22T03:29:10+00:00", "left_at" : "2026-03-22T04:22:14+00:00", "seconds" : 3184.000000}, {"node_id" : "N4", "node_name" : "返校登记", "status" : "completed", "entered_at" : "2026-03-22T04:22:14+00:00", "left_at" : "2026-03-22T06:18:56+00:00", "seconds" : 7002.000000}]	4	0	0	2026-03-22 00:42:02+00	2026-03-22 06:18:56+00	\N	\N	\N	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000011	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-01-18T14:55:51+00:00", "left_at" : "2026-01-18T16:38:58+00:00", "seconds" : 6187.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-01-18T16:38:58+00:00", "left_at" : "2026-01-18T18:36:39+00:00", "seconds" : 7061.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-01-18T18:36:39+00:00", "left_at" : "2026-01-18T19:53:41+00:00", "seconds" : 4622.000000}]	3	0	0	2026-01-18 14:55:51+00	2026-01-18 19:53:41+00	\N	\N	\N	t	completed	2026-01-18 19:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S9000001	leave	office	N2	审批	2026-11-20 22:03:20+00	N1	[{"node_id" : "N1", "node_name" : "审批", "status" : "completed", "entered_at" : "2026-11-20T22:00:00+00:00", "left_at" : "2026-11-20T22:03:20+00:00", "seconds" : 200.000000}]	2	1	0	2026-11-20 22:00:00+00	2026-11-21 00:00:00+00	\N	\N	\N	t	completed	2026-11-21 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000012	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-11-26T20:05:29+00:00", "left_at" : "2026-11-26T22:00:49+00:00", "seconds" : 6920.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-11-26T22:00:49+00:00", "left_at" : "2026-11-26T23:19:03+00:00", "seconds" : 4694.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-11-26T23:19:03+00:00", "left_at" : "2026-11-27T00:14:29+00:00", "seconds" : 3326.000000}]	3	0	0	2026-11-26 20:05:29+00	2026-11-27 00:14:29+00	\N	\N	\N	t	completed	2026-11-27 00:14:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000052	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-08-03T13:45:02+00:00", "left_at" : "2026-08-03T15:30:55+00:00", "seconds" : 6353.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-08-03T15:30:55+00:00", "left_at" : "2026-08-03T16:16:09+00:00", "seconds" : 2714.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-08-03T16:16:09+00:00", "left_at" : "2026-08-03T17:41:03+00:00", "seconds" : 5094.000000}]	3	0	0	2026-08-03 13:45:02+00	2026-08-03 17:41:03+00	\N	\N	\N	t	completed	2026-08-03 17:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000053	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-08-08T07:41:17+00:00", "left_at" : "2026-08-08T09:04:46+00:00", "seconds" : 5009.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-08-08T09:04:46+00:00", "left_at" : "2026-08-08T11:06:22+00:00", "seconds" : 7296.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-08-08T11:06:22+00:00", "left_at" : "2026-08-08T12:56:50+00:00", "seconds" : 6628.000000}]	3	0	0	2026-08-08 07:41:17+00	2026-08-08 12:56:50+00	\N	\N	\N	t	completed	2026-08-08 12:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000059	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-09-06T06:40:19+00:00", "left_at" : "2026-09-06T07:43:42+00:00", "seconds" : 3803.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-09-06T07:43:42+00:00", "left_at" : "2026-09-06T07:52:53+00:00", "seconds" : 551.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-09-06T07:52:53+00:00", "left_at" : "2026-09-06T08:31:34+00:00", "seconds" : 2321.000000}]	3	0	0	2026-09-06 06:40:19+00	2026-09-06 08:31:34+00	\N	\N	\N	t	completed	2026-09-06 08:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000014	purchase	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-02-02T02:24:08+00:00", "left_at" : "2026-02-02T03:21:37+00:00", "seconds" : 3449.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-02-02T03:21:37+00:00", "left_at" : "2026-02-02T04:32:33+00:00", "seconds" : 4256.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-02-02T04:32:33+00:00", "left_at" : "2026-02-02T05:41:03+00:00", "seconds" : 4110.000000}]	3	0	0	2026-02-02 02:24:08+00	2026-02-02 05:41:03+00	\N	\N	\N	t	completed	2026-02-02 05:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000019	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-02-26T00:57:34+00:00", "left_at" : "2026-02-26T02:35:48+00:00", "seconds" : 5894.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-02-26T02:35:48+00:00", "left_at" : "2026-02-26T04:05:18+00:00", "seconds" : 5370.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-02-26T04:05:18+00:00", "left_at" : "2026-02-26T06:00:00+00:00", "seconds" : 6882.000000}]	3	0	0	2026-02-26 00:57:34+00	2026-02-26 06:00:00+00	\N	\N	\N	t	completed	2026-02-26 06:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000001	seal	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-01T17:00:11+00:00", "left_at" : "2025-12-01T17:19:51+00:00", "seconds" : 1180.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2025-12-01T17:19:51+00:00", "left_at" : "2025-12-01T17:52:38+00:00", "seconds" : 1967.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2025-12-01T17:52:38+00:00", "left_at" : "2025-12-01T19:15:47+00:00", "seconds" : 4989.000000}]	3	0	0	2025-12-01 17:00:11+00	2025-12-01 19:15:47+00	\N	\N	\N	t	completed	2025-12-01 19:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000066	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-10-09T19:44:13+00:00", "left_at" : "2026-10-09T21:03:48+00:00", "seconds" : 4775.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-10-09T21:03:48+00:00", "left_at" : "2026-10-09T22:05:41+00:00", "seconds" : 3713.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-10-09T22:05:41+00:00", "left_at" : "2026-10-09T23:22:06+00:00", "seconds" : 4585.000000}]	3	0	0	2026-10-09 19:44:13+00	2026-10-09 23:22:06+00	\N	\N	\N	t	completed	2026-10-09 23:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000030	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-04-19T21:03:22+00:00", "left_at" : "2026-04-19T22:47:09+00:00", "seconds" : 6227.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-04-19T22:47:09+00:00", "left_at" : "2026-04-20T00:45:52+00:00", "seconds" : 7123.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-04-20T00:45:52+00:00", "left_at" : "2026-04-20T01:53:41+00:00", "seconds" : 4069.000000}]	3	0	0	2026-04-19 21:03:22+00	2026-04-20 01:53:41+00	\N	\N	\N	t	completed	2026-04-20 01:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000003	seal	office	N2	辅导员审批	2025-12-11 09:45:22+00	N1	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2025-12-11T09:45:12+00:00", "left_at" : "2025-12-11T09:45:22+00:00", "seconds" : 10.000000}]	2	1	0	2025-12-11 09:45:12+00	\N	\N	\N	\N	t	running	2025-12-11 09:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000039	meeting_room	office	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-02T03:27:13+00:00", "left_at" : "2026-06-02T03:49:27+00:00", "seconds" : 1334.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-06-02T03:49:27+00:00", "left_at" : "2026-06-02T04:11:04+00:00", "seconds" : 1297.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-06-02T04:11:04+00:00", "left_at" : "2026-06-02T05:38:20+00:00", "seconds" : 5236.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-06-02T05:38:20+00:00", "left_at" : "2026-06-02T06:01:28+00:00", "seconds" : 1388.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-06-02T06:01:28+00:00", "left_at" : "2026-06-02T07:15:47+00:00", "seconds" : 4459.000000}]	5	0	0	2026-06-02 03:27:13+00	2026-06-02 07:15:47+00	\N	\N	\N	t	completed	2026-06-02 07:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000048	meeting_room	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-07-15T08:26:13+00:00", "left_at" : "2026-07-15T09:22:15+00:00", "seconds" : 3362.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-15T09:22:15+00:00", "left_at" : "2026-07-15T10:49:33+00:00", "seconds" : 5238.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-15T10:49:33+00:00", "left_at" : "2026-07-15T12:37:53+00:00", "seconds" : 6500.000000}]	3	0	0	2026-07-15 08:26:13+00	2026-07-15 12:37:53+00	\N	\N	\N	t	completed	2026-07-15 12:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000050	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-07-25T02:23:03+00:00", "left_at" : "2026-07-25T02:48:41+00:00", "seconds" : 1538.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-07-25T02:48:41+00:00", "left_at" : "2026-07-25T02:55:30+00:00", "seconds" : 409.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-07-25T02:55:30+00:00", "left_at" : "2026-07-25T03:09:28+00:00", "seconds" : 838.000000}]	3	0	0	2026-07-25 02:23:03+00	2026-07-25 03:09:28+00	\N	\N	\N	t	completed	2026-07-25 03:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000029	reimburse	finance	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-04-15T04:22:18+00:00", "left_at" : "2026-04-15T05:18:06+00:00", "seconds" : 3348.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-04-15T05:18:06+00:00", "left_at" : "2026-04-15T05:23:18+00:00", "seconds" : 312.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-04-15T05:23:18+00:00", "left_at" : "2026-04-15T06:37:53+00:00", "seconds" : 4475.000000}]	3	0	0	2026-04-15 04:22:18+00	2026-04-15 06:37:53+00	\N	\N	\N	t	completed	2026-04-15 06:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000010	meeting_room	office	\N	\N	\N	N1>N2>N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-01-13T20:09:59+00:00", "left_at" : "2026-01-13T20:32:47+00:00", "seconds" : 1368.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "reverted", "entered_at" : "2026-01-13T20:32:47+00:00", "left_at" : "2026-01-13T22:10:47+00:00", "seconds" : 5880.000000}, {"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-01-13T22:10:47+00:00", "left_at" : "2026-01-13T22:56:42+00:00", "seconds" : 2755.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-01-13T22:56:42+00:00", "left_at" : "2026-01-14T00:07:50+00:00", "seconds" : 4268.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-01-14T00:07:50+00:00", "left_at" : "2026-01-14T00:37:53+00:00", "seconds" : 1803.000000}]	5	0	0	2026-01-13 20:09:59+00	2026-01-14 00:37:53+00	\N	\N	\N	t	completed	2026-01-14 00:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
S0000036	leave	office	\N	\N	\N	N1>N2>N3	[{"node_id" : "N1", "node_name" : "提交申请", "status" : "completed", "entered_at" : "2026-05-18T18:01:10+00:00", "left_at" : "2026-05-18T19:28:17+00:00", "seconds" : 5227.000000}, {"node_id" : "N2", "node_name" : "辅导员审批", "status" : "completed", "entered_at" : "2026-05-18T19:28:17+00:00", "left_at" : "2026-05-18T20:06:41+00:00", "seconds" : 2304.000000}, {"node_id" : "N3", "node_name" : "学院审批", "status" : "completed", "entered_at" : "2026-05-18T20:06:41+00:00", "left_at" : "2026-05-18T21:28:25+00:00", "seconds" : 4904.000000}]	3	0	0	2026-05-18 18:01:10+00	2026-05-18 21:28:25+00	\N	\N	\N	t	completed	2026-05-18 21:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
\.


--
-- Data for Name: sync_quarantine; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.sync_quarantine (entity, source_key, reason, payload, detail, run_id, detected_at, last_seen_at, resolved_at) FROM stdin;
department	<no key>#647728da7e31ad78	invalid_record	{"parent_id":"D00001","name":"无编号部门","code":"NOID","order":3,"status":"active","updated_at":"2026-11-25T00:00:00Z"}	Object missing required field `id`	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
department	DX001	invalid_record	{"id":"DX001","parent_id":"D00001","name":"坏时间","code":"BADTS","order":4,"status":"active","updated_at":"last tuesday"}	Invalid RFC3339 encoded datetime - at `$.updated_at`	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
department	DC001	department_cycle	{"updated_at":"2026-11-25T00:00:00Z","id":"DC001","parent_id":"DC002","name":"环路甲","code":"LOOPA","order":1,"status":"active"}	parent chain DC001 -> DC002 -> DC001	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
department	DC002	department_cycle	{"updated_at":"2026-11-25T00:00:00Z","id":"DC002","parent_id":"DC001","name":"环路乙","code":"LOOPB","order":1,"status":"active"}	parent chain DC001 -> DC002 -> DC001	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
department	DO001	department_orphan	{"updated_at":"2026-11-25T00:00:00Z","id":"DO001","parent_id":"D99999","name":"孤儿部门","code":"ORPH","order":2,"status":"active"}	parent_id D99999 names no department	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:15.909384+00	2026-11-29 12:06:15.909384+00	\N
user_attribute	teacher:level	bad_extension_field	{"identity": "teacher", "field": {"key": "level", "label": "级别", "type": "integer", "max_length": null}}	key declared with several types: integer, string	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
user_attribute	staff:level	bad_extension_field	{"identity": "staff", "field": {"key": "level", "label": "职级", "type": "string", "max_length": 16}}	key declared with several types: integer, string	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
user_attribute	guest:x"; DROP TABLE app_user; --	bad_extension_field	{"identity": "guest", "field": {"key": "x\\"; DROP TABLE app_user; --", "label": "恶意", "type": "string", "max_length": 10}}	key is not a safe identifier (^[a-z][a-z0-9_]{0,39}$)	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
user_attribute	guest:Sponsor	bad_extension_field	{"identity": "guest", "field": {"key": "Sponsor", "label": "大写键", "type": "string", "max_length": 10}}	key is not a safe identifier (^[a-z][a-z0-9_]{0,39}$)	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
user_attribute	guest:status	bad_extension_field	{"identity": "guest", "field": {"key": "status", "label": "与内置列同名", "type": "string", "max_length": 10}}	key 'status' is one of app_user's own columns	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
tag	T90002	tag_name_conflict	{"id" : "T90002", "group_id" : "G01", "name" : "班主任", "kind" : "dynamic", "status" : "active"}	a static and a dynamic tag are both named 班主任 in group G01	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
tag	T90001	tag_name_conflict	{"id" : "T90001", "group_id" : "G01", "name" : "班主任", "kind" : "static", "status" : "active"}	a static and a dynamic tag are both named 班主任 in group G01	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
app_user	<no key>#d1b523418e5794e4	invalid_record	{"username":"nokey","name":"无编号","identity":"student","status":"active","updated_at":"2026-11-24T00:00:00Z"}	Object missing required field `id`	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
app_user	UX00001	invalid_record	{"id":"UX00001","username":"bad-ts","name":"坏时间","identity":"student","status":"active","updated_at":"2026-13-45 25:61"}	Invalid RFC3339 encoded datetime - at `$.updated_at`	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
app_user	UX00002	invalid_record	{"id":"UX00002","username":"bad-depts","name":"坏部门","identity":"student","department_ids":"D00001","status":"active","updated_at":"2026-11-24T00:00:00Z"}	Expected `array`, got `str` - at `$.department_ids`	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
app_user	U0000007	duplicate_username	{"id" : "U0000007", "username" : "20210000007", "name" : "肖文", "identity" : "student", "status" : "active"}	username 20210000007 is shared by 2 active users	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
app_user	U0000008	duplicate_username	{"id" : "U0000008", "username" : "20210000007", "name" : "汤燕", "identity" : "student", "status" : "active"}	username 20210000007 is shared by 2 active users	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
user_openid	<no key>#ab6fce9300f36447	invalid_record	{"platform":"wechat","user_id":"U0000030","status":"active","updated_at":"2026-11-23T00:00:00Z"}	Object missing required field `openid`	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
user_openid	wechat:o-conflict-0020	openid_conflict	[{"platform" : "wechat", "openid" : "o-conflict-0020", "user_id" : "U0000020", "username" : "20230000020", "status" : "active"}, {"platform" : "wechat", "openid" : "o-conflict-0020", "user_id" : "U0000021", "username" : "20230000021", "status" : "active"}]	bound to users with different usernames: 20230000020, 20230000021	7c6791da-08e1-4f29-9d69-4d0ff5d37ad7	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
\.


--
-- Data for Name: tag; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.tag (id, group_id, name, kind, name_conflict, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
T00002	G02	贫困生2	static	f	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	G03	学生干部3	static	f	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	G05	留学生11	static	f	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00007	G01	志愿者7	static	f	t	active	2026-07-17 06:32:43+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	G04	住校生10	static	f	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	G06	班主任6	static	f	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	G02	贫困生8	static	f	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	G01	住校生1	static	f	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	G05	志愿者5	static	f	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90002	G01	班主任	dynamic	t	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90001	G01	班主任	static	t	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
\.


--
-- Data for Name: tag_group; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.tag_group (id, name, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
G02	学生类别	t	active	2026-10-28 00:00:00+00	2026-11-29 12:06:16.205505+00	2026-11-29 12:06:16.205505+00	\N
G03	岗位类别	t	active	2026-10-28 00:00:00+00	2026-11-29 12:06:16.205505+00	2026-11-29 12:06:16.205505+00	\N
G04	通知范围	t	active	2026-10-28 00:00:00+00	2026-11-29 12:06:16.205505+00	2026-11-29 12:06:16.205505+00	\N
G06	兴趣小组	t	active	2026-10-28 00:00:00+00	2026-11-29 12:06:16.205505+00	2026-11-29 12:06:16.205505+00	\N
G01	教师类别	t	active	2026-10-28 00:00:00+00	2026-11-29 12:06:16.205505+00	2026-11-29 12:06:16.205505+00	\N
G05	宿舍楼	t	active	2026-10-28 00:00:00+00	2026-11-29 12:06:16.205505+00	2026-11-29 12:06:16.205505+00	\N
\.


--
-- Data for Name: tag_user; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.tag_user (tag_id, user_id, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
T00003	U0000050	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000019	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000138	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000107	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000076	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000045	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000014	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000133	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000102	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000071	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000040	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000009	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000128	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000097	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000066	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000035	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000004	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000123	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000092	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000061	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000030	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000149	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00003	U0000118	t	active	2026-03-06 13:05:27+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000109	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000078	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000047	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000016	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000135	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000104	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000073	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000042	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000011	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000130	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000099	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000068	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000037	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000006	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000125	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000094	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000063	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000032	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000001	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000120	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000089	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000058	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000027	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000146	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000115	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000084	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00005	U0000053	t	active	2026-05-11 21:49:05+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000058	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000027	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000146	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000115	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000084	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000053	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000022	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000141	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000110	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000079	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000048	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000017	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000136	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000105	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000074	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000043	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000012	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000131	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000100	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00001	U0000069	t	active	2025-12-30 04:21:49+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000099	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000068	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000037	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000006	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000125	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000094	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000063	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000032	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000001	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000120	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000089	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000058	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000027	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000146	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000115	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000084	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000053	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000022	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000141	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000110	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000079	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000048	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000017	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000136	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000105	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000074	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000043	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000012	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000131	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000100	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000069	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000038	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000007	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00002	U0000126	t	active	2026-11-27 00:04:41+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000138	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000107	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000076	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000045	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000014	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000133	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00010	U0000102	t	active	2026-10-24 19:38:10+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000005	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000124	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000093	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000062	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000031	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000150	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000119	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000088	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000057	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000026	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000145	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000114	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000083	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000052	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000021	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000140	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000109	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000078	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000047	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000016	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00008	U0000135	t	active	2026-08-19 10:54:32+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000104	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000073	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000042	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000011	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000130	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000099	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000068	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000037	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000006	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000125	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000094	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000063	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000032	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000001	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000120	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000089	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000058	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000027	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000146	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000115	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000084	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000053	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000022	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000141	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000110	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000079	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000048	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000017	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000136	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000105	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000074	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000043	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000012	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000131	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000100	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000069	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000038	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000007	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000126	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000095	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000064	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00011	U0000033	t	active	2026-11-27 00:03:29+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90001	U0000101	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90001	U0000102	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90001	U0000103	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90001	U0000104	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90001	U0000105	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000034	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000003	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000122	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000091	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000060	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000029	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000148	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000117	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000086	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000055	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000024	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000143	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000112	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000081	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000050	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000019	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000138	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000107	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000076	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000045	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000014	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000133	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000102	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00006	U0000071	t	active	2026-06-14 02:10:54+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00007	U0000014	t	active	2026-07-17 06:32:43+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T00007	U0000133	t	active	2026-07-17 06:32:43+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90002	U0000051	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90002	U0000052	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90002	U0000053	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90002	U0000054	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
T90002	U0000055	t	active	2026-11-22 00:00:00+00	2026-11-29 12:06:16.761038+00	2026-11-29 12:06:16.761038+00	\N
\.


--
-- Data for Name: task_history; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.task_history (id, instance_id, node_id, node_name, task_type, assignee_user_id, created_at, finished_at, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
TH000000101	S0000001	N1	提交申请	submit	U0000104	2025-12-01 17:00:11+00	2025-12-01 17:19:51+00	t	completed	2025-12-01 17:19:51+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000102	S0000001	N2	辅导员审批	approve	U0000023	2025-12-01 17:19:51+00	2025-12-01 17:52:38+00	t	completed	2025-12-01 17:52:38+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000103	S0000001	N3	学院审批	approve	U0000024	2025-12-01 17:52:38+00	2025-12-01 19:15:47+00	t	completed	2025-12-01 19:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000201	S0000002	N1	提交申请	submit	U0000029	2025-12-06 08:35:54+00	2025-12-06 09:42:24+00	t	completed	2025-12-06 09:42:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000202	S0000002	N2	辅导员审批	approve	U0000046	2025-12-06 09:42:24+00	2025-12-06 11:42:53+00	t	reverted	2025-12-06 11:42:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000203	S0000002	N1	提交申请	submit	U0000029	2025-12-06 11:42:53+00	2025-12-06 13:01:28+00	t	completed	2025-12-06 13:01:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000204	S0000002	N2	辅导员审批	approve	U0000048	2025-12-06 13:01:28+00	2025-12-06 13:43:30+00	t	completed	2025-12-06 13:43:30+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000205	S0000002	N3	学院审批	approve	U0000049	2025-12-06 13:43:30+00	2025-12-06 14:31:34+00	t	completed	2025-12-06 14:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000301	S0000003	N1	提交申请	submit	U0000025	2025-12-11 09:45:12+00	2025-12-11 09:45:22+00	t	completed	2025-12-11 09:45:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000302	S0000003	N2	辅导员审批	approve	U0000089	2025-12-11 09:45:22+00	\N	t	init	2025-12-11 09:45:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000401	S0000004	N1	提交申请	submit	U0000022	2025-12-16 01:41:33+00	2025-12-16 03:42:09+00	t	completed	2025-12-16 03:42:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000402	S0000004	N2	辅导员审批	approve	U0000018	2025-12-16 03:42:09+00	2025-12-16 04:37:11+00	t	completed	2025-12-16 04:37:11+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000403	S0000004	N3	学院审批	approve	U0000019	2025-12-16 04:37:11+00	2025-12-16 05:03:09+00	t	completed	2025-12-16 05:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000501	S0000005	N1	提交申请	submit	U0000141	2025-12-20 18:58:02+00	2025-12-20 20:55:28+00	t	completed	2025-12-20 20:55:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000502	S0000005	N2	辅导员审批	approve	U0000112	2025-12-20 20:55:28+00	2025-12-20 22:37:17+00	t	completed	2025-12-20 22:37:17+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000503	S0000005	N3	学院审批	approve	U0000113	2025-12-20 22:37:17+00	2025-12-21 00:18:56+00	t	completed	2025-12-21 00:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000601	S0000006	N1	提交申请	submit	U0000042	2025-12-25 12:47:04+00	2025-12-25 13:23:13+00	t	completed	2025-12-25 13:23:13+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000602	S0000006	N2	辅导员审批	approve	U0000057	2025-12-25 13:23:13+00	2025-12-25 14:44:17+00	t	reverted	2025-12-25 14:44:17+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000603	S0000006	N1	提交申请	submit	U0000042	2025-12-25 14:44:17+00	2025-12-25 16:42:08+00	t	completed	2025-12-25 16:42:08+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000604	S0000006	N2	辅导员审批	approve	U0000059	2025-12-25 16:42:08+00	2025-12-25 17:39:24+00	t	completed	2025-12-25 17:39:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000605	S0000006	N3	离校登记	checkout	U0000060	2025-12-25 17:39:24+00	2025-12-25 18:35:11+00	t	completed	2025-12-25 18:35:11+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000606	S0000006	N4	返校登记	checkin	U0000061	2025-12-25 18:35:11+00	2025-12-25 19:34:44+00	t	completed	2025-12-25 19:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000701	S0000007	N1	提交申请	submit	U0000130	2025-12-30 10:18:22+00	2025-12-30 11:06:14+00	t	completed	2025-12-30 11:06:14+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000702	S0000007	N2	辅导员审批	approve	U0000133	2025-12-30 11:06:14+00	2025-12-30 11:22:15+00	t	reverted	2025-12-30 11:22:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000703	S0000007	N1	提交申请	submit	U0000130	2025-12-30 11:22:15+00	2025-12-30 11:43:57+00	t	completed	2025-12-30 11:43:57+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000704	S0000007	N2	辅导员审批	approve	U0000135	2025-12-30 11:43:57+00	2025-12-30 13:09:09+00	t	completed	2025-12-30 13:09:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000705	S0000007	N3	学院审批	approve	U0000136	2025-12-30 13:09:09+00	2025-12-30 14:50:31+00	t	completed	2025-12-30 14:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000801	S0000008	N1	提交申请	submit	U0000049	2026-01-04 07:42:24+00	2026-01-04 08:30:15+00	t	completed	2026-01-04 08:30:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000802	S0000008	N2	辅导员审批	approve	U0000123	2026-01-04 08:30:15+00	2026-01-04 10:06:18+00	t	completed	2026-01-04 10:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000901	S0000009	N1	提交申请	submit	U0000026	2026-01-09 04:37:12+00	2026-01-09 04:56:23+00	t	completed	2026-01-09 04:56:23+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000902	S0000009	N2	辅导员审批	approve	U0000047	2026-01-09 04:56:23+00	2026-01-09 05:05:46+00	t	completed	2026-01-09 05:05:46+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000000903	S0000009	N3	学院审批	approve	U0000048	2026-01-09 05:05:46+00	2026-01-09 05:22:06+00	t	completed	2026-01-09 05:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001001	S0000010	N1	提交申请	submit	U0000098	2026-01-13 20:09:59+00	2026-01-13 20:32:47+00	t	completed	2026-01-13 20:32:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001002	S0000010	N2	辅导员审批	approve	U0000065	2026-01-13 20:32:47+00	2026-01-13 22:10:47+00	t	reverted	2026-01-13 22:10:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001003	S0000010	N1	提交申请	submit	U0000098	2026-01-13 22:10:47+00	2026-01-13 22:56:42+00	t	completed	2026-01-13 22:56:42+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001004	S0000010	N2	辅导员审批	approve	U0000067	2026-01-13 22:56:42+00	2026-01-14 00:07:50+00	t	completed	2026-01-14 00:07:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001005	S0000010	N3	学院审批	approve	U0000068	2026-01-14 00:07:50+00	2026-01-14 00:37:53+00	t	completed	2026-01-14 00:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001101	S0000011	N1	提交申请	submit	U0000026	2026-01-18 14:55:51+00	2026-01-18 16:38:58+00	t	completed	2026-01-18 16:38:58+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001102	S0000011	N2	辅导员审批	approve	U0000060	2026-01-18 16:38:58+00	2026-01-18 18:36:39+00	t	completed	2026-01-18 18:36:39+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001103	S0000011	N3	学院审批	approve	U0000061	2026-01-18 18:36:39+00	2026-01-18 19:53:41+00	t	completed	2026-01-18 19:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001201	S0000012	N1	提交申请	submit	U0000050	2026-11-26 20:05:29+00	2026-11-26 22:00:49+00	t	completed	2026-11-27 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001202	S0000012	N2	辅导员审批	approve	U0000096	2026-11-26 22:00:49+00	2026-11-26 23:19:03+00	t	completed	2026-11-27 00:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001203	S0000012	N3	学院审批	approve	U0000097	2026-11-26 23:19:03+00	2026-11-27 00:14:29+00	t	completed	2026-11-27 00:14:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001301	S0000013	N1	提交申请	submit	U0000038	2026-01-28 07:31:41+00	2026-01-28 08:41:27+00	t	completed	2026-01-28 08:41:27+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001302	S0000013	N2	辅导员审批	approve	U0000087	2026-01-28 08:41:27+00	2026-01-28 09:01:27+00	t	completed	2026-01-28 09:01:27+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001303	S0000013	N3	学院审批	approve	U0000088	2026-01-28 09:01:27+00	2026-01-28 10:25:15+00	t	completed	2026-01-28 10:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001401	S0000014	N1	提交申请	submit	U0000130	2026-02-02 02:24:08+00	2026-02-02 03:21:37+00	t	completed	2026-02-02 03:21:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001402	S0000014	N2	辅导员审批	approve	U0000038	2026-02-02 03:21:37+00	2026-02-02 04:32:33+00	t	completed	2026-02-02 04:32:33+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001403	S0000014	N3	学院审批	approve	U0000039	2026-02-02 04:32:33+00	2026-02-02 05:41:03+00	t	completed	2026-02-02 05:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001501	S0000015	N1	提交申请	submit	U0000119	2026-02-06 21:21:22+00	2026-02-06 22:50:56+00	t	completed	2026-02-06 22:50:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001502	S0000015	N2	辅导员审批	approve	U0000145	2026-02-06 22:50:56+00	2026-02-06 23:05:24+00	t	completed	2026-02-06 23:05:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001503	S0000015	N3	学院审批	approve	U0000146	2026-02-06 23:05:24+00	2026-02-07 00:56:50+00	t	completed	2026-02-07 00:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001601	S0000016	N1	提交申请	submit	U0000103	2026-02-11 16:35:01+00	2026-02-11 18:35:58+00	t	completed	2026-02-11 18:35:58+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001602	S0000016	N2	辅导员审批	approve	U0000017	2026-02-11 18:35:58+00	2026-02-11 19:23:38+00	t	completed	2026-02-11 19:23:38+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001603	S0000016	N3	学院审批	approve	U0000018	2026-02-11 19:23:38+00	2026-02-11 20:12:37+00	t	completed	2026-02-11 20:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001701	S0000017	N1	提交申请	submit	U0000105	2026-02-16 12:41:59+00	2026-02-16 13:45:48+00	t	completed	2026-02-16 13:45:48+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001702	S0000017	N2	辅导员审批	approve	U0000107	2026-02-16 13:45:48+00	2026-02-16 14:46:39+00	t	completed	2026-02-16 14:46:39+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001703	S0000017	N3	学院审批	approve	U0000108	2026-02-16 14:46:39+00	2026-02-16 15:28:25+00	t	completed	2026-02-16 15:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001801	S0000018	N1	提交申请	submit	U0000124	2026-02-21 05:55:12+00	2026-02-21 06:54:22+00	t	completed	2026-02-21 06:54:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001802	S0000018	N2	辅导员审批	approve	U0000122	2026-02-21 06:54:22+00	2026-02-21 08:51:10+00	t	completed	2026-02-21 08:51:10+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001803	S0000018	N3	离校登记	checkout	U0000123	2026-02-21 08:51:10+00	2026-02-21 09:21:57+00	t	completed	2026-02-21 09:21:57+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001804	S0000018	N4	返校登记	checkin	U0000124	2026-02-21 09:21:57+00	2026-02-21 10:44:12+00	t	completed	2026-02-21 10:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001901	S0000019	N1	提交申请	submit	U0000010	2026-02-26 00:57:34+00	2026-02-26 02:35:48+00	t	completed	2026-02-26 02:35:48+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001902	S0000019	N2	辅导员审批	approve	U0000062	2026-02-26 02:35:48+00	2026-02-26 04:05:18+00	t	completed	2026-02-26 04:05:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000001903	S0000019	N3	学院审批	approve	U0000063	2026-02-26 04:05:18+00	2026-02-26 06:00:00+00	t	completed	2026-02-26 06:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002001	S0000020	N1	提交申请	submit	U0000130	2026-03-02 22:43:14+00	2026-03-02 23:03:09+00	t	completed	2026-03-02 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002002	S0000020	N2	辅导员审批	approve	U0000114	2026-03-02 23:03:09+00	2026-03-02 23:30:44+00	t	completed	2026-03-02 23:30:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002003	S0000020	N3	离校登记	checkout	U0000115	2026-03-02 23:30:44+00	2026-03-03 00:23:19+00	t	completed	2026-03-03 00:23:19+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002004	S0000020	N4	返校登记	checkin	U0000116	2026-03-03 00:23:19+00	2026-03-03 01:15:47+00	t	completed	2026-03-03 01:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002101	S0000021	N1	提交申请	submit	U0000116	2026-03-07 18:29:00+00	2026-03-07 20:05:26+00	t	completed	2026-03-07 20:05:26+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002102	S0000021	N2	辅导员审批	approve	U0000038	2026-03-07 20:05:26+00	2026-03-07 20:21:55+00	t	completed	2026-03-07 20:21:55+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002103	S0000021	N3	学院审批	approve	U0000039	2026-03-07 20:21:55+00	2026-03-07 20:31:34+00	t	completed	2026-03-07 20:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002201	S0000022	N1	提交申请	submit	U0000149	2026-03-12 13:29:08+00	2026-03-12 15:21:19+00	t	completed	2026-03-12 15:21:19+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002202	S0000022	N2	辅导员审批	approve	U0000048	2026-03-12 15:21:19+00	2026-03-12 15:41:36+00	t	completed	2026-03-12 15:41:36+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002203	S0000022	N3	学院审批	approve	U0000049	2026-03-12 15:41:36+00	2026-03-12 15:47:22+00	t	completed	2026-03-12 15:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002301	S0000023	N1	提交申请	submit	U0000103	2026-03-17 07:08:36+00	2026-03-17 08:55:21+00	t	completed	2026-03-17 08:55:21+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002302	S0000023	N2	辅导员审批	approve	U0000053	2026-03-17 08:55:21+00	2026-03-17 09:55:58+00	t	completed	2026-03-17 09:55:58+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002303	S0000023	N3	学院审批	approve	U0000054	2026-03-17 09:55:58+00	2026-03-17 11:03:09+00	t	completed	2026-03-17 11:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002401	S0000024	N1	提交申请	submit	U0000067	2026-03-22 00:42:02+00	2026-03-22 01:51:54+00	t	completed	2026-03-22 01:51:54+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002402	S0000024	N2	辅导员审批	approve	U0000001	2026-03-22 01:51:54+00	2026-03-22 03:29:10+00	t	completed	2026-03-22 03:29:10+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002403	S0000024	N3	离校登记	checkout	U0000002	2026-03-22 03:29:10+00	2026-03-22 04:22:14+00	t	completed	2026-03-22 04:22:14+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002404	S0000024	N4	返校登记	checkin	U0000003	2026-03-22 04:22:14+00	2026-03-22 06:18:56+00	t	completed	2026-03-22 06:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002501	S0000025	N1	提交申请	submit	U0000109	2026-03-26 23:10:02+00	2026-03-27 00:25:50+00	t	completed	2026-03-27 00:25:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002502	S0000025	N2	辅导员审批	approve	U0000052	2026-03-27 00:25:50+00	2026-03-27 01:05:52+00	t	completed	2026-03-27 01:05:52+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002503	S0000025	N3	学院审批	approve	U0000053	2026-03-27 01:05:52+00	2026-03-27 01:34:44+00	t	completed	2026-03-27 01:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002601	S0000026	N1	提交申请	submit	U0000133	2026-03-31 15:04:31+00	2026-03-31 16:30:06+00	t	completed	2026-03-31 16:30:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002602	S0000026	N2	辅导员审批	approve	U0000049	2026-03-31 16:30:06+00	2026-03-31 17:28:53+00	t	reverted	2026-03-31 17:28:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002603	S0000026	N1	提交申请	submit	U0000133	2026-03-31 17:28:53+00	2026-03-31 18:24:00+00	t	completed	2026-03-31 18:24:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002604	S0000026	N2	辅导员审批	approve	U0000051	2026-03-31 18:24:00+00	2026-03-31 20:21:14+00	t	completed	2026-03-31 20:21:14+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002605	S0000026	N3	学院审批	approve	U0000052	2026-03-31 20:21:14+00	2026-03-31 20:50:31+00	t	completed	2026-03-31 20:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002701	S0000027	N1	提交申请	submit	U0000038	2026-04-05 10:40:48+00	2026-04-05 12:44:26+00	t	completed	2026-04-05 12:44:26+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002702	S0000027	N2	辅导员审批	approve	U0000146	2026-04-05 12:44:26+00	2026-04-05 12:53:23+00	t	completed	2026-04-05 12:53:23+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002703	S0000027	N3	离校登记	checkout	U0000147	2026-04-05 12:53:23+00	2026-04-05 14:05:46+00	t	completed	2026-04-05 14:05:46+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002704	S0000027	N4	返校登记	checkin	U0000148	2026-04-05 14:05:46+00	2026-04-05 16:06:18+00	t	completed	2026-04-05 16:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002801	S0000028	N1	提交申请	submit	U0000026	2026-04-10 06:25:13+00	2026-04-10 07:39:36+00	t	completed	2026-04-10 07:39:36+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002802	S0000028	N2	辅导员审批	approve	U0000055	2026-04-10 07:39:36+00	2026-04-10 09:43:46+00	t	completed	2026-04-10 09:43:46+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002803	S0000028	N3	学院审批	approve	U0000056	2026-04-10 09:43:46+00	2026-04-10 11:22:06+00	t	completed	2026-04-10 11:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002901	S0000029	N1	提交申请	submit	U0000126	2026-04-15 04:22:18+00	2026-04-15 05:18:06+00	t	completed	2026-04-15 05:18:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002902	S0000029	N2	辅导员审批	approve	U0000015	2026-04-15 05:18:06+00	2026-04-15 05:23:18+00	t	completed	2026-04-15 05:23:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000002903	S0000029	N3	学院审批	approve	U0000016	2026-04-15 05:23:18+00	2026-04-15 06:37:53+00	t	completed	2026-04-15 06:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003001	S0000030	N1	提交申请	submit	U0000126	2026-04-19 21:03:22+00	2026-04-19 22:47:09+00	t	completed	2026-04-19 22:47:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003002	S0000030	N2	辅导员审批	approve	U0000072	2026-04-19 22:47:09+00	2026-04-20 00:45:52+00	t	completed	2026-04-20 00:45:52+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003003	S0000030	N3	学院审批	approve	U0000073	2026-04-20 00:45:52+00	2026-04-20 01:53:41+00	t	completed	2026-04-20 01:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003101	S0000031	N1	提交申请	submit	U0000125	2026-04-24 16:44:04+00	2026-04-24 18:02:18+00	t	completed	2026-04-24 18:02:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003102	S0000031	N2	辅导员审批	approve	U0000143	2026-04-24 18:02:18+00	2026-04-24 19:19:38+00	t	completed	2026-04-24 19:19:38+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003103	S0000031	N3	学院审批	approve	U0000144	2026-04-24 19:19:38+00	2026-04-24 21:09:28+00	t	completed	2026-04-24 21:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003201	S0000032	N1	提交申请	submit	U0000073	2026-04-29 12:54:39+00	2026-04-29 13:28:47+00	t	completed	2026-04-29 13:28:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003202	S0000032	N2	辅导员审批	approve	U0000022	2026-04-29 13:28:47+00	2026-04-29 15:29:56+00	t	completed	2026-04-29 15:29:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003203	S0000032	N3	学院审批	approve	U0000023	2026-04-29 15:29:56+00	2026-04-29 16:25:15+00	t	completed	2026-04-29 16:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003301	S0000033	N1	提交申请	submit	U0000021	2026-05-04 09:17:08+00	2026-05-04 09:30:39+00	t	completed	2026-05-04 09:30:39+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003302	S0000033	N2	辅导员审批	approve	U0000113	2026-05-04 09:30:39+00	2026-05-04 10:07:31+00	t	reverted	2026-05-04 10:07:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003303	S0000033	N1	提交申请	submit	U0000021	2026-05-04 10:07:31+00	2026-05-04 10:47:21+00	t	completed	2026-05-04 10:47:21+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003304	S0000033	N2	辅导员审批	approve	U0000115	2026-05-04 10:47:21+00	2026-05-04 11:13:34+00	t	completed	2026-05-04 11:13:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003305	S0000033	N3	学院审批	approve	U0000116	2026-05-04 11:13:34+00	2026-05-04 11:41:03+00	t	completed	2026-05-04 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003401	S0000034	N1	提交申请	submit	U0000081	2026-05-09 02:08:33+00	2026-05-09 03:44:53+00	t	completed	2026-05-09 03:44:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003402	S0000034	N2	辅导员审批	approve	U0000046	2026-05-09 03:44:53+00	2026-05-09 05:41:05+00	t	completed	2026-05-09 05:41:05+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003403	S0000034	N3	离校登记	checkout	U0000047	2026-05-09 05:41:05+00	2026-05-09 06:01:32+00	t	completed	2026-05-09 06:01:32+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003404	S0000034	N4	返校登记	checkin	U0000048	2026-05-09 06:01:32+00	2026-05-09 06:56:50+00	t	completed	2026-05-09 06:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003501	S0000035	N1	提交申请	submit	U0000100	2026-05-13 20:17:59+00	2026-05-13 21:54:59+00	t	completed	2026-05-13 21:54:59+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003502	S0000035	N2	辅导员审批	approve	U0000127	2026-05-13 21:54:59+00	2026-05-13 23:17:20+00	t	reverted	2026-05-13 23:17:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003503	S0000035	N1	提交申请	submit	U0000100	2026-05-13 23:17:20+00	2026-05-14 00:20:27+00	t	completed	2026-05-14 00:20:27+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003504	S0000035	N2	辅导员审批	approve	U0000129	2026-05-14 00:20:27+00	2026-05-14 02:12:37+00	t	aborted	2026-05-14 02:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003601	S0000036	N1	提交申请	submit	U0000065	2026-05-18 18:01:10+00	2026-05-18 19:28:17+00	t	completed	2026-05-18 19:28:17+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003602	S0000036	N2	辅导员审批	approve	U0000127	2026-05-18 19:28:17+00	2026-05-18 20:06:41+00	t	completed	2026-05-18 20:06:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003603	S0000036	N3	学院审批	approve	U0000128	2026-05-18 20:06:41+00	2026-05-18 21:28:25+00	t	completed	2026-05-18 21:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003701	S0000037	N1	提交申请	submit	U0000127	2026-05-23 10:05:09+00	2026-05-23 11:10:28+00	t	completed	2026-05-23 11:10:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003702	S0000037	N2	辅导员审批	approve	U0000017	2026-05-23 11:10:28+00	2026-05-23 12:17:56+00	t	reverted	2026-05-23 12:17:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003703	S0000037	N1	提交申请	submit	U0000127	2026-05-23 12:17:56+00	2026-05-23 14:14:07+00	t	completed	2026-05-23 14:14:07+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003704	S0000037	N2	辅导员审批	approve	U0000019	2026-05-23 14:14:07+00	2026-05-23 15:00:27+00	t	completed	2026-05-23 15:00:27+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003705	S0000037	N3	学院审批	approve	U0000020	2026-05-23 15:00:27+00	2026-05-23 16:44:12+00	t	completed	2026-05-23 16:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003801	S0000038	N1	提交申请	submit	U0000012	2026-05-28 09:14:43+00	2026-05-28 10:05:44+00	t	completed	2026-05-28 10:05:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003802	S0000038	N2	辅导员审批	approve	U0000099	2026-05-28 10:05:44+00	2026-05-28 10:12:05+00	t	completed	2026-05-28 10:12:05+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003803	S0000038	N3	学院审批	approve	U0000100	2026-05-28 10:12:05+00	2026-05-28 12:00:00+00	t	completed	2026-05-28 12:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003901	S0000039	N1	提交申请	submit	U0000136	2026-06-02 03:27:13+00	2026-06-02 03:49:27+00	t	completed	2026-06-02 03:49:27+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003902	S0000039	N2	辅导员审批	approve	U0000083	2026-06-02 03:49:27+00	2026-06-02 04:11:04+00	t	reverted	2026-06-02 04:11:04+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003903	S0000039	N1	提交申请	submit	U0000136	2026-06-02 04:11:04+00	2026-06-02 05:38:20+00	t	completed	2026-06-02 05:38:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003904	S0000039	N2	辅导员审批	approve	U0000085	2026-06-02 05:38:20+00	2026-06-02 06:01:28+00	t	completed	2026-06-02 06:01:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000003905	S0000039	N3	学院审批	approve	U0000086	2026-06-02 06:01:28+00	2026-06-02 07:15:47+00	t	completed	2026-06-02 07:15:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004001	S0000040	N1	提交申请	submit	U0000140	2026-06-06 21:49:29+00	2026-06-06 22:25:50+00	t	completed	2026-06-06 22:25:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004002	S0000040	N2	辅导员审批	approve	U0000032	2026-06-06 22:25:50+00	2026-06-06 22:57:35+00	t	completed	2026-06-06 22:57:35+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004003	S0000040	N3	离校登记	checkout	U0000033	2026-06-06 22:57:35+00	2026-06-07 00:37:48+00	t	completed	2026-06-07 00:37:48+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004004	S0000040	N4	返校登记	checkin	U0000034	2026-06-07 00:37:48+00	2026-06-07 02:31:34+00	t	completed	2026-06-07 02:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004101	S0000041	N1	提交申请	submit	U0000090	2026-06-11 19:34:37+00	2026-06-11 19:56:26+00	t	completed	2026-06-11 19:56:26+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004102	S0000041	N2	辅导员审批	approve	U0000071	2026-06-11 19:56:26+00	2026-06-11 20:26:27+00	t	completed	2026-06-11 20:26:27+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004103	S0000041	N3	学院审批	approve	U0000072	2026-06-11 20:26:27+00	2026-06-11 21:47:22+00	t	completed	2026-06-11 21:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004201	S0000042	N1	提交申请	submit	U0000130	2026-06-16 11:44:35+00	2026-06-16 13:42:13+00	t	completed	2026-06-16 13:42:13+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004202	S0000042	N2	辅导员审批	approve	U0000043	2026-06-16 13:42:13+00	2026-06-16 15:42:58+00	t	completed	2026-06-16 15:42:58+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004203	S0000042	N3	学院审批	approve	U0000044	2026-06-16 15:42:58+00	2026-06-16 17:03:09+00	t	completed	2026-06-16 17:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004301	S0000043	N1	提交申请	submit	U0000106	2026-06-21 07:43:57+00	2026-06-21 09:13:33+00	t	completed	2026-06-21 09:13:33+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004302	S0000043	N2	辅导员审批	approve	U0000075	2026-06-21 09:13:33+00	2026-06-21 11:18:28+00	t	completed	2026-06-21 11:18:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004303	S0000043	N3	学院审批	approve	U0000076	2026-06-21 11:18:28+00	2026-06-21 12:18:56+00	t	completed	2026-06-21 12:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004401	S0000044	N1	提交申请	submit	U0000017	2026-06-26 06:22:31+00	2026-06-26 07:08:51+00	t	completed	2026-06-26 07:08:51+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004402	S0000044	N2	辅导员审批	approve	U0000107	2026-06-26 07:08:51+00	2026-06-26 07:34:44+00	t	completed	2026-06-26 07:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004501	S0000045	N1	提交申请	submit	U0000107	2026-06-30 23:48:07+00	2026-07-01 00:09:40+00	t	completed	2026-07-01 00:09:40+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004502	S0000045	N2	辅导员审批	approve	U0000015	2026-07-01 00:09:40+00	2026-07-01 01:28:28+00	t	completed	2026-07-01 01:28:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004503	S0000045	N3	学院审批	approve	U0000016	2026-07-01 01:28:28+00	2026-07-01 02:50:31+00	t	completed	2026-07-01 02:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004601	S0000046	N1	提交申请	submit	U0000135	2026-07-05 19:36:37+00	2026-07-05 20:57:54+00	t	completed	2026-07-05 20:57:54+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004602	S0000046	N2	辅导员审批	approve	U0000144	2026-07-05 20:57:54+00	2026-07-05 21:28:51+00	t	completed	2026-07-05 21:28:51+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004603	S0000046	N3	学院审批	approve	U0000145	2026-07-05 21:28:51+00	2026-07-05 22:06:18+00	t	completed	2026-07-05 22:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004701	S0000047	N1	提交申请	submit	U0000057	2026-07-10 13:29:09+00	2026-07-10 14:45:01+00	t	completed	2026-07-10 14:45:01+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004702	S0000047	N2	辅导员审批	approve	U0000100	2026-07-10 14:45:01+00	2026-07-10 16:02:28+00	t	completed	2026-07-10 16:02:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004703	S0000047	N3	学院审批	approve	U0000101	2026-07-10 16:02:28+00	2026-07-10 17:22:06+00	t	completed	2026-07-10 17:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004801	S0000048	N1	提交申请	submit	U0000095	2026-07-15 08:26:13+00	2026-07-15 09:22:15+00	t	completed	2026-07-15 09:22:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004802	S0000048	N2	辅导员审批	approve	U0000013	2026-07-15 09:22:15+00	2026-07-15 10:49:33+00	t	completed	2026-07-15 10:49:33+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004803	S0000048	N3	学院审批	approve	U0000014	2026-07-15 10:49:33+00	2026-07-15 12:37:53+00	t	completed	2026-07-15 12:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004901	S0000049	N1	提交申请	submit	U0000140	2026-07-20 04:30:33+00	2026-07-20 06:11:01+00	t	completed	2026-07-20 06:11:01+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004902	S0000049	N2	辅导员审批	approve	U0000109	2026-07-20 06:11:01+00	2026-07-20 07:43:36+00	t	completed	2026-07-20 07:43:36+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000004903	S0000049	N3	学院审批	approve	U0000110	2026-07-20 07:43:36+00	2026-07-20 07:53:41+00	t	completed	2026-07-20 07:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005001	S0000050	N1	提交申请	submit	U0000002	2026-07-25 02:23:03+00	2026-07-25 02:48:41+00	t	completed	2026-07-25 02:48:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005002	S0000050	N2	辅导员审批	approve	U0000061	2026-07-25 02:48:41+00	2026-07-25 02:55:30+00	t	completed	2026-07-25 02:55:30+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005003	S0000050	N3	学院审批	approve	U0000062	2026-07-25 02:55:30+00	2026-07-25 03:09:28+00	t	completed	2026-07-25 03:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005101	S0000051	N1	提交申请	submit	U0000024	2026-07-29 18:55:58+00	2026-07-29 19:31:06+00	t	completed	2026-07-29 19:31:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005102	S0000051	N2	辅导员审批	approve	U0000092	2026-07-29 19:31:06+00	2026-07-29 20:31:53+00	t	completed	2026-07-29 20:31:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005103	S0000051	N3	学院审批	approve	U0000093	2026-07-29 20:31:53+00	2026-07-29 22:25:15+00	t	completed	2026-07-29 22:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005201	S0000052	N1	提交申请	submit	U0000033	2026-08-03 13:45:02+00	2026-08-03 15:30:55+00	t	completed	2026-08-03 15:30:55+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005202	S0000052	N2	辅导员审批	approve	U0000122	2026-08-03 15:30:55+00	2026-08-03 16:16:09+00	t	completed	2026-08-03 16:16:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005203	S0000052	N3	学院审批	approve	U0000123	2026-08-03 16:16:09+00	2026-08-03 17:41:03+00	t	completed	2026-08-03 17:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005301	S0000053	N1	提交申请	submit	U0000113	2026-08-08 07:41:17+00	2026-08-08 09:04:46+00	t	completed	2026-08-08 09:04:46+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005302	S0000053	N2	辅导员审批	approve	U0000130	2026-08-08 09:04:46+00	2026-08-08 11:06:22+00	t	completed	2026-08-08 11:06:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005303	S0000053	N3	学院审批	approve	U0000131	2026-08-08 11:06:22+00	2026-08-08 12:56:50+00	t	completed	2026-08-08 12:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005401	S0000054	N1	提交申请	submit	U0000078	2026-08-13 05:47:39+00	2026-08-13 06:30:12+00	t	completed	2026-08-13 06:30:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005402	S0000054	N2	辅导员审批	approve	U0000085	2026-08-13 06:30:12+00	2026-08-13 07:57:42+00	t	completed	2026-08-13 07:57:42+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005403	S0000054	N3	学院审批	approve	U0000086	2026-08-13 07:57:42+00	2026-08-13 08:12:37+00	t	completed	2026-08-13 08:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005501	S0000055	N1	提交申请	submit	U0000022	2026-08-18 01:40:16+00	2026-08-18 03:09:43+00	t	completed	2026-08-18 03:09:43+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005502	S0000055	N2	辅导员审批	approve	U0000051	2026-08-18 03:09:43+00	2026-08-18 03:28:25+00	t	aborted	2026-08-18 03:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005601	S0000056	N1	提交申请	submit	U0000079	2026-08-22 17:32:15+00	2026-08-22 18:36:18+00	t	completed	2026-08-22 18:36:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005602	S0000056	N2	辅导员审批	approve	U0000121	2026-08-22 18:36:18+00	2026-08-22 20:01:00+00	t	completed	2026-08-22 20:01:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005603	S0000056	N3	离校登记	checkout	U0000122	2026-08-22 20:01:00+00	2026-08-22 21:27:39+00	t	completed	2026-08-22 21:27:39+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005604	S0000056	N4	返校登记	checkin	U0000123	2026-08-22 21:27:39+00	2026-08-22 22:44:12+00	t	completed	2026-08-22 22:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005701	S0000057	N1	提交申请	submit	U0000044	2026-08-27 14:45:17+00	2026-08-27 14:52:01+00	t	completed	2026-08-27 14:52:01+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005702	S0000057	N2	辅导员审批	approve	U0000004	2026-08-27 14:52:01+00	2026-08-27 15:26:29+00	t	completed	2026-08-27 15:26:29+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005703	S0000057	N3	离校登记	checkout	U0000005	2026-08-27 15:26:29+00	2026-08-27 16:33:09+00	t	completed	2026-08-27 16:33:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005704	S0000057	N4	返校登记	checkin	U0000006	2026-08-27 16:33:09+00	2026-08-27 18:00:00+00	t	completed	2026-08-27 18:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005801	S0000058	N1	提交申请	submit	U0000125	2026-09-01 13:13:37+00	2026-09-01 13:13:47+00	t	completed	2026-09-01 13:13:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005802	S0000058	N2	辅导员审批	approve	U0000120	2026-09-01 13:13:47+00	\N	t	init	2026-09-01 13:13:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005901	S0000059	N1	提交申请	submit	U0000142	2026-09-06 06:40:19+00	2026-09-06 07:43:42+00	t	completed	2026-09-06 07:43:42+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005902	S0000059	N2	辅导员审批	approve	U0000124	2026-09-06 07:43:42+00	2026-09-06 07:52:53+00	t	completed	2026-09-06 07:52:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000005903	S0000059	N3	学院审批	approve	U0000125	2026-09-06 07:52:53+00	2026-09-06 08:31:34+00	t	completed	2026-09-06 08:31:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006001	S0000060	N1	提交申请	submit	U0000024	2026-09-11 00:42:17+00	2026-09-11 01:12:01+00	t	completed	2026-09-11 01:12:01+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006002	S0000060	N2	辅导员审批	approve	U0000030	2026-09-11 01:12:01+00	2026-09-11 01:49:32+00	t	completed	2026-09-11 01:49:32+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006003	S0000060	N3	学院审批	approve	U0000031	2026-09-11 01:49:32+00	2026-09-11 03:47:22+00	t	completed	2026-09-11 03:47:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006101	S0000061	N1	提交申请	submit	U0000048	2026-09-15 19:05:41+00	2026-09-15 20:17:12+00	t	completed	2026-09-15 20:17:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006102	S0000061	N2	辅导员审批	approve	U0000009	2026-09-15 20:17:12+00	2026-09-15 21:55:48+00	t	completed	2026-09-15 21:55:48+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006103	S0000061	N3	学院审批	approve	U0000010	2026-09-15 21:55:48+00	2026-09-15 23:03:09+00	t	completed	2026-09-15 23:03:09+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006201	S0000062	N1	提交申请	submit	U0000122	2026-09-20 15:10:00+00	2026-09-20 16:22:15+00	t	completed	2026-09-20 16:22:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006202	S0000062	N2	辅导员审批	approve	U0000090	2026-09-20 16:22:15+00	2026-09-20 18:18:56+00	t	completed	2026-09-20 18:18:56+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006301	S0000063	N1	提交申请	submit	U0000007	2026-09-25 10:32:43+00	2026-09-25 11:07:48+00	t	completed	2026-09-25 11:07:48+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006302	S0000063	N2	辅导员审批	approve	U0000063	2026-09-25 11:07:48+00	2026-09-25 11:41:03+00	t	completed	2026-09-25 11:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006303	S0000063	N3	学院审批	approve	U0000064	2026-09-25 11:41:03+00	2026-09-25 13:34:44+00	t	completed	2026-09-25 13:34:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006401	S0000064	N1	提交申请	submit	U0000104	2026-09-30 06:06:17+00	2026-09-30 06:19:00+00	t	completed	2026-09-30 06:19:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006402	S0000064	N2	辅导员审批	approve	U0000131	2026-09-30 06:19:00+00	2026-09-30 08:14:31+00	t	completed	2026-09-30 08:14:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006403	S0000064	N3	学院审批	approve	U0000132	2026-09-30 08:14:31+00	2026-09-30 08:50:31+00	t	completed	2026-09-30 08:50:31+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006501	S0000065	N1	提交申请	submit	U0000051	2026-10-05 02:01:53+00	2026-10-05 02:29:14+00	t	completed	2026-10-05 02:29:14+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006502	S0000065	N2	辅导员审批	approve	U0000149	2026-10-05 02:29:14+00	2026-10-05 03:17:35+00	t	completed	2026-10-05 03:17:35+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006503	S0000065	N3	学院审批	approve	U0000150	2026-10-05 03:17:35+00	2026-10-05 04:06:18+00	t	completed	2026-10-05 04:06:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006601	S0000066	N1	提交申请	submit	U0000008	2026-10-09 19:44:13+00	2026-10-09 21:03:48+00	t	completed	2026-10-09 21:03:48+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006602	S0000066	N2	辅导员审批	approve	U0000131	2026-10-09 21:03:48+00	2026-10-09 22:05:41+00	t	completed	2026-10-09 22:05:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006603	S0000066	N3	学院审批	approve	U0000132	2026-10-09 22:05:41+00	2026-10-09 23:22:06+00	t	completed	2026-10-09 23:22:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006701	S0000067	N1	提交申请	submit	U0000067	2026-10-14 11:18:57+00	2026-10-14 12:37:19+00	t	completed	2026-10-14 12:37:19+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006702	S0000067	N2	辅导员审批	approve	U0000028	2026-10-14 12:37:19+00	2026-10-14 14:07:18+00	t	reverted	2026-10-14 14:07:18+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006703	S0000067	N1	提交申请	submit	U0000067	2026-10-14 14:07:18+00	2026-10-14 15:26:43+00	t	completed	2026-10-14 15:26:43+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006704	S0000067	N2	辅导员审批	approve	U0000030	2026-10-14 15:26:43+00	2026-10-14 17:08:22+00	t	completed	2026-10-14 17:08:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006705	S0000067	N3	学院审批	approve	U0000031	2026-10-14 17:08:22+00	2026-10-14 18:37:53+00	t	completed	2026-10-14 18:37:53+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006801	S0000068	N1	提交申请	submit	U0000121	2026-10-19 07:06:01+00	2026-10-19 09:03:06+00	t	completed	2026-10-19 09:03:06+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006802	S0000068	N2	辅导员审批	approve	U0000148	2026-10-19 09:03:06+00	2026-10-19 09:10:24+00	t	reverted	2026-10-19 09:10:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006803	S0000068	N1	提交申请	submit	U0000121	2026-10-19 09:10:24+00	2026-10-19 11:02:41+00	t	completed	2026-10-19 11:02:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006804	S0000068	N2	辅导员审批	approve	U0000150	2026-10-19 11:02:41+00	2026-10-19 12:46:10+00	t	completed	2026-10-19 12:46:10+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006805	S0000068	N3	学院审批	approve	U0000001	2026-10-19 12:46:10+00	2026-10-19 13:53:41+00	t	completed	2026-10-19 13:53:41+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006901	S0000069	N1	提交申请	submit	U0000030	2026-10-24 06:43:00+00	2026-10-24 07:23:11+00	t	completed	2026-10-24 07:23:11+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000006902	S0000069	N2	辅导员审批	approve	U0000063	2026-10-24 07:23:11+00	2026-10-24 09:09:28+00	t	completed	2026-10-24 09:09:28+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007001	S0000070	N1	提交申请	submit	U0000005	2026-10-29 02:09:07+00	2026-10-29 02:40:25+00	t	completed	2026-10-29 02:40:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007002	S0000070	N2	辅导员审批	approve	U0000100	2026-10-29 02:40:25+00	2026-10-29 03:26:45+00	t	completed	2026-10-29 03:26:45+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007003	S0000070	N3	学院审批	approve	U0000101	2026-10-29 03:26:45+00	2026-10-29 04:25:15+00	t	completed	2026-10-29 04:25:15+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007101	S0000071	N1	提交申请	submit	U0000107	2026-11-02 20:42:21+00	2026-11-02 21:42:37+00	t	completed	2026-11-02 21:42:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007102	S0000071	N2	辅导员审批	approve	U0000048	2026-11-02 21:42:37+00	2026-11-02 22:08:24+00	t	completed	2026-11-02 22:08:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007103	S0000071	N3	学院审批	approve	U0000049	2026-11-02 22:08:24+00	2026-11-02 23:41:03+00	t	completed	2026-11-02 23:41:03+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007201	S0000072	N1	提交申请	submit	U0000019	2026-11-07 15:35:56+00	2026-11-07 16:56:20+00	t	completed	2026-11-07 16:56:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007202	S0000072	N2	辅导员审批	approve	U0000127	2026-11-07 16:56:20+00	2026-11-07 17:15:23+00	t	completed	2026-11-07 17:15:23+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007203	S0000072	N3	学院审批	approve	U0000128	2026-11-07 17:15:23+00	2026-11-07 18:56:50+00	t	completed	2026-11-07 18:56:50+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007301	S0000073	N1	提交申请	submit	U0000137	2026-11-12 09:54:39+00	2026-11-12 11:46:22+00	t	completed	2026-11-12 11:46:22+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007302	S0000073	N2	辅导员审批	approve	U0000107	2026-11-12 11:46:22+00	2026-11-12 12:20:47+00	t	completed	2026-11-12 12:20:47+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007303	S0000073	N3	学院审批	approve	U0000108	2026-11-12 12:20:47+00	2026-11-12 14:12:37+00	t	completed	2026-11-12 14:12:37+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007401	S0000074	N1	提交申请	submit	U0000141	2026-11-17 07:49:12+00	2026-11-17 09:08:49+00	t	completed	2026-11-17 09:08:49+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007402	S0000074	N2	辅导员审批	approve	U0000038	2026-11-17 09:08:49+00	2026-11-17 09:20:13+00	t	completed	2026-11-17 09:20:13+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007403	S0000074	N3	学院审批	approve	U0000039	2026-11-17 09:20:13+00	2026-11-17 09:28:25+00	t	completed	2026-11-17 09:28:25+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007501	S0000075	N1	提交申请	submit	U0000024	2026-11-22 01:26:31+00	2026-11-22 01:32:54+00	t	completed	2026-11-22 01:32:54+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007502	S0000075	N2	辅导员审批	approve	U0000114	2026-11-22 01:32:54+00	2026-11-22 03:32:39+00	t	completed	2026-11-22 03:32:39+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007503	S0000075	N3	学院审批	approve	U0000115	2026-11-22 03:32:39+00	2026-11-22 04:44:12+00	t	completed	2026-11-22 04:44:12+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007601	S0000076	N1	提交申请	submit	U0000035	2026-11-27 00:15:14+00	2026-11-27 00:15:24+00	t	completed	2026-11-27 00:15:24+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007602	S0000076	N2	辅导员审批	approve	U0000001	2026-11-27 00:15:24+00	2026-11-27 00:15:34+00	t	completed	2026-11-27 00:15:34+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007603	S0000076	N3	离校登记	checkout	U0000002	2026-11-27 00:15:34+00	2026-11-27 00:15:44+00	t	completed	2026-11-27 00:15:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH000007604	S0000076	N4	返校登记	checkin	U0000003	2026-11-27 00:15:44+00	\N	t	init	2026-11-27 00:15:44+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH900000101	S9000001	N1	审批	approve	U0000002	2026-11-20 22:00:00+00	2026-11-20 22:03:20+00	t	completed	2026-11-20 22:03:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH900000102	S9000001	N2	审批	approve	U0000002	2026-11-20 22:03:20+00	\N	t	init	2026-11-20 22:03:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH900000201	S9000002	N1	审批	approve	U0000002	2026-11-20 22:00:00+00	2026-11-20 22:03:20+00	t	completed	2026-11-20 22:03:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH900000301	S9000003	N1	审批	approve	U0000002	2026-11-20 22:00:00+00	2026-11-20 23:00:00+00	t	completed	2026-11-20 23:00:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH900000302	S9000003	N2	审批	approve	U0000002	2026-11-20 23:00:00+00	2026-11-20 23:50:00+00	t	aborted	2026-11-20 23:50:00+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
TH999999991	S8888888	N1	审批	approve	U0000002	2026-11-20 22:00:00+00	2026-11-20 22:03:20+00	t	completed	2026-11-20 22:03:20+00	2026-11-29 12:06:16.38013+00	2026-11-29 12:06:16.38013+00	\N
\.


--
-- Data for Name: user_attribute; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.user_attribute (identity, key, label, type, max_length, column_name, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
teacher	title	职称	string	64	title	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
student	is_boarder	住校	boolean	\N	is_boarder	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
teacher	hired_on	入职日期	date	\N	hired_on	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
student	grade	年级	string	32	grade	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
guest	visit_count	来访次数	integer	\N	visit_count	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
staff	office	办公室	string	64	office	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
student	enrolled_on	入学日期	date	\N	enrolled_on	t	active	\N	2026-11-29 12:06:16.273785+00	2026-11-29 12:06:16.273785+00	\N
\.


--
-- Data for Name: user_department; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.user_department (user_id, department_id, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
U0000118	D00010	t	active	2026-09-08 05:33:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000036	D00006	t	active	2026-02-22 00:28:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000148	D00008	t	active	2026-11-19 17:57:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000007	D00004	t	active	2025-12-13 22:05:33+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000130	D00008	f	disabled	2026-10-07 05:43:18+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000112	D00004	t	active	2026-08-24 17:29:00+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000024	D00006	t	active	2026-01-24 00:19:04+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000062	D00008	t	active	2026-04-25 20:49:16+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000009	D00011	t	active	2025-12-18 18:07:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000121	D00009	t	active	2026-09-15 11:36:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000081	D00004	f	disabled	2026-06-10 19:04:22+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000098	D00011	t	active	2026-07-21 21:17:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000077	D00004	f	disabled	2026-06-01 03:01:11+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000065	D00011	t	active	2026-05-03 02:51:39+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000003	D00008	t	active	2025-12-04 06:02:23+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000151	D00009	t	active	2026-11-27 00:54:06+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000126	D00011	t	active	2026-09-27 13:40:07+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000005	D00011	t	active	2025-12-09 02:03:58+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000082	D00009	t	active	2026-06-13 05:05:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000036	D00004	t	active	2026-02-22 00:28:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000140	D00005	t	active	2026-10-31 09:51:15+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000033	D00007	t	active	2026-02-14 18:26:13+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000144	D00009	t	active	2026-11-10 01:54:26+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000005	D00007	t	active	2025-12-09 02:03:58+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000129	D00007	t	active	2026-10-04 19:42:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000045	D00009	t	active	2026-03-15 18:35:45+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000132	D00010	t	active	2026-10-12 01:44:54+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000029	D00011	t	active	2026-02-05 02:23:02+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000139	D00005	t	active	2026-10-28 23:50:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000138	D00011	t	active	2026-10-26 13:49:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000136	D00008	t	active	2026-10-21 17:48:04+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000145	D00008	t	active	2026-11-12 11:55:13+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000135	D00006	t	active	2026-10-19 07:47:17+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000053	D00008	t	active	2026-04-04 02:42:07+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000078	D00009	t	active	2026-06-03 13:01:59+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000089	D00011	f	disabled	2026-06-30 03:10:43+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000019	D00006	t	active	2026-01-11 22:15:05+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000146	D00006	t	active	2026-11-14 21:56:01+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000028	D00007	t	active	2026-02-02 16:22:15+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000149	D00006	t	active	2026-11-22 03:58:24+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000074	D00005	t	active	2026-05-24 20:58:48+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000017	D00004	t	active	2026-01-07 02:13:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000075	D00006	t	active	2026-05-27 06:59:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000122	D00006	t	active	2026-09-17 21:36:57+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000040	D00004	t	active	2026-03-03 16:31:47+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000001	D00008	t	active	2025-11-29 10:00:47+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000059	D00004	t	active	2026-04-18 14:46:53+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000043	D00004	t	active	2026-03-10 22:34:10+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000011	D00010	t	active	2025-12-23 14:08:44+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000120	D00009	t	active	2026-09-13 01:35:21+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000030	D00010	t	active	2026-02-07 12:23:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000016	D00009	t	active	2026-01-04 16:12:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000100	D00005	t	active	2026-07-26 17:19:28+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000136	D00004	t	active	2026-10-21 17:48:04+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000108	D00006	t	active	2026-08-15 01:25:49+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000004	D00007	t	active	2025-12-06 16:03:10+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000071	D00007	t	active	2026-05-17 14:56:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000072	D00004	f	disabled	2026-05-20 00:57:13+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000141	D00010	t	active	2026-11-02 19:52:03+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000052	D00004	t	active	2026-04-01 16:41:19+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000106	D00006	f	disabled	2026-08-10 05:24:14+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000143	D00009	t	active	2026-11-07 15:53:38+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000022	D00009	t	active	2026-01-19 04:17:29+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000069	D00011	t	active	2026-05-12 18:54:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000083	D00007	t	active	2026-06-15 15:05:57+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000094	D00011	t	active	2026-07-12 05:14:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000025	D00008	t	active	2026-01-26 10:19:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000124	D00011	t	active	2026-09-22 17:38:32+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000084	D00011	t	active	2026-06-18 01:06:45+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000002	D00005	t	active	2025-12-01 20:01:35+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000101	D00006	t	active	2026-07-29 03:20:15+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000008	D00011	t	active	2025-12-16 08:06:21+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000134	D00007	t	active	2026-10-16 21:46:29+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000123	D00007	t	active	2026-09-20 07:37:44+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000048	D00007	t	active	2026-03-23 00:38:08+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000128	D00005	t	active	2026-10-02 09:41:43+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000110	D00009	t	active	2026-08-19 21:27:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000088	D00009	t	active	2026-06-27 17:09:56+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000047	D00008	t	active	2026-03-20 14:37:21+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000020	D00004	t	active	2026-01-14 08:15:53+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000111	D00011	t	active	2026-08-22 07:28:12+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000079	D00004	t	active	2026-06-05 23:02:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000015	D00007	t	active	2026-01-02 06:11:55+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000122	D00011	t	active	2026-09-17 21:36:57+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000102	D00008	t	active	2026-07-31 13:21:03+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000097	D00009	t	active	2026-07-19 11:17:05+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000090	D00010	t	active	2026-07-02 13:11:31+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000068	D00004	t	active	2026-05-10 08:54:02+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000063	D00008	t	active	2026-04-28 06:50:03+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000076	D00004	t	active	2026-05-29 17:00:23+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000060	D00008	t	active	2026-04-21 00:47:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000139	D00007	t	active	2026-10-28 23:50:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000138	D00008	t	active	2026-10-26 13:49:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000114	D00009	t	active	2026-08-29 13:30:35+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000104	D00007	t	active	2026-08-05 09:22:38+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000050	D00008	t	active	2026-03-27 20:39:44+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000023	D00005	t	active	2026-01-21 14:18:16+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000051	D00008	t	active	2026-03-30 06:40:31+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000119	D00004	t	active	2026-09-10 15:34:34+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000113	D00007	t	active	2026-08-27 03:29:48+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000038	D00010	t	active	2026-02-26 20:30:11+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000046	D00011	t	active	2026-03-18 04:36:33+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000066	D00004	t	active	2026-05-05 12:52:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000098	D00005	t	active	2026-07-21 21:17:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000075	D00010	t	active	2026-05-27 06:59:36+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000127	D00005	t	active	2026-09-29 23:40:55+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000096	D00008	t	active	2026-07-17 01:16:17+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000013	D00009	t	active	2025-12-28 10:10:19+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000080	D00010	t	active	2026-06-08 09:03:34+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000137	D00009	t	active	2026-10-24 03:48:52+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000010	D00009	t	active	2025-12-21 04:07:56+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000132	D00005	t	active	2026-10-12 01:44:54+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000061	D00011	t	active	2026-04-23 10:48:28+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000064	D00009	t	active	2026-04-30 16:50:51+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000032	D00008	t	active	2026-02-12 08:25:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000044	D00006	t	active	2026-03-13 08:34:58+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000105	D00008	t	active	2026-08-07 19:23:26+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000057	D00009	t	active	2026-04-13 18:45:17+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000070	D00009	t	active	2026-05-15 04:55:37+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000035	D00011	t	active	2026-02-19 14:27:48+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000079	D00009	t	active	2026-06-05 23:02:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000092	D00011	t	active	2026-07-07 09:13:06+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000049	D00007	t	active	2026-03-25 10:38:56+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000006	D00008	t	active	2025-12-11 12:04:46+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000027	D00011	t	active	2026-01-31 06:21:27+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000115	D00004	t	active	2026-08-31 23:31:23+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000042	D00009	t	active	2026-03-08 12:33:22+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000041	D00007	t	active	2026-03-06 02:32:34+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000103	D00011	t	active	2026-08-02 23:21:51+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000091	D00005	t	active	2026-07-04 23:12:19+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000099	D00004	t	active	2026-07-24 07:18:40+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000133	D00004	t	active	2026-10-14 11:45:41+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000037	D00009	t	active	2026-02-24 10:29:24+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000150	D00004	t	active	2026-11-24 13:59:12+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000031	D00011	t	active	2026-02-09 22:24:38+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000073	D00009	f	disabled	2026-05-22 10:58:00+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000058	D00009	t	active	2026-04-16 04:46:05+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000131	D00005	t	active	2026-10-09 15:44:06+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000085	D00011	t	active	2026-06-20 11:07:32+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000109	D00009	t	active	2026-08-17 11:26:37+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000142	D00009	t	active	2026-11-05 05:52:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000012	D00005	t	active	2025-12-26 00:09:32+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000125	D00011	t	active	2026-09-25 03:39:20+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000147	D00006	t	active	2026-11-17 07:56:49+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000081	D00011	f	disabled	2026-06-10 19:04:22+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000016	D00005	t	active	2026-01-04 16:12:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000039	D00011	t	active	2026-03-01 06:30:59+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000128	D00007	t	active	2026-10-02 09:41:43+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000014	D00010	t	active	2025-12-30 20:11:07+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000087	D00008	t	active	2026-06-25 07:09:08+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000021	D00011	t	active	2026-01-16 18:16:41+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000067	D00009	t	active	2026-05-07 22:53:14+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000034	D00011	t	active	2026-02-17 04:27:01+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000116	D00011	t	active	2026-09-03 09:32:11+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000107	D00007	t	active	2026-08-12 15:25:01+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000026	D00004	t	active	2026-01-28 20:20:39+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000017	D00011	t	active	2026-01-07 02:13:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000018	D00008	t	active	2026-01-09 12:14:18+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000037	D00007	t	active	2026-02-24 10:29:24+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000056	D00007	t	active	2026-04-11 08:44:30+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000069	D00005	t	active	2026-05-12 18:54:50+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000095	D00005	t	active	2026-11-27 00:47:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000093	D00008	t	active	2026-07-09 19:13:54+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000054	D00007	t	active	2026-11-27 00:52:09+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000055	D00010	t	active	2026-04-08 22:43:42+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
U0000110	D00005	t	active	2026-08-19 21:27:25+00	2026-11-29 12:06:16.975191+00	2026-11-29 12:06:16.975191+00	\N
\.


--
-- Data for Name: user_openid; Type: TABLE DATA; Schema: flowsync; Owner: -
--

COPY flowsync.user_openid (platform, openid, user_id, username, is_active, status, source_updated_at, first_synced_at, last_synced_at, removed_at) FROM stdin;
wechat	owe9f981d4c05832c3b	U0000146	S0000146	t	active	2026-11-19 11:22:53+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi5ccb585e854631dc	U0000126	20210000126	t	active	2026-09-02 20:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owec2bbb3c5c71ce663	U0000012	T0000012	t	active	2025-12-24 00:53:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe6c8d6ac3494ad832	U0000065	S0000065	t	active	2026-05-08 05:20:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owef1e04ea52b1d962a	U0000073	20240000073	t	active	2026-06-03 03:27:50+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe4ca4fd4e7c8c0559	U0000043	T0000043	t	active	2026-03-19 21:16:42+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe189f74e469267fcd	U0000066	20200000066	t	active	2026-05-22 20:32:09+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi3188599a8453add1	U0000143	20240000143	t	active	2026-11-14 20:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe965493d5fbad4473	U0000016	20200000016	t	active	2026-01-07 09:24:07+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owefa3ba4c49a3581f2	U0000080	S0000080	t	active	2026-06-10 16:04:56+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe4d0c087f9efe342f	U0000069	S0000069	t	active	2026-05-21 17:46:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe1678db3fbc78c095	U0000137	20200000137	t	active	2026-10-20 08:54:25+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweb9cfa0a5523c8ef7	U0000115	20210000115	t	active	2026-09-05 05:11:45+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe42d3df0fb8ec0c9d	U0000071	T0000071	t	active	2026-06-17 18:40:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe07988c238aaf9c9b	U0000150	20230000150	t	active	2026-11-23 05:41:26+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe90a5df0d002d10e0	U0000134	20230000134	t	active	2026-10-12 20:17:19+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe593f9d7c11239df4	U0000036	20210000036	t	active	2026-02-25 07:25:21+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe3606d8e534c2f5f9	U0000104	20230000104	t	active	2026-08-09 21:01:51+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owec9df78aa1fa2c13c	U0000059	20210000059	t	active	2026-05-04 00:59:22+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
feishu	ofed39438d21c8d4368	U0000029	T0000029	t	active	2026-04-12 21:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owea90f97d57a24f9df	U0000110	20240000110	t	active	2026-08-21 03:57:31+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe3c968aaee2f8829c	U0000107	20200000107	t	active	2026-08-17 09:38:58+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe77654966a47f7daa	U0000121	20230000121	t	active	2026-09-16 12:07:25+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odia0ceb2a222656930	U0000034	20240000034	t	active	2026-11-27 00:12:05+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe220783c1cc5628f1	U0000092	20230000092	t	active	2026-06-29 11:37:43+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe6e1ff5e03f3f886c	U0000060	S0000060	t	active	2026-03-28 16:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe1bcfc8f65a3103e0	U0000140	T0000140	t	active	2026-10-31 15:50:06+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe090e84a8740f986a	U0000141	20240000141	t	active	2026-11-04 10:08:39+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe0731e1f3fd0a24b2	U0000031	20240000031	t	active	2026-02-14 00:29:41+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe02bf8f0aacdc5b97	U0000095	20210000095	t	active	2026-07-07 00:14:50+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe11d6671906e9d41d	U0000091	20200000091	t	active	2026-06-25 17:19:10+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi6d0ed754a677cee4	U0000142	20210000142	t	active	2026-11-02 16:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe6d0ed754a677cee4	U0000041	20240000041	t	active	2026-03-12 08:39:35+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
feishu	ofee9c64ad2c6b15766	U0000015	20200000015	t	active	2026-11-27 00:51:06+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owee43e05cee11db08e	U0000057	20230000057	t	active	2026-04-30 06:40:49+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owedcf3afcccf5c1f84	U0000056	20220000056	t	active	2026-04-26 12:22:16+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe3188599a8453add1	U0000042	T0000042	t	active	2026-03-16 02:58:08+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe0b086dbe615fd781	U0000111	T0000111	t	active	2026-08-24 22:16:04+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owee4c5729767f0ec44	U0000015	20200000015	t	active	2026-01-03 15:05:34+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe44f58b23a6914c13	U0000125	20240000125	t	active	2026-09-24 00:44:32+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe081a4b4b90b8ce88	U0000120	20240000120	t	active	2026-09-12 17:48:51+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odidef9ad4a39c0544a	U0000070	T0000070	t	active	2026-05-16 08:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe88c5683bc462ae27	U0000096	20240000096	t	active	2026-07-10 18:33:24+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odie4c5729767f0ec44	U0000044	20230000044	t	active	2026-03-28 16:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe3f783ee13cc0466c	U0000029	T0000029	t	active	2026-02-10 06:11:08+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owef4b77bfd1353b10e	U0000043	T0000043	t	active	2026-11-27 00:47:45+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owedef9ad4a39c0544a	U0000070	T0000070	t	active	2026-06-04 06:13:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odid132dc5f32b3be3b	U0000030	20220000030	t	active	2026-01-26 20:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owebe45c86ca225cb2b	U0000099	S0000099	t	active	2026-07-22 01:29:04+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owece00fac838ef0d23	U0000022	20220000022	t	active	2026-01-26 04:56:54+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odice00fac838ef0d23	U0000083	20210000083	t	active	2026-06-09 16:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe3735b08814e6ce67	U0000132	20220000132	t	active	2026-10-09 01:58:45+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweb9db082f96baedd4	U0000070	T0000070	t	active	2026-05-30 09:09:16+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe30e909139aaba5e2	U0000077	20240000077	t	active	2026-06-06 21:46:23+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odid39438d21c8d4368	U0000026	20200000026	t	active	2026-01-02 12:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi5ccc79753871e5be	U0000137	20200000137	t	active	2026-10-09 08:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe55046db5a774cf04	U0000114	20230000114	t	active	2026-09-01 10:53:11+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe5ccb585e854631dc	U0000035	S0000035	t	active	2026-02-21 13:06:48+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	o-same-username	U0000008	20210000007	t	active	2026-11-23 00:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe5ccc79753871e5be	U0000039	20210000039	t	active	2026-03-04 20:02:28+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweffc38bf6b55f54d1	U0000129	20200000129	t	active	2026-09-27 19:03:05+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi33643724d7ea2d5b	U0000134	20230000134	t	active	2026-09-27 04:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi321590d557eece16	U0000111	T0000111	t	active	2026-07-04 00:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe70c55ba1fa3e7b4b	U0000005	T0000005	t	active	2025-12-10 12:26:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe321590d557eece16	U0000027	T0000027	t	active	2026-02-02 17:34:01+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe05f47dfeef2e2173	U0000103	20210000103	t	active	2026-08-06 02:43:17+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owedc530a1bdb4c2078	U0000122	20210000122	t	active	2026-11-27 00:27:59+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owefe7014b5c164ddb2	U0000097	20210000097	t	active	2026-07-14 12:51:57+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe33643724d7ea2d5b	U0000140	T0000140	t	active	2026-10-30 23:06:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odief77c75d1a2e5386	U0000033	20220000033	t	active	2026-02-20 04:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe8fe18d59a9607998	U0000142	20210000142	t	active	2026-11-08 04:27:12+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owec73d5f611e244406	U0000099	S0000099	t	active	2026-09-20 09:46:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owed39438d21c8d4368	U0000005	T0000005	t	active	2025-12-08 06:55:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owed132dc5f32b3be3b	U0000009	20230000009	t	active	2025-12-15 19:32:47+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe6a7651df7e5b009d	U0000055	20240000055	t	active	2026-04-22 18:03:42+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe416fde059c4c768b	U0000045	T0000045	t	active	2026-03-15 03:33:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owebe3e94ffc59dadc1	U0000144	20210000144	t	active	2026-11-11 22:45:46+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odic2bbb3c5c71ce663	U0000023	20220000023	t	active	2025-12-21 08:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe362e5c993b54ad46	U0000010	20240000010	t	active	2025-12-19 13:51:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe5e43789c37934402	U0000046	20200000046	t	active	2026-03-31 04:12:22+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
feishu	ofeaea3694c6f9632f1	U0000058	20210000058	t	active	2026-11-27 00:25:51+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe38e0ee6e2b16beaa	U0000082	T0000082	t	active	2026-07-14 19:33:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi362e5c993b54ad46	U0000032	20220000032	t	active	2026-02-08 00:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owedaf48c6479585161	U0000007	20210000007	t	active	2025-12-12 01:14:13+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweced0e3673a43fcf5	U0000118	20240000118	t	active	2026-09-08 23:30:18+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	o-duplicate-0010	U0000010	20240000010	t	active	2026-11-23 00:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe17c038d6e0df6c27	U0000086	20230000086	t	active	2026-06-18 04:42:03+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owec01eb5f38bf95ceb	U0000065	S0000065	t	active	2026-11-27 00:09:09+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owee4c5729767f0ec44	U0000061	T0000061	t	active	2026-04-11 04:26:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owed427a235e3f06de7	U0000050	20230000050	t	active	2026-04-07 16:49:29+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe4ae77ec84ded8538	U0000048	20230000048	t	active	2026-04-03 22:30:55+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odidaf48c6479585161	U0000027	T0000027	t	active	2026-01-14 16:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe5b9630bfdd90a8e5	U0000112	20210000112	t	active	2026-08-28 16:34:38+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe44a1e93fe60ba2ac	U0000136	20240000136	t	active	2026-10-16 14:35:52+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe5ec9693caf01888d	U0000124	20220000124	t	active	2026-09-20 06:25:58+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi6e1ff5e03f3f886c	U0000036	20210000036	t	active	2026-03-16 12:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweef8532c456fea48d	U0000045	T0000045	t	active	2026-03-27 09:53:48+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe4b774fac99c26a79	U0000138	20230000138	t	active	2026-10-24 03:12:59+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe12d0cb5424ddd4e8	U0000082	T0000082	t	active	2026-06-14 10:23:30+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi28a52966e4b87081	U0000140	T0000140	t	active	2026-10-21 12:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe6e1ff5e03f3f886c	U0000014	20240000014	t	active	2025-12-30 20:47:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owed98dd824d17989f1	U0000102	20220000102	t	active	2026-08-02 08:24:44+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe593f9d7c11239df4	U0000111	T0000111	t	active	2026-10-17 10:40:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe42d3df0fb8ec0c9d	U0000020	20230000020	t	active	2026-01-22 10:38:21+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe2a8fb7537e24f34f	U0000130	20230000130	t	active	2026-10-01 13:21:38+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi593f9d7c11239df4	U0000132	20220000132	t	active	2026-09-15 00:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owee915e0a6ead00058	U0000052	20210000052	t	active	2026-04-15 05:26:35+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owedbabb7757bdba745	U0000068	20220000068	t	active	2026-05-26 14:50:43+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owed33cc9b8f07df2cc	U0000098	20200000098	t	active	2026-07-18 07:10:30+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi6c8d6ac3494ad832	U0000053	20230000053	t	active	2026-04-22 00:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe965493d5fbad4473	U0000063	T0000063	t	active	2026-04-24 16:53:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe2b535204b953ea11	U0000062	20240000062	t	active	2026-05-11 13:36:29+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe4d0c087f9efe342f	U0000018	20240000018	t	active	2026-01-14 22:01:14+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi4a41608f27eed571	U0000113	20230000113	t	active	2026-11-27 00:19:08+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi0731e1f3fd0a24b2	U0000117	20240000117	t	active	2026-08-09 12:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi4d0c087f9efe342f	U0000069	S0000069	t	active	2026-05-04 04:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owec2bbb3c5c71ce663	U0000003	20240000003	t	active	2025-12-04 12:37:06+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe13b604cb1ba54009	U0000145	20230000145	t	active	2026-11-15 17:04:19+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
feishu	ofeef77c75d1a2e5386	U0000106	T0000106	t	active	2026-10-12 09:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe6c8d6ac3494ad832	U0000017	20220000017	t	active	2026-01-11 03:42:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe013e8c4a6d5d4218	U0000100	20210000100	t	active	2026-07-25 19:47:37+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe28a52966e4b87081	U0000040	20210000040	t	active	2026-03-08 14:21:01+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owedaf48c6479585161	U0000029	T0000029	t	active	2026-01-20 01:46:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe904a9e36862f4b82	U0000053	20230000053	t	active	2026-04-18 23:45:09+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe362e5c993b54ad46	U0000042	T0000042	t	active	2026-02-16 02:40:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe6d7eb99773e47be0	U0000101	20230000101	t	active	2026-07-29 14:06:11+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe51788a9d1db68757	U0000131	20240000131	t	active	2026-10-05 07:40:12+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweb8c4261d5e443cc1	U0000065	S0000065	t	active	2026-05-19 02:13:36+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe38e0ee6e2b16beaa	U0000026	20200000026	t	active	2026-01-29 23:15:27+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe230256c659d9e857	U0000044	20230000044	t	active	2026-03-23 15:35:15+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owed132dc5f32b3be3b	U0000035	S0000035	t	active	2026-02-02 14:13:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owed39438d21c8d4368	U0000027	T0000027	t	active	2026-01-06 13:20:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweb8e624de013cf15b	U0000089	20240000089	t	active	2026-06-21 23:00:37+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweaea3694c6f9632f1	U0000013	20240000013	t	active	2026-11-27 00:47:29+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
feishu	ofe70c55ba1fa3e7b4b	U0000010	20240000010	t	active	2026-01-11 15:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe33643724d7ea2d5b	U0000038	20240000038	t	active	2026-03-01 01:43:55+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe6444a0a8c69949c2	U0000060	S0000060	t	active	2026-05-07 19:17:56+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owec73d5f611e244406	U0000033	20220000033	t	active	2026-02-17 18:48:14+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe321590d557eece16	U0000085	T0000085	t	active	2026-07-28 08:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi3f783ee13cc0466c	U0000115	20210000115	t	active	2026-07-28 08:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe646dae85808db349	U0000087	S0000087	t	active	2026-08-10 20:26:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	oweef77c75d1a2e5386	U0000012	T0000012	t	active	2025-12-23 08:09:53+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
feishu	ofe362e5c993b54ad46	U0000053	20230000053	t	active	2026-08-27 18:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe70c55ba1fa3e7b4b	U0000001	20240000001	t	active	2025-11-30 18:18:33+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi42d3df0fb8ec0c9d	U0000071	T0000071	t	active	2026-05-28 12:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owea3893306a716dfc8	U0000093	20210000093	t	active	2026-07-03 05:56:17+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe7cfda011975f62a2	U0000105	20210000105	t	active	2026-08-13 15:20:24+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odic73d5f611e244406	U0000120	20240000120	t	active	2026-08-21 16:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe5ccb585e854631dc	U0000106	T0000106	t	active	2026-10-03 22:13:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owe5ccc79753871e5be	U0000146	S0000146	t	active	2026-11-13 11:33:20+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi38e0ee6e2b16beaa	U0000085	T0000085	t	active	2026-06-21 20:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owedef9ad4a39c0544a	U0000019	20200000019	t	active	2026-01-18 16:19:47+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owe85dd23c4985595b8	U0000063	T0000063	t	active	2026-05-15 07:55:03+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wechat	owee44f8814e8b5c0c7	U0000139	20210000139	t	active	2026-10-27 21:31:32+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
dingtalk	odi416fde059c4c768b	U0000035	S0000035	t	active	2026-03-04 08:00:00+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
wecom	owece00fac838ef0d23	U0000080	S0000080	t	active	2026-07-01 07:06:40+00	2026-11-29 12:06:17.123698+00	2026-11-29 12:06:17.123698+00	\N
\.


--
-- Name: app_user app_user_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.app_user
    ADD CONSTRAINT app_user_pkey PRIMARY KEY (id);


--
-- Name: department department_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.department
    ADD CONSTRAINT department_pkey PRIMARY KEY (id);


--
-- Name: flowsync_meta flowsync_meta_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.flowsync_meta
    ADD CONSTRAINT flowsync_meta_pkey PRIMARY KEY (key);


--
-- Name: out_school_request out_school_request_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.out_school_request
    ADD CONSTRAINT out_school_request_pkey PRIMARY KEY (instance_id);


--
-- Name: post_member post_member_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.post_member
    ADD CONSTRAINT post_member_pkey PRIMARY KEY (post_id, department_id, user_id);


--
-- Name: post post_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.post
    ADD CONSTRAINT post_pkey PRIMARY KEY (id);


--
-- Name: process_instance process_instance_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.process_instance
    ADD CONSTRAINT process_instance_pkey PRIMARY KEY (id);


--
-- Name: process_node_time process_node_time_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.process_node_time
    ADD CONSTRAINT process_node_time_pkey PRIMARY KEY (instance_id, node_id);


--
-- Name: process_progress process_progress_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.process_progress
    ADD CONSTRAINT process_progress_pkey PRIMARY KEY (instance_id);


--
-- Name: sync_quarantine sync_quarantine_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.sync_quarantine
    ADD CONSTRAINT sync_quarantine_pkey PRIMARY KEY (entity, source_key, reason);


--
-- Name: tag_group tag_group_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.tag_group
    ADD CONSTRAINT tag_group_pkey PRIMARY KEY (id);


--
-- Name: tag tag_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.tag
    ADD CONSTRAINT tag_pkey PRIMARY KEY (id);


--
-- Name: tag_user tag_user_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.tag_user
    ADD CONSTRAINT tag_user_pkey PRIMARY KEY (tag_id, user_id);


--
-- Name: task_history task_history_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.task_history
    ADD CONSTRAINT task_history_pkey PRIMARY KEY (id);


--
-- Name: user_attribute user_attribute_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.user_attribute
    ADD CONSTRAINT user_attribute_pkey PRIMARY KEY (identity, key);


--
-- Name: user_department user_department_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.user_department
    ADD CONSTRAINT user_department_pkey PRIMARY KEY (user_id, department_id);


--
-- Name: user_openid user_openid_pkey; Type: CONSTRAINT; Schema: flowsync; Owner: -
--

ALTER TABLE ONLY flowsync.user_openid
    ADD CONSTRAINT user_openid_pkey PRIMARY KEY (platform, openid);


--
-- Name: ix_app_user_username; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_app_user_username ON flowsync.app_user USING btree (username);


--
-- Name: ix_out_school_request_user; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_out_school_request_user ON flowsync.out_school_request USING btree (user_id);


--
-- Name: ix_post_member_user; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_post_member_user ON flowsync.post_member USING btree (user_id);


--
-- Name: ix_process_instance_parent; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_process_instance_parent ON flowsync.process_instance USING btree (parent_instance_id);


--
-- Name: ix_tag_group_name; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_tag_group_name ON flowsync.tag USING btree (group_id, name);


--
-- Name: ix_tag_user_user; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_tag_user_user ON flowsync.tag_user USING btree (user_id);


--
-- Name: ix_task_history_instance; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_task_history_instance ON flowsync.task_history USING btree (instance_id);


--
-- Name: ix_user_department_department; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_user_department_department ON flowsync.user_department USING btree (department_id);


--
-- Name: ix_user_openid_user; Type: INDEX; Schema: flowsync; Owner: -
--

CREATE INDEX ix_user_openid_user ON flowsync.user_openid USING btree (user_id);


--
-- PostgreSQL database dump complete
--

\unrestrict F7YC6rJKY2hf8HXsIJdJuAcR4DnOUeDHQ6wtERBg8tlLskAMIlX7td9h4B57wm8

