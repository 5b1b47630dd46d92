"""Article paragraphs written here, shared by the cleaner's page tests (no real article's text)."""

DOCK_STRIKE = [
    "Dock workers in the port city returned to work on Tuesday after the union accepted a pay offer "
    "that the employers had rejected twice in the past month.",
    "The strike had stopped the loading of grain ships for nine days, and traders said the backlog "
    "would take at least a week to clear.",
    "Union leaders said the agreement raised wages by six percent this year and set up a committee "
    "that will review night-shift bonuses before the end of the summer.",
    "The port authority said it expected normal traffic by the weekend, and the first grain ship "
    "left the harbour on Wednesday morning.",
]
