{#
    Actor resolution, one row per distinct extracted (name key, actor type) pair.

    1. Alias seed (user overrides win): an extracted name whose normalised form equals a seed row's
       `alias` or `canonical_name` takes that row's canonical name and its non-empty type, country
       and CAMEO code. The seed may change the type among non-person types, but a person row only
       applies to extracted persons and a non-person row only to non-persons (rows with an empty
       type apply to any). When several seed rows match, the one with the extracted type wins, then
       rows with an empty type, then the smallest canonical name.
    2. Exact grouping: otherwise the actor is keyed by its normalised name within its type. A name
       the extractor typed as a person and as something else takes the type most articles give it
       ("Trump" tagged an organisation once is the person; "Instagram" tagged a person once is the
       organisation); on a tie it is a person when it opens with a given name and has a second word
       (`stg_reference__given_names`: "Darrell Castle"), else the other type ("Crew Dragon"), so a name
       is never both a person and something else; a name typed two non-person types takes the one most
       articles give it (on a tie the first alphabetically: "Zimbabwe Police" a group in one article and an
       organisation in another is one actor). A person's key reads a familiar given name as the name it
       stands for (seed `given_name_variants`: "bill weld" -> "william weld") and drops middle
       initials ("timothy j sloan" -> "timothy sloan"). Any other actor's key, as Python's
       `org_key` gives it within an article, reads a leading country name or capitals abbreviation
       (a seed row of type country, up to three words; not a demonym: "american airlines") as the
       country's canonical name ("us senate" -> "united states senate") and "X department" or "X ministry" as "department of x" /
       "ministry of x" behind a leading demonym ("turkish foreign ministry" -> "turkish ministry of
       foreign"), without a last "affairs" ("ministry of foreign affairs" -> "ministry of foreign", the
       "foreign ministry").
    3. Familiar given names: a person key whose given name is a familiar form of another person key's
       given name, the rest equal (`stg_reference__given_name_pairs`, from the `nicknames` library:
       "doug band" -> "douglas band", "nate ortiz" -> "nathan ortiz"), takes that key when exactly one
       such key exists and it is itself no familiar form of another ("timmy" goes to "timothy", not to
       "tim"); a name the seed pins is left alone. Only names both written somewhere merge, so a form
       the library gives several names ("steve": steven, stephen) is safe where one of them is seen.
    4. Acronyms: an all-capitals name (2 to 6 letters) that the articles spell out, as a mention the
       extractor gave to a non-person actor named in several words, takes that actor's key and type
       where it stands alone ("NTSB" -> "national transportation safety board"), when one name is
       spelled out in at least 80 % of the articles spelling the acronym out; not for seed names.
    5. Person-name merging: a person key S (not pinned by the seed) is merged into a longer person
       key L when S's tokens appear in L in the same order ("jane doe" in "jane doe smith"; a single
       token only when it is L's last token, i.e. a surname) and L is the only maximal name
       containing S, or the one named in at least 80 % of the articles that name any of them (a
       lone "trump" goes to "donald trump", not to a relative named once); a lone surname only into
       a full name named in two or more articles, or given the same office (country and role code, "AUSGOV")
       in some article (one "smith" and one "john smith" elsewhere stay apart; "Prime Minister Howard" joins
       "Prime Minister John Howard"). A generational suffix (jr, sr, ii, iii, iv) is never added: "donald trump" is not "donald trump jr". Other
       ambiguous short names stay separate actors.

    actor_id = md5(actor_type || '|' || canonical_key): the same actor keeps its id across runs
    as long as its canonical key does not change.
#}

with

article_actors as (

    select * from {{ ref('stg_landing__article_actors') }}

),

aliases as (

    select
        {{ normalize_name('alias') }} as alias_key,
        alias,
        trim(canonical_name) as canonical_name,
        {{ normalize_name('canonical_name') }} as canonical_key,
        nullif(lower(trim(actor_type)), '') as actor_type,
        upper(nullif(trim(country_code), '')) as country_code,
        upper(nullif(trim(cameo_actor_code), '')) as cameo_actor_code

    from {{ ref('actor_aliases') }}
    where nullif(trim(canonical_name), '') is not null

),

-- a seed row is found by its alias and by its own canonical name
alias_lookup as (

    select distinct
        alias_key as lookup_key,
        * exclude (alias_key, alias)
    from aliases
    where alias_key is not null
    union
    select distinct
        canonical_key as lookup_key,
        * exclude (alias_key, alias)
    from aliases
    where canonical_key is not null

),

extracted_names as (

    select
        actor_name_key as name_key,
        actor_type as extracted_type,
        count(distinct article_id) as n_articles,
        -- the offices an article gives the name, a country with a role ("AUSGOV"), not a bare country
        coalesce(
            list(distinct cameo_actor_code) filter (where length(cameo_actor_code) > 3), []
        ) as role_codes

    from article_actors
    group by actor_name_key, actor_type

),

-- how many articles type each name as a person, and as anything else (and which else most often):
-- a name is one actor, of the type most articles give it
type_votes as (

    select
        name_key,
        coalesce(sum(n_articles) filter (where extracted_type = 'person'), 0) as person_articles,
        coalesce(sum(n_articles) filter (where extracted_type <> 'person'), 0) as other_articles,
        first(extracted_type order by n_articles desc, extracted_type asc) filter (
            where extracted_type <> 'person'
        ) as other_type

    from extracted_names
    group by name_key

),

given_names as (

    select given_name from {{ ref('stg_reference__given_names') }}

),

-- evidence for a tie: a name of two or more words opening with a given name is a person's
person_evidence as (

    select
        type_votes.*,
        len(string_split(type_votes.name_key, ' ')) > 1 and given_names.given_name is not null as opens_with_given_name

    from type_votes
    left join given_names
        on given_names.given_name = string_split(type_votes.name_key, ' ')[1]

),

voted_names as (

    select
        extracted_names.*,
        case
            when extracted_names.extracted_type <> 'person'
                and (
                    votes.person_articles > votes.other_articles
                    or (votes.person_articles = votes.other_articles and votes.opens_with_given_name)
                )
                then 'person'
            when extracted_names.extracted_type = 'person'
                and (
                    votes.other_articles > votes.person_articles
                    or (votes.other_articles = votes.person_articles and not votes.opens_with_given_name)
                )
                then votes.other_type
            -- among the other types too, the one most articles give it ("Zimbabwe Police" a body, not also a group)
            when extracted_names.extracted_type <> 'person' then votes.other_type
            else extracted_names.extracted_type
        end as voted_type

    from extracted_names
    inner join person_evidence as votes
        on votes.name_key = extracted_names.name_key

),

given_name_variants as (

    select
        lower(trim(variant)) as variant,
        lower(trim(given_name)) as given_name

    from {{ ref('given_name_variants') }}

),

-- a person's name in parts: the given name (its formal form for a familiar one), the middle initials (a letter,
-- or two or three letters with no vowel, "hw" of "George H.W. Bush") run together, the other words
person_name_parts as (

    select
        name_parts.name_key,
        case
            when len(name_parts.tokens) > 1 then coalesce(given_name_variants.given_name, name_parts.tokens[1])
            else name_parts.tokens[1]
        end as given_name,
        -- sqlfluff takes a lambda's parameter for an unqualified column (RF02), hence the noqa
        array_to_string(
            list_filter(name_parts.middle, lambda token: regexp_full_match(token, '.|[^\daeiouy]{2,3}')),  -- noqa: RF02
            ''
        ) as initials,
        list_filter(
            name_parts.middle, lambda token: not regexp_full_match(token, '.|[^\daeiouy]{2,3}')  -- noqa: RF02
        )
        || (case when len(name_parts.tokens) > 1 then [name_parts.tokens[-1]] else [] end) as rest

    from (
        select distinct
            name_key,
            string_split(name_key, ' ') as tokens,
            string_split(name_key, ' ')[2:len(string_split(name_key, ' ')) - 1] as middle
        from extracted_names
    ) as name_parts
    left join given_name_variants
        on given_name_variants.variant = name_parts.tokens[1]

),

