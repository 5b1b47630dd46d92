{{ config(materialized='view') }}

-- The events an analyst can count: `events` at or above the confidence threshold measured on the
-- hand-audited real-article set (README, "How the extractors work, and how well"). A view, so it always
-- follows `events` and changing the threshold (dbt var `event_confidence_threshold`) needs no rebuild.

select *
from {{ ref('events') }}
where confidence >= {{ var('event_confidence_threshold', 0.65) }}
