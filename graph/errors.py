"""Errors with one-line messages and distinct exit codes (the CLI prints and exits)."""


class KGError(Exception):
    """Base class: ``str(e)`` is a one-line message, ``exit_code`` the CLI's status."""

    exit_code = 1


class InputError(KGError):
    """A path or file that cannot be used as input."""

    exit_code = 3


class OntologyError(KGError):
    """A malformed ontology or alias file."""

    exit_code = 4


class ModelError(KGError):
    """A language pipeline that cannot be loaded."""

    exit_code = 5


class QueryError(KGError):
    """A malformed SPARQL query."""

    exit_code = 2


class GoldError(KGError):
    """A malformed gold file."""

    exit_code = 6