-- a person's comparison key: the name without its middle initials ("timothy j sloan" -> "timothy sloan"),
-- unless the articles write the name with two sets of them: "george w bush" and "george hw bush" are two
-- people, and a "george bush" written bare is left to rule 5
person_name_keys as (

    select
        name_key,
        array_to_string(
            [given_name]
            || case when initials <> '' and n_initials > 1 then [initials] else [] end
            || rest,
            ' '
        ) as person_key

    from (
        select
            *,
            count(distinct nullif(initials, '')) over (partition by given_name, rest) as n_initials
        from person_name_parts
    ) as counted

),

-- the forms that stand for a country before an organisation's name: its own name and its
-- abbreviations written in capitals ("US", "U.S.", "UK"); not demonyms ("American Airlines")
country_aliases as (

    select
        alias_key,
        min(canonical_key) as canonical_key

    from (
        select
            canonical_key as alias_key,
            canonical_key
        from aliases
        where actor_type = 'country'
        union all
        select
            alias_key,
            canonical_key
        from aliases
        where actor_type = 'country' and alias_key is not null and trim(alias) = upper(trim(alias))
    ) as country_forms
    where alias_key is not null
    group by alias_key

),

-- every name the seed gives a country, demonyms included ("turkish"), as Python's country_word_keys
country_words as (

    select alias_key as word_key from aliases
    where actor_type = 'country' and alias_key is not null
    union
    select canonical_key from aliases
    where actor_type = 'country' and canonical_key is not null

),

