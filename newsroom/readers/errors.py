"""The one exception readers raise for bad input; the pipeline records it as a rejection."""


class RejectedInput(ValueError):
    """The input cannot become an article; ``str(exc)`` is the reason shown to users."""
