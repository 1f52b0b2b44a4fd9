"""Small shared pieces of the window: languages and fonts, labels for codes, screen fit,
background work, form widgets and the PySide6 guard."""