name_tokens as (

    select distinct
        name_key,
        string_split(name_key, ' ') as tokens

    from extracted_names

),

-- the word counts a leading country name or short form can have
country_prefix_lengths as (

    select unnest(range(1, 4)) as n

),

-- the longest country name or short form (up to three words) that starts a longer name
country_prefixes as (

    select
        name_tokens.name_key,
        string_split(country_aliases.canonical_key, ' ') as country_tokens,
        name_tokens.tokens[country_prefix_lengths.n + 1:] as rest

    from name_tokens
    cross join country_prefix_lengths
    inner join country_aliases
        on country_aliases.alias_key = array_to_string(name_tokens.tokens[1:country_prefix_lengths.n], ' ')
    where country_prefix_lengths.n < len(name_tokens.tokens)
    qualify row_number() over (partition by name_tokens.name_key order by country_prefix_lengths.n desc) = 1

),

-- a name's parts for its comparison key: a leading country's tokens, then a leading demonym
-- ("turkish" in "turkish foreign ministry"), then the rest
non_person_parts as (

    select
        name_tokens.name_key,
        coalesce(country_prefixes.country_tokens, []) as country_tokens,
        coalesce(country_prefixes.rest, name_tokens.tokens) as rest,
        len(coalesce(country_prefixes.rest, name_tokens.tokens)) > 2
        and country_words.word_key is not null as leads_with_demonym

    from name_tokens
    left join country_prefixes
        on country_prefixes.name_key = name_tokens.name_key
    left join country_words
        on country_words.word_key = coalesce(country_prefixes.rest, name_tokens.tokens)[1]

),

-- the demonym apart from the body of the name
non_person_split as (

    select
        name_key,
        country_tokens,
        case when leads_with_demonym then rest[1:1] else [] end as demonym_tokens,
        case when leads_with_demonym then rest[2:] else rest end as body

    from non_person_parts

),

-- "x department" read as "department of x"
non_person_ordered as (

    select
        name_key,
        country_tokens,
        demonym_tokens,
        case
            when len(body) > 1 and body[-1] in ('department', 'ministry') and not list_contains(body, 'of')
                then [body[-1], 'of'] || body[1:len(body) - 1]
            else body
        end as ordered

    from non_person_split

),

