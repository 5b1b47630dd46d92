{{ config(materialized='view') }}

-- The events an analyst can count: `events` at or above the confidence threshold measured on the
-- hand-audited real-article set (README, "How the extractors work, and how well"). A view of all its
-- columns (`select *`, hence the noqa), so it always follows `events` and changing the threshold
-- (dbt var `event_confidence_threshold`) needs no rebuild.

select *  -- noqa: AM04
from {{ ref('events') }}
where confidence >= {{ var('event_confidence_threshold', 0.65) }}
