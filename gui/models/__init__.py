"""Qt item models over core's frozen view objects. No widgets here: each model is tested widget-free."""