-- a non-person's comparison key, as Python's org_key gives it within an article: the country's own
-- name for a leading country ("us senate" -> "united states senate"), then "x department" read as
-- "department of x" behind a leading demonym ("turkish foreign ministry" -> "turkish ministry of
-- foreign"), without a last "affairs" ("ministry of foreign affairs" -> "ministry of foreign")
non_person_keys as (

    select
        name_key,
        array_to_string(
            country_tokens
            || demonym_tokens
            || case
                when
                    len(ordered) > 3
                    and ordered[1] in ('department', 'ministry')
                    and ordered[2] = 'of'
                    and ordered[-1] = 'affairs'
                    then ordered[1:len(ordered) - 1]
                else ordered
            end,
            ' '
        ) as non_person_key

    from non_person_ordered

),

alias_matches as (

    select
        extracted_names.name_key,
        extracted_names.extracted_type,
        alias_lookup.canonical_name,
        alias_lookup.canonical_key,
        coalesce(alias_lookup.actor_type, extracted_names.extracted_type) as actor_type,
        alias_lookup.country_code,
        alias_lookup.cameo_actor_code,
        row_number() over (
            partition by extracted_names.name_key, extracted_names.extracted_type
            order by
                case
                    when alias_lookup.actor_type = extracted_names.extracted_type then 0
                    when alias_lookup.actor_type is null then 1
                    else 2
                end,
                alias_lookup.canonical_key,
                alias_lookup.canonical_name,
                alias_lookup.actor_type,
                alias_lookup.country_code,
                alias_lookup.cameo_actor_code
        ) as preference

    from extracted_names
    inner join alias_lookup
        on alias_lookup.lookup_key = extracted_names.name_key
        -- a seed row may re-type an actor (organization <-> group <-> country ...), but never turns
        -- a person into a non-person or back: "Jordan" the person is not Jordan the country
        and (
            alias_lookup.actor_type is null
            or (alias_lookup.actor_type = 'person') = (extracted_names.extracted_type = 'person')
        )

),

seeded as (

    select
        extracted_names.name_key,
        extracted_names.extracted_type,
        coalesce(alias_matches.actor_type, extracted_names.voted_type) as actor_type,
        coalesce(
            alias_matches.canonical_key,
            case
                when extracted_names.voted_type = 'person' then person_name_keys.person_key
                else non_person_keys.non_person_key
            end
        ) as base_key,
        alias_matches.canonical_name as seed_name,
        alias_matches.country_code as seed_country_code,
        alias_matches.cameo_actor_code as seed_cameo_actor_code,
        alias_matches.name_key is not null as from_seed

    from voted_names as extracted_names
    inner join person_name_keys
        on person_name_keys.name_key = extracted_names.name_key
    inner join non_person_keys
        on non_person_keys.name_key = extracted_names.name_key
    left join alias_matches
        on alias_matches.name_key = extracted_names.name_key
        and alias_matches.extracted_type = extracted_names.extracted_type
        and alias_matches.preference = 1

),

mentions as (

    select * from {{ ref('stg_landing__mentions') }}

),

-- acronyms the articles spell out ("the National Transportation Safety Board (NTSB) ... NTSB said"): an
-- all-capitals mention of 2 to 6 letters the extractor gave to a non-person actor named in several words
spelled_out as (

    select
        {{ normalize_name('mentions.mention_text') }} as acronym_key,
        article_actors.actor_name_key as name_key,
        arg_max(article_actors.actor_type, article_actors.article_id) as extracted_type,
        count(distinct mentions.article_id) as n_articles

    from mentions
    inner join article_actors
        on article_actors.article_id = mentions.article_id
        and article_actors.entity_index = mentions.entity_index
    where regexp_full_match(mentions.mention_text, '[A-Z]{2,6}')
        and article_actors.actor_type <> 'person'
        and article_actors.actor_name_key like '% %'
    group by all

),

-- the name an acronym stands for: the one spelled out in at least 80 % of the articles spelling it out
acronym_names as (

    select
        acronym_key,
        name_key,
        extracted_type

    from spelled_out
    qualify n_articles >= 0.8 * sum(n_articles) over (partition by acronym_key)

),

-- an acronym named alone in other articles is the actor of the name it stands for ("NTSB" alone, typed
-- anything but a person, is the National Transportation Safety Board); the seed's names are left to the seed
acronyms_resolved as (

    select
        seeded.* replace (
            coalesce(full_name.actor_type, seeded.actor_type) as actor_type,
            coalesce(full_name.base_key, seeded.base_key) as base_key
        ),
        full_name.name_key is not null as acronym_merged

    from seeded
    left join acronym_names
        on acronym_names.acronym_key = seeded.name_key
        and seeded.actor_type <> 'person'
        and not seeded.from_seed
    left join seeded as full_name
        on full_name.name_key = acronym_names.name_key
        and full_name.extracted_type = acronym_names.extracted_type
        and not full_name.from_seed

),

given_name_pairs as (

    select
        variant,
        given_name
    from {{ ref('stg_reference__given_name_pairs') }}

),

person_base_keys as (

    select
        base_key,
        string_split(base_key, ' ') as tokens,
        bool_or(from_seed) as is_pinned

    from acronyms_resolved
    where actor_type = 'person'
    group by base_key

),

-- (familiar, formal) person keys: the same name but for a familiar form of the given name
familiar_candidates as (

    select
        familiar.base_key as familiar_key,
        formal.base_key as formal_key

    from person_base_keys as familiar
    inner join person_base_keys as formal
        on familiar.tokens[2:] = formal.tokens[2:]
        and len(familiar.tokens) > 1
    inner join given_name_pairs
        on given_name_pairs.variant = familiar.tokens[1]
        and given_name_pairs.given_name = formal.tokens[1]
    where not familiar.is_pinned

),

-- the one formal key that is itself no familiar form of another key
familiar_merges as (

    select
        familiar_candidates.familiar_key,
        min(familiar_candidates.formal_key) as formal_key

    from familiar_candidates
    left join familiar_candidates as chained
        on chained.familiar_key = familiar_candidates.formal_key
    where chained.familiar_key is null
    group by familiar_candidates.familiar_key
    having count(*) = 1

),

given_named as (

    select
        seeded.* replace (coalesce(familiar_merges.formal_key, seeded.base_key) as base_key),
        familiar_merges.formal_key is not null as given_name_merged

    from acronyms_resolved as seeded
    left join familiar_merges
        on seeded.actor_type = 'person'
        and familiar_merges.familiar_key = seeded.base_key

),

person_keys as (

    select
        seeded.base_key,
        string_split(seeded.base_key, ' ') as tokens,
        bool_or(seeded.from_seed) as is_pinned,
        sum(extracted_names.n_articles) as n_articles,
        list_distinct(flatten(list(extracted_names.role_codes))) as role_codes

    from given_named as seeded
    inner join extracted_names
        on extracted_names.name_key = seeded.name_key
        and extracted_names.extracted_type = seeded.extracted_type
    where seeded.actor_type = 'person'
    group by seeded.base_key

),

-- each longer name once per distinct token, so candidate pairs are found by an equi-join on the
-- short name's last token (usually the surname) instead of comparing every pair of names
person_key_tokens as (

    select
        base_key,
        tokens,
        unnest(list_distinct(tokens)) as token

    from person_keys

),

-- (short, long) pairs where the short name's tokens occur in the long name, in order
contained_in as (

    select
        short_name.base_key as short_key,
        long_name.base_key as long_key

    from person_keys as short_name
    inner join person_key_tokens as long_name
        on long_name.token = short_name.tokens[-1]
        and len(short_name.tokens) < len(long_name.tokens)
        -- sqlfluff takes a lambda's parameter for an unqualified column (RF02), hence the noqa
        and list_filter(
            long_name.tokens, lambda token: list_contains(short_name.tokens, token)  -- noqa: RF02
        ) = short_name.tokens
        and (len(short_name.tokens) > 1 or short_name.tokens[1] = long_name.tokens[-1])
        and (
            not list_has_any(long_name.tokens, ['jr', 'sr', 'ii', 'iii', 'iv'])
            or list_has_any(short_name.tokens, ['jr', 'sr', 'ii', 'iii', 'iv'])
        )

),

-- the longest forms: names not contained in any other name
maximal_names as (

    select base_key from person_keys
    where base_key not in (select contained_in.short_key from contained_in)

),

candidate_merges as (

    select
        contained_in.short_key,
        contained_in.long_key,
        long_keys.n_articles,
        count(*) over (partition by contained_in.short_key) as n_candidates,
        sum(long_keys.n_articles) over (partition by contained_in.short_key) as candidate_articles,
        list_has_any(short_keys.role_codes, long_keys.role_codes) as same_office

    from contained_in
    inner join maximal_names
        on maximal_names.base_key = contained_in.long_key
    inner join person_keys as short_keys
        on short_keys.base_key = contained_in.short_key
    inner join person_keys as long_keys
        on long_keys.base_key = contained_in.long_key
    where not short_keys.is_pinned

),

-- the only longer form, or the one named in at least 80 % of the candidates' articles; a lone surname
-- only into a full name several articles name, or one some article gives the same office (a surname in one
-- article and a full name in one other are no evidence of one person; "Prime Minister Howard" and "Australian
-- Prime Minister John Howard", both AUSGOV, are)
person_merges as (

    select
        short_key,
        long_key

    from candidate_merges
    where (n_candidates = 1 or n_articles >= 0.8 * candidate_articles)
        and (short_key like '% %' or n_articles >= 2 or same_office)

),

resolved as (

    select
        seeded.name_key,
        seeded.extracted_type,
        seeded.actor_type,
        coalesce(person_merges.long_key, seeded.base_key) as canonical_key,
        case
            when seeded.from_seed then 'alias_seed'
            when person_merges.long_key is not null or seeded.given_name_merged then 'name_merge'
            when seeded.acronym_merged then 'acronym'
            else 'exact_name'
        end as resolution_method,
        seeded.seed_name,
        seeded.seed_country_code,
        seeded.seed_cameo_actor_code

    from given_named as seeded
    left join person_merges
        on seeded.actor_type = 'person'
        and person_merges.short_key = seeded.base_key

),

final as (

    select
        md5(actor_type || '|' || canonical_key) as actor_id,
        *

    from resolved

)

select * from final
