"""Workshop mode: the audience screen, the facilitator's controls, and the session driving them."""
