{#
    Actors whose display name or country differ from what the marts carry (the `actors` mart as
    the last build left it): rows of `quotes` and `events` that name such an actor are rewritten
    even when their article did not change. A name or country is a cross-article majority vote
    (int_actors_resolved), so a few new articles can change it for a popular actor.

    The built `actors` table is read without ref(): it is rebuilt after the marts, so a build
    that fails half-way leaves it as it was and the next build rewrites the same rows. Without it
    (first build) the marts are built in full anyway.
#}

{%- set built_actors = adapter.get_relation(database=this.database, schema=target.schema, identifier='actors') -%}

with

current_actors as (

    select
        actor_id,
        actor_name,
        country_code
    from {{ ref('int_actors_resolved') }}

),

built_actors as (

    {% if built_actors is not none -%}
    select
        actor_id,
        name as actor_name,
        country_code
    from {{ built_actors }}
    {%- else -%}
    select * from current_actors
    {%- endif %}

),

final as (

    select current_actors.actor_id

    from current_actors
    inner join built_actors
        on built_actors.actor_id = current_actors.actor_id
    where current_actors.actor_name is distinct from built_actors.actor_name
        or current_actors.country_code is distinct from built_actors.country_code

)

select * from final
