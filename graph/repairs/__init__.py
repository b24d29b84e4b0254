"""Parse repairs that change the tree itself, run as a spaCy component after the parser.

Most slips of the parser are seen through by the readers in ``syntax`` (which leave the parse
alone); the ones here are rewritten because every later step would otherwise have to know
about them. Each repair checks that the sentence is still a tree and undoes itself if not.

The repairs live in modules by the kind of slip (``names``, ``times``, ``lists``, ``verbs``,
``clauses``); this module runs them in order.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .names import (
    subjects_read_as_clauses_before_appositions,
    ordinals_read_as_heads,
    names_read_as_compounds_before_of,
    hyphenated_words_read_apart,
    names_read_as_appositions_of_titles,
    names_after_post_nouns,
    name_nouns, compass_names, split_possessive_names, capitalised_gerunds, coordinated_possessors, names_read_as_possessors,
    names_before_subject_posts, names_after_subject_nouns, opening_names_read_as_clauses,
    split_hyphenated_names, fronted_phrases_read_as_possessors, names_read_into_opening_phrases,
    flat_names_across_commas, compounds_across_commas, posts_read_as_roots, names_set_off_after_plural_posts,
    given_names_torn_from_hyphenated_surnames, opening_names_read_as_adverbs, appositions_read_as_second_subjects,
    names_read_as_complements_of_owned_nouns, works_read_as_adverbs, names_set_off_after_subject_posts, phrases_set_off_read_as_appositions,
    numerals_read_as_pronouns, superlatives_set_off_read_as_clauses,
    names_read_as_indirect_objects, german_of_phrases, possessive_names_with_of, possessors_read_as_nouns_of_phrases, opening_names_read_as_adverbs_before_appositions,
)
from .times import (
    agents_hung_on_counts,
    verbs_read_as_modifiers_after_day_words, agents_read_into_later_times,
    subjects_before_times, month_may, opening_dates_read_as_objects, months_before_names, subjects_inside_dates, days_before_possessors,
    time_phrases_read_as_roots, content_clauses_on_dates, infinitives_on_times, phrases_hung_on_dates,
    subjects_after_months, dates_read_into_subjects, subjects_read_into_opening_times,
    time_words_read_as_subjects, names_hung_on_opening_dates, subjects_hung_on_opening_times,
    agents_read_into_time_phrases, nouns_read_into_opening_dates, content_clauses_opening_with_times,
    subjects_read_into_dated_openers, subjects_read_as_appositions_of_dates, verbs_read_as_heads_of_dates,
    dates_of_nouns_read_as_obliques, phrases_hung_on_time_spans, dated_read_as_roots, counts_read_into_dates,
    months_read_as_subjects_after_days, dates_read_into_content_clauses,
)
from .lists import (
    hyphened_names_read_as_heads_of_lists,
    clauses_read_as_conjoined_nouns,
    shared_heads_read_as_conjuncts,
    shared_places_read_as_conjuncts,
    posts_read_as_conjuncts_inside_phrases, compass_phrases_read_as_conjuncts, set_off_lists, of_phrases_after_conjuncts, postposed_lists, conjuncts_after_set_off_places,
    lists_split_from_their_first, lists_torn_from_their_first, prepositional_phrases_read_as_conjuncts,
    parallel_phrases, prepositional_conjuncts, gapped_objects, gapped_clauses, objects_gapped_with_phrases, subjects_read_as_conjuncts_of_openers, according_read_as_marks,
    subjects_read_as_obliques_before_quantifiers, conjuncts_hung_inside_names,
    clauses_read_as_conjunct_nouns, both_phrases_read_as_conjuncts, lists_read_as_appositions,
    names_coordinated_onto_verbs, conjuncts_read_as_appositions, objects_gapped_after_times, place_phrases_read_as_conjuncts, names_read_as_conjuncts_of_counted_nouns,
)
from .verbs import (
    opening_prepositions_read_as_heads,
    finite_verbs_read_as_conjuncts_of_infinitives, receivers_read_into_counted_objects, as_phrases_hung_on_objects_clauses,
    participles_coordinated_onto_agents, agents_hung_on_phrases_of_passives, objects_read_into_repeated_idioms,
    papers_sent_with_read_on_objects, agents_hung_on_compounds, small_clauses_read_as_participles,
    receivers_hung_on_objects, stance_phrases_hung_on_adverbs, objects_hung_on_indirect_objects,
    receivers_read_as_infinitives,
    verbs_read_as_clauses_inside_subjects, ranked_nouns_read_as_verbs,
    past_verbs_read_as_compounds,
    participles_read_as_case_markers,
    participles_after_nouns, participles_before_objects, set_off_participles, receivers_read_as_compounds,
    participles_after_subjects, verbs_read_as_compounds, verbs_after_appositions, priorities_read_as_heads,
    passives_without_auxiliaries, perfects_read_as_passives, set_off_participles_read_as_roots,
    verbs_read_as_modifiers_after_set_off_phrases, subjects_read_as_roots, phrases_read_into_subjects,
    inverted_auxiliaries, verbs_with_auxiliaries_read_as_modifiers, verbs_read_as_modifiers,
    finite_verbs_read_as_clauses_on_subjects, subjects_with_prepositions, saying_verbs_read_as_nouns,
    agents_hung_on_nouns, objects_read_as_second_subjects, saying_verbs_read_as_participles,
    past_tenses_read_as_adjectives, names_before_as_phrases, subjects_after_fronted_negatives,
    subjects_read_into_set_off_participles, verbs_read_as_clauses_on_root_nouns, finite_verbs_tagged_as_nouns,
    past_verbs_read_as_nouns, it_read_as_indirect_object, time_words_read_as_owned_nouns,
    verbs_with_subjects_read_as_descriptions, receivers_read_as_compounds_of_respite,
    participles_read_as_parataxis_of_names, subjects_of_infinitives_after_for, possessors_hung_on_modifiers,
    participles_read_as_content_clauses, perfects_read_as_have_with_modifiers, bare_infinitives_read_as_nouns,
    second_objects_read_as_appositions, coordinated_subjects_read_as_roots,
    participles_read_as_verbs_after_determiners, cost_read_as_a_noun, objects_read_as_second_subjects_of_passives,
    objects_read_as_unmarked_obliques, nouns_read_as_base_verbs_after_prepositions,
    participles_read_as_asides_on_subjects, letters_hung_on_hearers, places_of_nested_plants_hung_on_verbs,
    agents_of_objects_hung_on_active_verbs, subjects_read_into_compass_phrases, objects_read_as_expletives, of_phrases_read_into_verbs, objects_of_participles_hung_on_nouns,
)
from .clauses import (
    verbs_read_as_conjuncts_of_asides, that_read_as_objects_of_saying, saying_participles_hung_on_infinitives, clefts_read_as_copulas, saying_verbs_read_into_content_clauses,
    saying_participles_hung_on_addressees,
    content_clauses_hung_on_hearers,
    condition_clauses_read_as_phrases,
    relatives_on_infinitives, content_clauses_read_as_relatives, inverted_asides,
    relatives_read_as_main_clauses, whose_phrases_read_as_conjuncts, asides_read_as_main_clauses, infinitives_on_leave_nouns,
    that_clauses_torn_by_set_off_phrases, marked_clauses_read_as_relatives, predicates_read_as_possessors, reported_verbs_read_as_participles,
    relatives_of_papers_hung_on_makers, relatives_read_as_adverbial_clauses, subjects_set_off_before_asides,
    asides_on_clauses_before_colons,
    whom_read_as_subjects, clauses_hung_on_that, that_read_as_determiners, set_off_beliefs_read_as_main_clauses,
    reported_clauses_read_as_adverbials, asides_read_as_clause_heads, phrases_before_that_read_into_clauses,
    second_that_clauses_read_as_main_clauses, subjects_read_into_asides, conditions_read_as_content_clauses,
    relatives_read_as_nominal_modifiers, relative_objects_read_as_obliques, subjects_read_as_objects_of_thinking,
    fronted_among_those, contact_relatives_read_as_appositions, subjects_hung_on_auxiliaries, clauses_of_showing_read_as_with_clauses, main_verbs_read_as_conjuncts_of_relatives,
    that_read_as_subjects_of_gerunds, condition_words_torn_from_their_clauses, attack_clauses_read_as_phrases,
    relatives_read_as_parataxis,
)


# the repairs, in the order they run (each sees the tree the ones before left)
REPAIRS = (attack_clauses_read_as_phrases, relatives_read_as_parataxis, numerals_read_as_pronouns,
           superlatives_set_off_read_as_clauses, objects_read_into_repeated_idioms, papers_sent_with_read_on_objects,
           hyphened_names_read_as_heads_of_lists, opening_prepositions_read_as_heads, finite_verbs_tagged_as_nouns,
           past_verbs_read_as_nouns, it_read_as_indirect_object, time_words_read_as_owned_nouns,
           possessors_hung_on_modifiers, names_after_post_nouns, compass_phrases_read_as_conjuncts,
           verbs_with_subjects_read_as_descriptions, receivers_read_as_compounds_of_respite,
           posts_read_as_conjuncts_inside_phrases, participles_read_as_parataxis_of_names, subjects_of_infinitives_after_for,
           capitalised_gerunds, compass_names, german_of_phrases, possessive_names_with_of,
           possessors_read_as_nouns_of_phrases, dated_read_as_roots, objects_read_as_expletives, of_phrases_read_into_verbs,
           objects_of_participles_hung_on_nouns, subjects_hung_on_auxiliaries, clauses_of_showing_read_as_with_clauses,
           main_verbs_read_as_conjuncts_of_relatives, that_read_as_subjects_of_gerunds,
           condition_words_torn_from_their_clauses, condition_clauses_read_as_phrases, content_clauses_hung_on_hearers,
           saying_participles_hung_on_addressees,
           split_hyphenated_names,
           given_names_torn_from_hyphenated_surnames,
           opening_names_read_as_adverbs, opening_names_read_as_adverbs_before_appositions, name_nouns,
           ordinals_read_as_heads, hyphenated_words_read_apart, names_read_as_compounds_before_of,
           names_read_as_appositions_of_titles, participles_after_nouns, participles_read_as_case_markers,
           past_verbs_read_as_compounds, verbs_read_as_clauses_inside_subjects,
           ranked_nouns_read_as_verbs, set_off_lists, month_may, counts_read_into_dates,
           opening_dates_read_as_objects,
           set_off_participles, postposed_lists, months_before_names, participles_before_objects,
           subjects_before_times, of_phrases_after_conjuncts, verbs_after_appositions, relatives_on_infinitives,
           subjects_inside_dates, days_before_possessors, participles_after_subjects, split_possessive_names,
           verbs_read_as_compounds, time_phrases_read_as_roots, receivers_read_as_compounds,
           content_clauses_read_as_relatives, content_clauses_on_dates, content_clauses_opening_with_times,
           conjuncts_after_set_off_places,
           coordinated_possessors, priorities_read_as_heads, names_read_as_possessors, passives_without_auxiliaries,
           perfects_read_as_passives, lists_split_from_their_first, lists_torn_from_their_first,
           prepositional_phrases_read_as_conjuncts, place_phrases_read_as_conjuncts, shared_places_read_as_conjuncts,
           shared_heads_read_as_conjuncts,
           names_read_as_conjuncts_of_counted_nouns,
           parallel_phrases, set_off_participles_read_as_roots,
           names_before_subject_posts, names_after_subject_nouns, opening_names_read_as_clauses,
           prepositional_conjuncts, infinitives_on_times, inverted_asides, fronted_phrases_read_as_possessors,
           gapped_objects, objects_gapped_with_phrases, relatives_read_as_main_clauses, whose_phrases_read_as_conjuncts, asides_read_as_main_clauses,
           according_read_as_marks, conjuncts_hung_inside_names, subjects_read_as_obliques_before_quantifiers, subjects_read_as_conjuncts_of_openers, verbs_read_as_modifiers_after_set_off_phrases,
           subjects_read_as_roots, names_read_into_opening_phrases, phrases_read_into_subjects,
           flat_names_across_commas, inverted_auxiliaries, subjects_after_fronted_negatives,
           compounds_across_commas, posts_read_as_roots,
           verbs_with_auxiliaries_read_as_modifiers, clauses_read_as_conjunct_nouns, verbs_read_as_modifiers,
           finite_verbs_read_as_conjuncts_of_infinitives, receivers_read_into_counted_objects,
           as_phrases_hung_on_objects_clauses, participles_coordinated_onto_agents,
           agents_hung_on_phrases_of_passives, agents_hung_on_compounds, small_clauses_read_as_participles,
           receivers_hung_on_objects, stance_phrases_hung_on_adverbs, objects_hung_on_indirect_objects,
           finite_verbs_read_as_clauses_on_subjects, subjects_with_prepositions, saying_verbs_read_as_nouns,
           both_phrases_read_as_conjuncts, names_set_off_after_plural_posts, lists_read_as_appositions,
           phrases_hung_on_dates, agents_hung_on_nouns, subjects_after_months, dates_read_into_subjects, months_read_as_subjects_after_days, dates_read_into_content_clauses,
           objects_read_as_second_subjects, saying_verbs_read_as_participles, appositions_read_as_second_subjects,
           infinitives_on_leave_nouns, that_clauses_torn_by_set_off_phrases, subjects_read_into_opening_times,
           marked_clauses_read_as_relatives, predicates_read_as_possessors, reported_verbs_read_as_participles,
           relatives_of_papers_hung_on_makers, relatives_read_as_adverbial_clauses, subjects_set_off_before_asides, time_words_read_as_subjects, asides_on_clauses_before_colons,
           names_hung_on_opening_dates, past_tenses_read_as_adjectives, whom_read_as_subjects,
           names_before_as_phrases, clauses_hung_on_that, names_read_as_complements_of_owned_nouns,
           that_read_as_determiners, names_coordinated_onto_verbs, set_off_beliefs_read_as_main_clauses,
           reported_clauses_read_as_adverbials, subjects_read_into_set_off_participles,
           works_read_as_adverbs, conjuncts_read_as_appositions, objects_gapped_after_times,
           subjects_hung_on_opening_times, names_set_off_after_subject_posts, phrases_set_off_read_as_appositions,
           asides_read_as_clause_heads,
           agents_read_into_time_phrases, agents_hung_on_counts, names_read_as_indirect_objects,
           nouns_read_into_opening_dates, verbs_read_as_clauses_on_root_nouns,
           phrases_before_that_read_into_clauses, second_that_clauses_read_as_main_clauses,
           subjects_read_into_asides, conditions_read_as_content_clauses, dates_of_nouns_read_as_obliques,
           relatives_read_as_nominal_modifiers, phrases_hung_on_time_spans, participles_read_as_content_clauses,
           perfects_read_as_have_with_modifiers, bare_infinitives_read_as_nouns,
           second_objects_read_as_appositions, relative_objects_read_as_obliques, gapped_clauses,
           coordinated_subjects_read_as_roots, participles_read_as_verbs_after_determiners,
           objects_read_as_second_subjects_of_passives, objects_read_as_unmarked_obliques,
           nouns_read_as_base_verbs_after_prepositions,
           subjects_read_as_objects_of_thinking, fronted_among_those, contact_relatives_read_as_appositions,
           verbs_read_as_modifiers_after_day_words, participles_read_as_asides_on_subjects,
           letters_hung_on_hearers, places_of_nested_plants_hung_on_verbs, agents_of_objects_hung_on_active_verbs,
           agents_read_into_later_times, subjects_read_into_compass_phrases,
           subjects_read_into_dated_openers, verbs_read_as_heads_of_dates, clefts_read_as_copulas, saying_verbs_read_into_content_clauses,
           receivers_read_as_infinitives, subjects_read_as_clauses_before_appositions,
           that_read_as_objects_of_saying, saying_participles_hung_on_infinitives,
           subjects_read_as_appositions_of_dates, clauses_read_as_conjoined_nouns,
           verbs_read_as_conjuncts_of_asides)


def repair_parse(doc: Doc) -> Doc:
    """Every repair of this package, in order (the spaCy component after the parser). A repair that
    fails on an odd parse is skipped, never the document: each leaves a tree (``apply_edits``), and the
    tests call each one directly, so a failure there is still seen."""
    for repair in REPAIRS:
        try:
            doc = repair(doc)
        except (ValueError, IndexError):
            continue
    return doc
