"""Parts of the main window, split by concern: actions/toolbar/menus (actions.py), the normal layout
(layout_normal.py), the new-household dialog (new_household.py). gui/main_window.py puts them together."""
